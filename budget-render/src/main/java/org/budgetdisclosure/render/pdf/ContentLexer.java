package org.budgetdisclosure.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict tokenizer of a page's content stream (内容流, ISO 32000-1 §7.8.2) as OpenPDF writes it: numbers, names,
 * literal and hexadecimal strings, arrays, dictionaries, booleans, {@code null} and operators. It reads the syntax
 * {@code PDFStreamParser} reads the same way and refuses the rest ({@link Unreadable}): exponents, numbers in
 * forms PDFBox repairs, unbalanced brackets, a bare carriage return in a literal string, inline images
 * ({@code BI … ID … EI}), so that a caller can fall back to PDFBox for them.
 */
final class ContentLexer {

    /** The content cannot be read here; the caller falls back to PDFBox. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String what, int at) {
            super(what + " at byte " + at, null, false, false);
        }
    }

    /** A name operand ({@code /F1}), decoded. */
    record Name(String value) {}

    /** A dictionary operand (its content is not needed). */
    static final Object DICTIONARY = new Object();

    /** A boolean or {@code null} operand. */
    static final Object OTHER = new Object();

    private final byte[] b;
    private int pos;

    /** Start of the last token {@link #next} read. */
    int tokenStart;

    ContentLexer(byte[] content) {
        this.b = content;
    }

    /**
     * @return the next operand (a {@code Float}, {@link Name}, {@code byte[]} string, {@code List} array,
     *     {@link #DICTIONARY} or {@link #OTHER}) or an operator as a {@code String}; {@code null} at the end
     */
    Object next() throws Unreadable {
        skipSpace();
        tokenStart = pos;
        if (pos >= b.length) {
            return null;
        }
        Object token = value();
        if (token == ARRAY_END || token == DICTIONARY_END) {
            throw new Unreadable("unbalanced bracket", tokenStart);
        }
        return token;
    }

    private static final Object ARRAY_END = new Object();
    private static final Object DICTIONARY_END = new Object();

    private Object value() throws Unreadable {
        int c = b[pos] & 0xff;
        switch (c) {
            case '/':
                return name();
            case '(':
                return literal();
            case '[':
                pos++;
                return array();
            case ']':
                pos++;
                return ARRAY_END;
            case '<':
                if (pos + 1 < b.length && b[pos + 1] == '<') {
                    pos += 2;
                    return dictionary();
                }
                return hex();
            case '>':
                if (pos + 1 < b.length && b[pos + 1] == '>') {
                    pos += 2;
                    return DICTIONARY_END;
                }
                throw new Unreadable("stray >", pos);
            case ')', '{', '}':
                throw new Unreadable("unexpected " + (char) c, pos);
            default:
                return word();
        }
    }

    private List<Object> array() throws Unreadable {
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= b.length) {
                throw new Unreadable("unterminated array", pos);
            }
            Object item = value();
            if (item == ARRAY_END) {
                return items;
            }
            if (item instanceof String || item == DICTIONARY_END) {
                throw new Unreadable("operator in array", pos);
            }
            items.add(item);
        }
    }

    private Object dictionary() throws Unreadable {
        while (true) {
            skipSpace();
            if (pos >= b.length) {
                throw new Unreadable("unterminated dictionary", pos);
            }
            Object item = value();
            if (item == DICTIONARY_END) {
                return DICTIONARY;
            }
            if (item instanceof String || item == ARRAY_END) {
                throw new Unreadable("operator in dictionary", pos);
            }
        }
    }

    private Name name() throws Unreadable {
        int start = ++pos;
        boolean escaped = false;
        while (pos < b.length && regular(b[pos] & 0xff)) {
            escaped |= b[pos] == '#';
            pos++;
        }
        if (!escaped) {
            return new Name(new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        java.io.ByteArrayOutputStream decoded = new java.io.ByteArrayOutputStream();
        for (int i = start; i < pos; i++) {
            if (b[i] == '#') {
                if (i + 2 >= pos || Character.digit(b[i + 1], 16) < 0 || Character.digit(b[i + 2], 16) < 0) {
                    throw new Unreadable("bad name escape", i);
                }
                decoded.write(Character.digit(b[i + 1], 16) * 16 + Character.digit(b[i + 2], 16));
                i += 2;
            } else {
                decoded.write(b[i]);
            }
        }
        return new Name(decoded.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private byte[] literal() throws Unreadable {
        int start = pos++;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int depth = 1;
        while (pos < b.length) {
            int c = b[pos++] & 0xff;
            if (c == '\\') {
                if (pos >= b.length) {
                    break;
                }
                int e = b[pos++] & 0xff;
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case '(', ')', '\\' -> out.write(e);
                    default -> {
                        if (e < '0' || e > '7') {
                            throw new Unreadable("escape \\" + (char) e, pos - 1);
                        }
                        int octal = e - '0';
                        for (int k = 0; k < 2 && pos < b.length && b[pos] >= '0' && b[pos] <= '7'; k++) {
                            octal = octal * 8 + (b[pos++] - '0');
                        }
                        out.write(octal);
                    }
                }
            } else if (c == '\r') {
                throw new Unreadable("carriage return in a string", pos - 1);
            } else if (c == '(') {
                depth++;
                out.write(c);
            } else if (c == ')') {
                if (--depth == 0) {
                    return out.toByteArray();
                }
                out.write(c);
            } else {
                out.write(c);
            }
        }
        throw new Unreadable("unterminated string", start);
    }

    private byte[] hex() throws Unreadable {
        int start = pos++;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int high = -1;
        while (pos < b.length) {
            int c = b[pos++] & 0xff;
            if (c == '>') {
                if (high >= 0) {
                    out.write(high * 16);
                }
                return out.toByteArray();
            }
            if (space(c)) {
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                throw new Unreadable("bad hex string", pos - 1);
            }
            if (high < 0) {
                high = digit;
            } else {
                out.write(high * 16 + digit);
                high = -1;
            }
        }
        throw new Unreadable("unterminated hex string", start);
    }

    /** A number, {@code true}/{@code false}/{@code null}, or an operator. */
    private Object word() throws Unreadable {
        int start = pos;
        while (pos < b.length && regular(b[pos] & 0xff)) {
            pos++;
        }
        int c = b[start];
        if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            return number(start, pos);
        }
        String word = new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (word) {
            case "true", "false", "null" -> OTHER;
            case "BI", "ID", "EI" -> throw new Unreadable("inline image", start);
            default -> word;
        };
    }

    private Float number(int start, int end) throws Unreadable {
        int i = start;
        boolean negative = b[i] == '-';
        if (b[i] == '+' || b[i] == '-') {
            i++;
        }
        int digits = 0;
        int dots = 0;
        int decimals = 0;
        long mantissa = 0;
        for (; i < end; i++) {
            if (b[i] == '.') {
                dots++;
            } else if (b[i] >= '0' && b[i] <= '9') {
                digits++;
                mantissa = mantissa * 10 + (b[i] - '0');
                decimals += dots;
            } else {
                throw new Unreadable("bad number", start);
            }
        }
        if (digits == 0 || dots > 1 || end - start > (dots == 0 ? 18 : 32)) {
            throw new Unreadable("bad number", start);
        }
        if (dots == 0) {
            return (float) (negative ? -mantissa : mantissa); // as COSInteger.floatValue
        }
        if (digits <= 7) {
            // m / 10^k with m < 2^24 and k < 8: the double quotient, rounded to float, is Float.parseFloat's
            // (a decimal this short lies on a float midpoint exactly or at least 2^-29 of a float step from one)
            float value = (float) (mantissa / POWERS_OF_TEN[decimals]);
            return negative && value != 0 ? -value : value; // PDFBox reads -0.0 as 0
        }
        float value = Float.parseFloat(new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        return value == 0 ? 0f : value;
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

    private void skipSpace() {
        while (pos < b.length) {
            int c = b[pos] & 0xff;
            if (space(c)) {
                pos++;
            } else if (c == '%') {
                while (pos < b.length && b[pos] != '\n' && b[pos] != '\r') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    /** @return the offset just past the last token read */
    int position() {
        return pos;
    }

    static boolean space(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean regular(int c) {
        return !space(c) && c != '(' && c != ')' && c != '<' && c != '>' && c != '[' && c != ']' && c != '{' && c != '}'
                && c != '/' && c != '%';
    }
}
