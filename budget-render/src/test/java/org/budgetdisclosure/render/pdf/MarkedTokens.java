package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/** A content stream's tokens as PDFBox's parser reads them, as text: numbers as floats, strings in hex. */
final class MarkedTokens {

    private MarkedTokens() {}

    static List<String> of(byte[] stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (Object token : new PDFStreamParser(stream).parse()) {
            tokens.add(text(token));
        }
        return tokens;
    }

    private static String text(Object token) {
        if (token instanceof Operator op) {
            return op.getName();
        } else if (token instanceof COSNumber n) {
            return Float.toString(n.floatValue());
        } else if (token instanceof COSName n) {
            return "/" + n.getName();
        } else if (token instanceof COSString s) {
            return "<" + HexFormat.of().formatHex(s.getBytes()) + ">";
        } else if (token instanceof COSArray a) {
            List<String> items = new ArrayList<>();
            for (COSBase item : a) {
                items.add(text(item));
            }
            return items.toString();
        } else if (token instanceof COSDictionary d) {
            TreeMap<String, String> entries = new TreeMap<>();
            d.entrySet().forEach(e -> entries.put(e.getKey().getName(), text(e.getValue())));
            return "<<" + entries + ">>";
        }
        return String.valueOf(token);
    }
}
