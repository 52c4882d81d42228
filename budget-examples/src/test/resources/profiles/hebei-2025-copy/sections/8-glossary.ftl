<@h level=2>八、名词解释</@h>
<@list><#list glossary as x><@item label="${x?counter}、">${x.term}：${x.definition}</@item></#list></@list>
