<#-- 第二部分: the profile's nine tables, each on its own page. -->
<@h level=1>第二部分 ${dept.name}${year}年度${body}决算表</@h>
<@tables/>
