package org.budgetdisclosure.render.html;

import static org.budgetdisclosure.render.html.TemplateValues.flag;
import static org.budgetdisclosure.render.html.TemplateValues.hash;
import static org.budgetdisclosure.render.html.TemplateValues.list;
import static org.budgetdisclosure.render.html.TemplateValues.number;
import static org.budgetdisclosure.render.html.TemplateValues.numberUnless;
import static org.budgetdisclosure.render.html.TemplateValues.text;
import static org.budgetdisclosure.render.html.TemplateValues.texts;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.BlockVisitor;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.Document;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.document.UnbreakableFigures;

/**
 * Walks the document into what the HTML template reads: hashes, lists, texts and flags only ({@link TemplateValues}),
 * made once, so the template wraps nothing, formats no number and can call no Java method. Not thread-safe: one per
 * file.
 */
final class HtmlModel implements BlockVisitor {

    private static final TemplateSequenceModel NO_PARTS = list(List.of());
    private static final TemplateModel COL = text("col");
    private static final TemplateModel COLGROUP = text("colgroup");
    private static final Map<Cell.Align, TemplateModel> ALIGN = alignments();

    private final List<TemplateModel> toc = new ArrayList<>();
    private List<TemplateModel> blocks;
    private Document document;
    private Cover cover;
    private Contents contents;

    TemplateSequenceModel sections(Document document) {
        this.document = document;
        List<TemplateModel> sections = new ArrayList<>();
        for (Section section : document.sections()) {
            blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                block.accept(this);
            }
            if (!blocks.isEmpty()) { // the cover and the contents stand before the main text
                sections.add(hash(Map.of("landscape", flag(section.landscape()), "blocks", list(blocks))));
            }
        }
        return list(sections);
    }

    /** @return the contents: those of the contents block, else every outline entry */
    TemplateSequenceModel toc() {
        if (contents == null) {
            return list(toc);
        }
        List<TemplateModel> entries = new ArrayList<>();
        for (Contents.Entry e : document.outline(contents.levels())) {
            entries.add(entry(e.level(), e.text(), e.anchor()));
        }
        return list(entries);
    }

    private static TemplateModel entry(int level, String text, String anchor) {
        return hash(Map.of("level", number(level), "text", text(text), "anchor", text(anchor)));
    }

    /** @return the title of the contents, 目录 by default */
    String tocTitle() {
        return contents == null ? "目录" : contents.title();
    }

    /** @return the cover's title lines and foot lines; the document title alone if it has no cover */
    TemplateModel cover() {
        return cover == null
                ? hash(Map.of("title", texts(List.of(document.title())), "foot", texts(List.of())))
                : hash(Map.of("title", texts(cover.titleLines()), "foot", texts(cover.footLines())));
    }

    @Override
    public void visit(Cover cover) {
        this.cover = cover;
    }

    @Override
    public void visit(Contents contents) {
        this.contents = contents;
    }

    @Override
    public void visit(Heading heading) {
        blocks.add(hash(Map.of(
                "type",
                text("heading"),
                "level",
                number(heading.level() + 1),
                "text",
                text(heading.text()),
                "anchor",
                text(heading.anchor()))));
        if (heading.outline()) {
            toc.add(entry(heading.level(), heading.text(), heading.anchor()));
        }
    }

    @Override
    public void visit(Paragraph paragraph) {
        blocks.add(hash(Map.of(
                "type",
                text("paragraph"),
                "style",
                text(paragraph.style().name().toLowerCase(Locale.ROOT)),
                "text",
                text(paragraph.text()),
                "parts",
                parts(paragraph.text()))));
    }

    @Override
    public void visit(ItemList list) {
        List<TemplateModel> items = new ArrayList<>();
        for (ItemList.Item item : list.items()) {
            items.add(
                    hash(Map.of("label", text(item.label()), "text", text(item.text()), "parts", parts(item.text()))));
        }
        blocks.add(hash(Map.of("type", text("list"), "items", list(items))));
    }

    @Override
    public void visit(Table table) {
        Map<String, TemplateModel> t = new HashMap<>();
        t.put("type", text("table"));
        t.put("anchor", text(table.anchor()));
        t.put("title", text(table.title()));
        t.put("headings", texts(table.headings()));
        t.put("landscape", flag(table.landscape()));
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        List<String> widths = new ArrayList<>();
        for (int w : table.widths()) {
            widths.add(CssDecimals.fixed(100.0 * w / total, 2) + "%");
        }
        t.put("widths", texts(widths));
        t.put("header", rows(table.header(), true, table.indentColumn()));
        t.put("body", rows(table.body(), false, table.indentColumn()));
        t.put("notes", list(table.notes().stream().map(HtmlModel::parts).toList()));
        t.put("wide", flag(table.columnCount() >= 8));
        t.put("size", text(CssDecimals.fixed(table.cellFontSize(), 1)));
        // print: a table that fits a page, at its size or at the profile's smallest, is kept on one page
        // (an estimate, rows of one line: the browser lays the table out, not this writer)
        float page = (table.landscape() ? 156 : 225) * 72f / 25.4f - 60;
        int rows = table.header().size() + table.body().size();
        var flow = document.pageFlow();
        t.put(
                "print",
                text(
                        rows * (table.cellFontSize() * 1.9f + 1) <= page
                                ? "keep"
                                : rows * flow.smallestRowHeight() <= page ? "compact" : "flow"));
        blocks.add(hash(t));
        if (table.outlineLevel() > 0 && !table.title().isEmpty()) {
            toc.add(entry(table.outlineLevel(), table.title(), table.anchor()));
        }
    }

    /**
     * A text as parts that the template prints in order, each figure with its sign, separators, decimals and unit
     * ({@link UnbreakableFigures}) marked to be kept on one line: {@code text}, {@code figure}.
     */
    private static TemplateSequenceModel parts(String text) {
        return parts(text, UnbreakableFigures.spans(text));
    }

    private static TemplateSequenceModel parts(String text, List<UnbreakableFigures.Span> spans) {
        List<TemplateModel> parts = new ArrayList<>();
        int at = 0;
        for (UnbreakableFigures.Span span : spans) {
            if (span.start() > at) {
                parts.add(part(text.substring(at, span.start()), false));
            }
            parts.add(part(text.substring(span.start(), span.end()), true));
            at = span.end();
        }
        if (at < text.length() || parts.isEmpty()) {
            parts.add(part(text.substring(at), false));
        }
        return list(parts);
    }

    private static Map<Cell.Align, TemplateModel> alignments() {
        Map<Cell.Align, TemplateModel> names = new java.util.EnumMap<>(Cell.Align.class);
        for (Cell.Align align : Cell.Align.values()) {
            names.put(align, text(align.name().toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    /** The classes of a body cell: its alignment, and its indent if it has one ({@code left indent-2}). */
    private static TemplateModel classes(Cell.Align align, int indent) {
        return indent > 0 ? text(align.name().toLowerCase(Locale.ROOT) + " indent-" + indent) : ALIGN.get(align);
    }

    private static TemplateModel part(String text, boolean figure) {
        return hash(Map.of("text", text(text), "figure", flag(figure)));
    }

    private static TemplateSequenceModel rows(List<Table.Row> rows, boolean header, int indentColumn) {
        List<TemplateModel> out = new ArrayList<>();
        for (Table.Row row : rows) {
            List<TemplateModel> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                // a right-aligned cell never wraps (its CSS); another marks its figures, if it has any
                List<UnbreakableFigures.Span> spans =
                        c.align() == Cell.Align.RIGHT ? List.of() : UnbreakableFigures.spans(c.text());
                // a span of one, or no indent, is printed as nothing
                cells.add(new HtmlCell(
                        text(c.text()),
                        flag(!spans.isEmpty()),
                        spans.isEmpty() ? NO_PARTS : parts(c.text(), spans),
                        flag(c.colSpan() > 1 || c.rowSpan() > 1),
                        numberUnless(c.colSpan(), 1),
                        numberUnless(c.rowSpan(), 1),
                        ALIGN.get(c.align()),
                        c.colSpan() > 1 ? COLGROUP : COL,
                        classes(c.align(), i == indentColumn ? row.level() : 0)));
            }
            out.add(hash(Map.of(
                    "kind",
                    text(row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    "cells",
                    list(cells),
                    "header",
                    flag(header))));
        }
        return list(out);
    }
}
