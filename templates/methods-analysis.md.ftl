<#-- One sentence per analysis for the Methods section: the model, how its coefficients were tested, then the options.
     A line ending in <#rt> continues on the next line (the line break is not written). -->
<#macro methodsModel a>
<#if a.model == ModelKind.FIXED>
The analysis "${a.id}" pooled the effects with a ${fmt.method(a.method)}<#rt>
<#elseif a.model == ModelKind.MULTILEVEL>
The analysis "${a.id}" fitted a ${a.heterogeneity.sigma2?size + 1}-level random-effects model<#rt>
 (effect sizes nested in ${a.heterogeneity.levels?join(", ")}) by ${fmt.method(a.method)},<#rt>
 with sampling errors within a study correlated at an assumed *ρ* = ${fmt.num(a.rho)}<#rt>
<#elseif a.model == ModelKind.RVE>
The analysis "${a.id}" used robust variance estimation with ${a.method} weights<#rt>
<#if a.rho??> (assumed *ρ* = ${fmt.num(a.rho)})</#if> and small-sample corrections<#rt>
<#else>
The analysis "${a.id}" fitted a ${a.model}-effects model<#if a.moderators?has_content> (meta-regression)</#if><#rt>
 with the ${fmt.method(a.method)} of the between-study variance τ²<#rt>
</#if>
</#macro>
<#macro methodsTests a>
<#if a.model != ModelKind.RVE>
; coefficients were tested with <#if a.test == "z">z tests<#elseif a.test == "t">t tests (df = k − p)<#rt>
<#else>the Knapp–Hartung method (t tests with df = k − p)</#if><#rt>
</#if>
</#macro>
<#macro methodsOptions a>
<#if a.robust??>
, and with cluster-robust ${a.robust.type} standard errors and ${a.robust.df} degrees of freedom<#rt>
 on the ${fmt.n(a.robust.clusters)} studies<#rt>
</#if>
, with ${fmt.num(a.level, 0)}% confidence intervals<#rt>
<#if a.moderators?has_content>
; moderators: ${a.moderators?join(", ")}<#if a.centered> (grand-mean centred, including 0/1 indicators)</#if><#rt>
</#if>
<#if a.subgroups?has_content>
; the same model was also fitted within each subgroup<#rt>
</#if>
</#macro>
<@methodsModel a/><@methodsTests a/><@methodsOptions a/>.