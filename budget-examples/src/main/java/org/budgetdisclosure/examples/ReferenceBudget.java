package org.budgetdisclosure.examples;

import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * The reference budget: the 2022 budget of 乐亭县工业和信息化局 (Hebei, county level, code 304, 工信局), built
 * through the public API with every figure and every piece of prose of the published disclosure.
 *
 * <p>The published document's defects are not carried over: 机关运行经费 lists all its lines (the original omits
 * 其他商品和服务支出 12.12), the typo 2022年底钱 reads 2022年底前, and numbering and number formats are the
 * library's consistent ones.
 */
public final class ReferenceBudget {

    private ReferenceBudget() {}

    /** @return the reference budget, never null */
    public static Budget build() {
        Budget.Builder b = Budget.builder()
                .department("304", "乐亭县工业和信息化局", "工信局", DepartmentKind.ADMINISTRATIVE)
                .year(2022)
                // 基本支出 by functional 项
                .appropriation("2080505", GENERAL_PUBLIC_BUDGET, BASIC, "61.96")
                .appropriation("2080506", GENERAL_PUBLIC_BUDGET, BASIC, "34.10")
                .appropriation("2101101", GENERAL_PUBLIC_BUDGET, BASIC, "28.08")
                .appropriation("2101103", GENERAL_PUBLIC_BUDGET, BASIC, "75.51")
                .appropriation("2150501", GENERAL_PUBLIC_BUDGET, BASIC, "517.76")
                .appropriation("2210201", GENERAL_PUBLIC_BUDGET, BASIC, "46.47")
                // 项目支出
                .appropriation("2060299", GENERAL_PUBLIC_BUDGET, PROJECT, "1500.00")
                .appropriation("2069999", GENERAL_PUBLIC_BUDGET, PROJECT, "20.00")
                .appropriation("2150502", GENERAL_PUBLIC_BUDGET, PROJECT, "209.00")
                .appropriation("2150517", GENERAL_PUBLIC_BUDGET, PROJECT, "44.00")
                .appropriation("2220599", GENERAL_PUBLIC_BUDGET, PROJECT, "2.00")
                // 一般公共预算基本支出 by economic 款 (table 6)
                .basicExpenditure("30101", "226.97")
                .basicExpenditure("30102", "61.55")
                .basicExpenditure("30103", "18.38")
                .basicExpenditure("30107", "91.14")
                .basicExpenditure("30108", "61.96")
                .basicExpenditure("30109", "34.10")
                .basicExpenditure("30110", "28.08")
                .basicExpenditure("30111", "75.51")
                .basicExpenditure("30112", "4.41")
                .basicExpenditure("30113", "46.47")
                .basicExpenditure("30199", "39.60")
                .basicExpenditure("30201", "2.18")
                .basicExpenditure("30202", "0.44")
                .basicExpenditure("30205", "0.49")
                .basicExpenditure("30206", "0.60")
                .basicExpenditure("30207", "5.46")
                .basicExpenditure("30211", "2.62")
                .basicExpenditure("30215", "0.87")
                .basicExpenditure("30216", "1.75")
                .basicExpenditure("30217", "0.66")
                .basicExpenditure("30231", "5.67")
                .basicExpenditure("30299", "12.12")
                .basicExpenditure("30301", "12.67")
                .basicExpenditure("30302", "13.05")
                .basicExpenditure("30304", "14.27")
                .basicExpenditure("30305", "1.02")
                .basicExpenditure("30309", "1.84")
                // “三公”经费 (table 9)
                .threePublic(ThreePublicItem.OVERSEAS_TEACHING_RESEARCH, Fund.GENERAL_PUBLIC, "0")
                .threePublic(ThreePublicItem.OVERSEAS_OTHER, Fund.GENERAL_PUBLIC, "0")
                .threePublic(ThreePublicItem.VEHICLE_PURCHASE, Fund.GENERAL_PUBLIC, "0")
                .threePublic(ThreePublicItem.VEHICLE_OPERATION, Fund.GENERAL_PUBLIC, "10.67")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "2.66")
                .priorYear(new PriorYear(
                        Amount.wan("2147.58"),
                        Amount.wan("713.43"),
                        Amount.wan("33.06"),
                        Amount.wan("1401.09"),
                        Map.of(
                                ThreePublicItem.VEHICLE_OPERATION,
                                Amount.wan("10.67"),
                                ThreePublicItem.RECEPTION,
                                Amount.wan("2.66")),
                        Map.of(
                                Comparison.PERSONNEL,
                                "增加公益岗人员工资保险",
                                Comparison.PUBLIC_USE,
                                "基本无变化",
                                Comparison.PROJECT,
                                "项目预算（县级鼓励支持转型和创新发展奖励资金）增加")))
                .institution("乐亭县工业和信息化局", "行政", "正科级", "财政拨款")
                .staffing(163, 53, 4, 106)
                .procurement(
                        "乐亭县工业和信息化局",
                        "2150501",
                        "公用经费",
                        "正常公用",
                        "台式计算机",
                        "台",
                        "0.41",
                        "12",
                        "4.92",
                        Fund.GENERAL_PUBLIC)
                .procurement(
                        "乐亭县工业和信息化局",
                        "2150501",
                        "公用经费",
                        "正常公用",
                        "多功能一体机",
                        "台",
                        "0.345",
                        "4",
                        "1.38",
                        Fund.GENERAL_PUBLIC)
                .procurement(
                        "乐亭县工业和信息化局", "2150501", "公用经费", "正常公用", "空调机", "台", "0.30", "3", "0.90", Fund.GENERAL_PUBLIC)
                .procurement(
                        "乐亭县工业和信息化局", "2150501", "公用经费", "正常公用", "复印机", "台", "0.20", "4", "0.80", Fund.GENERAL_PUBLIC)
                .assets(
                        LocalDate.of(2021, 12, 31),
                        "8.00",
                        AssetCategory.of("房屋及构筑物（平方米）", "700", Amount.wan("16.51")),
                        AssetCategory.of("车辆（台、辆）", "1", Amount.wan("20.84")),
                        AssetCategory.of("其他固定资产（通用设备）", null, Amount.wan("63.48")));
        narrative(b);
        b.glossary(glossary());
        return b.build();
    }

    private static void narrative(Budget.Builder b) {
        b.duties(
                "提出全县新型工业化发展战略和政策，协调解决新型工业化进程中的重大问题，拟订并组织实施工业、信息化的发展规划，推进产业结构战略性调整和优化升级，推进信息化和工业化融合。",
                "制定并组织实施全县工业行业规划、计划和产业政策，提出优化产业布局、结构的政策建议，推进现代产业体系建设，贯彻执行省市地方性法规、规章草案，组织实施行业技术规范和标准，指导行业质量管理工作。",
                "监测、分析全县工业运行态势，统计并发布相关信息，进行预测预警和信息引导，协调解决行业运行发展中的有关问题并提出政策建议，负责工业应急管理、产业安全和国防动员有关工作；负责工业煤、电、油、气及交通运输调度工作，组织工业重要物资的紧急调度；参与研究拟订全县电力发展的总体规划和年度计划；根据全县电力总体规划和年度计划，负责新建、扩建项目用电扩容的审批；负责电力行业管理和行政执法，编制电力运行供应调控方案，协调解决电力生产、运行和供应中的重大问题。",
                "负责提出全县工业、信息化固定资产投资规模、方向（含利用外资和境外投资）和国家、省、市和县财政性建设资金安排的意见，按县政府规定权限，审批、核准、备案省、市和县规划内及年度计划规模内固定资产投资项目。",
                "贯彻国家政策和标准，拟订高技术产业中涉及生物医药、新材料、信息产业等规划并组织实施；指导行业技术创新和技术进步，以先进适用技术改造提升传统产业；组织实施有关国家、省、市和县科技重大专项，推进相关科研成果产业化，推动全县软件业、信息服务业和新兴产业发展。",
                "承担全县振兴装备制造业的组织协调责任，贯彻执行国家重大技术装备发展和自主创新规划、政策，依托国家、省、市和县重点工程建设协调有关重大专项的实施，推进重大技术装备国产化，指导引进重大技术装备的消化创新。",
                "拟订并组织实施全县工业能源节约和资源综合利用、清洁生产促进政策，参与拟订能源节约和资源综合利用、清洁生产促进规划，组织协调相关重大示范工程和新产品、新技术、新设备、新材料的推广应用；负责完成淘汰落后产能目标任务和综合协调工作；指导散装水泥推广工作。",
                "推进全县工业体制改革和管理创新，提高行业综合素质和核心竞争力，指导相关行业加强安全生产管理。",
                "统筹推进全县信息化工作，组织拟订相关政策并协调信息化建设中的重大问题，促进电信、广播电视和计算机网络融合，指导协调电子政务发展，推动跨行业、跨部门的互联互通和重要信息资源的开发利用、共享。",
                "负责协调维护全县信息安全和信息安全保障体系建设，指导监督重点行业重要信息系统与基础信息网络的安全保障工作，协调处理信息安全重大事件，承担跨部门、跨地区和重要时期的信息安全应急协调工作。",
                "负责对全县中小企业和民营经济的宏观指导、综合协调，会同有关部门拟订全县中小企业和民营经济的规章草案、发展规划和扶持政策并组织实施，协调解决发展中的重大问题。拟订并组织实施中小企业产业集群发展规划；推动建立中小企业创业风险投资引导资金，确定资金使用方向；负责中小企业信用担保体系、创业辅导体系、信用评价体系等中小企业服务体系建设，引导各类中介组织为中小企业服务。",
                "开展工业、信息化的对外合作与交流。",
                "协调处理归口的各类企业在改革与发展过程中的有关问题。");
        b.institutionOverview(
                "乐亭工业和信息化局是独立编制行政单位，经费性质为财政拨款的预算机构。下设11个科室即：行政科室6个：办公室（其中包括：政策法规科）、规划和运行监测科、科技科、信息产业科、中小企业科、农村与社会发展科技科。事业科室5个：企业服务中心、科技服务中心、运行监测中心、信息化推进中心、节能和综合利用中心等11个科室。");
        b.overallGoals(
                "2022年，县局将坚持以产业转型升级为主线，以重点项目建设为支撑，加大经济运行组织协调力度，强化产业结构优化调整，促进工业绿色节能发展，优化企业服务水平，确保完成全年各项指标任务，进一步提升工业和信息化发展水平。一是加强全年主要经济指标完成预测，二是加强项目建设。三是加强企业转型升级。四是加强产业集聚发展。五是突出抓好为企业服务。六是加强信息化建设。七是加强运行监测。八是加强行业管理。九是加强科技创新工作。十是加强党建工作。此外，县局将继续以“不忘初心、牢记使命”主题教育为契机，进一步提高政务服务质量，不断规范办事程序，增强服务意识，改进工作作风，提升便民服务水平和服务质量，优化政务服务功能，主动服务经济社会发展大局，优化乐亭发展环境。",
                "增加科技创新平台数量，开放应用新产品、新技术等。本年度计划支付高新技术企业800家，其他科技创新平台项目的奖励十几项，共支付县级预算资金1500万元，健全技术创新市场导向机制，创新政府投入方式；以促进产业转型升级、治理生态环境、改善民生等重大科技需求为重点，在高新技术、现代农业发展、生态环境治理与科技惠民等领域，实施关键共性技术研究；围绕京津冀科技协同创新实施科技合作项目；支持重大科技成果转化和产业化。",
                "发挥政府职能作用，支持科技创新平台、创业平台建设，支持技术创新服务体系建设，实施科学技术奖励，加强科技人才引进培养，加强科学技术普及，打造技术创新良好环境。创新体系进一步完善，政策环境进一步优化，人才团队进一步壮大，创新平台对产业技术创新的支撑和服务能力进一步增强，园区和基地的培育、聚集和示范作用进一步提升。",
                "组织全县工业技术改造工作，推进企业技术创新体系建设。组织协调推进企业兼并重组、淘汰落后产能和化解过剩产能、工业节能与资源综合利用工作，组织实施重大专项，推进产业结构战略性调整和优化升级，加快现代产业体系建设。加强全县工业和信息化发展战略、规划、法规、政策等研究制定和实施；制定并组织实施全县工业产业政策，提出优化产业布局、产业结构政策建议。建立完善工业和信息化政策法规、规划、标准体系，规范、引导、指导工业和信息化健康发展。组织全县工业技术改造工作，推进现代产业体系建设；通过贴息、补助、股权投资等方式支持全县重点工业技术改造项目。采用新技术、新工艺、新材料改造提升全省传统产业水平，调整产业结构，转变经济发展方式。",
                "2022年科技创新“十四五”规划编制工作，需支付相关费用44万元。",
                "2022年继续落实改制企业职工安置工作，本年涉及我局下属改制企业31家职工688人，需支付相关改制费用209万元。",
                "2022年依据唐工信盐业[2021]81号文件, 我局新增盐业储备项目,需要盐业储备资金2万元",
                "2022年服务企业科技创新工作经费20万元。");
        b.safeguards(
                "制定完善预算绩效管理制度、资金管理办法、工作保障制度等，为全年预算绩效目标的实现奠定制度基础。",
                "优化支出结构、编细编实预算、加快履行政府采购手续、尽快启动项目、及时支付资金，确保支出进度达标。",
                "按要求开展绩效运行监控，发现问题及时采取措施，确保绩效目标如期保质实现。",
                "按要求开展上年度部门预算绩效自评和重点评价工作，对评价中发现的问题及时整改，调整优化支出结构，提高财政资金使用效益。",
                "加强人员培训，提高本部门职工业务素质；加强调研，提出优化财政资金配置、提高资金使用效益的意见意见；加大宣传力度，强化预算绩效管理意识，促进预算绩效管理水平进一步提升。");
        b.project(new PerformanceProject(
                "县级鼓励支持转型和创新发展奖励资金",
                Amount.wan("1500"),
                List.of(
                        "项目资金用于支持创新创业平台建设；支持高新技术产业发展；支持成长型企业发展；支持科技型企业发展；支持标准制定与品牌创建；支持企业挂牌上市；支持科技成果转移转化；支持农业科技发展；支持创新型人才引进与培养。",
                        "采用新技术、新工艺、新材料改造提升全省传统产业水平，调整产业结构，转变经济发展方式。2022年预计支付科技创新奖励企业几百家，项目资金1500万元."),
                List.of("支持科技创新骨干企业，鼓励企业和个人开展技术创新和发明创造", "推动农业科技创新，鼓励农业科技示范区建设，促进科技成果转化，大力引进创新创业人才和团队"),
                List.of(
                        new Indicator("产出指标", "数量指标", "扶持企业数量", "扶持企业数量", "≥800", "年初预算安排"),
                        new Indicator("产出指标", "质量指标", "项目或工程完成率", "项目或工程完成率", "100", "年初预算安排"),
                        new Indicator("产出指标", "时效指标", "项目完成时限", "项目完成时限", "2022年底前", "年初预算安排"),
                        new Indicator("产出指标", "成本指标", "预算资金完成率", "预算资金完成率", "≥95", "年初预算安排"),
                        new Indicator(
                                "效益指标", "经济效益指标", "新产品、新技术、新发明等促进实际收入增长", "新产品、新技术、新发明等促进实际收入增长", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "社会效益指标", "新产品、新技术、新发明不断服务社会", "新产品、新技术、新发明不断服务社会", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "生态效益指标", "洁净型能源服务社会", "洁净型能源服务社会", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "可持续影响指标", "创新性发展", "创新性发展", "逐年提升", "年初预算安排"),
                        new Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥95", "年初预算安排"))));
        b.project(new PerformanceProject(
                "改制企业职工安置费",
                Amount.wan("209"),
                List.of(
                        "依据乐办发【2016】12号，中共乐亭县委办公室、乐亭县人民政府办公室印发《乐亭县工信局系统改制企业职工安置实施方案》。2022年度申请该项目资金209万元。项目资金用于改制企业离退休职工、工伤职工以及亡故职工遗属的安置及抚恤工作，处理改制企业遗留相关问题，完成31家下属企业涉及补助职工人数688人的职工安置工作。改制企业职工安置工作为长期任务，本年度按政策完成年度内工信局系统全部改制企业职工各项安置工作，保障改制企业职工正当利益。"),
                List.of("2022年需要安置职工688人，支付各项安置费用计209万元。", "解决改制企业各项遗留问题", "接待各种有关改制企业职工上访事件，保障社会稳定。"),
                List.of(
                        new Indicator("产出指标", "数量指标", "安置职工数量", "安置职工数量", "688", "年初预算安排"),
                        new Indicator("产出指标", "质量指标", "项目或工程完成率", "项目或工程完成率", "100", "年初预算安排"),
                        new Indicator("产出指标", "时效指标", "项目完成时限", "项目完成时限", "2022年", "年初预算安排"),
                        new Indicator("产出指标", "成本指标", "预算资金完成率", "预算资金完成率", "≥95", "年初预算安排"),
                        new Indicator("效益指标", "经济效益指标", "改善企业职工生活水平", "改善企业职工生活水平", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "社会效益指标", "保障社会稳定", "保障社会稳定", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "生态效益指标", "改善生态环境质量", "改善生态环境质量", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "可持续影响指标", "提高生活水平，保障社会稳定", "提高生活水平，保障社会稳定", "逐年提升", "年初预算安排"),
                        new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "群众满意度", "≥95", "年初预算安排"))));
        b.project(new PerformanceProject(
                "政府储备食盐仓储经费",
                Amount.wan("2"),
                List.of(
                        "依据唐工信【2021】81号文件，2022年度申请项目资金2万元，项目资金用于督导食盐定点生产、批发企业落实食盐社会责任储备情况，指导企业建立食盐社会责任储备、轮储、贮存、出库管理制度。确保食盐供应不断档，产品不脱销。"),
                List.of("保障食盐储备", "食盐供应充足", "保障社会稳定"),
                List.of(
                        new Indicator("产出指标", "数量指标", "完成盐业储备", "完成盐业储备", "1个月销售量", "年初预算安排"),
                        new Indicator("产出指标", "质量指标", "项目或工程完成率", "项目或工程完成率", "100", "年初预算安排"),
                        new Indicator("产出指标", "时效指标", "项目完成时限", "项目完成时限", "2022年底前", "年初预算安排"),
                        new Indicator("产出指标", "成本指标", "预算资金完成率", "预算资金完成率", "≥98", "年初预算安排"),
                        new Indicator("效益指标", "经济效益指标", "保障供应，降低成本", "保障供应，降低成本", "稳定食盐市场", "年初预算安排"),
                        new Indicator("效益指标", "社会效益指标", "确保食盐消费安全，社会稳定", "确保食盐消费安全，社会稳定", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "生态效益指标", "保障生态环保要求", "保障生态环保要求", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "可持续影响指标", "食盐供应不断档，产品不脱销", "食盐供应不断档，产品不脱销", "保障供应", "年初预算安排"),
                        new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "群众满意度", "100", "年初预算安排"))));
        b.project(new PerformanceProject(
                "服务企业科技创新经费",
                Amount.wan("20"),
                List.of(
                        "依据县领导指示，2022年度申请服务企业科技创新工作经费20万元，项目资金用于为我县约500家中小企业创新、创业提供服务，支持创新创业骨干企业，鼓励企业开展技术转让、技术开发、技术咨询和交易，为企业引进科技创新人才等。"),
                List.of("为中小企业创新、创业提供服务。", "支持创新、创业骨干企业", "鼓励企业开展技术转让、技术开发、技术咨询和交易，为企业引进科技创新人才等"),
                List.of(
                        new Indicator("产出指标", "数量指标", "服务科技型中小企业数量", "服务科技型中小企业数量", "≥800", "年初预算安排"),
                        new Indicator("产出指标", "质量指标", "项目或工程完成率", "项目或工程完成率", "100", "年初预算安排"),
                        new Indicator("产出指标", "时效指标", "项目完成时限", "项目完成时限", "2022年底前", "年初预算安排"),
                        new Indicator("产出指标", "成本指标", "预算资金完成率", "预算资金完成率", "≥98", "年初预算安排"),
                        new Indicator("效益指标", "经济效益指标", "促进企业经济收入增加", "促进企业经济收入增加", "逐年提高", "年初预算安排"),
                        new Indicator("效益指标", "社会效益指标", "新产品、新技术、发明专利等不断服务社会", "新产品、新技术、发明专利等不断服务社会", "逐年提高", "年初预算安排"),
                        new Indicator("效益指标", "生态效益指标", "鼓励企业使用和生产清洁能源", "鼓励企业使用和生产清洁能源", "逐年提高", "年初预算安排"),
                        new Indicator("效益指标", "可持续影响指标", "促进企业可持续发展", "促进企业可持续发展", "逐年提高", "年初预算安排"),
                        new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "群众满意度", "≥95", "年初预算安排"))));
        b.project(new PerformanceProject(
                "“十四五”规划编制费",
                Amount.wan("44"),
                List.of("依据县级“十四五”规划编制的通知，我局为提高思想认识，提升规划质量，规范编制程序，加强规划衔接，需支付“十四五”规划编制费项目资金44万元。"),
                List.of(
                        "完成“十四五”规划编制",
                        "支付2家编制单位费用支出",
                        "规划编制以提高思想认识，提升规划质量，规范编制程序，加强规划衔接。做到与上级规划及县发展规划在一致性内容、约束性指标、政策制度、任务举措等方面"),
                List.of(
                        new Indicator("产出指标", "数量指标", "拨付编制单位数量", "拨付编制单位数量", "2", "年初预算安排"),
                        new Indicator("产出指标", "质量指标", "项目完成率", "项目完成率", "100", "年初预算安排"),
                        new Indicator("产出指标", "时效指标", "项目完成时限", "项目完成时限", "2022年底前", "年初预算安排"),
                        new Indicator("产出指标", "成本指标", "预算资金完成率", "预算资金完成率", "≥95", "年初预算安排"),
                        new Indicator("效益指标", "经济效益指标", "科学规划，服务企业增加效益", "科学规划，服务企业增加效益", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "社会效益指标", "各类规划统一管理，提供科学政策指导", "各类规划统一管理，提供科学政策指导", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "生态效益指标", "科学规划，服务生态环保", "科学规划，服务生态环保", "逐年提升", "年初预算安排"),
                        new Indicator("效益指标", "可持续影响指标", "项目持续影响效果", "项目持续影响效果", "逐年提升", "年初预算安排"),
                        new Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥98", "年初预算安排"))));
    }

    /** The reference's 名词解释, as published (the same as the Hebei 2022 profile's). */
    private static List<GlossaryEntry> glossary() {
        return List.of(
                new GlossaryEntry("一般公共预算拨款收入", "指本级财政当年拨付的资金。"),
                new GlossaryEntry("事业收入", "指事业单位开展专业业务活动及辅助活动所取得的收入。"),
                new GlossaryEntry("其他收入", "指除“一般公共预算拨款收入”、“事业收入”等以外的收入。主要是按规定动用的租房收入、存款利息收入等。"),
                new GlossaryEntry("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"),
                new GlossaryEntry("项目支出", "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
                new GlossaryEntry("上缴上级支出", "指下级单位上缴上级的支出。"),
                new GlossaryEntry(
                        "“三公”经费",
                        "纳入本级财政预算管理的“三公”经费，是指本级部门用财政拨款安排的因公出国（境）费、"
                                + "公务用车购置及运维费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的住宿费、旅费、伙食补助费、"
                                + "杂费、培训费等支出；公务用车购置及运维费反映单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、"
                                + "安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。"),
                new GlossaryEntry(
                        "机关运行费",
                        "是指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、"
                                + "专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。"),
                new GlossaryEntry("上年结转", "指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。"),
                new GlossaryEntry("事业单位经营支出", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。"));
    }
}
