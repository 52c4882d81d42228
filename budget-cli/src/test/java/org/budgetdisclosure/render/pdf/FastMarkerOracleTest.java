package org.budgetdisclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.budgetdisclosure.cli.BudgetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example budget file rendered as PDF (with its units), as the command line renders it: on every page the
 * fast marker ({@link FastMarker}) reads the content without falling back, and gives the leaves
 * {@link ContentMarker} gives and a stream PDFBox reads as the same tokens (operators, names, strings, numbers as
 * floats). In this package to reach the tagging pass's observer.
 */
class FastMarkerOracleTest {

    private static final Path BUDGETS = Path.of("..", "budget-examples", "budgets");

    @TempDir
    Path dir;

    @Test
    void everyExamplePageIsMarkedFastAsContentMarkerMarksIt() throws Exception {
        List<String> differences = new ArrayList<>();
        int[] counts = new int[3]; // pages, marked contents, tokens
        String[] current = {""};
        PdfTags.OBSERVER.set((page, leafAt, types) -> {
            ContentMarker.Marked oracle = ContentMarker.mark(page, leafAt, types);
            Optional<ContentMarker.Marked> fast = new FastMarker().mark(page, leafAt, types);
            String where = current[0] + " page " + ++counts[0];
            if (fast.isEmpty()) {
                differences.add(where + ": fell back");
                return;
            }
            List<String> expected = tokens(oracle.stream());
            if (!fast.get().leaves().equals(oracle.leaves())) {
                differences.add(where + ": leaves " + fast.get().leaves() + " not " + oracle.leaves());
            } else if (!tokens(fast.get().stream()).equals(expected)) {
                differences.add(where + ": tokens differ");
            }
            counts[1] += oracle.leaves().size();
            counts[2] += expected.size();
        });
        List<Path> inputs;
        try (Stream<Path> list = Files.list(BUDGETS)) {
            inputs = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        try {
            for (Path input : inputs) {
                current[0] = input.getFileName().toString();
                StringWriter err = new StringWriter();
                int status = BudgetCommand.run(
                        new String[] {
                            "render",
                            input.toString(),
                            "--out",
                            dir.resolve(current[0]).toString(),
                            "--format",
                            "pdf",
                            "--units"
                        },
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(err, true));
                assertThat(status).as(current[0] + ": " + err).isZero();
            }
        } finally {
            PdfTags.OBSERVER.remove();
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(6);
        assertThat(differences).isEmpty();
        // every document of every example: a few hundred pages, thousands of marked contents
        assertThat(counts[0]).isGreaterThan(100);
        assertThat(counts[1]).isGreaterThan(5000);
    }

    private static List<String> tokens(byte[] stream) throws IOException {
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
