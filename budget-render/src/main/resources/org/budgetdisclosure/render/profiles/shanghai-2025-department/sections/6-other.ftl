<#-- 六、其他相关情况说明: “三公”经费 with the change on last year's budget and its stated reasons, 机关运行经费,
     政府采购 totals by 货物 / 工程 / 服务, 绩效目标设置情况, vehicles and large equipment held and planned. Each part
     only where the budget states its fact (absent is not zero); the parts present are numbered 一、二、… in order.
     Amounts in ${unit}, zero as the narrative style prints it (0.00). -->
<@h level=1>六、其他相关情况说明</@h>
<#assign part = 0>
<#macro heading title><#assign part = part + 1><@h level=2 outline=false>${numeral(part)}、${title}</@h></#macro>
<#-- ，比2024年预算增加X，reason / ，与2024年预算持平: where last year's budget is stated -->
<#macro versus key>
  <#if versusLastYear??><#assign v = versusLastYear[key]><#t>
    ，${v.text}<#if v.reason??>，${v.reason?remove_ending("。")}</#if><#t>
  </#if><#t>
</#macro>
<#-- 车辆X辆，其中：…, from the counts stated -->
<#macro vehicles v>车辆${v.total}辆，其中：<#list v.categories as c>${c.name}${c.count}辆<#sep>、</#list></#macro>
<#if threePublicStated>
<#assign t = threePublic>
<@heading "${year}年“三公”经费预算情况说明"/>
<@p>${year}年“三公”经费预算数为${t.total}${unit}<@versus "THREE_PUBLIC"/>。其中：</@p>
<@p>（一）因公出国（境）费${t.overseas}${unit}<@versus "OVERSEAS"/>。</@p>
<@p>（二）公务用车购置及运行费${t.vehicles}${unit}<@versus "VEHICLES"/>。
  其中：公务用车购置费${t.purchase}${unit}<@versus "VEHICLE_PURCHASE"/>；
  公务用车运行费${t.operation}${unit}<@versus "VEHICLE_OPERATION"/>。</@p>
<@p>（三）公务接待费${t.reception}${unit}<@versus "RECEPTION"/>。</@p>
</#if>
<#if operatingCosts??>
<@heading "机关运行经费预算"/>
<#if operatingCosts.amount??>
<@p>${year}年${dept.name}财政拨款的机关运行经费预算为${operatingCosts.amount}${unit}。</@p>
<#else>
<@p>${year}年${dept.name}无机关运行经费。</@p>
</#if>
</#if>
<#if procurementTotals??>
<#assign totals = procurementTotals>
<@heading "政府采购预算情况"/>
<@p>${year}年度${self}政府采购预算${totals.total}${unit}，
  其中：政府采购货物预算${totals.goods}${unit}、
  政府采购工程预算${totals.works}${unit}、
  政府采购服务预算${totals.services}${unit}。
  <#if totals.smes??>面向中小企业预留政府采购项目预算${totals.smes}${unit}
    <#if totals.smallMicro??>，其中：预留给小型和微型企业的政府采购项目预算${totals.smallMicro}${unit}</#if>。
  </#if></@p>
</#if>
<#if performanceTargets??>
<#assign targets = performanceTargets>
<@heading "绩效目标设置情况"/>
<@p>${year}年度，${self}编报绩效目标的项目共${targets.count}个，
  涉及项目预算资金${targets.amount}${unit}。
  <#if targets.projects?has_content>其中<#if targets.keyProjects??>重点项目${targets.keyProjects}个</#if>：
    <#list targets.projects as x>${x.name}${x.amount}${unit}<#sep>，</#list>。
  </#if></@p>
</#if>
<#if heldAssets?? || plannedAssets??>
<@heading "国有资产占有使用情况"/>
<#if heldAssets??>
<#assign held = heldAssets>
<@p>截至${held.asOf}，${holder}共有
  <#if held.vehicles??><@vehicles held.vehicles/><#if held.largeEquipment??>；${held.equipmentName}${held.largeEquipment}台（套）</#if>
  <#else>${held.equipmentName}${held.largeEquipment}台（套）
  </#if>。</@p>
</#if>
<#if plannedAssets??>
<#assign planned = plannedAssets>
<@p><#if planned.vehicles??>${year}年${kind}预算安排购置<@vehicles planned.vehicles/>
    <#if planned.largeEquipment??>；${kind}预算安排购置${planned.equipmentName}${planned.largeEquipment}台（套）</#if>
  <#else>${year}年${kind}预算安排购置${planned.equipmentName}${planned.largeEquipment}台（套）
  </#if>。</@p>
</#if>
</#if>
