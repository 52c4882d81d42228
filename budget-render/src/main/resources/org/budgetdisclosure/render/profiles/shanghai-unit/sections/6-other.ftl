<#-- 六、其他相关情况说明: “三公”经费 with the change on last year's budget and its stated reasons, 机关运行经费,
     政府采购 totals by 货物 / 工程 / 服务, 绩效目标设置情况, vehicles and large equipment held and planned. Each part
     only where the budget states its fact (absent is not zero); the parts present are numbered 一、二、… in order.
     Amounts in ${unit}, zero as the narrative style prints it (0.00). -->
<@h level=1>六、其他相关情况说明</@h>
<#assign part = 0>
<#macro heading title><#assign part = part + 1><@h level=2 outline=false>${cn[part - 1]}、${title}</@h></#macro>
<#macro versus key><#if versusLastYear??>，${versusLastYear[key].text}<#if versusLastYear[key].reason??>，${versusLastYear[key].reason?remove_ending("。")}</#if></#if></#macro>
<#if threePublicStated>
<@heading "${year}年“三公”经费预算情况说明"/>
<@p>${year}年“三公”经费预算数为${threePublic.total}${unit}<@versus "THREE_PUBLIC"/>。其中：</@p>
<@p>（一）因公出国（境）费${threePublic.overseas}${unit}<@versus "OVERSEAS"/>。</@p>
<@p>（二）公务用车购置及运行费${threePublic.vehicles}${unit}<@versus "VEHICLES"/>。其中：公务用车购置费${threePublic.purchase}${unit}<@versus "VEHICLE_PURCHASE"/>；公务用车运行费${threePublic.operation}${unit}<@versus "VEHICLE_OPERATION"/>。</@p>
<@p>（三）公务接待费${threePublic.reception}${unit}<@versus "RECEPTION"/>。</@p>
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
<@heading "政府采购预算情况"/>
<@p>${year}年度${self}政府采购预算${procurementTotals.total}${unit}，其中：政府采购货物预算${procurementTotals.goods}${unit}、政府采购工程预算${procurementTotals.works}${unit}、政府采购服务预算${procurementTotals.services}${unit}。<#if procurementTotals.smes??>面向中小企业预留政府采购项目预算${procurementTotals.smes}${unit}<#if procurementTotals.smallMicro??>，其中：预留给小型和微型企业的政府采购项目预算${procurementTotals.smallMicro}${unit}</#if>。</#if></@p>
</#if>
<#if performanceTargets??>
<@heading "绩效目标设置情况"/>
<@p>${year}年度，${self}编报绩效目标的项目共${performanceTargets.count}个，涉及项目预算资金${performanceTargets.amount}${unit}。<#if performanceTargets.projects?has_content>其中<#if performanceTargets.keyProjects??>重点项目${performanceTargets.keyProjects}个</#if>：<#list performanceTargets.projects as x>${x.name}${x.amount}${unit}<#sep>，</#list>。</#if></@p>
</#if>
<#if heldAssets?? || plannedAssets??>
<@heading "国有资产占有使用情况"/>
<#if heldAssets??>
<@p>截至${heldAssets.asOf}，${dept.name}共有<#if heldAssets.vehicles??>车辆${heldAssets.vehicles.total}辆，其中：<#list heldAssets.vehicles.categories as c>${c.name}${c.count}辆<#sep>、</#list><#if heldAssets.largeEquipment??>；${heldAssets.equipmentName}${heldAssets.largeEquipment}台（套）</#if><#else>${heldAssets.equipmentName}${heldAssets.largeEquipment}台（套）</#if>。</@p>
</#if>
<#if plannedAssets??>
<@p><#if plannedAssets.vehicles??>${year}年单位预算安排购置车辆${plannedAssets.vehicles.total}辆，其中：<#list plannedAssets.vehicles.categories as c>${c.name}${c.count}辆<#sep>、</#list><#if plannedAssets.largeEquipment??>；单位预算安排购置${plannedAssets.equipmentName}${plannedAssets.largeEquipment}台（套）</#if><#else>${year}年单位预算安排购置${plannedAssets.equipmentName}${plannedAssets.largeEquipment}台（套）</#if>。</@p>
</#if>
</#if>
