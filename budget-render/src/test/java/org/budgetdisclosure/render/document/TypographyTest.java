package org.budgetdisclosure.render.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The typography every writer reads: GB/T 9704's sizes and margins, converted to each writer's unit. */
class TypographyTest {

    @Test
    void theDisclosureIsSetAfterGbT9704() {
        Typography t = Typography.GB_9704;
        assertThat(t.body()).isEqualTo(16f); // 3号
        assertThat(t.title()).isEqualTo(22f); // 2号
        assertThat(t.note()).isEqualTo(10.5f); // 5号
        assertThat(t.leading()).isEqualTo(28f);
        assertThat(t.indent()).isEqualTo(32f); // two characters
        assertThat(t.lineHeight()).isEqualTo("1.75");
        // a text block of 156 × 225 mm on A4, 37 mm from the top and 28 mm from the left
        Typography.Margins m = t.margins();
        assertThat(210 - m.left() - m.right()).isEqualTo(156f);
        assertThat(297 - m.top() - m.bottom()).isEqualTo(225f);
        assertThat(m.turned()).isEqualTo(new Typography.Margins(26, 35, 28, 37));
    }

    @Test
    void eachWriterHasTheSizesInItsUnit() {
        assertThat(Typography.halfPoints(16)).isEqualTo(32);
        assertThat(Typography.halfPoints(10.5f)).isEqualTo(21);
        assertThat(Typography.twentieths(28)).isEqualTo(560);
        assertThat(Typography.css(16)).isEqualTo("16");
        assertThat(Typography.css(10.5f)).isEqualTo("10.5");
    }

    @Property
    void aSizeInHalfPointsIsTwiceItsPoints(@ForAll @IntRange(min = 1, max = 200) int halfPoints) {
        float points = halfPoints / 2f;
        assertThat(Typography.halfPoints(points)).isEqualTo(halfPoints);
        assertThat(Typography.twentieths(points)).isEqualTo(halfPoints * 10);
        assertThat(Float.parseFloat(Typography.css(points))).isEqualTo(points);
    }

    @Property
    void turningAPageFourTimesGivesItsMargins(
            @ForAll @IntRange(min = 0, max = 60) int a,
            @ForAll @IntRange(min = 0, max = 60) int b,
            @ForAll @IntRange(min = 0, max = 60) int c,
            @ForAll @IntRange(min = 0, max = 60) int d) {
        Typography.Margins m = new Typography.Margins(a, b, c, d);
        assertThat(m.turned().turned().turned().turned()).isEqualTo(m);
    }
}
