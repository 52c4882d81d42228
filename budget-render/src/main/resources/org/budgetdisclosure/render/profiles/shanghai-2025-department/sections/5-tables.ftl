<#-- 五、部门预算表: the heading, then the profile's nine tables, each on its own landscape page. -->
<@h level=1>五、${kind}预算表</@h>
<@tables/>
