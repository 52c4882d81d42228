<#-- 二、部门机构设置, from the facts the budget states: its budget units (本部 and the units under it, counted
     行政 / 参公 / 事业 as published where it has 参公 units, else 行政 / 事业) and its internal divisions (内设机构),
     in the order narrative.ftl sets (divisionsFirst); no sentence from a fact not given. A unit whose budget is
     the 本部's is listed with the note （预算不单列，并入本部） and not counted (InstitutionsModel). -->
<#macro unitsPart>
<#if budgetUnits??>
<#assign u = budgetUnits>
<@p>${dept.name}${kind}预算包括<#if u.headquarters??>${u.headquarters}以及</#if>
  下属${u.subordinates}家预算单位的综合收支计划。</@p>
<@p>${self}中，行政单位${u.administrative}家，
  <#if u.civilServiceManaged != "0">参公单位${u.civilServiceManaged}家，事业单位${u.publicInstitutions}家
  <#else>事业单位${u.institutions}家
  </#if>，具体包括：</@p>
<#list u.list as x><@p>${x?counter}.${x.name}<#if x.merged == "true">（预算不单列，并入本部）</#if></@p></#list>
</#if>
</#macro>
<#macro divisionsPart>
<#if internalDivisions??>
<@p>${dept.name}设${internalDivisions.count}个内设机构，
  包括：<#list internalDivisions.names as x>${x}<#sep>、</#list>。</@p>
</#if>
</#macro>
<@h level=1>二、${kind}机构设置</@h>
<#if divisionsFirst><@divisionsPart/><@unitsPart/><#else><@unitsPart/><@divisionsPart/></#if>
<#list institutionOverview as x><@p>${x}</@p></#list>
