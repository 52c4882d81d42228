package org.budgetdisclosure.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The pass that makes OpenPDF's output a tagged PDF (ISO 14289-1, PDF/UA-1): it marks each page's content by the
 * places the writer recorded ({@link FastMarker}, or {@link ContentMarker} for a page it cannot read), builds the structure tree of the {@link Tagging} with a
 * marked-content reference for each piece of content and an object reference for each link, the parent tree, the
 * IDs of the tables, {@code /MarkInfo}, tab order by structure on pages with links, then embeds the associated
 * files ({@link AssociatedFiles}) and writes the file ({@link PdfFileWriter}). Everything is derived from the input: same input, same bytes.
 */
final class PdfTags {

    private PdfTags() {}

    /** Sees each page before it is marked: the tests' oracle compares {@link FastMarker} with {@link ContentMarker}. */
    interface PageObserver {
        void page(
                PDPage page,
                java.util.function.BiFunction<Float, Float, Integer> leafAt,
                java.util.function.IntFunction<String> types)
                throws IOException;
    }

    /** The observer of this thread's tagging passes: none but in tests (a test in this package sets it). */
    static final ThreadLocal<PageObserver> OBSERVER = ThreadLocal.withInitial(() -> (page, leafAt, types) -> {});

    /** Whether this thread's passes save through PDFBox: not but in the test that compares the two files. */
    static final ThreadLocal<Boolean> SAVED_BY_PDFBOX = ThreadLocal.withInitial(() -> false);

    static void apply(
            byte[] pdf,
            Tagging tagging,
            List<AssociatedFile> files,
            String date,
            PdfFontPrograms.Shared fonts,
            OutputStream out)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pageCount = doc.getNumberOfPages();
            deflate(doc, fonts);
            List<List<int[]>> content = new ArrayList<>(); // per leaf: (page, mcid)
            List<List<PDAnnotation>> links = new ArrayList<>(); // per leaf: its link annotations
            List<PDPage> pages = new ArrayList<>();
            List<List<Integer>> mcidLeaves = new ArrayList<>();
            FastMarker marker = new FastMarker();
            for (int p = 0; p < pageCount; p++) {
                PDPage page = doc.getPage(p);
                pages.add(page);
                List<Tagging.Region> regions = tagging.regions(tagging.writtenPage(p));
                java.util.function.BiFunction<Float, Float, Integer> leafAt = (x, y) -> tagging.leafAt(regions, x, y);
                java.util.function.IntFunction<String> types = leaf -> tagging.leafById(leaf).type;
                OBSERVER.get().page(page, leafAt, types);
                ContentMarker.Marked marked = marker.markOrFallBack(page, leafAt, types);
                org.apache.pdfbox.cos.COSStream stream = doc.getDocument().createCOSStream();
                Flate.write(stream, marked.stream());
                page.setContents(new PDStream(stream));
                mcidLeaves.add(marked.leaves());
                for (int mcid = 0; mcid < marked.leaves().size(); mcid++) {
                    entry(content, marked.leaves().get(mcid)).add(new int[] {p, mcid});
                }
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        var r = annotation.getRectangle();
                        int leaf = tagging.leafAt(
                                regions,
                                (r.getLowerLeftX() + r.getUpperRightX()) / 2,
                                (r.getLowerLeftY() + r.getUpperRightY()) / 2);
                        if (leaf < 0) {
                            throw new IllegalStateException("a link on page " + (p + 1) + " lies in no tagged text");
                        }
                        annotation.getCOSObject().setItem(COSName.P, page.getCOSObject());
                        entryAnnotations(links, leaf).add(annotation);
                    }
                }
                if (!page.getAnnotations().isEmpty()) {
                    page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
                }
            }

            PDStructureTreeRoot root = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            doc.getDocumentCatalog().setMarkInfo(markInfo);
            PDStructureElement[] elements = new PDStructureElement[tagging.leafCount()];
            TreeMap<String, PDStructureElement> ids = new TreeMap<>();
            COSArray nums = new COSArray();
            build(tagging.root, root, elements, ids, pages, content);
            for (int p = 0; p < pageCount; p++) {
                pages.get(p).getCOSObject().setInt(COSName.STRUCT_PARENTS, p);
                COSArray parents = new COSArray();
                for (int leaf : mcidLeaves.get(p)) {
                    parents.add(elements[leaf]);
                }
                nums.add(COSInteger.get(p));
                nums.add(parents);
            }
            int key = pageCount;
            for (int leaf = 0; leaf < links.size(); leaf++) {
                if (links.get(leaf) == null) {
                    continue;
                }
                for (PDAnnotation annotation : links.get(leaf)) {
                    annotation.setStructParent(key);
                    annotation.getCOSObject().setString(COSName.CONTENTS, tagging.leafById(leaf).title);
                    PDObjectReference reference = new PDObjectReference();
                    reference.setReferencedObject(annotation);
                    reference
                            .getCOSObject()
                            .setItem(COSName.PG, annotation.getCOSObject().getDictionaryObject(COSName.P));
                    elements[leaf].appendKid(reference);
                    nums.add(COSInteger.get(key));
                    nums.add(elements[leaf]);
                    key++;
                }
            }
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, nums);
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            root.setParentTreeNextKey(key);
            if (!ids.isEmpty()) {
                COSArray names = new COSArray();
                ids.forEach((id, element) -> {
                    names.add(new COSString(id));
                    names.add(element);
                });
                COSDictionary idTree = new COSDictionary();
                idTree.setItem(COSName.NAMES, names);
                root.getCOSObject().setItem(COSName.ID_TREE, idTree);
            }
            AssociatedFiles.embed(doc, files, date);
            if (SAVED_BY_PDFBOX.get()) {
                doc.save(out);
            } else {
                PdfFileWriter.write(doc, out);
            }
        }
    }

    /**
     * OpenPDF writes its streams stored (deflate level 0: {@link PdfRenderer}); each is deflated here once
     * ({@link Flate}), but the font programs, which {@link PdfFontPrograms} writes, the pages' content, which the marking reads and replaces with a deflated stream of its own, and OpenPDF's object and
     * cross-reference streams, which the save writes anew.
     */
    private static void deflate(PDDocument doc, PdfFontPrograms.Shared fonts) throws IOException {
        java.util.Set<COSBase> contents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            COSBase c = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (c instanceof COSArray array) {
                array.forEach(
                        item -> contents.add(item instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : item));
            } else if (c != null) {
                contents.add(c);
            }
        }
        org.apache.pdfbox.cos.COSDocument cos = doc.getDocument();
        contents.addAll(PdfFontPrograms.write(cos, fonts));
        for (org.apache.pdfbox.cos.COSObjectKey key :
                new ArrayList<>(cos.getXrefTable().keySet())) {
            COSBase object = cos.getObjectFromPool(key).getObject();
            if (object instanceof org.apache.pdfbox.cos.COSStream stream
                    && !contents.contains(stream)
                    && COSName.FLATE_DECODE.equals(stream.getFilters())
                    && !COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE))
                    && !COSName.XREF.equals(stream.getCOSName(COSName.TYPE))) {
                byte[] data;
                try (java.io.InputStream in = stream.createInputStream()) {
                    data = in.readAllBytes();
                }
                Flate.write(stream, data);
            }
        }
    }

    private static List<int[]> entry(List<List<int[]>> list, int leaf) {
        while (list.size() <= leaf) {
            list.add(null);
        }
        if (list.get(leaf) == null) {
            list.set(leaf, new ArrayList<>());
        }
        return list.get(leaf);
    }

    private static List<PDAnnotation> entryAnnotations(List<List<PDAnnotation>> list, int leaf) {
        while (list.size() <= leaf) {
            list.add(null);
        }
        if (list.get(leaf) == null) {
            list.set(leaf, new ArrayList<>());
        }
        return list.get(leaf);
    }

    private static void build(
            Tagging.Node node,
            PDStructureNode parent,
            PDStructureElement[] elements,
            TreeMap<String, PDStructureElement> ids,
            List<PDPage> pages,
            List<List<int[]>> content) {
        PDStructureElement element = new PDStructureElement(node.type, parent);
        if (parent instanceof PDStructureElement e) {
            e.appendKid(element);
        } else {
            ((PDStructureTreeRoot) parent).appendKid(element);
        }
        if (!node.attributes.isEmpty()) {
            COSDictionary attributes = new COSDictionary();
            attributes.setDirect(true);
            attributes.setItem(COSName.O, COSName.getPDFName(node.type.startsWith("L") ? "List" : "Table"));
            node.attributes.forEach((k, v) -> attributes.setItem(
                    COSName.getPDFName(k),
                    v instanceof Integer i ? COSInteger.get(i) : COSName.getPDFName(v.toString())));
            element.getCOSObject().setItem(COSName.A, attributes);
        }
        if (!node.name.isEmpty()) {
            element.getCOSObject().setItem(COSName.ID, new COSString(node.name));
            ids.put(node.name, element);
        }
        if (node.type.equals("Table") && !node.title.isEmpty()) {
            element.setTitle(node.title);
        }
        if (node.id >= 0) {
            elements[node.id] = element;
            List<int[]> pieces = node.id < content.size() ? content.get(node.id) : null;
            if (pieces != null) {
                // an element on one page names it once (/Pg) and lists its MCIDs; one over pages, an MCR each
                boolean onePage = pieces.stream().allMatch(piece -> piece[0] == pieces.get(0)[0]);
                if (onePage) {
                    element.getCOSObject()
                            .setItem(COSName.PG, pages.get(pieces.get(0)[0]).getCOSObject());
                }
                for (int[] piece : pieces) {
                    if (onePage) {
                        appendKid(element, COSInteger.get(piece[1]));
                        continue;
                    }
                    COSDictionary mcr = new COSDictionary();
                    mcr.setDirect(true);
                    mcr.setItem(COSName.TYPE, COSName.MCR);
                    mcr.setItem(COSName.PG, pages.get(piece[0]).getCOSObject());
                    mcr.setInt(COSName.MCID, piece[1]);
                    appendKid(element, mcr);
                }
            }
        }
        for (Tagging.Node kid : node.kids) {
            build(kid, element, elements, ids, pages, content);
        }
    }

    private static void appendKid(PDStructureElement element, org.apache.pdfbox.cos.COSBase kid) {
        var k = element.getCOSObject().getDictionaryObject(COSName.K);
        if (k == null) {
            element.getCOSObject().setItem(COSName.K, kid);
        } else if (k instanceof COSArray array) {
            array.add(kid);
        } else {
            COSArray array = new COSArray();
            array.add(k);
            array.add(kid);
            element.getCOSObject().setItem(COSName.K, array);
        }
    }
}
