<@h level=2>九、其他需要说明的事项</@h>
<#list otherNotes as x><@p>${x}</@p></#list>
<#if !otherNotes?has_content><@p>我部门无其他需要说明的事项。</@p></#if>
