package org.budgetdisclosure.render.profile;

import java.util.List;
import org.budgetdisclosure.render.profile.ProfileSpec.HeaderCell;
import org.budgetdisclosure.render.profile.ProfileSpec.TableDefaults;

/**
 * A checked table descriptor with the profile's defaults applied to the fields every layout has: nothing it returns
 * is null. The layout's own fields are its {@link #spec()}'s, one record per layout. Immutable.
 *
 * @param spec the table as written
 * @param defaults the profile's table defaults
 */
record TableLayout(TableSpec spec, TableDefaults defaults) {

    /** The label of a hierarchy's total row where neither the table nor the defaults name one. */
    static final String TOTAL_LABEL = "合计";

    String id() {
        return spec.id();
    }

    int number() {
        return spec.number();
    }

    String title() {
        return spec.title();
    }

    List<String> heading() {
        return spec.heading() != null ? spec.heading() : ProfileSpec.orEmpty(defaults.heading());
    }

    boolean landscape() {
        return ProfileSpec.or(spec.landscape(), ProfileSpec.or(defaults.landscape(), false));
    }

    boolean serial() {
        return ProfileSpec.or(spec.serial(), ProfileSpec.or(defaults.serial(), false));
    }

    boolean columnNumbers() {
        return ProfileSpec.or(spec.columnNumbers(), ProfileSpec.or(defaults.columnNumbers(), false));
    }

    /** @return the outline level of the title: 1 unless the defaults say otherwise */
    int outline() {
        return ProfileSpec.or(defaults.outline(), 1);
    }

    /**
     * @param own the label the table names, null for none
     * @return the label of its total row: its own, else the defaults', else 合计
     */
    String totalLabel(String own) {
        return ProfileSpec.or(own, ProfileSpec.or(defaults.totalLabel(), TOTAL_LABEL));
    }

    List<Integer> widths() {
        return spec.widths();
    }

    List<List<HeaderCell>> header() {
        return ProfileSpec.orEmpty(spec.header());
    }

    List<String> notes() {
        return ProfileSpec.orEmpty(spec.notes());
    }

    /** @return whether the table is printed even when empty: true unless it says {@code false} */
    boolean required() {
        return !Boolean.FALSE.equals(spec.required());
    }
}
