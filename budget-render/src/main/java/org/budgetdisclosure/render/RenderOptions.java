package org.budgetdisclosure.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.narrative.NarrativeEngine;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.tables.AmountStyles;

/**
 * How a disclosure is rendered: the layout profile, the fonts, the narrative templates, the catalogue of code
 * names, the document date, and whether DOCX embeds its font. Immutable and thread-safe; start from
 * {@link #defaults()} and change with the {@code with…} methods.
 *
 * @param profile the layout, not null
 * @param fonts the fonts, not null
 * @param templates the narrative template engine, not null
 * @param catalogue the names of codes the budget does not name; empty for the bundled catalogue of the budget's
 *     year ({@code Catalogue.forYear}), not null
 * @param date the document date written in the metadata; empty for 1 January of the budget year, so that the
 *     same budget always gives the same bytes
 * @param embedDocxFont whether DOCX files carry the font they use (on by default)
 * @param amountStyles how tables and narrative print amounts, overriding the profile's own styles; empty for the
 *     profile's
 */
public record RenderOptions(
        Profile profile,
        FontSet fonts,
        NarrativeEngine templates,
        Optional<Catalogue> catalogue,
        Optional<LocalDate> date,
        boolean embedDocxFont,
        Optional<AmountStyles> amountStyles) {

    /** Validates the fields. */
    public RenderOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amountStyles, "amountStyles");
    }

    /**
     * Options without an amount style override.
     *
     * @param profile the layout, not null
     * @param fonts the fonts, not null
     * @param templates the narrative template engine, not null
     * @param catalogue the names of codes the budget does not name, not null
     * @param date the document date, empty for 1 January of the budget year
     * @param embedDocxFont whether DOCX files carry the font they use
     */
    public RenderOptions(
            Profile profile,
            FontSet fonts,
            NarrativeEngine templates,
            Catalogue catalogue,
            Optional<LocalDate> date,
            boolean embedDocxFont) {
        this(profile, fonts, templates, Optional.of(catalogue), date, embedDocxFont, Optional.empty());
    }

    /**
     * Prints amounts in other styles than the profile's, say tables in 元 with separators and the narrative in
     * 万元: {@code withAmountStyles(new AmountStyles(AmountStyle.of(YUAN, 2).withGrouping(true),
     * AmountStyle.of(TEN_THOUSAND_YUAN, 2)))}.
     *
     * @param styles the styles of the tables and the narrative, not null
     * @return new options, never null
     */
    public RenderOptions withAmountStyles(AmountStyles styles) {
        return new RenderOptions(
                profile,
                fonts,
                templates,
                catalogue,
                date,
                embedDocxFont,
                Optional.of(Objects.requireNonNull(styles, "styles")));
    }

    /** @return the styles amounts print in: the override if set, else the profile's; never null */
    public AmountStyles effectiveAmountStyles() {
        return amountStyles.orElseGet(profile::amountStyles);
    }

    /**
     * @return Hebei 2022, bundled fonts and templates, the bundled catalogue of the budget's year, DOCX font
     *     embedded; never null
     */
    public static RenderOptions defaults() {
        return new RenderOptions(
                Profile.hebei2022(),
                FontSet.bundled(),
                NarrativeEngine.bundled(),
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.empty());
    }

    /** @param profile the layout, not null @return new options, never null */
    public RenderOptions withProfile(Profile profile) {
        return new RenderOptions(profile, fonts, templates, catalogue, date, embedDocxFont, amountStyles);
    }

    /**
     * Adds a font tried before the others of its role, such as a licensed 仿宋_GB2312 for the body.
     *
     * @param role the role, not null
     * @param face the font, not null
     * @return new options, never null
     */
    public RenderOptions withFont(FontRole role, FontFace face) {
        return new RenderOptions(
                profile, fonts.withFirst(role, face), templates, catalogue, date, embedDocxFont, amountStyles);
    }

    /**
     * @param directory templates overriding the bundled ones of the same name, not null
     * @return new options, never null
     */
    public RenderOptions withTemplates(Path directory) {
        return new RenderOptions(
                profile, fonts, NarrativeEngine.withDirectory(directory), catalogue, date, embedDocxFont, amountStyles);
    }

    /** @param engine the narrative template engine, not null @return new options, never null */
    public RenderOptions withTemplates(NarrativeEngine engine) {
        return new RenderOptions(profile, fonts, engine, catalogue, date, embedDocxFont, amountStyles);
    }

    /**
     * @param catalogue the catalogue naming the codes, used whatever the budget's year, not null
     * @return new options, never null
     */
    public RenderOptions withCatalogue(Catalogue catalogue) {
        return new RenderOptions(profile, fonts, templates, Optional.of(catalogue), date, embedDocxFont, amountStyles);
    }

    /** @param date the document date, not null @return new options, never null */
    public RenderOptions withDate(LocalDate date) {
        return new RenderOptions(profile, fonts, templates, catalogue, Optional.of(date), embedDocxFont, amountStyles);
    }

    /** @param embed whether DOCX files embed their font @return new options, never null */
    public RenderOptions withDocxFontEmbedded(boolean embed) {
        return new RenderOptions(profile, fonts, templates, catalogue, date, embed, amountStyles);
    }
}
