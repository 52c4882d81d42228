package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.render.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * Same budget, same bytes: across runs, threads and separate JVMs (with different hash seeds, locales and time
 * zones).
 */
class DeterminismTest {

    @Test
    void separateJvmsGiveTheSameBytesInEveryFormat() throws Exception {
        String here = HashesMain.hashes(Disclosure.of(ReferenceBudget.build()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // identity hash codes differ between runs by default; a constant one (hashCode=2) changes every order
        // that depends on them
        for (List<String> flags : List.of(
                List.of("-Xshare:off"),
                List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"),
                // locales that lower-case I to ı (tr) or write other digits (ar, th_TH_TH), with time zones far
                // from UTC either way: no case mapping, number, zip or PDF date may follow them
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Asia/Shanghai"),
                List.of("-Duser.language=ar", "-Duser.country=EG", "-Duser.timezone=America/St_Johns"),
                List.of(
                        "-Duser.language=th",
                        "-Duser.country=TH",
                        "-Duser.variant=TH",
                        "-Duser.timezone=Pacific/Kiritimati"))) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(flags);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), HashesMain.class.getName()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out.lines().reduce((a, b) -> b).orElse(""))
                    .as(flags.toString())
                    .isEqualTo(here);
        }
    }

    @Test
    void threadsGiveTheSameBytes() throws Exception {
        String once = HashesMain.hashes(Disclosure.of(ReferenceBudget.build()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> HashesMain.hashes(Disclosure.of(ReferenceBudget.build()))));
            }
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(once);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
