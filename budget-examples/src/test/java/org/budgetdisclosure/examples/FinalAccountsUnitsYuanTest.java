package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator;
import org.budgetdisclosure.render.FinalDisclosure;
import org.budgetdisclosure.render.Format;
import org.junit.jupiter.api.Test;

/**
 * Final accounts unlike the reference, {@code budgets/shanghai-demo-bureau-2024-final-units.json}: a 元 ledger with
 * ten-digit figures (2,100,000,000.00元 of 政府性基金), a department of three units (行政 本级, a 参公 事务中心, a
 * 事业单位 检测所 with 事业收入, 经营收入 and 经营支出), carry-overs in all three funds, “三公” over budget
 * (因公出国) and under (公务用车), an item spent without budget (公务接待), 项 over, under and at their budget,
 * last year's figures up, down and unchanged, and 财政拨款收入支出总计 of last year not stated. Rendered in every
 * format and read back: every sentence of 决算情况说明 the facts imply, and none they do not.
 */
class FinalAccountsUnitsYuanTest {

    static final Path FILE = Path.of("budgets", "shanghai-demo-bureau-2024-final-units.json");

    /** The sentences the facts imply, each computed by hand from the file (万元, two decimals). */
    static final List<String> SENTENCES = List.of(
            "上海市普陀区示范管理局2024年度收入支出总计393064.69万元。",
            "与2023年度相比，收入支出总计增加43064.69万元，增长12.30%。主要原因：土地收储项目支出增加。",
            // 不涉及的不列: no 上级补助收入, no 附属单位上缴收入; the shares add to 100.00%
            "本年收入合计388714.69万元，其中：财政拨款收入386814.69万元，占99.51%；事业收入1500.00万元，占0.39%；"
                    + "经营收入300.00万元，占0.08%；其他收入100.00万元，占0.02%。",
            "本年支出合计382495.44万元，其中：基本支出141955.44万元，占37.11%；项目支出240290.00万元，占62.82%；" + "经营支出250.00万元，占0.07%。",
            // last year's 财政拨款收入支出总计 is not stated: no comparison
            "上海市普陀区示范管理局2024年度财政拨款收入支出总计390914.69万元。五、",
            "一般公共预算财政拨款支出174555.44万元，占本年支出合计的45.64%。与2023年度相比，一般公共预算财政拨款支出" + "减少5444.56万元，下降3.02%。主要原因：人员调出，基本支出减少。",
            "一般公共服务支出（类）168876.54万元，占96.75%；社会保障和就业支出（类）5678.90万元，占3.25%。",
            "一般公共预算财政拨款支出年初预算为174578.90万元，支出决算为174555.44万元，完成年初预算的99.99%。" + "决算数小于预算数的主要原因：年中追加专项工作经费，人员经费有所减少。其中：",
            "年初预算为124000.00万元，支出决算为123000.00万元。决算数小于预算数的主要原因：人员调出，人员经费相应减少。",
            "年初预算为33000.00万元，支出决算为34000.00万元。决算数大于预算数的主要原因：年中追加专项工作经费。",
            // two units' 年初预算 of one 项, their uses and reasons joined
            "主要用于：事务中心人员经费及公用经费；检测所人员经费及公用经费。年初预算为11900.00万元，支出决算为11876.54万元。"
                    + "决算数小于预算数的主要原因：新增编制人员，人员经费增加；检测设备维护经费结余。",
            // 预决算持平的不用说明变动原因
            "年初预算为5678.90万元，支出决算为5678.90万元。决算数与预算数持平。",
            "一般公共预算财政拨款基本支出140555.44万元。其中：人员经费123178.90万元",
            "“三公”经费财政拨款支出年初预算为55.00万元，支出决算为26.00万元，完成预算的47.27%，其中：因公出国（境）费决算为"
                    + "6.00万元，完成预算的120.00%；公务用车购置及运行维护费支出决算为18.00万元，完成预算的36.00%；"
                    + "公务接待费支出决算为2.00万元，年初未安排预算。",
            "2024年度“三公”经费财政拨款支出决算数比2023年度增加1.00万元，增长4.00%，其中：因公出国（境）费支出决算增加"
                    + "3.00万元，增长100.00%；公务用车购置及运行维护费支出决算减少2.00万元，下降10.00%；公务接待费支出决算持平。",
            "因公出国（境）费支出决算6.00万元，占23.08%；公务用车购置及运行维护费支出决算18.00万元，占69.23%；" + "公务接待费支出决算2.00万元，占7.69%。",
            "政府性基金预算财政拨款收入210000.00万元，支出205000.00万元，支出具体情况如下：",
            "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。支出决算为205000.00万元。",
            "国有资本经营预算财政拨款收入1234.57万元，支出1200.00万元",
            // 行政 and 参公 units only: 13000.00 + 3876.54; the 事业单位 has none
            "机关运行经费支出16876.54万元，比2023年度增加876.54万元，增长5.48%。主要原因是事务中心公用经费增加。",
            "政府采购金额（以合同签订为准）为205802.46万元，其中：货物采购金额1234.57万元、工程采购金额200000.00万元、" + "服务采购金额4567.89万元。",
            "共有车辆5辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车3辆、");

    /** What the facts do not say, which no sentence may claim. */
    static final List<String> NEVER = List.of(
            "上级补助收入0",
            "附属单位上缴收入",
            "上缴上级支出",
            "对附属单位补助支出",
            "完成预算的0%",
            "完成预算的0.00%",
            "增加0.00",
            "减少0.00",
            "财政拨款收入支出总计持平",
            "与2023年度相比，财政拨款",
            "无“三公”经费",
            "无政府性基金",
            "无国有资本经营",
            "无机关运行经费",
            "。；",
            "。。");

    static FinalDisclosure disclosure() throws Exception {
        FinalAccounts accounts = FinalAccountsFiles.read(FILE);
        assertThat(FinalAccountsValidator.validate(accounts).findings()).isEmpty();
        return FinalDisclosure.of(accounts);
    }

    @Test
    void everySentenceTheFactsImplyAndNoneTheyDoNotInEveryFormat() throws Exception {
        FinalDisclosure d = disclosure();
        List<FinalAccountsText> outputs = List.of(
                FinalAccountsText.html(d.bytes(Format.HTML)),
                FinalAccountsText.docx(d.bytes(Format.DOCX)),
                FinalAccountsText.pdf(d.bytes(Format.PDF)));
        for (FinalAccountsText out : outputs) {
            String prose = out.prose();
            String narrative = prose.substring(prose.lastIndexOf("第三部分"), prose.lastIndexOf("第四部分"));
            for (String s : SENTENCES) {
                assertThat(narrative).contains(s);
            }
            for (String n : NEVER) {
                assertThat(narrative).doesNotContain(n);
            }
        }
        // HTML and DOCX say the same, sentence for sentence
        assertThat(sentences(outputs.get(0))).isEqualTo(sentences(outputs.get(1)));
    }

    private static List<String> sentences(FinalAccountsText text) {
        String prose = text.prose();
        String narrative = prose.substring(prose.lastIndexOf("第三部分"), prose.lastIndexOf("第四部分"));
        return List.of(narrative.split("(?<=。)"));
    }

    @Test
    void theTablesPrintTheTenDigitLedgerInWanYuanWithEveryCarryOver() throws Exception {
        FinalDisclosure d = disclosure();
        for (FinalAccountsText out :
                List.of(FinalAccountsText.html(d.bytes(Format.HTML)), FinalAccountsText.docx(d.bytes(Format.DOCX)))) {
            String cells = String.join("|", out.cells());
            // table 8: 年初 3,000.00, 本年收入 210,000.00, 本年支出 205,000.00 (小计, 项目), 年末 8,000.00
            assertThat(cells).contains("2120801|征地和拆迁补偿支出|3,000.00|210,000.00|205,000.00||205,000.00|8,000.00");
            // table 9: 100.00 + 1,234.57 − 1,200.00 = 134.57
            assertThat(cells).contains("2230105|国有企业退休人员社会化管理补助支出|100.00|1,234.57|1,200.00||1,200.00|134.57");
            // table 7: 预算数 / 决算数 pairs: 合计, 出国, 公务用车 小计, 购置, 运行, 接待
            assertThat(cells).contains("55.00|26.00|5.00|6.00|50.00|18.00|30.00||20.00|18.00||2.00");
            // table 3: the 事业单位's 经营支出 in its column (项目, 上缴上级 blank)
            assertThat(cells).contains("事业运行|13,526.54|13,276.54|||250.00|");
            // 部门决算单位构成: the three units
            assertThat(cells).contains("1|上海市普陀区示范管理局（本级）|", "2|上海市普陀区示范管理事务中心|", "3|上海市普陀区示范检测所|");
            assertThat(String.join("", out.paragraphs())).doesNotContain("故本表无数据");
        }
    }

    @Test
    void theTablesGoOutAsDataAndEveryFormatIsTheSameBytesTwice() throws Exception {
        FinalDisclosure d = disclosure();
        FinalDisclosure again = disclosure();
        for (Format f : Format.values()) {
            assertThat(again.bytes(f)).as(f.name()).isEqualTo(d.bytes(f));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(d.bytes(Format.XLSX)))) {
            List<String> texts = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            numbers.add(c.getNumericCellValue());
                        } else if (c.getCellType() == CellType.STRING) {
                            texts.add(c.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(9);
            assertThat(texts).contains("政府性基金预算财政拨款收入支出决算表", "一般公共预算财政拨款基本支出决算表");
            // exact values in 万元 (the cell's number format prints 134.57)
            assertThat(numbers).contains(210000.0, 8000.0, 134.56789);
        }
        String csv = new String(d.bytes(Format.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("国有资本经营预算财政拨款收入支出决算表").contains("134.56789");
        String json = new String(d.bytes(Format.JSON), StandardCharsets.UTF_8);
        assertThat(json).contains("征地和拆迁补偿支出").contains("\"value\": \"210000\"").contains("\"value\": \"134.56789\"");
    }
}
