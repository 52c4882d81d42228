<@h level=2>七、国有资产信息</@h>
<#if assets.any>
<@p>截至${assets.asOf}，我部门固定资产金额为${assets.total}${unit}（详见下表）。<#if assets.hasPlanned>${year}年度拟购置固定资产总额为${assets.planned}${unit}<#if assets.plannedInProcurement>，已按要求列入政府采购预算，详见政府采购预算表</#if>。</#if></@p>
<@table name="assets"/>
<#elseif heldAssets?? || plannedAssets??>
<#if heldAssets??>
<@p>截至${heldAssets.asOf}，我部门共有<#if heldAssets.vehicles??>车辆${heldAssets.vehicles.total}辆，其中：<#list heldAssets.vehicles.categories as c>${c.name}${c.count}辆<#sep>、</#list><#if heldAssets.largeEquipment??>；${heldAssets.equipmentName}${heldAssets.largeEquipment}台（套）</#if><#else>${heldAssets.equipmentName}${heldAssets.largeEquipment}台（套）</#if>。</@p>
</#if>
<#if plannedAssets??>
<@p><#if plannedAssets.vehicles??>${year}年部门预算安排购置车辆${plannedAssets.vehicles.total}辆，其中：<#list plannedAssets.vehicles.categories as c>${c.name}${c.count}辆<#sep>、</#list><#if plannedAssets.largeEquipment??>；部门预算安排购置${plannedAssets.equipmentName}${plannedAssets.largeEquipment}台（套）</#if><#else>${year}年部门预算安排购置${plannedAssets.equipmentName}${plannedAssets.largeEquipment}台（套）</#if>。</@p>
</#if>
<#else>
<@p>我部门无固定资产信息需要说明。</@p>
</#if>
