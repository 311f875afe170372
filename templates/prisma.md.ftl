<#-- Study selection: the PRISMA 2020 flow in a Methods-style paragraph, and its diagram. Variables: prisma (a
     PrismaResult), figures (drawn figures; the diagram has id "prisma"), fmt. Counts are APA (11,658). -->
<#assign pf = prisma>
<#assign pfFigure = figures?filter(f -> f.id == "prisma")>
<#macro pfAnd items><#list items as i>${i}<#if i?has_next><#if i?index + 2 == items?size> and <#else>, </#if></#if></#list></#macro>
<#macro pfReasons reasons unitemised=0><#if reasons?has_content || unitemised gt 0> (<#list reasons as r>${r.name}, *n* = ${fmt.n(r.n)}<#sep>; </#sep><#rt>
</#list><#if unitemised gt 0><#if reasons?has_content>; </#if>reason not reported, *n* = ${fmt.n(unitemised)}</#if>)</#if></#macro>
<#assign pfSources = []>
<#if pf.databases??><#assign pfSources = pfSources + [fmt.n(pf.databases.total) + " from databases"]></#if>
<#if pf.registers??><#assign pfSources = pfSources + [fmt.n(pf.registers.total) + " from registers"]></#if>
<#if pf.otherMethods??><#assign pfSources = pfSources + [fmt.n(pf.otherMethods.total) + " from other methods"]></#if>
<#assign pfRemoved = []>
<#if pf.duplicates??><#assign pfRemoved = pfRemoved + [fmt.n(pf.duplicates) + " duplicates"]></#if>
<#if pf.automationRemoved??><#assign pfRemoved = pfRemoved + [fmt.n(pf.automationRemoved) + " records marked as ineligible by automation tools"]></#if>
<#if pf.otherRemoved??><#assign pfRemoved = pfRemoved + [fmt.n(pf.otherRemoved) + " records removed for other reasons"]></#if>
The searches identified ${fmt.n(pf.identifiedAll())} records<#if pfSources?size gt 1> (<@pfAnd pfSources/>)</#if>; <#if pfRemoved?has_content>after<#rt>
 removing <@pfAnd pfRemoved/>, </#if>${fmt.n(pf.screened)} <#if !pf.otherMethodsMerged && pf.otherReports??>records from databases and registers<#rt>
 </#if>were screened by title and abstract, and ${fmt.n(pf.screenExcluded)} of them were excluded<@pfReasons pf.screenReasons/>.
<#if pf.sought??>
Of the ${fmt.n(pf.sought)} reports sought for retrieval, ${fmt.n(pf.notRetrieved!0)} could not be retrieved.
</#if>
Of the ${fmt.n(pf.assessed)} full texts assessed for eligibility, ${fmt.n(pf.fullTextExcluded)} were excluded<@pfReasons pf.fullTextReasons pf.unitemised/>.
<#if pf.otherReports??>
<#assign pfo = pf.otherReports>
Searching by other methods led to ${fmt.n(pfo.assessed)} further full texts, of which ${fmt.n(pfo.excluded)} were excluded<@pfReasons pfo.reasons/>.
</#if>
In all, ${fmt.n(pf.includedStudies)} <#if pf.includedStudies == 1>study<#else>studies</#if><#if pf.includedReports??> (${fmt.n(pf.includedReports)}<#rt>
 <#if pf.includedReports == 1>report<#else>reports</#if>)</#if> <#if pf.includedStudies == 1>was<#else>were</#if> included in the review<#rt>
<#if pfFigure?has_content> (Figure ${pfFigure[0].number})</#if>.
<#list pfFigure as f>

![Figure ${f.number}. ${f.caption}](${f.svgPath})
</#list>
