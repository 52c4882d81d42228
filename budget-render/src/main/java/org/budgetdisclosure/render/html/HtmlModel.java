package org.budgetdisclosure.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Walks the document into what the HTML template reads: maps, lists and strings only, so the template can call
 * no Java method. Not thread-safe: one per file.
 */
final class HtmlModel implements BlockVisitor {

    private final List<Map<String, Object>> toc = new ArrayList<>();
    private List<Map<String, Object>> blocks;
    private Document document;
    private Cover cover;
    private Contents contents;

    List<Map<String, Object>> sections(Document document) {
        this.document = document;
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : document.sections()) {
            blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                block.accept(this);
            }
            if (!blocks.isEmpty()) { // the cover and the contents stand before the main text
                sections.add(Map.of("landscape", section.landscape(), "blocks", blocks));
            }
        }
        return sections;
    }

    /** @return the contents: those of the contents block, else every outline entry */
    List<Map<String, Object>> toc() {
        if (contents == null) {
            return toc;
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Contents.Entry e : document.outline(contents.levels())) {
            entries.add(Map.of("level", e.level(), "text", e.text(), "anchor", e.anchor()));
        }
        return entries;
    }

    /** @return the title of the contents, 目录 by default */
    String tocTitle() {
        return contents == null ? "目录" : contents.title();
    }

    /** @return the cover's title lines and foot lines; the document title alone if it has no cover */
    Map<String, Object> cover() {
        return cover == null
                ? Map.of("title", List.of(document.title()), "foot", List.of())
                : Map.of("title", cover.titleLines(), "foot", cover.footLines());
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
        blocks.add(Map.of(
                "type", "heading", "level", heading.level() + 1, "text", heading.text(), "anchor", heading.anchor()));
        if (heading.outline()) {
            toc.add(Map.of("level", heading.level(), "text", heading.text(), "anchor", heading.anchor()));
        }
    }

    @Override
    public void visit(Paragraph paragraph) {
        blocks.add(Map.of(
                "type",
                "paragraph",
                "style",
                paragraph.style().name().toLowerCase(Locale.ROOT),
                "text",
                paragraph.text(),
                "parts",
                parts(paragraph.text())));
    }

    @Override
    public void visit(ItemList list) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemList.Item item : list.items()) {
            items.add(Map.of("label", item.label(), "text", item.text(), "parts", parts(item.text())));
        }
        blocks.add(Map.of("type", "list", "items", items));
    }

    @Override
    public void visit(Table table) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("type", "table");
        t.put("anchor", table.anchor());
        t.put("title", table.title());
        t.put("headings", table.headings());
        t.put("landscape", table.landscape());
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        List<String> widths = new ArrayList<>();
        for (int w : table.widths()) {
            widths.add(String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * w / total));
        }
        t.put("widths", widths);
        t.put("header", rows(table.header(), true, table.indentColumn()));
        t.put("body", rows(table.body(), false, table.indentColumn()));
        t.put("notes", table.notes().stream().map(HtmlModel::parts).toList());
        t.put("wide", table.columnCount() >= 8);
        t.put("size", String.format(java.util.Locale.ROOT, "%.1f", table.cellFontSize()));
        // print: a table that fits a page, at its size or at the profile's smallest, is kept on one page
        // (an estimate, rows of one line: the browser lays the table out, not this writer)
        float page = (table.landscape() ? 156 : 225) * 72f / 25.4f - 60;
        int rows = table.header().size() + table.body().size();
        var flow = document.pageFlow();
        t.put(
                "print",
                rows * (table.cellFontSize() * 1.9f + 1) <= page
                        ? "keep"
                        : rows * flow.smallestRowHeight() <= page ? "compact" : "flow");
        blocks.add(t);
        if (table.outlineLevel() > 0 && !table.title().isEmpty()) {
            toc.add(Map.of("level", table.outlineLevel(), "text", table.title(), "anchor", table.anchor()));
        }
    }

    /**
     * A text as parts that the template prints in order, each figure with its sign, separators, decimals and unit
     * ({@link UnbreakableFigures}) marked to be kept on one line: {@code text}, {@code figure}.
     */
    private static List<Map<String, Object>> parts(String text) {
        List<Map<String, Object>> parts = new ArrayList<>();
        int at = 0;
        for (UnbreakableFigures.Span span : UnbreakableFigures.spans(text)) {
            if (span.start() > at) {
                parts.add(Map.of("text", text.substring(at, span.start()), "figure", false));
            }
            parts.add(Map.of("text", text.substring(span.start(), span.end()), "figure", true));
            at = span.end();
        }
        if (at < text.length() || parts.isEmpty()) {
            parts.add(Map.of("text", text.substring(at), "figure", false));
        }
        return parts;
    }

    private static List<Map<String, Object>> rows(List<Table.Row> rows, boolean header, int indentColumn) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Table.Row row : rows) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("text", c.text());
                // a right-aligned cell never wraps (its CSS); another marks its figures
                cell.put(
                        "parts",
                        c.align() == Cell.Align.RIGHT
                                ? List.of(Map.of("text", c.text(), "figure", false))
                                : parts(c.text()));
                cell.put("colspan", c.colSpan());
                cell.put("rowspan", c.rowSpan());
                cell.put("align", c.align().name().toLowerCase(Locale.ROOT));
                cell.put("scope", c.colSpan() > 1 ? "colgroup" : "col");
                cell.put("indent", i == indentColumn ? row.level() : 0);
                cells.add(cell);
            }
            out.add(Map.of(
                    "kind",
                    row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "cells",
                    cells,
                    "header",
                    header));
        }
        return out;
    }
}
