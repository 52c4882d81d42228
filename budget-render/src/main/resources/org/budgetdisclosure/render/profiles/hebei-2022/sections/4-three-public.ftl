<#-- the change on last year and its reason, where last year is stated: ，比上年增加X，reason -->
<#macro cmp key><#if change??>，${change[key].comparison}<#if change[key].reason??>，${change[key].reason}</#if></#if></#macro>
<@h level=2>四、财政拨款“三公”经费预算情况及增减变化原因</@h>
<#if threePublicStated>
<@p>${year}年我部门“三公”经费预算安排${threePublic.total}${unit}<@cmp "THREE_PUBLIC"/>。
  具体安排情况为：</@p>
<@p>（一）因公出国（境）费安排${threePublic.overseas}${unit}<@cmp "OVERSEAS"/>。</@p>
<@p>（二）公务用车购置及运行维护费安排${threePublic.vehicles}${unit}<@cmp "VEHICLES"/>。
  其中：公务用车购置费安排${threePublic.purchase}${unit}<@cmp "VEHICLE_PURCHASE"/>；
  公务用车运行维护费安排${threePublic.operation}${unit}<@cmp "VEHICLE_OPERATION"/>。</@p>
<@p>（三）公务接待费安排${threePublic.reception}${unit}<@cmp "RECEPTION"/>。</@p>
<#else>
<#-- no “三公” line stated: no amount is claimed, not even zero -->
<@p>${year}年我部门预算未列报“三公”经费。</@p>
</#if>
