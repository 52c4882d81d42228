package org.budgetdisclosure.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A POI document whose main part ({@code word/document.xml}) is streamed by {@link DocxBody} when the package is
 * saved, instead of being built as an XMLBeans tree: POI still makes the package, styles, settings, properties
 * and font parts. Streaming the body is what keeps a large department within a small heap and the reference
 * under a few tens of milliseconds (XMLBeans' tree and its serializer were nine tenths of the time).
 */
final class StreamedDocument extends XWPFDocument {

    private DocxBody body;

    void body(DocxBody body) {
        this.body = body;
    }

    @Override
    protected void commit() throws IOException {
        if (body == null) {
            super.commit();
            return;
        }
        try (OutputStream out = getPackagePart().getOutputStream();
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            body.write(writer);
        }
    }
}
