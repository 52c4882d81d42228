<#-- Hebei 2022: 部门预算信息公开情况说明, sections 一 to 九 in the order of the reference.
     Directives: @h heading, @p paragraph, @list/@item numbered list, @table a narrative table, @page a new section.
     Every figure comes from the statements (see NarrativeModel); amounts are in ${unit}. -->
<@h level=1>第一部分  ${dept.shortName}${year}年部门预算信息公开情况说明</@h>
<@p>按照《预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，
  现将${dept.shortName}${year}年部门预算公开如下：</@p>

<#include "sections/1-duties.ftl">
<#include "sections/2-overview.ftl">
<#include "sections/3-operating.ftl">
<#include "sections/4-three-public.ftl">
<#include "sections/5-performance.ftl">
<#include "sections/6-procurement.ftl">
<#include "sections/7-assets.ftl">
<#include "sections/8-glossary.ftl">
<#include "sections/9-other.ftl">
