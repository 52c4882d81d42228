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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.NumberBounds;

/**
 * How the file writes and reads the library's value types: amounts as decimal text (numbers are accepted too,
 * read from their text, never through {@code double}), codes and dates as text. An amount is read with its
 * digits only; the file's {@code unit} is given to it by {@link FileMapping} (until then it is labelled 万元).
 */
final class ValueCodecs {

    /** The label of an amount as read, before the mapping gives it the file's unit. */
    private static final MoneyUnit AS_READ = MoneyUnit.TEN_THOUSAND_YUAN;

    private ValueCodecs() {}

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("budget-values");
        m.addDeserializer(Amount.class, new JsonDeserializer<>() {
            @Override
            public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                BigDecimal value = decimal(p, ctxt, Amount.class, "a decimal amount such as \"12.34\"");
                Optional<String> problem = NumberBounds.amountProblem(value, NumberBounds.maxDecimalsOfAnyUnit());
                if (problem.isPresent()) {
                    return (Amount) ctxt.reportInputMismatch(Amount.class, "%s", problem.get());
                }
                return Amount.of(value, AS_READ);
            }
        });
        m.addDeserializer(BigDecimal.class, new JsonDeserializer<>() {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                BigDecimal value = decimal(p, ctxt, BigDecimal.class, "a quantity such as 2 or \"2.5\"");
                Optional<String> problem = NumberBounds.quantityProblem(value);
                if (problem.isPresent()) {
                    return (BigDecimal) ctxt.reportInputMismatch(BigDecimal.class, "%s", problem.get());
                }
                return value;
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
                    return type.cast(ctxt.reportInputMismatch(
                            type, "expected %s, found %s", expected, describe(p.currentToken())));
                }
                try {
                    return parse.apply(p.getText());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    return type.cast(
                            ctxt.reportInputMismatch(type, "expected %s, found \"%s\"", expected, p.getText()));
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

    /**
     * Reads a number or decimal text exactly, refusing text longer than {@link NumberBounds#MAX_TEXT_LENGTH}
     * before it is converted: no number is ever expanded from its exponent.
     */
    private static BigDecimal decimal(JsonParser p, DeserializationContext ctxt, Class<?> type, String expected)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_STRING) {
            return (BigDecimal) ctxt.reportInputMismatch(type, "expected %s, found %s", expected, describe(t));
        }
        String text = p.getText();
        if (text.length() > NumberBounds.MAX_TEXT_LENGTH) {
            // formatted here, not by Jackson's String.format, whose digits follow the default locale
            return (BigDecimal) ctxt.reportInputMismatch(
                    type,
                    "%s",
                    "expected " + expected + " of at most " + NumberBounds.MAX_TEXT_LENGTH + " characters, found "
                            + text.length() + " characters");
        }
        if (t != JsonToken.VALUE_STRING) {
            try {
                return p.getDecimalValue();
            } catch (IOException | NumberFormatException e) {
                // an exponent beyond what BigDecimal holds
                return (BigDecimal) ctxt.reportInputMismatch(type, "%s", "expected " + expected + ", found " + text);
            }
        }
        try {
            return Amount.parse(text, AS_READ).value();
        } catch (IllegalArgumentException e) {
            return (BigDecimal) ctxt.reportInputMismatch(type, "expected %s, found \"%s\"", expected, text);
        }
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
