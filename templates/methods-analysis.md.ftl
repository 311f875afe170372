<#-- The analyses in the Methods section: the settings most analyses share, stated once (methods.shared), then the
     analyses grouped by how they depart from them (methods.groups, decided in Java by MethodSettings), each group
     once, with what each analysis adds (moderators, subgroups, marginal means). The words are the macros below. -->
<#macro model m levels><#if m == "fixed">a fixed-effect (inverse-variance) model<#rt>
<#elseif m == "multilevel">a ${levels?size + 1}-level random-effects model (effect sizes nested in ${levels?join(", ")})<#rt>
<#elseif m == "rve">robust variance estimation with small-sample corrections<#else>a random-effects model</#if></#macro>
<#macro method x m><#if x == "CORR">correlated-effects (CORR) weights<#elseif x == "HIER">hierarchical-effects (HIER) weights<#rt>
<#else>the ${fmt.method(x)}<#if x != "FE"> of the <#rt>
<#if m?starts_with("multilevel")>variance components<#else>between-study variance τ²</#if></#if></#if></#macro>
<#macro rho x>sampling errors within a study correlated at an assumed *ρ* = ${fmt.num(x)}</#macro>
<#macro test x><#if x == "z">z tests<#elseif x == "t">t tests (df = k − p)<#else>the Knapp–Hartung method (t tests with df = k − p)</#if></#macro>
<#macro robust type df>cluster-robust ${type} standard errors with ${df} degrees of freedom</#macro>
<#macro level x>${fmt.num(x, 0)}% confidence intervals</#macro>
<#macro content x d><#list d.content() as c><#if c == "moderators">moderators ${x.moderators?join(", ")}<#rt>
<#elseif c == "centered"><#if x.centered><#if x.held.defaultCentre()>grand-mean centred<#else><@centredAt x.held/></#if><#rt>
<#else>not centred</#if><#rt>
<#elseif c == "subgroups">the same model within each subgroup<#rt>
<#elseif c == "marginal_means">marginal means by ${x.marginalMeans[0].moderator}</#if><#sep>, </#sep></#list></#macro>
<#macro centredAt h>centred at their means over <#if h.centerAt == "all_rows">all rows<#else>the analysed rows</#if><#rt>
<#list h.centerValues as column, value>, ${column} at ${value}</#list></#macro>
<#assign sh = methods.shared>
<#if results.analyses?size == 1>The analysis<#elseif methods.uniform>All analyses<#else>Unless stated otherwise, the analyses</#if><#rt>
 used <@model m=sh.model levels=sh.levels![]/><#if sh.has("method")> with <@method x=sh.method m=sh.model/></#if><#rt>
<#if sh.has("rho")>, with <@rho sh.rho/></#if><#if sh.has("test")>; coefficients were tested with <@test sh.test/></#if><#rt>
<#if sh.has("robust")> and <@robust type=sh.robust df=sh.robustDf/> on the studies</#if>, with <@level sh.level/><#rt>
<#if sh.has("centered")>; moderators were <#if sh.centered?is_boolean>grand-mean centred<#else><@centredAt sh.centered/></#if><#rt>
 (numeric ones and the 0/1 indicators of categorical ones)</#if>.<#rt>
<#if results.analyses?size == 1 && methods.analyses[0].content()?has_content><#rt>
 It had <@content x=results.analyses[0] d=methods.analyses[0]/>.</#if>
<#if results.analyses?size gt 1>

<#list methods.groups as g>
<#assign x = g.first()>
- <#list g.members as d>**${d.analysis.heading()}**<#sep>, </#sep></#list>: <#rt>
<#if g.differs?has_content><#list g.differs as c><#rt>
<#if c == "model"><@model m=x.model?string levels=x.heterogeneity.levels![]/><#rt>
<#elseif c == "method"><@method x=x.method m=x.model/><#rt>
<#elseif c == "rho">*ρ* = ${fmt.num(x.rho)}<#rt>
<#elseif c == "test"><@test x.test/><#rt>
<#elseif c == "robust"><#if x.robust??><@robust type=x.robust.type df=x.robust.df/><#else>no cluster-robust adjustment</#if><#rt>
<#elseif c == "level"><@level x.level/></#if><#sep>; </#sep></#list><#else>as stated</#if><#rt>
<#assign adding = g.members?filter(d -> d.content()?has_content)><#rt>
<#if g.members?size == 1 && adding?has_content>; <@content x=x d=adding[0]/><#rt>
<#elseif adding?has_content> (<#list adding as d>${d.analysis.heading()}: <@content x=d.analysis d=d/><#sep>; </#sep></#list>)</#if>.
</#list>
</#if>
