<#-- 七、项目经费情况说明 (department version): per project explained, its items in order — 项目概述, 立项依据, 实施主体,
     实施方案, 实施周期, 年度预算安排, 绩效目标 — each only where stated, numbered on without a gap; a project's name,
     where stated, above its items. No project explained: no chapter (never an empty heading). -->
<#assign pn = ["一", "二", "三", "四", "五", "六", "七"]>
<#macro item title paragraphs level>
<#if paragraphs?has_content>
<@h level=level>${pn[itemCount]}、${title}</@h>
<#list paragraphs as x><@p>${x}</@p></#list>
<#assign itemCount = itemCount + 1>
</#if>
</#macro>
<#if explanation.projects?has_content>
<@h level=1>七、项目经费情况说明</@h>
<#list explanation.projects as project>
<#assign itemLevel = 2>
<#if project.name??><@h level=2>${project.name}</@h><#assign itemLevel = 3></#if>
<#assign itemCount = 0>
<@item "项目概述" project.overview itemLevel/>
<@item "立项依据" project.basis itemLevel/>
<@item "实施主体" project.implementers itemLevel/>
<@item "实施方案" project.plan itemLevel/>
<@item "实施周期" (project.period??)?then([project.period!""], []) itemLevel/>
<#assign allocation><#list project.allocations as a>${a.name}${a.amount}${unit}<#sep>，</#list>。</#assign>
<@item "年度预算安排" project.allocations?has_content?then([allocation], []) itemLevel/>
<@item "绩效目标" project.goals itemLevel/>
</#list>
</#if>
