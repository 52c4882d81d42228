<@h level=2>七、国有资产信息</@h>
<#if assets.any>
<@p>截至${assets.asOf}，我部门固定资产金额为${assets.total}${unit}（详见下表）。<#if assets.hasPlanned>${year}年度拟购置固定资产总额为${assets.planned}${unit}<#if assets.plannedInProcurement>，已按要求列入政府采购预算，详见政府采购预算表</#if>。</#if></@p>
<@table name="assets"/>
<#else>
<@p>我部门无固定资产信息需要说明。</@p>
</#if>
