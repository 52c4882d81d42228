package org.budgetdisclosure.render.narrative;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;

/**
 * The {@link Phrases} as functions of the templates:
 * <ul>
 *   <li>{@code compared(change, against, amount)}: 比{against}增加{amount} / 比…减少… / 与{against}持平, where
 *       {@code change.direction} is {@code INCREASE}, {@code DECREASE} or {@code FLAT};
 *   <li>{@code moved(change, amount, flat)}: 增加{amount} / 减少{amount} / {flat};
 *   <li>{@code numeral(n)}: 一, 二 … 九十九 (the digits beyond).
 * </ul>
 * A template never compares a Chinese word: {@code <#if c.direction == "FLAT">}.
 */
final class PhraseFunctions {

    private PhraseFunctions() {}

    static void install(Map<String, Object> data) {
        data.put("compared", (TemplateMethodModelEx) args -> {
            arity("compared", args, 3);
            return Phrases.compared(direction(args.get(0)), text(args.get(1)), text(args.get(2)));
        });
        data.put("moved", (TemplateMethodModelEx) args -> {
            arity("moved", args, 3);
            return Phrases.moved(direction(args.get(0)), text(args.get(1)), text(args.get(2)));
        });
        data.put("numeral", (TemplateMethodModelEx) args -> {
            arity("numeral", args, 1);
            if (!(args.get(0) instanceof TemplateNumberModel n)) {
                throw new TemplateModelException("numeral(n) takes a number");
            }
            return Phrases.numeral(n.getAsNumber().intValue());
        });
    }

    @SuppressWarnings("rawtypes")
    private static void arity(String name, List args, int count) throws TemplateModelException {
        if (args.size() != count) {
            throw new TemplateModelException(name + " takes " + count + " arguments, not " + args.size());
        }
    }

    /** A change (a hash with its {@code direction}) or a direction's name. */
    private static Direction direction(Object value) throws TemplateModelException {
        Object d = value instanceof TemplateHashModel h ? h.get("direction") : value;
        String name = d instanceof TemplateScalarModel s ? s.getAsString() : null;
        try {
            return Direction.valueOf(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException("expected a change or a direction (INCREASE, DECREASE or FLAT), found "
                    + (name == null ? "no direction" : "'" + name + "'"));
        }
    }

    private static String text(Object value) throws TemplateModelException {
        if (value instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (value instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        throw new TemplateModelException("expected text, found " + (value == null ? "nothing" : "another value"));
    }
}
