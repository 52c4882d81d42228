package org.budgetdisclosure.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text of structure elements, read from the marked content their MCRs reference. */
final class PdfStructureTexts {

    private PdfStructureTexts() {}

    /** @return the text of every TH of a Table element */
    static List<String> headerTexts(COSDictionary table, PDDocument doc) throws Exception {
        List<String> texts = new ArrayList<>();
        headers(table, doc, texts);
        return texts;
    }

    private static void headers(COSDictionary element, PDDocument doc, List<String> texts) throws Exception {
        for (COSDictionary kid : kids(element.getDictionaryObject(COSName.K))) {
            if ("TH".equals(kid.getNameAsString(COSName.S))) {
                texts.add(text(kid, doc).strip());
            } else if (kid.containsKey(COSName.S)) {
                headers(kid, doc, texts);
            }
        }
    }

    /** @return the text of an element's own marked content, in order */
    static String text(COSDictionary element, PDDocument doc) throws Exception {
        StringBuilder text = new StringBuilder();
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.getObject(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        for (COSBase kid : kids) {
            if (kid instanceof org.apache.pdfbox.cos.COSInteger mcid) {
                COSDictionary page = (COSDictionary) element.getDictionaryObject(COSName.PG);
                text.append(byMcid(new PDPage(page)).getOrDefault(mcid.intValue(), ""));
            } else if (kid instanceof COSDictionary mcr && COSName.MCR.equals(mcr.getCOSName(COSName.TYPE))) {
                COSDictionary page = (COSDictionary) mcr.getDictionaryObject(COSName.PG);
                text.append(byMcid(new PDPage(page)).getOrDefault(mcr.getInt(COSName.MCID), ""));
            }
        }
        return text.toString();
    }

    private static final Map<COSDictionary, Map<Integer, String>> PAGES = new java.util.WeakHashMap<>();

    private static synchronized Map<Integer, String> byMcid(PDPage page) throws Exception {
        Map<Integer, String> known = PAGES.get(page.getCOSObject());
        if (known != null) {
            return known;
        }
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if (content.getMCID() >= 0) {
                StringBuilder s = new StringBuilder();
                for (Object o : content.getContents()) {
                    if (o instanceof TextPosition t) {
                        s.append(t.getUnicode());
                    }
                }
                texts.merge(content.getMCID(), s.toString(), String::concat);
            }
        }
        PAGES.put(page.getCOSObject(), texts);
        return texts;
    }

    static List<COSDictionary> kids(COSBase k) {
        List<COSDictionary> kids = new ArrayList<>();
        COSBase base = k instanceof COSObject o ? o.getObject() : k;
        if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary d) {
                    kids.add(d);
                }
            }
        } else if (base instanceof COSDictionary d) {
            kids.add(d);
        }
        return kids;
    }
}
