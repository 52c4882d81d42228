<#-- 七、项目经费情况说明 (department version): per project explained, its items in order — 项目概述, 立项依据, 实施主体,
     实施方案, 实施周期, 年度预算安排, 绩效目标 — each only where stated, numbered on without a gap; a project's name,
     where stated, above its items. No project explained: no chapter (never an empty heading). The items are not
     entries of the 目录 (outline=false), as in the reference. -->
<#macro item title paragraphs level>
<#if paragraphs?has_content>
<@h level=level outline=false>${numeral(itemCount + 1)}、${title}</@h>
<#list paragraphs as x><@p>${x}</@p></#list>
<#assign itemCount = itemCount + 1>
</#if>
</#macro>
<#if explanation.projects?has_content>
<@h level=1>七、项目经费情况说明</@h>
<#list explanation.projects as project>
<#assign itemLevel = 2>
<#if project.name??><@h level=2 outline=false>${project.name}</@h><#assign itemLevel = 3></#if>
<#assign itemCount = 0>
<#assign period = project.period???then([project.period!""], [])>
<#assign allocation><#list project.allocations as a>${a.name}${a.amount}${unit}<#sep>，</#list>。</#assign>
<#assign allocations = project.allocations?has_content?then([allocation], [])>
<@item title="项目概述" paragraphs=project.overview level=itemLevel/>
<@item title="立项依据" paragraphs=project.basis level=itemLevel/>
<@item title="实施主体" paragraphs=project.implementers level=itemLevel/>
<@item title="实施方案" paragraphs=project.plan level=itemLevel/>
<@item title="实施周期" paragraphs=period level=itemLevel/>
<@item title="年度预算安排" paragraphs=allocations level=itemLevel/>
<@item title="绩效目标" paragraphs=project.goals level=itemLevel/>
</#list>
</#if>
