<#-- a change and its reason, where one is stated: 增加X，reason / 与上年持平 -->
<#macro changeOf key>${change[key].phrase}<#if change[key].reason??>，${change[key].reason}</#if></#macro>
<@h level=2>二、部门预算安排的总体情况</@h>
<@p>按照预算管理有关规定，
  目前我省部门预算的编制实行综合预算管理，
  即全部收入和支出都反映在预算中。
  ${dept.shortName}机关及所属事业单位的收支包含在部门预算中。</@p>
<@h level=3>（一）收入说明</@h>
<@p>本年度预算收入${revenue.total}${unit}，
  <#if revenue.sources?size == 0>未安排收入
  <#elseif revenue.single>全部为${revenue.sources[0].name}
  <#else>其中：<#list revenue.sources as x>${x.name}${x.amount}${unit}<#sep>，</#list>
  </#if>
  <#if revenue.hasCarryover>；另有上年结转结余${revenue.carryover}${unit}</#if>。</@p>
<@h level=3>（二）支出说明</@h>
<@p>本年度预算支出${exp.total}${unit}，
  其中：基本支出${exp.basic}${unit}
  <#if exp.basicSplit>（人员经费${exp.personnel}${unit}，日常公用经费${exp.publicUse}${unit}）
  <#else>（其中一般公共预算财政拨款人员经费${exp.personnel}${unit}，日常公用经费${exp.publicUse}${unit}）
  </#if>；
  项目支出${exp.project}${unit}
  <#list exp.others as x>；${x.name}${x.amount}${unit}</#list>。</@p>
<#if change??>
<@h level=3>（三）比上年增减情况</@h>
<@p>${lastYear}年度预算安排${prior.total}${unit}，
  其中：人员经费${prior.personnel}${unit}，
  日常公用经费${prior.publicUse}${unit}，
  项目支出${prior.project}${unit}。</@p>
<@p>${year}年人员经费<@changeOf "PERSONNEL"/>；
  日常公用经费<@changeOf "PUBLIC_USE"/>；
  项目支出<@changeOf "PROJECT"/>。
  ${year}年度预算合计<@changeOf "TOTAL"/>。</@p>
</#if>
