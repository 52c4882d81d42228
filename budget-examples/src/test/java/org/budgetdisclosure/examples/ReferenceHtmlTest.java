package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.fonts.Woff;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML of the reference, parsed back with jsoup: every cell of every table, the merges, every section. */
class ReferenceHtmlTest {

    private static final ReferenceDocument REFERENCE = ReferenceDocument.load();
    private final Document html = ReadBack.html(ReferenceRendering.bytes(Format.HTML));

    @Test
    void everyCellOfEveryTableIsTheReferenceCell() {
        for (StatementId id : StatementId.values()) {
            Element figure = html.getElementById("table-" + id.number());
            assertThat(figure).as("table %d", id.number()).isNotNull();
            assertThat(figure.selectFirst("caption").text()).isEqualTo(REFERENCE.title(id.number()));
            assertThat(figure.select(".heading-line span").eachText())
                    .containsExactlyElementsOf(REFERENCE.headings(id.number()));
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : figure.select("tbody tr")) {
                rows.add(tr.select("td").stream()
                        .map(e -> ReferenceRendering.normalize(e.text()))
                        .toList());
            }
            assertThat(rows)
                    .as("body of table %d", id.number())
                    .isEqualTo(ReferenceRendering.expectedBody(REFERENCE, id.number()));
            String note = REFERENCE.note(id.number());
            if (!note.isEmpty()) {
                assertThat(figure.select("p.note").text()).isEqualTo(note);
            }
        }
    }

    @Test
    void headerRowsHaveTheReferenceMergesAndColumnNumbers() {
        // table 2: 序号 and 合计 and 上年结转 span two rows; 功能分类科目 two columns; 本年收入 eight
        Element table2 = html.getElementById("table-2");
        Elements first = table2.select("thead tr").get(0).select("th");
        assertThat(first.eachText()).containsExactly("序号", "功能分类科目", "合计", "本年收入", "上年结转");
        assertThat(first.eachAttr("rowspan")).containsExactly("2", "2", "2");
        assertThat(first.get(1).attr("colspan")).isEqualTo("2");
        assertThat(first.get(3).attr("colspan")).isEqualTo("8");
        assertThat(first.get(3).attr("scope")).isEqualTo("colgroup");
        Elements numbers = table2.select("thead tr.column-numbers th");
        assertThat(numbers.eachText())
                .containsExactly("栏次", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        // table 9: 资 金 性 质 over four columns
        Element table9Head = html.getElementById("table-9").select("thead tr").get(0);
        assertThat(table9Head.select("th").get(2).attr("colspan")).isEqualTo("4");
        // every table: the 栏次 row numbers its columns as the reference does
        for (StatementId id : StatementId.values()) {
            List<List<String>> header = REFERENCE.header(id.number());
            assertThat(html.getElementById("table-" + id.number()).select("thead tr.column-numbers th").stream()
                            .map(Element::text)
                            .toList())
                    .containsExactlyElementsOf(header.get(header.size() - 1));
        }
    }

    @Test
    void narrativeSectionsStateTheTableFigures() {
        for (String heading : ReferenceRendering.SECTIONS) {
            String text = ReferenceRendering.normalize(sectionText(heading));
            for (String figure : ReferenceRendering.SECTION_FIGURES.get(heading.substring(0, 1))) {
                assertThat(text).as("section %s", heading).contains(ReferenceRendering.normalize(figure));
            }
        }
    }

    @Test
    void isSelfContainedAccessibleAndEmbedsTheFontItNeeds() {
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(html.select("link[rel=stylesheet], script, img[src^=http]")).isEmpty();
        assertThat(html.select("nav.toc a")).hasSizeGreaterThanOrEqualTo(9 + 9);
        for (Element a : html.select("nav.toc a")) {
            assertThat(html.getElementById(a.attr("href").substring(1)))
                    .as(a.attr("href"))
                    .isNotNull();
        }
        assertThat(html.select("table thead th[scope]")).isNotEmpty();
        assertThat(html.select("div.scroll > table"))
                .hasSize(html.select("table").size());
        String css = html.select("style").html();
        assertThat(css).contains("@media print").contains("size: A4");
        // the body font subset, in a WOFF container, has a glyph for every character of the document
        assertThat(css)
                .contains("data:font/woff;base64,")
                .contains("format(\"woff\")")
                .doesNotContain("font/ttf");
        String data = css.replaceAll("(?s).*?font-family: \"bd-body-0\".*?base64,([^\"]+)\".*", "$1");
        byte[] font = Woff.unwrap(Base64.getDecoder().decode(data));
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            var cmap = ttf.getUnicodeCmapLookup();
            html.body()
                    .text()
                    .codePoints()
                    .filter(cp -> !Character.isWhitespace(cp) && cp != 0xa0)
                    .forEach(cp -> assertThat(cmap.getGlyphId(cp))
                            .as("glyph for %s", Character.toString(cp))
                            .isNotZero());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSameBudgetGivesTheSameBytes() {
        assertThat(ReferenceRendering.DISCLOSURE.bytes(Format.HTML)).isEqualTo(ReferenceRendering.bytes(Format.HTML));
    }

    private String sectionText(String heading) {
        Element h = html.select("h3").stream()
                .filter(e -> e.text().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading));
        StringBuilder text = new StringBuilder();
        for (Element e = h.nextElementSibling(); e != null && !e.tagName().equals("h3"); e = e.nextElementSibling()) {
            text.append(e.text());
        }
        // sections that continue in a new (landscape) section element
        Element section = h.parent();
        for (Element next = section.nextElementSibling();
                next != null && next.selectFirst("h3") == null && next.tagName().equals("section");
                next = next.nextElementSibling()) {
            text.append(next.text());
            Element h3 = next.selectFirst("h3");
            if (h3 != null) {
                break;
            }
        }
        return text.toString();
    }
}
