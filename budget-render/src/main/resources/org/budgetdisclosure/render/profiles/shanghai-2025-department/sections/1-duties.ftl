<#-- 一、部门主要职能: the duties the budget states, numbered （一）（二）… as the reference prints them. -->
<@h level=1>一、${kind}主要职能</@h>
<#if duties?has_content>
<@p>主要职能包括：</@p>
<@list><#list duties as d><@item label=dutyLabel(d?counter)>${d}</@item></#list></@list>
</#if>
