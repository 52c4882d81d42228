<@h level=2>六、政府采购预算情况</@h>
<#if procurement.any>
<@p>${year}年，我部门安排政府采购预算${procurement.total}${unit}。具体内容见下表。</@p>
<@page landscape=true/>
<@table name="procurement"/>
<@page landscape=false/>
<#elseif procurementTotals??>
<#assign totals = procurementTotals>
<@p>${year}年，我部门安排政府采购预算${totals.total}${unit}，
  其中：政府采购货物预算${totals.goods}${unit}、
  政府采购工程预算${totals.works}${unit}、
  政府采购服务预算${totals.services}${unit}。
  <#if totals.smes??>面向中小企业预留政府采购项目预算${totals.smes}${unit}
    <#if totals.smallMicro??>，其中：预留给小型和微型企业的政府采购项目预算${totals.smallMicro}${unit}</#if>。
  </#if></@p>
<#else>
<#-- neither rows nor totals stated: no claim that none is arranged -->
<@p>${year}年我部门预算未列报政府采购预算。</@p>
</#if>
