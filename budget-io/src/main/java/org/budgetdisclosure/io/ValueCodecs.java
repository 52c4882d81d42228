package org.budgetdisclosure.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * How the file writes and reads the library's value types: amounts as decimal text (numbers are accepted too,
 * read from their text, never through {@code double}), codes and dates as text. An amount is read with its
 * digits only; the file's {@code unit} is given to it by {@link FileMapping} (until then it is labelled 万元).
 */
final class ValueCodecs {

    /** The label of an amount as read, before the mapping gives it the file's unit. */
    private static final MoneyUnit AS_READ = MoneyUnit.TEN_THOUSAND_YUAN;

    private ValueCodecs() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("budget-values");
        m.addDeserializer(Amount.class, new JsonDeserializer<>() {
            @Override
            public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    return Amount.of(p.getDecimalValue(), AS_READ);
                }
                if (t == JsonToken.VALUE_STRING) {
                    try {
                        return Amount.parse(p.getText(), AS_READ);
                    } catch (IllegalArgumentException e) {
                        return (Amount) ctxt.reportInputMismatch(Amount.class,
                                "expected a decimal amount such as \"12.34\", found \"%s\"", p.getText());
                    }
                }
                return (Amount) ctxt.reportInputMismatch(Amount.class,
                        "expected a decimal amount such as \"12.34\", found %s", describe(t));
            }
        });
        m.addSerializer(Amount.class, new JsonSerializer<>() {
            @Override
            public void serialize(Amount value, JsonGenerator g, SerializerProvider s) throws IOException {
                g.writeString(value.toString());
            }
        });
        text(m, FunctionCode.class, FunctionCode::of, "a functional code of 3, 5 or 7 digits such as \"2150501\"");
        text(m, EconomicCode.class, EconomicCode::of, "an economic code of 3 or 5 digits such as \"30101\"");
        text(m, LocalDate.class, LocalDate::parse, "a date such as \"2021-12-31\"");
        m.addSerializer(FunctionCode.class, toText(FunctionCode::value));
        m.addSerializer(EconomicCode.class, toText(EconomicCode::value));
        m.addSerializer(LocalDate.class, toText(LocalDate::toString));
        return m;
    }

    private static <T> void text(SimpleModule m, Class<T> type, Function<String, T> parse, String expected) {
        m.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.reportInputMismatch(type, "expected %s, found %s", expected,
                            describe(p.currentToken())));
                }
                try {
                    return parse.apply(p.getText());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    return type.cast(ctxt.reportInputMismatch(type, "expected %s, found \"%s\"", expected, p.getText()));
                }
            }
        });
    }

    private static <T> JsonSerializer<T> toText(Function<T, String> text) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider s) throws IOException {
                g.writeString(text.apply(value));
            }
        };
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
