package org.budgetdisclosure.render.pdf;

import com.lowagie.text.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logical structure (标记结构) of a PDF as the writer lays the document's blocks out: a tree of standard
 * structure types (Document, H1…, P, L/LI/LBody, Table/THead/TBody/TR/TH/TD, TOC/TOCI/Link) in reading order,
 * and, for every page, where each leaf's content was set. {@link PdfTags} then marks the content streams by these
 * places: what no leaf holds (page numbers, rules, borders, the leaders of the contents, a table's header repeated
 * on a following page) becomes an artifact. One per pass; not thread-safe.
 */
final class Tagging {

    /** A structure element: its type, attributes (owner Table or List), children, and id if it holds content. */
    static final class Node {
        final String type;
        final int id;
        final List<Node> kids = new ArrayList<>();
        final Map<String, Object> attributes = new LinkedHashMap<>();
        /** For a table: its anchor (the element's ID) and title (its T); for a link: the text it shows. */
        String name = "";

        String title = "";

        Node(String type, int id) {
            this.type = type;
            this.id = id;
        }
    }

    /** Where a leaf's content was set on a page (physical page as written, 1-based). */
    record Region(int page, float llx, float lly, float urx, float ury, int leaf) {

        boolean contains(float x, float y) {
            return x >= llx - 0.6f && x <= urx + 0.6f && y >= lly - 0.6f && y <= ury + 0.6f;
        }

        float area() {
            return (urx - llx) * (ury - lly);
        }
    }

    /** The separator between an anchor and the leaf id in a chunk's generic tag. */
    static final char SEPARATOR = '\u0001';

    final Node root = new Node("Document", -1);
    private final List<Node> leaves = new ArrayList<>();
    /** The regions of each page as written. */
    private final Map<Integer, List<Region>> regions = new java.util.HashMap<>();
    /** Physical pages as written, in their final order (after the contents are moved); empty for unmoved. */
    private int[] order = new int[0];

    /** @return a new element holding content under {@code parent} */
    Node leaf(Node parent, String type) {
        Node node = new Node(type, leaves.size());
        leaves.add(node);
        parent.kids.add(node);
        return node;
    }

    /** @return a new element without content of its own (a grouping: L, LI, Table, TR…) under {@code parent} */
    static Node group(Node parent, String type) {
        Node node = new Node(type, -1);
        parent.kids.add(node);
        return node;
    }

    /** @return a new content-holding element not yet in the tree (a table cell, placed when its table is) */
    Node detachedLeaf(String type) {
        Node node = new Node(type, leaves.size());
        leaves.add(node);
        return node;
    }

    int leafCount() {
        return leaves.size();
    }

    Node leafById(int id) {
        return leaves.get(id);
    }

    void region(int page, Rectangle rect, int leaf) {
        regions.computeIfAbsent(page, p -> new ArrayList<>())
                .add(new Region(
                        page,
                        Math.min(rect.getLeft(), rect.getRight()),
                        Math.min(rect.getBottom(), rect.getTop()),
                        Math.max(rect.getLeft(), rect.getRight()),
                        Math.max(rect.getBottom(), rect.getTop()),
                        leaf));
    }

    /** The leaf of a chunk's generic tag ({@code anchor SEPARATOR id}), or -1. */
    static int leafOf(String genericTag) {
        int at = genericTag.indexOf(SEPARATOR);
        return at < 0 ? -1 : Integer.parseInt(genericTag.substring(at + 1));
    }

    /** The anchor of a chunk's generic tag, possibly empty. */
    static String anchorOf(String genericTag) {
        int at = genericTag.indexOf(SEPARATOR);
        return at < 0 ? genericTag : genericTag.substring(0, at);
    }

    /** @param order the physical pages in their final order, as given to {@code PdfWriter.reorderPages} */
    void reordered(int[] order) {
        this.order = order.clone();
    }

    /** @return the physical page as written that stands at final page {@code index} (0-based) */
    int writtenPage(int index) {
        return order.length == 0 ? index + 1 : order[index];
    }

    /**
     * @return the leaf whose content holds the point (x, y) of a page as written (the smallest region that holds
     *     it), or -1 for an artifact
     */
    int leafAt(List<Region> onPage, float x, float y) {
        Region best = null;
        float bestArea = 0;
        for (Region r : onPage) {
            if (r.contains(x, y)) {
                float area = r.area();
                if (best == null || area < bestArea) {
                    best = r;
                    bestArea = area;
                }
            }
        }
        return best == null ? -1 : best.leaf();
    }

    /** @return the regions of a page as written */
    List<Region> regions(int writtenPage) {
        return regions.getOrDefault(writtenPage, List.of());
    }
}
