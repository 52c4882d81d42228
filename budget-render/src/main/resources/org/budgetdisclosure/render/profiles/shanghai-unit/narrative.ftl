<#-- Shanghai 单位预算 (unit version): chapters 一 to 六 in the order of the reference (a unit has no 七、项目经费情况说明).
     The chapters are the department version's (shanghai-2025-department, which this layout extends), worded by the
     names set here: 单位 for 部门 (from narrative.self, 本单位), the unit's full name, duties numbered 1. 2. …, and
     chapter 二 stating the internal divisions first. -->
<#assign kind = self?remove_beginning("本")>
<#assign holder = dept.name>
<#function dutyLabel n><#return n + "."></#function>
<#assign divisionsFirst = true>
<#include "sections/1-duties.ftl">
<#include "sections/2-institutions.ftl">
<#include "sections/3-glossary.ftl">
<#include "sections/4-explanation.ftl">
<#include "sections/5-tables.ftl">
<#include "sections/6-other.ftl">
