package org.budgetdisclosure.render.narrative;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.ItemList;
import org.budgetdisclosure.render.document.Paragraph;
import org.budgetdisclosure.render.document.Table;

/** The directives narrative templates build the document with. */
final class Directives {

    private Directives() {}

    static void install(
            Map<String, Object> data,
            BlockCollector out,
            Map<String, Table> tables,
            List<org.budgetdisclosure.render.document.Section> placed) {
        PhraseFunctions.install(data);
        int[] anchors = {0};
        List<ItemList.Item> items = new ArrayList<>();
        data.put("h", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            int level = intParam(params, "level", 2);
            boolean outline = boolParam(params, "outline", level <= 3);
            out.add(new Heading(level, text(body, out), "section-" + (++anchors[0]), outline));
        });
        data.put("p", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            String style = stringParam(params, "style", "body");
            Paragraph.Style s = switch (style) {
                case "body" -> Paragraph.Style.BODY;
                case "label" -> Paragraph.Style.LABEL;
                case "note" -> Paragraph.Style.NOTE;
                case "title" -> Paragraph.Style.TITLE;
                default ->
                    throw new TemplateModelException(
                            "unknown paragraph style '" + style + "': expected body, label, note or title");
            };
            String text = text(body, out);
            if (!text.isEmpty()) {
                out.add(new Paragraph(text, s));
            }
        });
        data.put("list", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            items.clear();
            if (body != null) {
                body.render(out.writer(new StringWriter()));
            }
            if (!items.isEmpty()) {
                out.add(new ItemList(items));
            }
            items.clear();
        });
        data.put("item", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                items.add(new ItemList.Item(stringParam(params, "label", ""), text(body, out))));
        data.put("table", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            String name = stringParam(params, "name", "");
            Table table = tables.get(name);
            if (table == null) {
                throw new TemplateModelException("no table named '" + name + "': expected one of " + tables.keySet());
            }
            out.add(table);
        });
        data.put("tables", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            if (out.placed()) {
                throw new TemplateModelException("<@tables/> places the profile's tables once; it is called twice");
            }
            out.place(placed);
        });
        data.put("page", (TemplateDirectiveModel)
                (env, params, loopVars, body) -> out.newSection(boolParam(params, "landscape", false)));
    }

    /** The text of a directive's body: lines stripped and joined, as Chinese text needs no spaces between them. */
    private static String text(TemplateDirectiveBody body, BlockCollector out) throws TemplateException, IOException {
        if (body == null) {
            return "";
        }
        StringWriter w = new StringWriter();
        body.render(out.writer(w));
        return w.toString().lines().map(String::strip).collect(Collectors.joining());
    }

    @SuppressWarnings("rawtypes")
    private static int intParam(Map params, String name, int otherwise) throws TemplateModelException {
        Object v = params.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof TemplateNumberModel n) {
            return n.getAsNumber().intValue();
        }
        throw new TemplateModelException("parameter " + name + " must be a number");
    }

    @SuppressWarnings("rawtypes")
    private static boolean boolParam(Map params, String name, boolean otherwise) throws TemplateModelException {
        Object v = params.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof TemplateBooleanModel b) {
            return b.getAsBoolean();
        }
        throw new TemplateModelException("parameter " + name + " must be true or false");
    }

    @SuppressWarnings("rawtypes")
    private static String stringParam(Map params, String name, String otherwise) throws TemplateModelException {
        Object v = params.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("parameter " + name + " must be text");
    }
}
