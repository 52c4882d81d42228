<#-- 二、单位机构设置, from the facts the budget states: its internal divisions (内设机构) and, where a unit lists
     them, its budget units (本部 and the units under it, counted 行政 / 参公 / 事业
     where it has 参公 units, else 行政 / 事业); no sentence from a fact not given. A unit whose budget is the 本部's is listed with the note
     （预算不单列，并入本部） and not counted. -->
<@h level=1>二、单位机构设置</@h>
<#if internalDivisions??>
<@p>${dept.name}设${internalDivisions.count}个内设机构，包括：<#list internalDivisions.names as x>${x}<#sep>、</#list>。</@p>
</#if>
<#if budgetUnits??>
<@p>${dept.name}单位预算包括<#if budgetUnits.headquarters??>${budgetUnits.headquarters}以及</#if>下属${budgetUnits.subordinates}家预算单位的综合收支计划。</@p>
<@p>${self}中，行政单位${budgetUnits.administrative}家，<#if budgetUnits.civilServiceManaged != "0">参公单位${budgetUnits.civilServiceManaged}家，事业单位${budgetUnits.publicInstitutions}家<#else>事业单位${budgetUnits.institutions}家</#if>，具体包括：</@p>
<#list budgetUnits.list as x><@p>${x?counter}.${x.name}<#if x.merged == "true">（预算不单列，并入本部）</#if></@p></#list>
</#if>
<#list institutionOverview as x><@p>${x}</@p></#list>
