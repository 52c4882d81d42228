package org.budgetdisclosure.render.html;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;

/**
 * A table cell as the HTML template reads it: a record of its values rather than a hash of names
 * ({@link TemplateValues#hash}), since a page has thousands of cells and the template reads five values of each.
 * Every value is made once, with {@link TemplateValues}. Immutable.
 *
 * @param text the text ({@code ${c.text}}), not null
 * @param figures whether the text has figures kept on one line, which the template marks ({@code <#if c.figures>})
 * @param parts the text in parts, each figure marked, or none if it has no figure, not null
 * @param spans whether it spans more than one column or row ({@code <#if c.spans>}), which few cells do
 * @param colspan the columns it spans, empty for one, not null
 * @param rowspan the rows it spans, empty for one, not null
 * @param align its alignment ({@code left}, {@code center}, {@code right}), not null
 * @param scope the scope of a header cell ({@code col}, {@code colgroup}), not null
 * @param classes the classes of a body cell: its alignment, and its indent if it has one ({@code left indent-2}),
 *     not null
 */
record HtmlCell(
        TemplateModel text,
        TemplateModel figures,
        TemplateModel parts,
        TemplateModel spans,
        TemplateModel colspan,
        TemplateModel rowspan,
        TemplateModel align,
        TemplateModel scope,
        TemplateModel classes)
        implements TemplateHashModel {

    @Override
    public TemplateModel get(String key) {
        return switch (key) {
            case "text" -> text;
            case "figures" -> figures;
            case "parts" -> parts;
            case "spans" -> spans;
            case "colspan" -> colspan;
            case "rowspan" -> rowspan;
            case "align" -> align;
            case "scope" -> scope;
            case "classes" -> classes;
            default -> null; // the template reports the name it does not know
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
