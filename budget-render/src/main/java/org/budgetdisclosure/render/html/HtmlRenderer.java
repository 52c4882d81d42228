package org.budgetdisclosure.render.html;

import static org.budgetdisclosure.render.html.TemplateValues.text;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.FixedText;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.FontSet;
import org.budgetdisclosure.render.fonts.FontSubsets;
import org.budgetdisclosure.render.fonts.Woff;
import org.budgetdisclosure.render.writer.DocumentWriter;

/**
 * Writes a document as one self-contained HTML file with FreeMarker: inline CSS, the fonts cut to the characters
 * the document uses and embedded as WOFF, {@code lang="zh-CN"}, a table of contents with anchors, semantic tables
 * ({@code caption}, {@code thead}, {@code th scope}, colspan / rowspan) that scroll sideways on a phone, and a
 * print stylesheet for A4. The template ({@code html/disclosure.ftlh}) auto-escapes every value but a font's
 * {@code src}, which this writer hands it escaped; its model is made once of FreeMarker's own models
 * ({@code HtmlModel}, {@code TemplateValues}), and the page is encoded into memory as it is written
 * ({@code Utf8Writer}).
 */
public final class HtmlRenderer implements DocumentWriter {

    private final FontSet fonts;
    private final FontSubsets subsets;
    private final FontSource source;

    /** @param fonts the fonts, whose every needed glyph has been checked, not null */
    public HtmlRenderer(FontSet fonts) {
        this(fonts, new FontSubsets());
    }

    /**
     * @param fonts the fonts, whose every needed glyph has been checked, not null
     * @param subsets the subsets of this document's fonts, shared with its other writers, not null
     */
    public HtmlRenderer(FontSet fonts, FontSubsets subsets) {
        this(fonts, subsets, FontSource.EMBEDDED);
    }

    /**
     * @param fonts the fonts, whose every needed glyph has been checked, not null
     * @param subsets the subsets of this document's fonts, shared with its other writers, not null
     * @param source embeds the fonts ({@link FontSource#EMBEDDED}) or links them ({@link LinkedFonts}), not null
     */
    public HtmlRenderer(FontSet fonts, FontSubsets subsets, FontSource source) {
        this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
        this.subsets = java.util.Objects.requireNonNull(subsets, "subsets");
        this.source = java.util.Objects.requireNonNull(source, "source");
    }

    private static final Configuration TEMPLATES = configuration();

    /** The sizes, spacing and margins the PDF and Word files are set in ({@link HtmlTypography}). */
    private static final TemplateModel TYPOGRAPHY = typography();

    private static TemplateModel typography() {
        Map<String, TemplateModel> type = new HashMap<>();
        HtmlTypography.of(org.budgetdisclosure.render.document.Typography.GB_9704)
                .forEach((name, value) -> type.put(name, text(value)));
        return TemplateValues.hash(type);
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(HtmlRenderer.class, "/org/budgetdisclosure/render/templates/html"));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setLocalizedLookup(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setNumberFormat("computer");
        // whatever the JVM's locale and time zone (tr lower-cases I to ı): the same page
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        return c;
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        FontSet fonts = this.fonts;
        Map<String, TemplateModel> model = new HashMap<>();
        model.put("title", text(document.title()));
        model.put("subject", text(document.subject()));
        model.put("author", text(document.author()));
        model.put("lang", text(document.language()));
        model.put("date", text(document.date()));
        HtmlModel blocks = new HtmlModel();
        model.put("sections", blocks.sections(document));
        model.put("toc", blocks.toc());
        model.put("tocTitle", text(blocks.tocTitle()));
        model.put("cover", blocks.cover());
        model.put("skip", text(FixedText.SKIP_LINK));
        model.put("smallest", text(CssDecimals.fixed(document.pageFlow().smallestCellFontSize(), 1)));
        // the row height less the rule between rows, which the browser adds
        model.put("smallestRow", text(CssDecimals.fixed(document.pageFlow().smallestRowHeight() - 1, 1)));
        model.put("fonts", fontFaces(document, fonts, subsets, source));
        // the sizes, spacing and margins the PDF and Word files are set in (Typography)
        model.put("type", TYPOGRAPHY);
        Utf8Writer writer = new Utf8Writer();
        try {
            Template template = TEMPLATES.getTemplate("disclosure.ftlh");
            template.process(TemplateValues.hash(model), writer);
        } catch (TemplateException e) {
            throw new IOException("cannot write HTML: " + e.getMessageWithoutStackTop(), e);
        }
        writer.writeTo(out);
    }

    /**
     * The {@code src} of a font, which the template prints as it is ({@code ?no_esc}): base64 in a {@code data:} URL
     * needs no escaping, and is long (scanning it for characters to escape would be most of the escaping of the
     * page); another source's URL is escaped here, as the template would have.
     */
    private static String src(FontSource source, byte[] woff) {
        String src = source.src(woff);
        return source == FontSource.EMBEDDED ? src : HTMLOutputFormat.INSTANCE.escapePlainText(src);
    }

    /** For each role, each face's subset: the characters it sets that no earlier face of the role has. */
    private static TemplateSequenceModel fontFaces(
            Document document, FontSet fonts, FontSubsets subsets, FontSource source) {
        List<TemplateModel> faces = new ArrayList<>();
        Map<FontRole, String> text = subsets.textByRole(document);
        for (FontRole role : FontRole.values()) {
            List<FontFace> list = fonts.faces(role);
            List<String> families = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                FontFace face = list.get(i);
                StringBuilder mine = new StringBuilder();
                String chars = text.get(role);
                for (int k = 0; k < chars.length(); ) {
                    int cp = chars.codePointAt(k);
                    if (fonts.faceFor(role, cp).orElse(null) == face) {
                        mine.appendCodePoint(cp);
                    }
                    k += Character.charCount(cp);
                }
                if (mine.length() == 0) {
                    continue;
                }
                String family = "bd-" + role.name().toLowerCase(Locale.ROOT) + "-" + i;
                families.add(family);
                faces.add(TemplateValues.hash(Map.of(
                        "family",
                        text(family),
                        "role",
                        text(role.name().toLowerCase(Locale.ROOT)),
                        "weight",
                        text(face.bold() ? "700" : "400"),
                        "src",
                        text(src(source, Woff.wrap(subsets.deflated(face, mine.toString())))))));
            }
        }
        return TemplateValues.list(faces);
    }
}
