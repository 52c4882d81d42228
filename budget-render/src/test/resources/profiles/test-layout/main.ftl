<@h level=1>测试版式说明</@h>
<@h level=2>甲、测试章节</@h>
<@p>${dept.name}${year}年测试版式。</@p>
<@h level=2>乙、名词解释</@h>
<@list><#list glossary as x><@item label="${x?counter}. ">${x.term}：${x.definition}</@item></#list></@list>
