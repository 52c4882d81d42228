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
 */
public record RenderOptions(Profile profile, FontSet fonts, NarrativeEngine templates, Optional<Catalogue> catalogue,
        Optional<LocalDate> date, boolean embedDocxFont) {

    /** Validates the fields. */
    public RenderOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(date, "date");
    }

    /**
     * @return Hebei 2022, bundled fonts and templates, the bundled catalogue of the budget's year, DOCX font
     *     embedded; never null
     */
    public static RenderOptions defaults() {
        return new RenderOptions(Profile.hebei2022(), FontSet.bundled(), NarrativeEngine.bundled(),
                Optional.empty(), Optional.empty(), true);
    }

    /** @param profile the layout, not null @return new options, never null */
    public RenderOptions withProfile(Profile profile) {
        return new RenderOptions(profile, fonts, templates, catalogue, date, embedDocxFont);
    }

    /**
     * Adds a font tried before the others of its role, such as a licensed 仿宋_GB2312 for the body.
     *
     * @param role the role, not null
     * @param face the font, not null
     * @return new options, never null
     */
    public RenderOptions withFont(FontRole role, FontFace face) {
        return new RenderOptions(profile, fonts.withFirst(role, face), templates, catalogue, date, embedDocxFont);
    }

    /**
     * @param directory templates overriding the bundled ones of the same name, not null
     * @return new options, never null
     */
    public RenderOptions withTemplates(Path directory) {
        return new RenderOptions(profile, fonts, NarrativeEngine.withDirectory(directory), catalogue, date,
                embedDocxFont);
    }

    /** @param engine the narrative template engine, not null @return new options, never null */
    public RenderOptions withTemplates(NarrativeEngine engine) {
        return new RenderOptions(profile, fonts, engine, catalogue, date, embedDocxFont);
    }

    /**
     * @param catalogue the catalogue naming the codes, used whatever the budget's year, not null
     * @return new options, never null
     */
    public RenderOptions withCatalogue(Catalogue catalogue) {
        return new RenderOptions(profile, fonts, templates, Optional.of(catalogue), date, embedDocxFont);
    }

    /** @param date the document date, not null @return new options, never null */
    public RenderOptions withDate(LocalDate date) {
        return new RenderOptions(profile, fonts, templates, catalogue, Optional.of(date), embedDocxFont);
    }

    /** @param embed whether DOCX files embed their font @return new options, never null */
    public RenderOptions withDocxFontEmbedded(boolean embed) {
        return new RenderOptions(profile, fonts, templates, catalogue, date, embed);
    }
}
