<#-- 第三部分 一 to 六. A change on last year (change.phrase) is 增加…，增长…% / 减少…，下降…% / 持平, with its reason
     unless 持平; parts are the non-zero ones only, their shares adding to 100.00%. -->
<#macro change c label>
  与${lastYear}年度相比，${label}<#if c.same>持平。<#else>${c.phrase}。</#if><#t>
  <#if c.reason??>主要原因：${c.reason}</#if><#t>
</#macro>
<#macro parts x><#list x as p>${p.name}${p.amount}${unit}<#if p.share??>，占${p.share}%</#if><#sep>；</#list></#macro>
<#-- 决算数与预算数持平。 / 决算数大于预算数的主要原因：… -->
<#macro versusBudget x>
  <#if x.versusBudget == "FLAT">决算数与预算数持平。<#t>
  <#else>决算数${x.compare}预算数<#if x.reason??>的主要原因：${x.reason}<#else>。</#if><#t>
  </#if><#t>
</#macro>
<@h level=1>第三部分 ${dept.name}${year}年度${body}决算情况说明</@h>
<@h level=2>一、收入支出决算总体情况说明</@h>
<@p>${dept.name}${year}年度收入支出总计${overall.total}${unit}。
  <#if overall.change??><@change c=overall.change label="收入支出总计"/></#if></@p>
<@h level=2>二、收入决算情况说明</@h>
<@p>本年收入合计${revenue.total}${unit}<#if revenue.parts?has_content>，其中：<@parts x=revenue.parts/></#if>。</@p>
<@h level=2>三、支出决算情况说明</@h>
<@p>本年支出合计${spending.total}${unit}<#if spending.parts?has_content>，其中：<@parts x=spending.parts/></#if>。</@p>
<@h level=2>四、财政拨款收入支出决算总体情况说明</@h>
<@p>${dept.name}${year}年度财政拨款收入支出总计${fiscal.total}${unit}。
  <#if fiscal.change??><@change c=fiscal.change label="财政拨款收入支出总计"/></#if></@p>
<@h level=2>五、一般公共预算财政拨款支出决算情况说明</@h>
<#assign g = generalPublic>
<@p style="label">（一）一般公共预算财政拨款支出决算总体情况</@p>
<@p>一般公共预算财政拨款支出${g.total}${unit}<#if g.share??>，占本年支出合计的${g.share}%</#if>。
  <#if g.change??><@change c=g.change label="一般公共预算财政拨款支出"/></#if></@p>
<@p style="label">（二）一般公共预算财政拨款支出决算结构情况</@p>
<@p>一般公共预算财政拨款支出${g.total}${unit}
  <#if g.classes?has_content>，主要用于以下方面：
    <#list g.classes as p>${p.name}（类）${p.amount}${unit}<#if p.share??>，占${p.share}%</#if><#sep>；</#list>
  </#if>。</@p>
<@p style="label">（三）一般公共预算财政拨款支出决算具体情况</@p>
<#if g.budget??>
<@p>一般公共预算财政拨款支出年初预算为${g.budget}${unit}，
  支出决算为${g.total}${unit}<#if g.completion??>，完成年初预算的${g.completion}%</#if>。
  <@versusBudget g/><#if g.lines?has_content>其中：</#if></@p>
<#elseif g.lines?has_content>
<@p>一般公共预算财政拨款支出决算为${g.total}${unit}，各项支出如下：</@p>
</#if>
<#list g.lines as l>
<@p>${l?counter}、${l.heading}。
  <#if l.usedFor??>主要用于：${l.usedFor?remove_ending("。")}。</#if>
  <#if l.budget??>年初预算为${l.budget}${unit}，支出决算为${l.spent}${unit}。<@versusBudget l/>
  <#else>年初无预算，支出决算为${l.spent}${unit}。
  </#if></@p>
</#list>
<@h level=2>六、一般公共预算财政拨款基本支出决算情况说明</@h>
<@p>一般公共预算财政拨款基本支出${basic.total}${unit}。
  其中：人员经费${basic.personnel}${unit}
  <#if basic.personnelItems?has_content>，主要包括：<#list basic.personnelItems as x>${x}<#sep>、</#list></#if>；
  公用经费${basic.publicUse}${unit}
  <#if basic.publicUseItems?has_content>，主要包括：<#list basic.publicUseItems as x>${x}<#sep>、</#list></#if>。</@p>
