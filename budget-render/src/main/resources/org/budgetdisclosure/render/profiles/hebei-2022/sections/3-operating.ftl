<@h level=2>三、机关运行经费安排情况</@h>
<#if operating.lines?has_content>
<@p>${year}年预算安排机关运行经费${operating.total}${unit}，
  其中：<#list operating.lines as x>${x.name}${x.amount}${unit}<#sep>，</#list>。</@p>
<#else>
<@p>${year}年未安排机关运行经费。</@p>
</#if>
