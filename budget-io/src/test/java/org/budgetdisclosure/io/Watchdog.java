package org.budgetdisclosure.io;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A hang detector for tests: runs a step on a daemon thread and fails if it has not finished after a generous
 * time. Not a performance check: the bound is a hundred times what the step takes.
 */
final class Watchdog {

    private Watchdog() {}

    static <T> T within(Duration limit, Callable<T> step) throws Exception {
        FutureTask<T> task = new FutureTask<>(step);
        Thread thread = new Thread(task, "watched");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError("hung: no result after " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw new AssertionError(e.getCause());
        }
    }
}
