package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds associated files as ISO 19005-3 asks: each an embedded file stream with its media type, size and date
 * (the document's), a file specification with {@code F}, {@code UF}, {@code Desc} and {@code AFRelationship},
 * named in the {@code EmbeddedFiles} name tree and listed in the catalog's {@code AF}.
 */
final class AssociatedFiles {

    /** The key under which the catalog lists its associated files. */
    static final COSName AF = COSName.getPDFName("AF");

    static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private AssociatedFiles() {}

    static void embed(PDDocument doc, List<AssociatedFile> files, String date) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.parse(date);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        COSArray af = new COSArray();
        TreeMap<String, PDComplexFileSpecification> names = new TreeMap<>();
        for (AssociatedFile file : files) {
            byte[] bytes = file.bytes();
            org.apache.pdfbox.cos.COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
            Flate.write(stream, bytes);
            PDEmbeddedFile embedded = new PDEmbeddedFile(stream);
            embedded.setSubtype(file.mediaType());
            embedded.setSize(bytes.length);
            embedded.setModDate(calendar);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(file.name());
            spec.setFileUnicode(file.name());
            spec.setFileDescription(file.description());
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            spec.getCOSObject()
                    .setItem(
                            AF_RELATIONSHIP,
                            COSName.getPDFName(file.relationship().pdfName()));
            af.add(spec);
            names.put(file.name(), spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(names);
        PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        dictionary.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(dictionary);
        doc.getDocumentCatalog().getCOSObject().setItem(AF, af);
    }
}
