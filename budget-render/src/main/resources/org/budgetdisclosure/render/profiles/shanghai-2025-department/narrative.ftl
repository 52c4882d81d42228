<#-- Shanghai 区级部门预算 (department version): chapters 一 to 七 in the order of the reference. Each chapter is its
     own template; a chapter not yet written is skipped. Chapter 五 places the profile's tables (<@tables/>).
     Directives: @h heading, @p paragraph, @list/@item numbered list, @table a narrative table, @tables the profile's
     tables, @page a new section. Phrases: compared(…), moved(…), numeral(n) (see docs/templates.md).
     Amounts are in ${unit}. The unit version (shanghai-unit) extends this layout: its chapters are these
     templates, worded by the names set here. -->
<#-- 部门 or 单位: the document's own kind, from narrative.self (本部门 / 本单位) -->
<#assign kind = self?remove_beginning("本")>
<#-- the name the assets paragraph gives the holder: a department its short name -->
<#assign holder = dept.shortName>
<#-- a duty's label: （一）（二）… -->
<#function dutyLabel n><#return "（" + numeral(n) + "）"></#function>
<#-- chapter 二 states the budget units, then the internal divisions -->
<#assign divisionsFirst = false>
<#include "sections/1-duties.ftl" ignore_missing=true>
<#include "sections/2-institutions.ftl" ignore_missing=true>
<#include "sections/3-glossary.ftl" ignore_missing=true>
<#include "sections/4-explanation.ftl" ignore_missing=true>
<#include "sections/5-tables.ftl" ignore_missing=true>
<#include "sections/6-other.ftl" ignore_missing=true>
<#include "sections/7-projects.ftl" ignore_missing=true>
