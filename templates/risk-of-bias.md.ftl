<#-- Risk of bias: a paragraph, the table of judgements and the two plots. Variables: rob (a RiskOfBiasResult),
     figures (ids "rob-traffic-light" and "rob-summary"), tables (their numbers), fmt. -->
<#assign robFigures = figures?filter(f -> f.id?starts_with("rob-"))>
<#assign robJbi = rob.tool == "jbi-rct">
Risk of bias was assessed with the ${rob.toolName}<#if rob.tool == "generic"> (domains: ${rob.domains?map(d -> d.label)?join(", ")})</#if> for<#rt>
 ${fmt.n(rob.studies?size)} <#if rob.studies?size == 1>study<#else>studies</#if> (Table ${tables.number("risk-of-bias")}<#list robFigures as f><#rt>
<#if f?is_first>; Figure<#if robFigures?size gt 1>s</#if> </#if>${f.number}<#sep>–</#sep></#list>).
<#if robJbi>
The mean appraisal score was ${fmt.num(rob.meanScore)} of ${rob.items} (range ${rob.minScore()}–${rob.maxScore()}; the score is the number of items<#rt>
 answered “yes”).
</#if>
<#if rob.hasOverall>
<#assign robOverall = rob.overallCounts()>
Overall, the risk of bias was <#list robOverall as c>${c.level.label?lower_case} in ${fmt.n(c.studies)} <#if c.studies == 1>study<#else>studies</#if><#rt>
<#if c?has_next><#if c?index + 2 == robOverall?size> and <#else>, </#if></#if></#list>.
</#if>

Table: **Table ${tables.number("risk-of-bias")}.** *<#if robJbi>Critical appraisal of the included studies (JBI checklist for randomized controlled<#rt>
 trials)<#else>Risk of bias of the included studies</#if>*

| Study |<#list rob.headings() as h> ${h} |</#list><#if robJbi> Score |</#if>
|:------|<#list rob.headings() as h>:---:|</#list><#if robJbi>---:|</#if>
<#list rob.studies as s>
| ${s.study} |<#list s.cells as cell> ${cell} |</#list><#if robJbi> ${s.score}/${rob.items} |</#if>
</#list>

<#if robJbi>
*Note.* Y = yes; N = no; U = unclear; NA = not applicable. Items: <#list rob.domains as d>${d.id}. ${d.description}<#sep> </#sep></#list>
<#else>
*Note.* <#list rob.domains as d><#if rob.tool == "generic">${d.label}<#else>${d.id}: ${d.description}</#if><#sep>; </#sep></#list>.
</#if>
<#list robFigures as f>

![Figure ${f.number}. ${f.caption}](${f.svgPath})
</#list>
