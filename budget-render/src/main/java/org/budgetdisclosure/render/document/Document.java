package org.budgetdisclosure.render.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The disclosure as a format-neutral tree: metadata and sections of blocks. Writers only walk it. Immutable.
 *
 * @param title the document title, not null
 * @param subject the subject for the metadata, not null
 * @param author the author (the department) for the metadata, not null
 * @param language the language tag, zh-CN, not null
 * @param date the date of the document as ISO text (yyyy-MM-dd), for the metadata, not null
 * @param sections the sections, not null
 * @param pageFlow how text and tables flow across pages, as the profile allows, not null
 */
public record Document(
        String title,
        String subject,
        String author,
        String language,
        String date,
        List<Section> sections,
        PageFlow pageFlow) {

    /** Validates and copies the fields. */
    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        sections = List.copyOf(sections);
        Objects.requireNonNull(pageFlow, "pageFlow");
    }

    /**
     * A document with the default page flow ({@link PageFlow#DEFAULT}).
     *
     * @param title see {@link Document}
     * @param subject see {@link Document}
     * @param author see {@link Document}
     * @param language see {@link Document}
     * @param date see {@link Document}
     * @param sections see {@link Document}
     */
    public Document(String title, String subject, String author, String language, String date, List<Section> sections) {
        this(title, subject, author, language, date, sections, PageFlow.DEFAULT);
    }

    /**
     * The outline: every heading marked for it and every table title with an outline level, in order, down to a
     * level. The PDF outline, the contents of every format and the DOCX navigation show these entries.
     *
     * @param levels the deepest level listed, 1 to 4
     * @return the entries, never null
     */
    public List<Contents.Entry> outline(int levels) {
        List<Contents.Entry> entries = new ArrayList<>();
        accept(new BlockVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.outline() && heading.level() <= levels) {
                    entries.add(new Contents.Entry(heading.level(), heading.text(), heading.anchor()));
                }
            }

            @Override
            public void visit(Paragraph paragraph) {}

            @Override
            public void visit(ItemList list) {}

            @Override
            public void visit(Table table) {
                if (table.outlineLevel() > 0
                        && table.outlineLevel() <= levels
                        && !table.title().isEmpty()) {
                    entries.add(new Contents.Entry(table.outlineLevel(), table.title(), table.anchor()));
                }
            }
        });
        return List.copyOf(entries);
    }

    /** @return every block of every section, in order, never null */
    public List<Block> blocks() {
        List<Block> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.blocks()));
        return all;
    }

    /** @param visitor a visitor, not null; visits every block in order */
    public void accept(BlockVisitor visitor) {
        for (Block block : blocks()) {
            block.accept(visitor);
        }
    }

    /** @return every distinct character of the document's text, for font subsetting and glyph checks */
    public String characters() {
        StringBuilder all = new StringBuilder(title).append(subject).append(author);
        accept(new BlockVisitor() {
            @Override
            public void visit(Heading heading) {
                all.append(heading.text());
            }

            @Override
            public void visit(Paragraph paragraph) {
                all.append(paragraph.text());
            }

            @Override
            public void visit(ItemList list) {
                list.items().forEach(i -> all.append(i.label()).append(i.text()));
            }

            @Override
            public void visit(Table table) {
                all.append(table.title());
                table.headings().forEach(all::append);
                table.header().forEach(r -> r.cells().forEach(c -> all.append(c.text())));
                table.body().forEach(r -> r.cells().forEach(c -> all.append(c.text())));
                table.notes().forEach(all::append);
            }

            @Override
            public void visit(Cover cover) {
                cover.titleLines().forEach(all::append);
                cover.footLines().forEach(all::append);
            }

            @Override
            public void visit(Contents contents) {
                all.append(contents.title());
            }
        });
        return distinct(all);
    }

    /**
     * @param text any text, not null
     * @return its distinct characters in code point order, never null
     */
    public static String distinct(CharSequence text) {
        java.util.BitSet seen = new java.util.BitSet(0x10000);
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            seen.set(cp);
            i += Character.charCount(cp);
        }
        StringBuilder distinct = new StringBuilder(seen.cardinality());
        for (int cp = seen.nextSetBit(0); cp >= 0; cp = seen.nextSetBit(cp + 1)) {
            distinct.appendCodePoint(cp);
        }
        return distinct.toString();
    }
}
