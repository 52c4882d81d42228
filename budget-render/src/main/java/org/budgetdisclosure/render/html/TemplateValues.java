package org.budgetdisclosure.render.html;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values the HTML template reads, made as FreeMarker's own models once, when the model is made: the template
 * then reads them as they are, where an object wrapper would wrap every map, list and string again at every read.
 * Only texts, flags, hashes and lists: every number is a text already, as the page prints it, so that the template
 * formats nothing and can call no Java method.
 */
final class TemplateValues {

    private static final TemplateScalarModel EMPTY = new SimpleScalar("");

    private TemplateValues() {}

    /**
     * @param text a text, not null
     * @return it as the template reads it, never null
     */
    static TemplateScalarModel text(String text) {
        return new SimpleScalar(text);
    }

    /**
     * @param flag a flag
     * @return it as the template reads it ({@code <#if b.wide>}), never null
     */
    static TemplateBooleanModel flag(boolean flag) {
        return flag ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }

    /**
     * @param number a whole number
     * @return it as a text, as the page prints it ({@code 12}), never null
     */
    static TemplateScalarModel number(int number) {
        return new SimpleScalar(Integer.toString(number));
    }

    /**
     * @param number a whole number
     * @param none the number that is printed as nothing, such as a span of 1
     * @return it as a text, empty if {@code none} ({@code <#if c.colspan?has_content>}), never null
     */
    static TemplateScalarModel numberUnless(int number, int none) {
        return number == none ? EMPTY : number(number);
    }

    /**
     * @param values the values by name, not null
     * @return a hash of them ({@code ${b.title}}), never null
     */
    static TemplateHashModel hash(Map<String, TemplateModel> values) {
        return new Hash(Map.copyOf(values));
    }

    /**
     * @param items the items, not null
     * @return a list of them ({@code <#list b.body as r>}), never null
     */
    static TemplateSequenceModel list(List<? extends TemplateModel> items) {
        return new Sequence(List.copyOf(items));
    }

    /**
     * @param texts the texts, not null
     * @return a list of them, never null
     */
    static TemplateSequenceModel texts(List<String> texts) {
        List<TemplateModel> items = new ArrayList<>(texts.size());
        for (String t : texts) {
            items.add(text(t));
        }
        return new Sequence(items);
    }

    /** A hash: its values by name; an unknown name has none, which the template reports. */
    private record Hash(Map<String, TemplateModel> values) implements TemplateHashModel {

        @Override
        public TemplateModel get(String key) {
            return values.get(key);
        }

        @Override
        public boolean isEmpty() {
            return values.isEmpty();
        }
    }

    /** A list: its items in order. */
    private record Sequence(List<? extends TemplateModel> items) implements TemplateSequenceModel {

        @Override
        public TemplateModel get(int index) {
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
