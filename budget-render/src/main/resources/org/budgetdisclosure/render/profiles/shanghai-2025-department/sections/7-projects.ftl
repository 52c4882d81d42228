<#-- 七、项目经费情况说明 (department version): per project explained, its items in order — 项目概述, 立项依据, 实施主体,
     实施方案, 实施周期, 年度预算安排, 绩效目标 — each only where stated, numbered on without a gap. One project (the
     reference): its name, where stated, above items numbered 一、二、…. Several projects: each numbered 一、二、…
     before its name (项目N where it has none), its items （一）（二）…, as a published document numbers a second level.
     An allocation whose 内容 already ends with its amount is printed as written (the amount not twice). No project
     explained: no chapter (never an empty heading). The items are not entries of the 目录 (outline=false), as in
     the reference. -->
<#-- 一、 for the one project's items, （一） for the items of one of several -->
<#function number n several><#return several?then("（" + numeral(n) + "）", numeral(n) + "、")></#function>
<#macro item title paragraphs level several>
<#if paragraphs?has_content>
<@h level=level outline=false>${number(itemCount + 1, several)}${title}</@h>
<#list paragraphs as x><@p>${x}</@p></#list>
<#assign itemCount = itemCount + 1>
</#if>
</#macro>
<#if explanation.projects?has_content>
<@h level=1>七、项目经费情况说明</@h>
<#assign several = explanation.projects?size gt 1>
<#list explanation.projects as project>
<#assign itemLevel = 2>
<#if several>
<@h level=2 outline=false>${numeral(project?counter)}、${project.name!("项目" + project?counter)}</@h>
<#assign itemLevel = 3>
<#elseif project.name??><@h level=2 outline=false>${project.name}</@h><#assign itemLevel = 3></#if>
<#assign itemCount = 0>
<#assign period = project.period???then([project.period!""], [])>
<#-- 内容 and amount, or the 内容 alone where it ends with its amount (stated) -->
<#assign allocation><#list project.allocations as a>${a.name}<#if a.stated != "true">${a.amount}${unit}</#if><#sep>，</#list>。</#assign>
<#assign allocations = project.allocations?has_content?then([allocation], [])>
<@item title="项目概述" paragraphs=project.overview level=itemLevel several=several/>
<@item title="立项依据" paragraphs=project.basis level=itemLevel several=several/>
<@item title="实施主体" paragraphs=project.implementers level=itemLevel several=several/>
<@item title="实施方案" paragraphs=project.plan level=itemLevel several=several/>
<@item title="实施周期" paragraphs=period level=itemLevel several=several/>
<@item title="年度预算安排" paragraphs=allocations level=itemLevel several=several/>
<@item title="绩效目标" paragraphs=project.goals level=itemLevel several=several/>
</#list>
</#if>
