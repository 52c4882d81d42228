<#-- 第四部分 名词解释: the layout's terms, numbered 一、二、… -->
<#assign cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]>
<@h level=1>第四部分 名词解释</@h>
<#list glossary as x><@p>${cn[x?index]!x?counter}、${x.term}：${x.definition}</@p></#list>
