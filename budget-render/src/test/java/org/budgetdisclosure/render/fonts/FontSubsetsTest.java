package org.budgetdisclosure.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A disclosure's subsets: cut once, the same bytes as cutting them afresh, whatever the order of the characters;
 * deflated once.
 */
class FontSubsetsTest {

    private static final FontFace BODY = FontSet.bundled().faces(FontRole.BODY).get(0);
    private static final FontFace STRONG =
            FontSet.bundled().faces(FontRole.STRONG).get(0);

    @Test
    void givesWhatTheSubsetterGivesForAnyOrderOfTheSameCharacters() {
        FontSubsets subsets = new FontSubsets();
        String text = "一般公共预算财政拨款支出表（万元）2022";
        byte[] first = subsets.subset(BODY, text);
        assertThat(first).isEqualTo(FontSubsetter.subset(BODY, text));
        String shuffled = new StringBuilder(text).reverse().append(text).toString();
        byte[] again = subsets.subset(BODY, shuffled);
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        again[100] ^= 1; // a caller's copy: changing it changes nothing the next caller gets
        assertThat(subsets.subset(BODY, text)).isEqualTo(first);
        assertThat(subsets.subset(STRONG, text))
                .isEqualTo(FontSubsetter.subset(STRONG, text))
                .isNotEqualTo(first);
        assertThat(subsets.subset(BODY, text + "乐")).isNotEqualTo(first);
    }

    @Test
    void deflatesEachSubsetOnceForEveryWriterAndTheSubsetIsTheOneCut() {
        FontSubsets subsets = new FontSubsets();
        String text = "一般公共预算财政拨款支出表（万元）2022";
        DeflatedFont deflated = subsets.deflated(BODY, text);
        assertThat(subsets.deflated(BODY, new StringBuilder(text).reverse().toString()))
                .as("the same subset, the same value")
                .isSameAs(deflated);
        byte[] font = new byte[deflated.size()];
        deflated.font().get(font);
        assertThat(font).isEqualTo(subsets.subset(BODY, text));
        assertThat(Woff.wrap(deflated)).isEqualTo(Woff.wrap(subsets.subset(BODY, text)));
        assertThat(subsets.deflated(STRONG, text)).isNotSameAs(deflated);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        FontSubsets subsets = new FontSubsets();
        String text = "乐亭县工业和信息化局部门预算";
        byte[] expected = FontSubsetter.subset(BODY, text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> made = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                made.add(pool.submit(() -> subsets.subset(BODY, text)));
            }
            for (Future<byte[]> f : made) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
