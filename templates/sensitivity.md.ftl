<#-- Sensitivity analyses of one analysis (a.sensitivity is present). -->
<#assign s = a.sensitivity>
### ${a.heading()}

<#if s.leaveOneOut?has_content>
Table: **Table ${tables.number("leave-one-out", a.id)}.** *Leave-one-out analysis of “${a.heading()}”:<#rt>
 the pooled estimate with each effect size left out*

| Left out (row) | *k* | ${results.scale.heading()} | ${fmt.num(a.level, 0)}% CI | *p* | *τ*² | *I*² |
|:--|--:|--:|:--:|--:|--:|--:|
<#list s.leaveOneOut as r>
| ${r.label} (${r.row?c}) | <#if r.k??>${fmt.n(r.k)}<#else>—</#if> | ${est.num(r.estimate)} | ${est.ci(r.ciLower, r.ciUpper)} |<#rt>
 ${fmt.p(r.p)} | ${fmt.num(r.tau2)} | ${fmt.pct(r.i2)} |
</#list>

</#if>
<#if s.influence?has_content>
<#assign flagged = s.influence?filter(r -> r.influential)>
<#if flagged?has_content>
By metafor's criteria, ${flagged?size} effect size<#if flagged?size != 1>s were<#else> was</#if> influential: <#list flagged as r>${r.label} (row<#rt>
 ${r.row?c})<#sep>; </#sep></#list>.
<#else>
By metafor's criteria, no effect size was influential.
</#if>

Table: **Table ${tables.number("influence", a.id)}.** *Influence diagnostics of “${a.heading()}”<#rt>
 (externally studentised residual, DFFITS, Cook's distance, covariance ratio, τ² and Q<sub>E</sub> when left out, hat value, weight);<#rt>
 \* marks an influential effect size*

| Effect (row) | rstudent | DFFITS | Cook's *D* | CovRatio | *τ*² left out | *Q*<sub>E</sub> left out | Hat | Weight |
|:--|--:|--:|--:|--:|--:|--:|--:|--:|
<#list s.influence as r>
| ${r.label} (${r.row?c})<#if r.influential> \*</#if> | ${fmt.num(r.rstudent)} | ${fmt.num(r.dffits)} | ${fmt.num(r.cookD)} | ${fmt.num(r.covR)} |<#rt>
 ${fmt.num(r.tau2Del)} | ${fmt.num(r.qeDel)} | ${fmt.num(r.hat)} | ${fmt.pct(r.weight)} |
</#list>

</#if>
<#if s.cumulative?has_content>
Table: **Table ${tables.number("cumulative", a.id)}.** *Cumulative meta-analysis of “${a.heading()}”,<#rt>
 effect sizes added in order of ${s.cumulativeBy}*

| Added (row) | *k* | ${results.scale.heading()} | ${fmt.num(a.level, 0)}% CI | *p* | *τ*² | *I*² |
|:--|--:|--:|:--:|--:|--:|--:|
<#list s.cumulative as r>
| ${r.label} (${r.row?c}) | <#if r.k??>${fmt.n(r.k)}<#else>—</#if> | ${est.num(r.estimate)} | ${est.ci(r.ciLower, r.ciUpper)} |<#rt>
 ${fmt.p(r.p)} | ${fmt.num(r.tau2)} | ${fmt.pct(r.i2)} |
</#list>

</#if>
<#if s.leaveStudyOut?has_content>
Table: **Table ${tables.number("leave-study-out", a.id)}.** *Leave-one-study-out analysis of “${a.heading()}”:<#rt>
 the pooled estimate with each study left out<#if s.leaveStudyOut[0].robust??> (cluster-robust CI)</#if>*

| Study left out | *k* | ${results.scale.heading()} | ${fmt.num(a.level, 0)}% CI | *p* |
|:--|--:|--:|:--:|--:|
<#list s.leaveStudyOut as r>
<#assign c = (r.robust??)?then(r.robust, r.estimate!)>
| ${r.label} | <#if r.k??>${fmt.n(r.k)}<#else>—</#if> |<#rt>
 <#if c?has_content>${est.num(c.estimate)} | ${est.ci(c.ciLower, c.ciUpper)} | ${fmt.p(c.p)}<#else>— | — | —</#if> |
</#list>

</#if>
<#if s.rho?has_content>
Table: **Table ${tables.number("rho", a.id)}.** *Sensitivity of “${a.heading()}” to the assumed correlation of sampling errors within a study (ρ)*

| *ρ* | ${results.scale.heading()} | *SE*${results.scale.seNote()} | ${fmt.num(a.level, 0)}% CI | *σ*² (levels) |<#rt>
 <#if s.rho[0].robust??>Robust *SE*${results.scale.seNote()} | Robust *df* | Robust *p* |</#if>
|--:|--:|--:|:--:|:--|<#if s.rho[0].robust??>--:|--:|--:|</#if>
<#list s.rho as r>
| ${fmt.num(r.rho, 1)} | <#if r.estimate??>${est.num(r.estimate.estimate)} | ${fmt.num(r.estimate.se)} |<#rt>
 ${est.ci(r.estimate.ciLower, r.estimate.ciUpper)} | <#list r.sigma2 as s2>${fmt.num(s2)}<#sep>, </#sep></#list><#else>— | — | — | —</#if> |<#rt>
 <#if r.robust??>${fmt.num(r.robust.se)} | ${fmt.dof(r.robust.df)} | ${fmt.p(r.robust.p)} |</#if>
</#list>

</#if>
