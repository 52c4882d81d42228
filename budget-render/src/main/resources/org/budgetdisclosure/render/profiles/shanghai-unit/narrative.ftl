<#-- Shanghai 单位预算 (unit version): chapters 一 to 六 in the order of the reference (a unit has no 七、项目经费情况说明).
     own template; a chapter not yet written is skipped. Chapter 五 places the profile's tables (<@tables/>).
     Directives: @h heading, @p paragraph, @list/@item numbered list, @table a narrative table, @tables the profile's
     tables, @page a new section. Amounts are in ${unit}. -->
<#-- Chinese numerals for the labels （一）（二）…; beyond 二十 a label falls back to the digit -->
<#assign cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]>
<#include "sections/1-duties.ftl" ignore_missing=true>
<#include "sections/2-institutions.ftl" ignore_missing=true>
<#include "sections/3-glossary.ftl" ignore_missing=true>
<#include "sections/4-explanation.ftl" ignore_missing=true>
<#include "sections/5-tables.ftl" ignore_missing=true>
<#include "sections/6-other.ftl" ignore_missing=true>
