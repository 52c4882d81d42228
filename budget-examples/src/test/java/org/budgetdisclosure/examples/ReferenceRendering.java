package org.budgetdisclosure.examples;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;

/**
 * The reference disclosure rendered once per test run in each format, and what its tables and narrative must
 * show: the published table cells (with the known differences of presentation) and the figures of each narrative
 * section.
 */
final class ReferenceRendering {

    /** The nine tables' titles as the reference publishes them, by table number from 1. */
    static final List<String> TITLES = List.of(
            "部门预算收支总表",
            "部门预算收入总表",
            "部门预算支出总表",
            "部门预算财政拨款收支总表",
            "部门预算一般公共预算财政拨款支出表",
            "部门预算一般公共预算财政拨款基本支出表",
            "部门预算政府基金预算财政拨款支出表",
            "部门预算国有资本经营预算财政拨款支出表",
            "部门预算财政拨款“三公”经费支出表");

    static String title(org.budgetdisclosure.model.statements.StatementId id) {
        return TITLES.get(id.number() - 1);
    }

    static final Disclosure DISCLOSURE = Disclosure.of(ReferenceBudget.build());
    private static final Map<Format, byte[]> BYTES = new EnumMap<>(Format.class);

    private ReferenceRendering() {}

    static synchronized byte[] bytes(Format format) {
        return BYTES.computeIfAbsent(format, DISCLOSURE::bytes);
    }

    /**
     * The body rows of reference table n as our library prints them: whitespace inside cells removed (the
     * published layout's spaces are Word wrapping), and table 9's zeros in two decimals, as every table figure.
     */
    static List<List<String>> expectedBody(ReferenceDocument reference, int table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : reference.body(table)) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = normalize(row.get(i));
                if (table == 9 && i >= 2 && cell.equals("0")) {
                    cell = "0.00";
                }
                cells.add(cell);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Whitespace removed: the published text's spaces are layout, not content. */
    static String normalize(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }

    /** Figures each narrative section must state, by the section's number. */
    static final Map<String, List<String>> SECTION_FIGURES = Map.of(
            "一", List.of("163人", "在职人员53人", "离休人员4人", "退休人员106人", "乐亭县工业和信息化局", "正科级"),
            "二",
                    List.of(
                            "本年度预算收入2538.88万元",
                            "全部为一般公共预算拨款收入",
                            "本年度预算支出2538.88万元",
                            "基本支出763.88万元",
                            "人员经费731.02万元",
                            "日常公用经费32.86万元",
                            "项目支出1775.00万元",
                            "2021年度预算安排2147.58万元",
                            "人员经费713.43万元",
                            "日常公用经费33.06万元",
                            "项目支出1401.09万元",
                            "人员经费增加17.59万元",
                            "日常公用经费减少0.20万元",
                            "项目支出增加373.91万元",
                            "合计增加391.30万元",
                            "增加公益岗人员工资保险"),
            "三",
                    List.of(
                            "机关运行经费32.86万元",
                            "办公费2.18万元",
                            "印刷费0.44万元",
                            "水费0.49万元",
                            "电费0.60万元",
                            "邮电费5.46万元",
                            "差旅费2.62万元",
                            "会议费0.87万元",
                            "培训费1.75万元",
                            "公务接待费0.66万元",
                            "公务用车运行维护费5.67万元",
                            "其他商品和服务支出12.12万元"),
            "四",
                    List.of(
                            "“三公”经费预算安排13.33万元",
                            "因公出国（境）费安排0.00万元",
                            "公务用车购置及运行维护费安排10.67万元",
                            "公务用车购置费安排0.00万元",
                            "公务用车运行维护费安排10.67万元",
                            "公务接待费安排2.66万元",
                            "较上年持平"),
            "五",
                    List.of(
                            "县级鼓励支持转型和创新发展奖励资金（1500.00万元）",
                            "改制企业职工安置费（209.00万元）",
                            "服务企业科技创新经费绩效目标表",
                            "≥800",
                            "2022年底前",
                            "无专项资金预算"),
            "六", List.of("政府采购预算8.00万元", "台式计算机", "0.345", "4.92", "1.38"),
            "七", List.of("固定资产金额为100.83万元", "拟购置固定资产总额为8.00万元", "16.51", "20.84", "63.48"),
            "八", List.of("一般公共预算拨款收入：指本级财政当年拨付的资金。", "机关运行费"),
            "九", List.of("我部门无其他需要说明的事项。"));

    /** The section headings in order. */
    static final List<String> SECTIONS = List.of(
            "一、部门职责及机构设置情况",
            "二、部门预算安排的总体情况",
            "三、机关运行经费安排情况",
            "四、财政拨款“三公”经费预算情况及增减变化原因",
            "五、预算绩效信息",
            "六、政府采购预算情况",
            "七、国有资产信息",
            "八、名词解释",
            "九、其他需要说明的事项");
}
