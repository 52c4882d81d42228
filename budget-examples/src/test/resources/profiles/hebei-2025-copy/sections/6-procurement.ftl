<@h level=2>六、政府采购预算情况</@h>
<#if procurement.any>
<@p>${year}年，我部门安排政府采购预算${procurement.total}${unit}。具体内容见下表。</@p>
<@page landscape=true/>
<@table name="procurement"/>
<@page landscape=false/>
<#else>
<@p>${year}年，我部门未安排政府采购预算。</@p>
</#if>
