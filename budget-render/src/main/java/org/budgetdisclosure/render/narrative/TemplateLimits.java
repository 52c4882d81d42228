package org.budgetdisclosure.render.narrative;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The limits a narrative template runs within, a user's as the bundled ones: FreeMarker has none of its own, and
 * a template is a program (a macro calling itself, a string doubled sixty times, loops that never end, a flood of
 * paragraphs). A template runs on a thread of its own with a bounded stack ({@link #STACK_BYTES}, a recursion ends
 * there), within {@link NarrativeEngine#TIME_LIMIT} (loops and macro calls check for interruption), and writes at
 * most {@link NarrativeEngine#MAX_OUTPUT_CHARACTERS} characters; memory it cannot have ends it too. Each ends in a
 * {@link NarrativeException} naming the template and the limit.
 */
final class TemplateLimits {

    /** The stack of a template's thread: deep enough for any real template, and recursion ends there. */
    static final long STACK_BYTES = 4L << 20;

    private TemplateLimits() {}

    /** A configuration whose every template (the main one and those it includes) stops when interrupted. */
    static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> checked =
                Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(
                String name,
                Locale locale,
                Object customLookupCondition,
                String encoding,
                boolean parseAsFTL,
                boolean ignoreMissing)
                throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null) {
                synchronized (checked) {
                    if (checked.add(t)) {
                        // FreeMarker's own mechanism: a check of the thread's interruption in every loop and call
                        freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
                    }
                }
            }
            return t;
        }
    }

    /** Output past the limit. */
    static final class OutputLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputLimitException() {
            super("output limit");
        }
    }

    /** The characters a rendering may still write, shared by every writer of one rendering. */
    static final class Budget {
        private long left = NarrativeEngine.MAX_OUTPUT_CHARACTERS;

        Writer writer(Writer target) {
            return new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) throws IOException {
                    spend(len);
                    target.write(cbuf, off, len);
                }

                @Override
                public void write(String str, int off, int len) throws IOException {
                    spend(len);
                    target.write(str, off, len);
                }

                @Override
                public void flush() throws IOException {
                    target.flush();
                }

                @Override
                public void close() throws IOException {
                    target.close();
                }
            };
        }

        private void spend(int len) throws OutputLimitException {
            left -= len;
            if (left < 0) {
                throw new OutputLimitException();
            }
        }
    }

    /**
     * Runs a template's work on a thread of its own within the limits.
     *
     * @param template the main template's name, for messages
     * @param work the rendering
     * @return what the work returns
     * @throws NarrativeException for a limit passed, naming the template and the limit, or the work's own
     */
    static <T> T run(String template, Callable<T> work) {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.call());
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "budget-template",
                STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        long limit = NarrativeEngine.TIME_LIMIT.toMillis();
        boolean interrupted = false;
        try {
            worker.join(limit);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (worker.isAlive()) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                interrupted = true;
            }
            if (worker.isAlive()) {
                // a built-in that never checks for interruption (a padding of two billion characters): the thread
                // is stopped, as nothing else of it is shared (its template and data are its own)
                stop(worker);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new NarrativeException(
                    "template " + template + ": stopped after "
                            + NarrativeEngine.TIME_LIMIT.toSeconds() + " seconds; a narrative template is limited to "
                            + NarrativeEngine.TIME_LIMIT.toSeconds() + " seconds (a loop without end?)",
                    null);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t == null) {
            @SuppressWarnings("unchecked")
            T done = (T) result.get();
            return done;
        }
        if (causedBy(t, StackOverflowError.class)) {
            throw new NarrativeException(
                    "template " + template + ": its recursion is deeper than a template may go "
                            + "(a macro or function calling itself without end?); a template's calls are limited to a stack "
                            + "of " + (STACK_BYTES >> 20) + " MiB",
                    null);
        }
        if (causedBy(t, OutOfMemoryError.class)) {
            throw new NarrativeException(
                    "template " + template + ": it needs more memory than there is (a text "
                            + "doubled without end?); a template's texts are limited by the memory of the JVM",
                    null);
        }
        if (causedBy(t, OutputLimitException.class)) {
            throw new NarrativeException(
                    "template " + template + ": it writes more than "
                            + NarrativeEngine.MAX_OUTPUT_CHARACTERS + " characters; a narrative is limited to "
                            + NarrativeEngine.MAX_OUTPUT_CHARACTERS + " characters",
                    null);
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new NarrativeException("template " + template + ": " + t.getMessage(), t);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) {
        try {
            worker.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20 and later cannot stop a thread: it runs on as a daemon until its work fails or ends
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> kind) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
