<#-- The results subsection of one analysis. Statistical symbols are italic (APA 7). -->
<#assign stat = (a.test == "z")?then("z", "t")>
<#assign avg = a.interceptOnly() && results.scale.transformed()>
### ${a.heading()}

<#if a.model == ModelKind.RVE>
<#assign c = a.coefficients[0]>
Robust variance estimation (${a.method} weights<#if a.rho??>, *ρ* = ${fmt.num(a.rho)}</#if>, small-sample corrections) gave<#rt>
<#if a.interceptOnly()> a pooled <#rt>
<#if results.scale.transformed()>${results.scale.name} of ${results.scale.symbol} = <#else>estimate of </#if><#rt>
${est.num(c.estimate)}, ${fmt.num(a.level, 0)}% CI ${est.ci(c.ciLower, c.ciUpper)},<#rt>
 *t*(${fmt.dof(c.df)}) = ${fmt.num(c.statistic)}, ${fmt.ptext(c.p)}<#else> the coefficients below</#if><#rt>
 (*k* = ${fmt.n(a.k)} effect sizes from ${fmt.n(a.nClusters)} studies)<#rt>
<#if a.heterogeneity.tau2??>; *τ*² = ${fmt.num(a.heterogeneity.tau2)}, *I*² = ${fmt.pct(a.heterogeneity.i2)}</#if>.
<#elseif a.interceptOnly() && a.prediction??>
<#assign c = a.coefficients[0]>
<#assign pr = a.prediction>
The pooled <#if results.scale.transformed()>${results.scale.name} was ${results.scale.symbol} = <#else>estimate was </#if><#rt>
${est.num(c.estimate)}, ${fmt.num(a.level, 0)}% CI ${est.ci(c.ciLower, c.ciUpper)},<#rt>
 *${stat}*<#if c.df??>(${fmt.dof(c.df)})</#if> = ${fmt.num(c.statistic)}, ${fmt.ptext(c.p)}<#rt>
 (*k* = ${fmt.n(a.k)} effect sizes from ${fmt.n(a.nClusters)} studies).
<#if a.model == ModelKind.MULTILEVEL>
Heterogeneity was ${fmt.heterogeneityWord(a.heterogeneity.i2)}: *Q*(${fmt.n(a.heterogeneity.qDf)}) = ${fmt.num(a.heterogeneity.q)},<#rt>
 ${fmt.ptext(a.heterogeneity.qP)}, total *I*² = ${fmt.pct(a.heterogeneity.i2)}<#rt>
<#list a.heterogeneity.sigma2 as s2>; *σ*²<sub>${s2?index + 1}</sub> (${a.heterogeneity.levels[s2?index]}) = ${fmt.num(s2)},<#rt>
 *I*² = ${fmt.pct(a.heterogeneity.i2Levels[s2?index])}</#list>.
The ${fmt.num(a.level, 0)}% prediction interval was ${est.ci(pr.lower, pr.upper)}.
<#elseif a.model != ModelKind.FIXED>
Heterogeneity was ${fmt.heterogeneityWord(a.heterogeneity.i2)}: *Q*(${fmt.n(a.heterogeneity.qDf)}) = ${fmt.num(a.heterogeneity.q)},<#rt>
 ${fmt.ptext(a.heterogeneity.qP)}, *τ*² = ${fmt.num(a.heterogeneity.tau2)}, *I*² = ${fmt.pct(a.heterogeneity.i2)}.
The ${fmt.num(a.level, 0)}% prediction interval was ${est.ci(pr.lower, pr.upper)}.
<#else>
Heterogeneity: *Q*(${fmt.n(a.heterogeneity.qDf)}) = ${fmt.num(a.heterogeneity.q)}, ${fmt.ptext(a.heterogeneity.qP)}, *I*² = ${fmt.pct(a.heterogeneity.i2)}.
</#if>
<#else>
The model included *k* = ${fmt.n(a.k)} effect sizes from ${fmt.n(a.nClusters)} studies.
<#if a.moderatorTest??>
<#assign m = a.moderatorTest>
Test of moderators: <#if m.df2??>*F*(${fmt.n(m.df1)}, ${fmt.dof(m.df2)})<#else>*Q*<sub>M</sub>(${fmt.n(m.df1)})</#if> = ${fmt.num(m.value)},<#rt>
 ${fmt.ptext(m.p)}<#if m.r2??>; *R*² = ${fmt.pct(m.r2)}</#if>.
</#if>
Residual heterogeneity: *Q*<sub>E</sub>(${fmt.n(a.heterogeneity.qDf)}) = ${fmt.num(a.heterogeneity.q)}, ${fmt.ptext(a.heterogeneity.qP)}<#rt>
<#if a.heterogeneity.tau2??>, *τ*² = ${fmt.num(a.heterogeneity.tau2)}</#if>, *I*² = ${fmt.pct(a.heterogeneity.i2)}.
</#if>

Table: **Table ${tables.number("coefficients", a.id)}.** *Model coefficients of analysis “${a.heading()}”<#rt>
 (${stat} tests, ${fmt.num(a.level, 0)}% CI<#if results.scale.transformed()>; coefficients on the ${results.scale.analysis} scale</#if>)*

| Term | Estimate | *SE* | *${stat}* | *df* | *p* | ${fmt.num(a.level, 0)}% CI |<#if avg> ${results.scale.symbol} [${fmt.num(a.level, 0)}% CI] |</#if>
|:-----|---------:|---:|---:|---:|---:|:------:|<#if avg>:------:|</#if>
<#list a.coefficients as c>
| ${c.term} | ${fmt.num(c.estimate)} | ${fmt.num(c.se)} | ${fmt.num(c.statistic)} | ${fmt.dof(c.df)} | ${fmt.p(c.p)} |<#rt>
 ${fmt.ci(c.ciLower, c.ciUpper)} |<#if avg> ${est.num(c.estimate)} ${est.ci(c.ciLower, c.ciUpper)} |</#if>
</#list>
<#include "multilevel.md.ftl">
<#list figures as f><#if f.analysis == a.id && f.kind == "forest">

![Figure ${f.number}. ${f.caption}](${f.svgPath})
</#if></#list>
<#list figures as f><#if f.analysis == a.id
        && (f.kind == "bubble" || f.kind == "orchard" || f.kind == "baujat" || f.kind == "gosh")>

![Figure ${f.number}. ${f.caption}](${f.svgPath})
</#if></#list>
<#list a.warnings as w>

Note: ${w}
</#list>
