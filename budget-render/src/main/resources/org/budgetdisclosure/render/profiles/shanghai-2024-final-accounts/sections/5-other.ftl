<#-- 八 to 十一: the fund explanations (or their absence), 绩效, 机关运行经费, 采购, 资产: each from its fact only. -->
<#macro fund f number name>
<@h level=2>${number}、${name}预算财政拨款收入支出决算情况说明</@h>
<#if f.empty>
<@p>${dept.name}${year}年度无${name}预算财政拨款收入和支出。</@p>
<#else>
<@p>${name}预算财政拨款收入${f.revenue}${unit}，
  支出${f.spent}${unit}<#if f.lines?has_content>，支出具体情况如下：</#if></@p>
<#list f.lines as l><@p>${l?counter}、${l.heading}。支出决算为${l.spent}${unit}。</@p></#list>
</#if>
</#macro>
<@fund f=governmentFund number="八" name="政府性基金"/>
<@fund f=stateCapital number="九" name="国有资本经营"/>
<@h level=2>十、预算绩效管理情况</@h>
<#if performance??><#assign perf = performance>
<@p>${dept.name}${year}年度预算绩效管理工作开展情况如下：
  全过程绩效管理实施情况：
  编报绩效目标的${year}年度项目${perf.targetProjects}个，涉及预算金额${perf.targetAmount}${unit}；
  绩效跟踪评价的${year}年度项目${perf.followedProjects}个，涉及预算金额${perf.followedAmount}${unit}；
  绩效自评的${year}年度项目${perf.evaluatedProjects}个，涉及预算金额${perf.evaluatedAmount}${unit}，
  平均得分${perf.averageScore}分（其中，
  绩效评级为“优”的项目${perf.excellent}个；
  绩效评级为“良”的项目${perf.good}个；
  绩效评级为“合格”的项目${perf.pass}个；
  绩效评级为“不合格”的项目${perf.fail}个。
  绩效自评中共发现问题${perf.problemsFound}个，
  已经完成整改的${perf.problemsFixed}个，
  正在整改的${perf.problemsBeingFixed}个）。</@p>
</#if>
<@h level=2>十一、其他重要事项的情况说明</@h>
<#if operating??>
<@p style="label">（一）机关运行经费支出情况</@p>
<#if operating.none>
<@p>${dept.name}${year}年度无机关运行经费支出。</@p>
<#else>
<#assign c = operating.change!{}>
<@p>机关运行经费支出${operating.amount}${unit}
  <#if operating.change??>
    <#if c.same>，与${lastYear}年度持平<#else>，比${lastYear}年度${c.phrase}</#if>
  </#if>。
  <#if operating.change?? && c.reason??>主要原因是${c.reason}</#if></@p>
</#if>
</#if>
<#if procurement??><#assign q = procurement>
<@p style="label">（二）政府采购支出情况</@p>
<@p>${dept.name}${year}年度政府采购金额（以合同签订为准）为${q.total}${unit}，
  其中：货物采购金额${q.goods}${unit}、
  工程采购金额${q.works}${unit}、
  服务采购金额${q.services}${unit}。</@p>
<@p>${year}年度${self}面向中小企业预留政府采购项目预算金额${q.smeReserved}${unit}，
  面向小微企业预留政府采购项目预算金额${q.smallMicroReserved}${unit}。
  在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${q.smeAwarded}${unit}；
  在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额${q.smallMicroAwarded}${unit}；
  在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${q.smeAwardedOther}${unit}。</@p>
</#if>
<#if assets??><#assign held = assets>
<@p style="label">（三）国有资产占有使用情况说明</@p>
<@p>截至${held.asOf}，${dept.name}
  <#if held.vehicles??>共有车辆${held.vehicles}辆，其中：<#list held.categories as c>${c.name}${c.count}辆<#sep>、</#list>。</#if>
  <#if held.largeEquipment??>${held.largeEquipmentLabel}${held.largeEquipment}台（套）。</#if></@p>
</#if>
