<#-- 第一部分 概况: 主要职能 (the department's own paragraphs), then 部门决算单位构成 (a department of several units)
     or 机构设置 (a department of one unit). -->
<@h level=1>第一部分 ${dept.name}概况</@h>
<@h level=2>一、主要职能</@h>
<#list duties as x><@p>${x}</@p></#list>
<#if (composition?size > 1)>
<@h level=2>二、部门决算单位构成</@h>
<@p>从预算单位构成看，${dept.name}部门决算包括：${dept.name}本级决算、下属行政事业单位决算。</@p>
<@p>纳入${dept.name}${year}年度部门决算编制范围的单位包括：</@p>
<@table name="composition"/>
<#else>
<@h level=2>二、机构设置</@h>
<@p>${dept.name}${year}年度${body}决算仅含本级决算，无下属预算单位。</@p>
</#if>
