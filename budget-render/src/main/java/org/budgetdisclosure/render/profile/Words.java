package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.statements.RowKind;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.budgetdisclosure.render.tables.AmountStyle;

/**
 * Reads an option of a descriptor (an enum) by the word the descriptor writes, such as {@code split} or
 * {@code where-column-used}. A word it does not know goes to the reading's problem handler with the words it
 * knows, so that it is refused at its line with every other problem of the descriptor, never alone.
 *
 * @param <E> the option
 */
final class Words<E extends Enum<E>> extends StdScalarDeserializer<E> {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, E> byWord = new LinkedHashMap<>();
    private final Class<E> type;

    private Words(Class<E> type, Function<E, String> word) {
        super(type);
        this.type = type;
        for (E e : type.getEnumConstants()) {
            byWord.put(word.apply(e), e);
        }
    }

    /** An option whose constants each say their word: by default the name in lower case, {@code _} as {@code -}. */
    interface Word {
        /** @return the word a descriptor writes, such as {@code split} or {@code where-column-used} */
        default String word() {
            return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** @return the module reading every option of a descriptor by its word */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("profile-words");
        add(m, TableOptions.Family.class, Word::word);
        add(m, TableOptions.CodeColumns.class, Word::word);
        add(m, TableOptions.TotalRow.class, Word::word);
        add(m, TableOptions.ZeroCells.class, Word::word);
        add(m, TableOptions.Align.class, Word::word);
        add(m, TableOptions.RightRows.class, Word::word);
        add(m, TableOptions.BudgetStatement.class, Word::word);
        add(m, TableOptions.FinalStatement.class, Word::word);
        add(m, RowKind.class, k -> k.name().toLowerCase(Locale.ROOT));
        add(m, ThreePublicLine.class, Enum::name);
        add(m, MoneyUnit.class, MoneyUnit::chineseName);
        add(m, AmountStyle.Zero.class, z -> z.name().toLowerCase(Locale.ROOT));
        return m;
    }

    private static <E extends Enum<E>> void add(SimpleModule m, Class<E> type, Function<E, String> word) {
        m.addDeserializer(type, new Words<>(type, word));
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String found;
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            E known = byWord.get(p.getText());
            if (known != null) {
                return known;
            }
            found = "'" + p.getText() + "'";
        } else if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
            found = "a list or mapping";
        } else {
            found = p.getText();
        }
        @SuppressWarnings("unchecked")
        E handled = (E) ctxt.handleWeirdStringValue(
                type, found, "expected " + oneOf(List.copyOf(byWord.keySet())) + ", found " + found);
        return handled;
    }

    /**
     * @param <E> the option
     * @param type an option whose constants say their words
     * @return its words, in the order of its constants
     */
    static <E extends Enum<E> & Word> List<String> of(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Word::word).toList();
    }

    /** @param words the words @return {@code 'a' or 'b'}, {@code one of 'a', 'b', 'c'} */
    static String oneOf(List<String> words) {
        if (words.size() == 2) {
            return "'" + words.get(0) + "' or '" + words.get(1) + "'";
        }
        return "one of '" + String.join("', '", words) + "'";
    }
}
