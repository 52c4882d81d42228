<#-- 七、“三公”: completion only where there was a budget (an item without one says so, never 完成预算的0%); the
     change on last year where last year's items are stated; the details where anything was spent. -->
<#assign t = threePublic>
<@h level=2>七、财政拨款“三公”经费支出决算情况说明</@h>
<@p style="label">（一）“三公”经费财政拨款支出决算总体情况说明。</@p>
<@p><#if t.hasBudget>“三公”经费财政拨款支出年初预算为${t.budget}${unit}，
    支出决算为${t.spent}${unit}，完成预算的${t.completion}%
  <#else>“三公”经费财政拨款支出年初未安排预算，支出决算为${t.spent}${unit}
  </#if>，其中：
  <#list t.items as i>
    ${i.name}<#if i?index gt 0>支出</#if>决算为${i.spent}${unit}
    <#if i.completion??>，完成预算的${i.completion}%<#else>，年初未安排预算</#if><#sep>；
  </#list>。
  <#if t.hasBudget>
    <#if t.versusBudget == "FLAT">${year}年度“三公”经费支出决算数与预算数持平。
    <#else>${year}年度“三公”经费支出决算数${t.compare}预算数。
    </#if>
  </#if></@p>
<#if t.change??>
<@p><#if t.change.same>${year}年度“三公”经费财政拨款支出决算数与${lastYear}年度持平
  <#else>${year}年度“三公”经费财政拨款支出决算数比${lastYear}年度${t.change.phrase}
  </#if>，其中：
  <#list t.items as i>
    <#if i.change??>${i.name}支出决算<#if i.change.same>持平<#else>${i.change.phrase}</#if></#if><#sep>；
  </#list>。
  <#list t.items as i>
    <#if i.change?? && i.change.reason??>${i.name}支出${moved(i.change, "", "持平")}的主要原因是${i.change.reason}</#if>
  </#list></@p>
</#if>
<@p style="label">（二）“三公”经费财政拨款支出决算具体情况说明。</@p>
<#if t.any>
<@p>“三公”经费财政拨款支出决算中，
  <#list t.shares as p>${p.name}支出决算${p.amount}${unit}<#if p.share??>，占${p.share}%</#if><#sep>；</#list>。
  具体情况如下：</@p>
<@p>1、因公出国（境）费支出${t.overseas}${unit}。
  <#if t.activity??>全年安排因公出国（境）团组${t.activity.overseasGroups}个、累计${t.activity.overseasPeople}人次。</#if></@p>
<@p>2、公务用车购置及运行维护费支出${t.vehicles}${unit}。
  其中：公务用车购置支出为${t.vehiclePurchase}${unit}<#if t.activity??>，购置公务用车${t.activity.vehiclesBought}辆</#if>；
  公务用车运行维护支出${t.vehicleOperation}${unit}。
  <#if t.activity??>${year}年，${dept.name}所属各预算单位开支财政拨款的公务用车保有量为${t.activity.vehiclesHeld}辆。</#if></@p>
<@p>3、公务接待费支出${t.reception}${unit}。
  <#if t.activity??>
    国内公务接待${t.activity.domesticBatches}批次、${t.activity.domesticPeople}人次；
    外宾接待${t.activity.foreignBatches}批次、${t.activity.foreignPeople}人次。
  </#if></@p>
<#else>
<@p>${dept.name}${year}年度无“三公”经费财政拨款支出。</@p>
</#if>
