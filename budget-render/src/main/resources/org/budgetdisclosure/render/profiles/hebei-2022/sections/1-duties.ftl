<@h level=2>一、部门职责及机构设置情况</@h>
<#if duties?has_content>
<@p style="label">部门职责：</@p>
<@list><#list duties as d><@item label="${d?counter}、">${d}</@item></#list></@list>
</#if>
<#if institutionOverview?has_content || hasInstitutions || units.list?size gt 1>
<@p style="label">机构设置：</@p>
<@h level=3>（一）机构及组成单位情况</@h>
<#list institutionOverview as x><@p>${x}</@p></#list>
<#if hasInstitutions><@table name="institutions"/>
<#elseif !institutionOverview?has_content>
<#-- no institutions stated: the units the budget consists of -->
<@p>纳入本部门预算编制范围的单位共${units.count}家，
  包括：<#list units.list as u>${u.name}<#sep>、</#list>。</@p>
</#if>
</#if>
<#if staffing??>
<@h level=3>（二）人员构成情况</@h>
<@p>${dept.name}共有${staffing.total}人，
  其中：在职人员${staffing.active}人，
  离休人员${staffing.retiredCadres}人，
  退休人员${staffing.retired}人。</@p>
</#if>
