package org.budgetdisclosure.render.profile;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.HeaderCell;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;
import org.budgetdisclosure.render.profile.ProfileSpec.LineRow;
import org.budgetdisclosure.render.profile.ProfileSpec.RightSide;
import org.budgetdisclosure.render.profile.ProfileSpec.TableDefaults;
import org.budgetdisclosure.render.profile.ProfileSpec.TableSpec;

/**
 * A checked table descriptor with the profile's defaults applied: nothing in it is null. Immutable.
 *
 * @param spec the table as written
 * @param defaults the profile's table defaults
 */
record TableLayout(TableSpec spec, TableDefaults defaults) {

    String id() {
        return spec.id();
    }

    int number() {
        return spec.number();
    }

    String title() {
        return spec.title();
    }

    String layout() {
        return spec.layout();
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

    String totalLabel() {
        return ProfileSpec.or(spec.totalLabel(), ProfileSpec.or(defaults.totalLabel(), "合计"));
    }

    List<Integer> widths() {
        return spec.widths();
    }

    List<List<HeaderCell>> header() {
        return ProfileSpec.orEmpty(spec.header());
    }

    String statement() {
        return spec.statement();
    }

    List<String> columns() {
        return ProfileSpec.orEmpty(spec.columns());
    }

    List<String> notes() {
        return ProfileSpec.orEmpty(spec.notes());
    }

    List<List<String>> blocks() {
        return ProfileSpec.orEmpty(spec.blocks());
    }

    Optional<String> emptyNote() {
        return Optional.ofNullable(spec.emptyNote());
    }

    /** @return whether the code stands in columns of its own per level (类 | 款 | 项) */
    boolean splitCode() {
        return "split".equals(spec.code());
    }

    /** @return whether the total row stands last */
    boolean totalAtBottom() {
        return "bottom".equals(spec.total());
    }

    String zeros() {
        return ProfileSpec.or(spec.zeros(), "blank");
    }

    List<Labelled> left() {
        return ProfileSpec.orEmpty(spec.left());
    }

    RightSide right() {
        return spec.right();
    }

    List<String> rightColumns() {
        List<String> columns = ProfileSpec.orEmpty(spec.right().columns());
        return columns.isEmpty() ? List.of("AMOUNT") : columns;
    }

    List<ClosingRow> closing() {
        return ProfileSpec.orEmpty(spec.closing());
    }

    List<LineRow> rows() {
        return ProfileSpec.orEmpty(spec.rows());
    }
}
