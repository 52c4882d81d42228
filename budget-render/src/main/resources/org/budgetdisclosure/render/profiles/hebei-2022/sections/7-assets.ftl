<#-- 车辆X辆，其中：…；设备X台（套）, from the counts stated -->
<#macro vehicles v>车辆${v.total}辆，其中：<#list v.categories as c>${c.name}${c.count}辆<#sep>、</#list></#macro>
<@h level=2>七、国有资产信息</@h>
<#if assets.any>
<@p>截至${assets.asOf}，我部门固定资产金额为${assets.total}${unit}（详见下表）。
  <#if assets.hasPlanned>${year}年度拟购置固定资产总额为${assets.planned}${unit}
    <#if assets.plannedInProcurement>，已按要求列入政府采购预算，详见政府采购预算表</#if>。
  </#if></@p>
<@table name="assets"/>
<#elseif heldAssets?? || plannedAssets??>
<#if heldAssets??>
<#assign held = heldAssets>
<@p>截至${held.asOf}，我部门共有
  <#if held.vehicles??><@vehicles held.vehicles/><#if held.largeEquipment??>；${held.equipmentName}${held.largeEquipment}台（套）</#if>
  <#else>${held.equipmentName}${held.largeEquipment}台（套）
  </#if>。</@p>
</#if>
<#if plannedAssets??>
<#assign planned = plannedAssets>
<@p><#if planned.vehicles??>${year}年部门预算安排购置<@vehicles planned.vehicles/>
    <#if planned.largeEquipment??>；部门预算安排购置${planned.equipmentName}${planned.largeEquipment}台（套）</#if>
  <#else>${year}年部门预算安排购置${planned.equipmentName}${planned.largeEquipment}台（套）
  </#if>。</@p>
</#if>
<#else>
<@p>我部门无固定资产信息需要说明。</@p>
</#if>
