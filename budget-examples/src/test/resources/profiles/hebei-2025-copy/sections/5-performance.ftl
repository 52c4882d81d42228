<@h level=2>五、预算绩效信息</@h>
<@h level=3>（一）部门整体绩效目标</@h>
<@h level=4 outline=false>1．总体绩效目标</@h>
<#list overallGoals as x><@p>${x}</@p></#list>
<#if !overallGoals?has_content><@p>本部门${year}年度未设定部门整体绩效目标。</@p></#if>
<#if projects?has_content>
<@h level=4 outline=false>2．分项绩效目标</@h>
<#list projects as x>
<@p style="label">（${x?counter}）${x.name}（${x.amount}${unit}）</@p>
<#list x.description as d><@p>${d}</@p></#list>
</#list>
</#if>
<#if safeguards?has_content>
<@h level=4 outline=false><#if projects?has_content>3<#else>2</#if>．工作保障措施</@h>
<@list><#list safeguards as x><@item label="${x?counter}、">${x}</@item></#list></@list>
</#if>
<@h level=3>（二）专项资金绩效目标</@h>
<#list specialFunds as x><@p>${x}</@p></#list>
<#if !specialFunds?has_content><@p>本部门${year}年度无专项资金预算，无专项资金绩效目标。</@p></#if>
<@h level=3>（三）预算项目绩效目标</@h>
<#list projects as x><@table name=x.table/></#list>
<#if !projects?has_content><@p>本部门${year}年度无预算项目绩效目标。</@p></#if>
