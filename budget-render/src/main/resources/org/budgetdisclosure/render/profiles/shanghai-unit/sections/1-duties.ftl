<#-- 一、单位主要职能: the duties the budget states, numbered 1. 2. … as the reference prints them. -->
<@h level=1>一、单位主要职能</@h>
<#if duties?has_content>
<@p>主要职能包括：</@p>
<@list><#list duties as d><@item label="${d?counter}.">${d}</@item></#list></@list>
</#if>
