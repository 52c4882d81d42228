<#-- 第四部分 名词解释: the layout's terms, numbered 一、二、… -->
<@h level=1>第四部分 名词解释</@h>
<#list glossary as x><@p>${numeral(x?counter)}、${x.term}：${x.definition}</@p></#list>
