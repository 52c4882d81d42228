<#-- The Shanghai 部门决算 (2024 template): 第一部分 概况, 第二部分 the nine 决算表 (<@tables/>), 第三部分 决算情况说明
     一 to 十一, 第四部分 名词解释. Every figure comes from the model (FinalNarrativeModel), printed once there in ${unit};
     the drafting rules (不涉及的不列, 持平, 大于/小于/持平, shares adding to 100.00%, no 完成预算的0%) are the
     model's, so these templates only say the words. A fact not stated gives no sentence. -->
<#include "sections/1-overview.ftl">
<#include "sections/2-tables.ftl">
<#include "sections/3-explanation.ftl">
<#include "sections/4-three-public.ftl">
<#include "sections/5-other.ftl">
<#include "sections/6-glossary.ftl">
