<#-- Reproducibility: the numbers the manuscript reports, as reproduced now. -->
## Reproducibility

<#assign failed = results.claims?filter(c -> !c.ok)>
<#if failed?has_content>
${failed?size} of ${results.claims?size} reported numbers were **not** reproduced at the rounding the manuscript used (marked ✗).
<#else>
All ${results.claims?size} reported numbers were reproduced at the rounding the manuscript used.
</#if>

Table: **Table ${tables.number("claims")}.** *Claims of the manuscript: reported and reproduced values*

| Analysis | Term | Value | Reported | Reproduced | |
|:--|:--|:--|--:|--:|:-:|
<#list results.claims as c>
| ${c.analysis} | <#if c.term??>${c.term}<#if c.robust> (robust)</#if><#else>—</#if> |<#rt>
 ${c.field}<#if c.reportedScale> (${results.scale.symbol})</#if> | ${c.reported} | <#if c.reproduced??><#rt>
<#if c.digits??>${fmt.num(c.reproduced, c.digits + 2)}<#else>${fmt.num(c.reproduced, 0)}</#if><#else>—</#if> | <#if c.ok>✓<#else>✗</#if> |
</#list>

