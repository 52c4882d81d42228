<#-- 四、部门预算编制说明: this year's revenue and spending by source and fund, set against last year's budget where it
     is stated, the reason of the change, then one line per 项 explained (财政拨款支出主要内容). Figures come from the
     statements, last year's and the words as stated (NarrativeModel's explanation, see ExplanationModel); a sentence
     about a fact not stated is left out, never printed empty. -->
<#assign e = explanation>
<#-- ，比2024年预算增加X / ，与2024年预算持平 -->
<#macro cmp c>，${compared(c, lastYear + "年预算", c.difference + unit)}</#macro>
<#macro fund key label>
  <#assign x = e.expenditure.funds[key]>
  ${label}拨款支出预算${x.amount}${unit}<#t>
  <#if x.change??><@cmp x.change/></#if><#t>
</#macro>
<@h level=1>四、${kind}预算编制说明</@h>
<@p>${year}年，${dept.name}收入预算${e.revenue.total}${unit}，
  其中：财政拨款收入${e.revenue.fiscal}${unit}<#if e.revenue.fiscalChange??><@cmp e.revenue.fiscalChange/></#if>
  <#list e.revenue.others as x>；${x.name}${x.amount}${unit}<#if x.change??><@cmp x.change/></#if></#list>。</@p>
<@p>支出预算${e.expenditure.total}${unit}，
  其中：财政拨款支出预算${e.expenditure.fiscal}${unit}
  <#if e.expenditure.fiscalChange??><@cmp e.expenditure.fiscalChange/></#if>。
  财政拨款支出预算中，<@fund "GENERAL_PUBLIC" "一般公共预算"/>；
  <@fund "GOVERNMENT_FUND" "政府性基金"/>；
  <@fund "STATE_CAPITAL" "国有资本经营预算"/>。</@p>
<#if e.reason??>
<@p>财政拨款收入支出${moved(e.reason, "", "与" + lastYear + "年预算持平")}的主要原因是${e.reason.text?remove_ending("。")}。</@p>
</#if>
<#if e.lines?has_content>
<@p>财政拨款支出主要内容如下：</@p>
<#list e.lines as x>
<@p>${x.number}.“<#list x.names as n>${n}（${x.levels[n?index]}）</#list>”${x.amount}${unit}，
  主要用于${x.purpose?remove_ending("。")}。
  <#if x.lastYear??>
    <#assign l = x.lastYear>
    <#assign kindOfFigure = l.outturn?then("预算执行数", "预算数")>
    ${lastYear}年<#if l.outturn>当年预算执行数<#else>预算数</#if>为${l.amount}${unit}，
    ${year}年预算安排${x.amount}${unit}
    <#if l.percent??>，${compared(l, lastYear + "年" + kindOfFigure, l.percent + "%")}</#if>。
    <#if l.reason??>主要原因是：${l.reason?remove_ending("。")}。</#if>
  </#if></@p>
</#list>
</#if>
