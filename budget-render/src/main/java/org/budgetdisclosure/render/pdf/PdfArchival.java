package org.budgetdisclosure.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.render.document.Document;

/**
 * Makes a PDF conform to PDF/A-2b (ISO 19005-2, level B: archival, the appearance preserved): XMP metadata that
 * repeats the document information and declares the part and level, and an sRGB output intent with the JDK's ICC
 * profile. Level A would also need the content tagged (structure tree, marked content for every heading,
 * paragraph, list and table cell); OpenPDF 2.0.5 tags nothing of what it lays out (its {@code setTagged} only
 * opens an empty structure tree), so the level is B. Everything is derived from the document: same document, same
 * bytes.
 */
final class PdfArchival {

    static final String PRODUCER = "budget-disclosure (OpenPDF)";
    static final String CREATOR = "budget-disclosure";

    private PdfArchival() {
    }

    /** Adds the output intent and the XMP metadata; call after the document is opened. */
    static void apply(PdfWriter writer, Document document) throws IOException {
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", srgb);
        PdfArray intents = (PdfArray) writer.getExtraCatalog().get(PdfName.OUTPUTINTENTS);
        ((PdfDictionary) intents.getPdfObject(0)).put(PdfName.S, PdfName.GTS_PDFA1);
        writer.setXmpMetadata(xmp(document));
    }

    private static byte[] xmp(Document document) {
        String date = document.date() + "T00:00:00Z";
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(document.title())
                + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(document.author()) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(document.subject())
                + "</rdf:li></rdf:Alt></dc:description>"
                + "<dc:language><rdf:Bag><rdf:li>" + escape(document.language()) + "</rdf:li></rdf:Bag></dc:language>"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool><xmp:CreateDate>" + date + "</xmp:CreateDate>"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate><xmp:MetadataDate>" + date + "</xmp:MetadataDate>"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer></rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
