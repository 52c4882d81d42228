<#-- 三、名词解释: the budget's glossary, else the profile's (the reference's four terms), numbered （一）（二）…. -->
<@h level=1>三、名词解释</@h>
<@list><#list glossary as x><@item label="（${numeral(x?counter)}）">${x.term}：${x.definition}</@item></#list></@list>
