package org.budgetdisclosure.render.profile;

import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.render.profile.ProfileSpec.AmountsSpec;
import org.budgetdisclosure.render.profile.ProfileSpec.StyleSpec;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.tables.AmountStyles;

/** The amount styles a descriptor declares, made into {@link AmountStyle}s; absent fields take the defaults. */
final class ProfileStyles {

    /** Tables: 万元, two decimals, no separators, zero blank. */
    static final AmountStyle TABLES =
            AmountStyle.of(MoneyUnit.TEN_THOUSAND_YUAN, 2).withZero(AmountStyle.Zero.BLANK);
    /** Narrative: 万元, two decimals. */
    static final AmountStyle NARRATIVE = AmountStyle.of(MoneyUnit.TEN_THOUSAND_YUAN, 2);

    private ProfileStyles() {}

    static AmountStyles of(AmountsSpec spec) {
        if (spec == null) {
            return new AmountStyles(TABLES, NARRATIVE);
        }
        return new AmountStyles(
                spec.tables() == null ? TABLES : style(spec.tables(), TABLES),
                spec.narrative() == null ? NARRATIVE : style(spec.narrative(), NARRATIVE));
    }

    /** @return the style written, each absent field taken from {@code base} */
    static AmountStyle style(StyleSpec spec, AmountStyle base) {
        MoneyUnit unit = spec.unit() == null ? base.unit() : spec.unit();
        int decimals = spec.decimals() == null ? base.decimals() : spec.decimals();
        AmountStyle style = AmountStyle.of(unit, decimals)
                .withGrouping(spec.grouping() == null ? base.grouping() : spec.grouping());
        return style.withZero(spec.zero() == null ? base.zero() : spec.zero());
    }
}
