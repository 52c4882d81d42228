package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Contents;
import org.budgetdisclosure.render.document.Cover;
import org.budgetdisclosure.render.document.PageFlow;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.tables.TableBuilder;
import org.budgetdisclosure.render.testing.ReadBack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The parts that make a disclosure publishable as it is: cover, contents, tables left out or kept, page flow. */
class PublishableDocumentTest {

    private static Table empty(String anchor) {
        return new TableBuilder(anchor, "空表" + anchor)
                .widths(1, 1)
                .header(TableBuilder.centre("甲"), TableBuilder.centre("乙"))
                .note("注：本表无数据。")
                .build();
    }

    @Test
    void anEmptyTableTheProfileDoesNotRequireIsLeftOutOneItRequiresIsKept() {
        Section section =
                new Section(false, List.of(empty("kept"), empty("dropped").withRequired(false)));
        assertThat(section.blocks()).extracting(b -> ((Table) b).anchor()).containsExactly("kept");
        assertThat(empty("kept").isEmpty()).isTrue();
        assertThat(((Table) section.blocks().get(0)).notes()).containsExactly("注：本表无数据。");
    }

    @Test
    void aProjectWithoutIndicatorsPrintsNoEmptyPerformanceTable() throws Exception {
        Disclosure d = Disclosure.of(TestBudgets.small("某局")
                .project(
                        new PerformanceProject("无指标项目", Amount.wan("20.00"), List.of("说明。"), List.of("目标。"), List.of()))
                .project(new PerformanceProject(
                        "有指标项目",
                        Amount.wan("30.00"),
                        List.of("说明。"),
                        List.of("目标。"),
                        List.of(new Indicator("产出指标", "数量指标", "企业数量", "扶持企业数量", "≥10", "年初预算安排"))))
                .build());
        List<String> anchors = d.document().blocks().stream()
                .filter(b -> b instanceof Table)
                .map(b -> ((Table) b).anchor())
                .toList();
        assertThat(anchors).contains("indicators-2").doesNotContain("indicators-1");
        // the nine statement tables are required: an empty one is printed with its note
        assertThat(anchors).contains("table-7", "table-8");
        String pdf = ReadBack.pdfText(d.bytes(Format.PDF)).replaceAll("\\s", "");
        assertThat(pdf).contains("2、有指标项目绩效目标表").doesNotContain("无指标项目绩效目标表");
        String html = ReadBack.html(d.bytes(Format.HTML)).text();
        assertThat(html).contains("有指标项目绩效目标表").doesNotContain("无指标项目绩效目标表");
        try (XWPFDocument docx = ReadBack.docx(d.bytes(Format.DOCX))) {
            assertThat(docx.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("2、有指标项目绩效目标表")
                    .doesNotContain("1、无指标项目绩效目标表");
        }
    }

    @Test
    void theProfileSetsCoverContentsAndPageFlow() {
        Disclosure d = Disclosure.of(TestBudgets.small("某某局").build());
        List<Block> first = d.document().sections().get(0).blocks();
        assertThat(first).hasSize(1).first().isInstanceOf(Cover.class);
        Cover cover = (Cover) first.get(0);
        assertThat(cover.titleLines()).containsExactly("某某局", "2023年部门预算公开");
        assertThat(cover.footLines()).containsExactly("某某局", "2023年1月");
        assertThat(d.document().sections().get(1).blocks()).containsExactly(new Contents("目录", 2));
        assertThat(d.document().pageFlow()).isEqualTo(new PageFlow(5, 7.5f, 10.5f));
        assertThat(d.document().outline(2)).extracting(Contents.Entry::text).contains("部门预算收支总表");
    }

    @Test
    void aTitleTooLongForALineIsBrokenIntoBalancedLinesNeverLeavingOneCharacterAlone() throws Exception {
        // 21 characters: one more than a 30 pt cover line or an 18 pt part heading holds
        String name = "某某省某某市某某县工业和信息化管理局办公室";
        Disclosure d = Disclosure.of(TestBudgets.small(name)
                .department("901", name, name, org.budgetdisclosure.model.facts.DepartmentKind.ADMINISTRATIVE)
                .build());
        List<String> lines;
        try (PDDocument doc = Loader.loadPDF(d.bytes(Format.PDF))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            lines = stripper.getText(doc).lines().map(String::strip).toList();
        }
        String part = "第一部分  " + name + "2023年部门预算信息公开情况说明";
        assertThat(d.document().blocks())
                .anySatisfy(b -> assertThat(b)
                        .isInstanceOf(org.budgetdisclosure.render.document.Heading.class)
                        .extracting(h -> ((org.budgetdisclosure.render.document.Heading) h).text())
                        .isEqualTo(part));
        int broken = 0;
        for (int i = 1; i < lines.size(); i++) {
            for (String title : List.of(name, part.replace(" ", ""))) {
                String joined = (lines.get(i - 1) + lines.get(i)).replace(" ", "");
                if (joined.endsWith(title) && !lines.get(i - 1).replace(" ", "").endsWith(title)) {
                    broken++;
                    int last = lines.get(i).replace(" ", "").length();
                    assertThat(last)
                            .as("last line of '%s': '%s'", title, lines.get(i))
                            .isGreaterThan(title.length() / 4);
                }
            }
        }
        assertThat(broken).as("titles that had to break").isGreaterThanOrEqualTo(2);
    }

    @Test
    void pageFlowAndContentsRefuseImpossibleValues() {
        assertThatThrownBy(() -> new PageFlow(0, 8, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageFlow(5, 12, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contents("目录", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PageFlow.DEFAULT.minRowsPerFragment()).isEqualTo(5);
    }

    @Test
    void theHtmlHasASkipLinkToTheMainTextAndPrintRulesForThePageFlow() {
        String html =
                new String(Disclosure.of(TestBudgets.small("某局").build()).bytes(Format.HTML), StandardCharsets.UTF_8);
        var doc = Jsoup.parse(html);
        var skip = doc.body().child(0);
        assertThat(skip.tagName()).isEqualTo("a");
        assertThat(skip.attr("href")).isEqualTo("#main");
        assertThat(skip.text()).isEqualTo("跳到正文");
        assertThat(doc.getElementById("main").tagName()).isEqualTo("main");
        assertThat(doc.select("header.cover h1 .line").eachText()).containsExactly("某局", "2023年部门预算公开");
        assertThat(doc.select("nav.toc > h2").text()).isEqualTo("目录");
        String css = doc.select("style").html();
        assertThat(css)
                .contains("break-after: avoid")
                .contains("figure.table.keep, figure.table.compact { break-inside: avoid; }")
                .contains("tr { break-inside: avoid; }");
    }
}
