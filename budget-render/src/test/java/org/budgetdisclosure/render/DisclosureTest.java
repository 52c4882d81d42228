package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.fonts.FontFace;
import org.budgetdisclosure.render.fonts.FontRole;
import org.budgetdisclosure.render.fonts.MissingGlyphException;
import org.budgetdisclosure.render.narrative.NarrativeException;
import org.budgetdisclosure.render.testing.EffectiveRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureTest {

    @TempDir
    Path dir;

    @Test
    void refusesABudgetWithValidationErrorsListingThem() {
        var budget = TestBudgets.small("某县测试局")
                .basicExpenditure("30102", "1.00")
                .staffing(11, 8, 0, 2)
                .build();
        assertThatThrownBy(() -> Disclosure.of(budget))
                .isInstanceOf(BudgetValidationException.class)
                .hasMessageContaining("2 validation error(s)")
                .hasMessageContaining("basic.economic-total")
                .hasMessageContaining("staffing.total");
    }

    @Test
    void writesEveryFormatAtomicallyLeavingNoPartialFile() throws Exception {
        var files = Disclosure.of(TestBudgets.small("某县测试局").build()).writeTo(dir, "d", Format.values());
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("d.pdf", "d.docx", "d.html", "d.xlsx", "d.csv", "d.json");
        try (Stream<Path> list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("d.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("150.00");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("d.docx"));
                XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getTables()).hasSizeGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void aCharacterNoFontHasFailsTheRenderingSayingWhichAndWhere() {
        var budget = TestBudgets.small("某县测试局")
                .institution("𪚥𪚥研究所", "事业", "正科级", "财政拨款")
                .build();
        assertThatThrownBy(() -> Disclosure.of(budget))
                .isInstanceOf(MissingGlyphException.class)
                .hasMessageContaining("'𪚥' (U+2A6A5)")
                .hasMessageContaining("部门机构设置情况");
    }

    @Test
    void userTextIsEscapedInHtmlAndNeverTakenAsTemplate() {
        var budget = TestBudgets.small("某局<script>alert(1)</script>${7*7}")
                .overallGoals("目标<b onclick=\"x()\">粗</b>")
                .build();
        String html = new String(Disclosure.of(budget).bytes(Format.HTML), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, b, [onclick]")).isEmpty();
        assertThat(doc.body().text())
                .contains("某局<script>alert(1)</script>${7*7}")
                .contains("目标<b onclick=\"x()\">粗</b>");
    }

    @Test
    void userTemplatesOverrideTheBundledOnesAndTheirErrorsSayWhere() throws Exception {
        Path section = dir.resolve("hebei-2022/sections/9-other.ftl");
        Files.createDirectories(section.getParent());
        Files.writeString(section, "<@h level=2>九、其他需要说明的事项</@h>\n<@p>本局另行说明：${dept.name}。</@p>\n");
        var options = RenderOptions.defaults().withTemplates(dir);
        var html = new String(
                Disclosure.of(TestBudgets.small("某县测试局").build(), options).bytes(Format.HTML), StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).body().text()).contains("本局另行说明：某县测试局。");

        Files.writeString(section, "<@p>${dept.nosuchthing}</@p>\n");
        assertThatThrownBy(() -> Disclosure.of(
                        TestBudgets.small("某县测试局").build(),
                        RenderOptions.defaults().withTemplates(dir)))
                .isInstanceOf(NarrativeException.class)
                .hasMessageContaining("9-other.ftl line 1");
        Files.writeString(section, "<#assign x = 'freemarker.template.utility.Execute'?new()>\n");
        assertThatThrownBy(() -> Disclosure.of(
                        TestBudgets.small("某县测试局").build(),
                        RenderOptions.defaults().withTemplates(dir)))
                .isInstanceOf(NarrativeException.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void aUserFontIsTriedFirstAndNamedInTheFiles() throws Exception {
        Path ttf = dir.resolve("fangsong.ttf");
        try (InputStream in = FontFace.class.getResourceAsStream("NotoSansSC-Bold.ttf")) {
            Files.write(ttf, in.readAllBytes());
        }
        var options = RenderOptions.defaults().withFont(FontRole.BODY, FontFace.of("仿宋_GB2312", false, ttf));
        Disclosure disclosure = Disclosure.of(TestBudgets.small("某县测试局").build(), options);
        try (XWPFDocument docx = new XWPFDocument(new java.io.ByteArrayInputStream(disclosure.bytes(Format.DOCX)))) {
            var run = docx.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("按照预算管理"))
                    .findFirst()
                    .orElseThrow()
                    .getRuns()
                    .get(0);
            assertThat(EffectiveRun.of(run).family()).isEqualTo("仿宋_GB2312");
        }
        String html = new String(disclosure.bytes(Format.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("--body: \"bd-body-0\"");
    }
}
