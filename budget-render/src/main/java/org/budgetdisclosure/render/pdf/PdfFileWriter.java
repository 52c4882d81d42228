package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a PDFBox document as a PDF file with object streams and a cross-reference stream, as
 * {@code PDDocument.save} does with its default compression, in a fifth of its time (the save was 15 % of a
 * disclosure's processor time in three formats: it writes each object byte by byte through synchronized streams and
 * keeps its objects in hash tables).
 *
 * <p>The objects written are those reachable from the trailer's {@code /Root} and {@code /Info}; which of them are
 * indirect follows PDFBox's rule: an object read as indirect (a {@link COSObject}), a stream, and a dictionary or
 * array not marked direct; all else is written in place. They are numbered from 1 in the order they are first met
 * (depth first, a dictionary's entries in their order), so the same document gives the same bytes. Streams and the
 * catalog are written at the top level; the other indirect objects go into object streams of
 * {@value #OBJECTS_PER_STREAM} (deflated at {@link Flate#LEVEL}); the trailer has {@code /Root}
 * and {@code /Info}. A stream's data is copied as it is encoded, its {@code /Length} written anew. The
 * header's version is at least 1.6, as object streams need (and as PDFBox sets it, in the catalog too).
 */
final class PdfFileWriter {

    /** Objects in an object stream: PDFBox's default. */
    static final int OBJECTS_PER_STREAM = 200;

    private static final COSName LENGTH = COSName.LENGTH;
    private static final byte[] HEADER_COMMENT = {'%', (byte) 0xf6, (byte) 0xe4, (byte) 0xfc, (byte) 0xdf, '\n'};

    /** Each indirect object's number, by identity of the object (the target of a {@link COSObject}). */
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    /** Each name as written, made once: a document has a few hundred names and writes them tens of thousands of times. */
    private final Map<COSName, byte[]> names = new IdentityHashMap<>();
    /** The indirect objects, in the order of their numbers (number - 1). */
    private final List<COSBase> objects = new ArrayList<>();

    private PdfFileWriter() {}

    /** Writes {@code doc} to {@code out}; does not close {@code out}. */
    static void write(PDDocument doc, OutputStream out) throws IOException {
        if (doc.getVersion() < 1.6f) {
            doc.setVersion(1.6f); // object streams: as PDFBox's save, in the header and the catalog
        }
        new PdfFileWriter().writeFile(doc, out);
    }

    private void writeFile(PDDocument doc, OutputStream out) throws IOException {
        COSDictionary trailer = doc.getDocument().getTrailer();
        COSBase root = trailer.getDictionaryObject(COSName.ROOT);
        COSBase info = trailer.getItem(COSName.INFO);
        number(root);
        if (info != null) {
            number(info);
        }
        collect();
        renumber();

        Bytes file = new Bytes(1 << 18);
        file.ascii("%PDF-" + version(doc) + "\n");
        file.write(HEADER_COMMENT);
        int count = objects.size();
        long[] offsets = new long[count + 1]; // by number; -1 - k for the k-th compressed object's stream
        int[] streamOf = new int[count + 1];
        int[] indexIn = new int[count + 1];
        List<Integer> compressed = new ArrayList<>();
        Bytes body = new Bytes(1 << 12);
        for (int n = 1; n <= count; n++) {
            COSBase object = objects.get(n - 1);
            if (object instanceof COSStream stream) {
                offsets[n] = file.size();
                writeStream(file, n, stream);
            } else if (object == root) {
                offsets[n] = file.size();
                file.ascii(n + " 0 obj\n");
                value(file, object, true);
                file.ascii("\nendobj\n");
            } else {
                compressed.add(n);
            }
        }
        // the object streams, numbered after the objects
        int streams = (compressed.size() + OBJECTS_PER_STREAM - 1) / OBJECTS_PER_STREAM;
        long[] streamOffsets = new long[streams];
        Bytes index = new Bytes(1 << 10);
        for (int s = 0; s < streams; s++) {
            List<Integer> part = compressed.subList(
                    s * OBJECTS_PER_STREAM, Math.min(compressed.size(), (s + 1) * OBJECTS_PER_STREAM));
            body.reset();
            index.reset();
            for (int i = 0; i < part.size(); i++) {
                int n = part.get(i);
                streamOf[n] = count + 1 + s;
                indexIn[n] = i;
                index.ascii(n + " " + body.size() + " ");
                value(body, objects.get(n - 1), true);
                body.write('\n');
            }
            int first = index.size();
            index.write(body.bytes(), 0, body.size());
            byte[] data = Flate.deflate(index.bytes(), index.size(), Flate.LEVEL);
            streamOffsets[s] = file.size();
            file.ascii((count + 1 + s) + " 0 obj\n<</Type /ObjStm /N " + part.size() + " /First " + first
                    + " /Filter /FlateDecode /Length " + data.length + ">>\nstream\n");
            file.write(data);
            file.ascii("\nendstream\nendobj\n");
        }
        // the cross-reference stream: type, offset or object stream, generation or index
        int xref = count + streams + 1;
        long xrefOffset = file.size();
        int w2 = width(Math.max(xrefOffset, xref));
        int w3 = width(OBJECTS_PER_STREAM - 1);
        byte[] table = new byte[(xref + 1) * (1 + w2 + w3)];
        int at = 1 + w2 + w3; // object 0: free, next free 0, generation 0
        for (int n = 1; n <= count; n++) {
            at = streamOf[n] != 0
                    ? entry(table, at, 2, streamOf[n], indexIn[n], w2, w3)
                    : entry(table, at, 1, offsets[n], 0, w2, w3);
        }
        for (int s = 0; s < streams; s++) {
            at = entry(table, at, 1, streamOffsets[s], 0, w2, w3);
        }
        entry(table, at, 1, xrefOffset, 0, w2, w3);
        byte[] data = Flate.deflate(table, table.length, Flate.LEVEL);
        file.ascii(xref + " 0 obj\n<</Type /XRef /Size " + (xref + 1) + " /W [1 " + w2 + " " + w3 + "] /Root "
                + numbers.get(root) + " 0 R");
        if (info != null) {
            file.ascii(" /Info " + numbers.get(deref(info)) + " 0 R");
        }
        // the file's identifier from its content (ISO 32000-1, 14.4): the same objects, the same identifier
        String id = java.util.HexFormat.of().formatHex(md5(file.bytes(), (int) xrefOffset));
        file.ascii(" /ID [<" + id + "> <" + id + ">]");
        file.ascii(" /Filter /FlateDecode /Length " + data.length + ">>\nstream\n");
        file.write(data);
        file.ascii("\nendstream\nendobj\nstartxref\n" + xrefOffset + "\n%%EOF\n");
        out.write(file.bytes(), 0, file.size());
    }

    private static byte[] md5(byte[] bytes, int length) {
        try {
            java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
            md5.update(bytes, 0, length);
            return md5.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    private static String version(PDDocument doc) {
        return String.format(java.util.Locale.ROOT, "%.1f", doc.getVersion());
    }

    /** Gives the indirect object its number, if it has none. */
    private void number(COSBase object) {
        COSBase target = deref(object);
        if (target != null && !numbers.containsKey(target)) {
            numbers.put(target, objects.size() + 1);
            objects.add(target);
        }
    }

    /** Numbers every indirect object reachable from those numbered, in the order they are first met. */
    private void collect() {
        java.util.Set<COSBase> walked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < objects.size(); i++) { // the list grows as objects are met
            walk(objects.get(i), walked);
        }
    }

    /** Numbers the indirect values of an object and of its direct parts, in their order. */
    private void walk(COSBase object, java.util.Set<COSBase> walked) {
        if (!walked.add(object)) {
            return; // a direct part met twice (or a direct cycle, which no PDF can write)
        }
        if (object instanceof COSDictionary dictionary) {
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (!(object instanceof COSStream && entry.getKey().equals(LENGTH))) {
                    part(entry.getValue(), walked);
                }
            }
        } else if (object instanceof COSArray array) {
            for (int k = 0; k < array.size(); k++) {
                part(array.get(k), walked);
            }
        }
    }

    private void part(COSBase value, java.util.Set<COSBase> walked) {
        if (indirect(value)) {
            number(value); // walked in its turn, from the list of objects
        } else if (value instanceof COSDictionary || value instanceof COSArray) {
            walk(value, walked);
        }
    }

    /**
     * Numbers the objects read from the laid-out file in their order there (OpenPDF writes like objects together,
     * which deflates better), then the objects made since, in the order they were met.
     */
    private void renumber() {
        objects.sort(java.util.Comparator.comparingLong((COSBase o) ->
                        o.getKey() == null ? Long.MAX_VALUE : o.getKey().getNumber())
                .thenComparingInt(numbers::get));
        numbers.clear();
        for (int i = 0; i < objects.size(); i++) {
            numbers.put(objects.get(i), i + 1);
        }
    }

    /** PDFBox's rule: what is written as a reference. */
    private static boolean indirect(COSBase value) {
        return value instanceof COSObject
                || value instanceof COSStream
                || (value instanceof COSDictionary && !value.isDirect())
                || (value instanceof COSArray && !value.isDirect());
    }

    private static COSBase deref(COSBase value) {
        return value instanceof COSObject o ? o.getObject() : value;
    }

    private void writeStream(Bytes file, int n, COSStream stream) throws IOException {
        byte[] data;
        try (InputStream in = stream.createRawInputStream()) {
            data = in.readAllBytes();
        }
        file.ascii(n + " 0 obj\n<<");
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            if (entry.getKey().equals(LENGTH) || entry.getValue() == null) {
                continue;
            }
            name(file, entry.getKey());
            file.write(' ');
            value(file, entry.getValue(), false);
            file.write(' ');
        }
        file.ascii("/Length " + data.length + ">>\nstream\n");
        file.write(data);
        file.ascii("\nendstream\nendobj\n");
    }

    /** Writes a value: a reference if it is indirect and not the object being written ({@code top}). */
    private void value(Bytes out, COSBase value, boolean top) throws IOException {
        if (!top && indirect(value)) {
            COSBase target = deref(value);
            if (target == null) {
                out.ascii("null");
                return;
            }
            out.ascii(numbers.get(target) + " 0 R");
            return;
        }
        COSBase base = deref(value);
        if (base instanceof COSDictionary dictionary) {
            out.write('<');
            out.write('<');
            boolean first = true;
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                if (!first) {
                    out.write(' ');
                }
                first = false;
                name(out, entry.getKey());
                out.write(' ');
                value(out, entry.getValue(), false);
            }
            out.write('>');
            out.write('>');
        } else if (base instanceof COSArray array) {
            out.write('[');
            for (int k = 0; k < array.size(); k++) {
                if (k > 0) {
                    out.write(' ');
                }
                COSBase item = array.get(k);
                value(out, item == null ? COSNull.NULL : item, false);
            }
            out.write(']');
        } else if (base instanceof COSName name) {
            name(out, name);
        } else if (base instanceof COSString string) {
            COSWriter.writeString(string, out);
        } else if (base instanceof COSInteger integer) {
            out.ascii(Long.toString(integer.longValue()));
        } else if (base instanceof COSFloat number) {
            number.writePDF(out);
        } else if (base instanceof COSBoolean bool) {
            out.ascii(bool.getValue() ? "true" : "false");
        } else if (base == null || base instanceof COSNull) {
            out.ascii("null");
        } else {
            throw new IOException(
                    "cannot write a PDF object of type " + base.getClass().getSimpleName());
        }
    }

    private void name(Bytes out, COSName name) throws IOException {
        byte[] bytes = names.get(name);
        if (bytes == null) {
            Bytes written = new Bytes(32);
            name.writePDF(written);
            bytes = java.util.Arrays.copyOf(written.bytes(), written.size());
            names.put(name, bytes);
        }
        out.write(bytes, 0, bytes.length);
    }

    /** The bytes needed for a value. */
    private static int width(long value) {
        int width = 1;
        while (value >= 1L << (8 * width)) {
            width++;
        }
        return width;
    }

    private static int entry(byte[] table, int at, int type, long field2, long field3, int w2, int w3) {
        table[at++] = (byte) type;
        for (int i = w2 - 1; i >= 0; i--) {
            table[at++] = (byte) (field2 >>> (8 * i));
        }
        for (int i = w3 - 1; i >= 0; i--) {
            table[at++] = (byte) (field3 >>> (8 * i));
        }
        return at;
    }
}
