<#-- Variance components, cluster-robust tests, marginal means and subgroups of one analysis (when present). -->

<#assign h = a.heterogeneity>
<#if h.sigma2??>
Table: **Table ${tables.number("variance", a.id)}.** *Variance components of “${a.heading()}”<#rt>
<#if a.model == ModelKind.MULTILEVEL> and the share of total variance at each level (I², metafor's multilevel method)</#if>*

| Level | Variance | <#if h.i2Levels??>*I*²</#if> |
|:--|--:|--:|
<#list h.sigma2 as s2>
| ${h.levels[s2?index]} | ${fmt.num(s2, 4)} | <#if h.i2Levels??>${fmt.pct(h.i2Levels[s2?index])}</#if> |
</#list>
<#if h.i2??>| Total | | ${fmt.pct(h.i2)} |
</#if>

</#if>
<#if a.robust??>
<#assign r = a.robust>
<#assign avg = a.interceptOnly() && results.scale.transformed()>
Table: **Table ${tables.number("robust", a.id)}.** *Cluster-robust (${r.type}) tests of “${a.heading()}”,<#rt>
 ${r.df} degrees of freedom, ${fmt.n(r.clusters)} study clusters*

| Term | Estimate | *SE* | *t* | *df* | *p* | ${fmt.num(a.level, 0)}% CI |<#if avg> ${results.scale.symbol} [${fmt.num(a.level, 0)}% CI] |</#if>
|:-----|---------:|---:|---:|---:|---:|:------:|<#if avg>:------:|</#if>
<#list r.coefficients as c>
| ${c.term} | ${fmt.num(c.estimate)} | ${fmt.num(c.se)} | ${fmt.num(c.statistic)} | ${fmt.dof(c.df)} | ${fmt.p(c.p)} |<#rt>
 ${fmt.ci(c.ciLower, c.ciUpper)} |<#if avg> ${est.num(c.estimate)} ${est.ci(c.ciLower, c.ciUpper)} |</#if>
</#list>
<#list r.waldTests as w>

The moderator ${w.moderator} as a whole (${w.test} Wald test): *F*(${fmt.n(w.df1)}, ${fmt.dof(w.df2)}) = ${fmt.num(w.statistic)}, ${fmt.ptext(w.p)}.
</#list>

</#if>
<#if a.marginalMeans?has_content>
Table: **Table ${tables.number("marginal-means", a.id)}.** *Marginal means of “${a.heading()}” by ${a.marginalMeans[0].moderator}<#rt>
 (<@heldAt a.held a.centered/>; CR2 tests)*

| Level | *k* | <#if results.scale.transformed()>${results.scale.symbol}<#else>Mean</#if> | *SE*${results.scale.seNote()} |<#rt>
 *df* | *p* | ${fmt.num(a.level, 0)}% CI |
|:--|--:|--:|--:|--:|--:|:--:|
<#list a.marginalMeans as m>
| ${m.level} | ${fmt.n(m.k)} | ${est.num(m.estimate)} | ${fmt.num(m.se)} | ${fmt.dof(m.df)} | ${fmt.p(m.p)} | ${est.ci(m.ciLower, m.ciUpper)} |
</#list>

</#if>
<#if a.subgroups?has_content && a.interceptOnly()>
Table: **Table ${tables.number("subgroups", a.id)}.** *Subgroup analyses of “${a.heading()}”: the same model within each level<#rt>
<#if a.subgroups[0].analysis.robust??> (${a.subgroups[0].analysis.robust.type} tests)</#if>*

| Subgroup | *k* | Studies | ${results.scale.heading()} | ${fmt.num(a.level, 0)}% CI | *p* | *I*² |
|:--|--:|--:|--:|:--:|--:|--:|
<#list a.subgroups as g>
<#assign sa = g.analysis>
<#assign c = (sa.robust??)?then(sa.robust.coefficients[0], sa.coefficients[0])>
| ${g.level} | ${fmt.n(sa.k)} | ${fmt.n(sa.nClusters)} | ${est.num(c.estimate)} | ${est.ci(c.ciLower, c.ciUpper)} | ${fmt.p(c.p)} |<#rt>
 ${fmt.pct(sa.heterogeneity.i2)} |
</#list>
</#if>
<#if a.subgroups?has_content && !a.interceptOnly()>
<#-- A meta-regression within each level: its coefficients, not its intercept as the subgroup's estimate. -->
Table: **Table ${tables.number("subgroups", a.id)}.** *Subgroup meta-regressions of “${a.heading()}”: the moderator model within each level<#rt>
<#if a.subgroups[0].analysis.robust??> (${a.subgroups[0].analysis.robust.type} tests)</#if>; coefficients on the ${results.scale.analysis} scale.<#rt>
 The intercept is the expected effect where the moderators are <#if a.centered>at their means<#else>0 (or at their reference levels)</#if>,<#rt>
 not the subgroup's average effect*

| Subgroup | *k* | Studies | Term | Estimate | *SE* | *p* | ${fmt.num(a.level, 0)}% CI | Residual *I*² |
|:--|--:|--:|:--|--:|--:|--:|:--:|--:|
<#list a.subgroups as g>
<#assign sa = g.analysis>
<#list (sa.robust??)?then(sa.robust.coefficients, sa.coefficients) as c>
<#if c?is_first>
| ${g.level} | ${fmt.n(sa.k)} | ${fmt.n(sa.nClusters)} | ${c.term} | ${fmt.num(c.estimate)} | ${fmt.num(c.se)} | ${fmt.p(c.p)} |<#rt>
 ${fmt.ci(c.ciLower, c.ciUpper)} | ${fmt.pct(sa.heterogeneity.i2)} |
<#else>
| | | | ${c.term} | ${fmt.num(c.estimate)} | ${fmt.num(c.se)} | ${fmt.p(c.p)} | ${fmt.ci(c.ciLower, c.ciUpper)} | |
</#if>
</#list>
</#list>
</#if>
<#if a.subgroups?has_content>
<#if a.betweenSubgroups??>
<#assign w = a.betweenSubgroups>

Test of the difference between subgroups<#if !a.interceptOnly()>, adjusted for the moderators<#rt>
 (the subgroup column added to the moderator model)</#if> (${w.test}): <#if w.df2??><#rt>
*F*(${fmt.n(w.df1)}, ${fmt.dof(w.df2)})<#else>*Q*<sub>M</sub>(${fmt.n(w.df1)})<#rt>
</#if> = ${fmt.num(w.statistic)}, ${fmt.ptext(w.p)}.
</#if>

</#if>
<#-- Where the marginal means held the other moderators, as results' HeldAt records it. -->
<#macro heldAt h centered>other moderators <#if h.others == "reference">at their reference levels (numeric ones at 0)<#rt>
<#elseif h.others == "all_rows_means" || (centered && h.centerAt == "all_rows")>at their means over all rows<#rt>
<#else>at their means</#if><#list h.at as column, value>, ${column} at ${value}</#list></#macro>
