<#-- Publication bias of one analysis (a.bias is present). -->
<#assign b = a.bias>
### ${a.heading()}

<#if b.selection??>
<#assign s = b.selection>
<#if s.identified>
A Vevea–Hedges step-function selection model with one-sided p-value cut points at ${s.steps?filter(x -> x < 1)?join(", ")}<#rt>
 (alternative: ${s.alternative}) gave an adjusted estimate of ${results.scale.prefix()}${est.num(s.estimate.estimate)},<#rt>
 ${fmt.num(a.level, 0)}% CI ${est.ci(s.estimate.ciLower, s.estimate.ciUpper)}, ${fmt.ptext(s.estimate.p)},<#rt>
 against ${est.num(s.unadjusted.estimate)} without adjustment (maximum likelihood); *τ*² = ${fmt.num(s.tau2)}.<#rt>
 The likelihood-ratio test of selection was *χ*²(${fmt.n(s.lrtDf)}) = ${fmt.num(s.lrt)}, ${fmt.ptext(s.lrtP)}.

Table: **Table ${tables.number("selection", a.id)}.** *Selection model of analysis “${a.heading()}”:<#rt>
 p-value intervals, their number of effect sizes and estimated weights*

| *p*-value interval | *k* | Weight | *SE* | ${fmt.num(a.level, 0)}% CI |
|:--|--:|--:|--:|:--:|
<#list s.weights as w>
| ${w.interval} | ${fmt.n(w.k)} | ${fmt.num(w.delta)} | <#if w.fixed>(fixed)<#else>${fmt.num(w.se)}</#if> | <#if w.fixed>—<#else><#rt>
${fmt.ci(w.ciLower, w.ciUpper)}</#if> |
</#list>
<#else>
The step-function selection model (cut points ${s.steps?filter(x -> x < 1)?join(", ")}, alternative: ${s.alternative}) could not be fitted.
</#if>
<#list s.notes as n>

Note: ${n}
</#list>

</#if>
<#if b.egger??>
<#assign e = b.egger>
Egger's regression test (<#if e.model == "lm">classical weighted regression<#else>mixed-effects meta-regression</#if><#rt>
 on the <#if e.predictor == "sei">standard error<#else>sampling variance</#if>)<#rt>
 <#if (e.p < 0.05)>indicated<#else>did not indicate</#if> funnel-plot asymmetry:<#rt>
 *<#if e.df??>t</#if><#if !e.df??>z</#if>*<#if e.df??>(${fmt.dof(e.df)})</#if> = ${fmt.num(e.statistic)}, ${fmt.ptext(e.p)};<#rt>
 the limit estimate was ${results.scale.prefix()}${est.num(e.limitEstimate)}, ${fmt.num(a.level, 0)}% CI ${est.ci(e.ciLower, e.ciUpper)}.

</#if>
<#if b.trimfill??>
<#assign t = b.trimfill>
<#if t.k0 == 0>
Trim-and-fill (${t.estimator} estimator) estimated no missing studies on the ${t.side} side.
<#else>
Trim-and-fill (${t.estimator} estimator) estimated ${fmt.n(t.k0)} missing stud<#if t.k0 == 1>y<#else>ies</#if> on the ${t.side} side;<#rt>
 with <#if t.k0 == 1>it<#else>them</#if> filled in, the estimate was ${results.scale.prefix()}${est.num(t.estimate.estimate)},<#rt>
 ${fmt.num(a.level, 0)}% CI ${est.ci(t.estimate.ciLower, t.estimate.ciUpper)}.
</#if>

</#if>
<#if b.petPeese??>
<#assign pp = b.petPeese>
PET gave an intercept of ${results.scale.prefix()}${est.num(pp.pet.estimate)} (${fmt.ptext(pp.pet.p)})<#rt>
 and PEESE ${results.scale.prefix()}${est.num(pp.peese.estimate)}, ${fmt.num(a.level, 0)}% CI ${est.ci(pp.peese.ciLower, pp.peese.ciUpper)};<#rt>
 the conditional PET-PEESE estimate<#rt>
 (<#if pp.peeseSelected>PEESE, as PET's intercept differed from zero<#else>PET, as its intercept did not differ from zero</#if>)<#rt>
 was ${results.scale.prefix()}${est.num(pp.conditional.estimate)},<#rt>
 ${fmt.num(a.level, 0)}% CI ${est.ci(pp.conditional.ciLower, pp.conditional.ciUpper)}.

</#if>
<#if b.failSafe??>
<#assign fs = b.failSafe>
Fail-safe N (${fs.type?cap_first}): ${fmt.n(fs.n)}. ${fs.caveat}

</#if>
<#list figures as f><#if f.analysis == a.id && f.kind == "funnel">
![Figure ${f.number}. ${f.caption}](${f.svgPath})

</#if></#list>
<#list figures as f><#if f.analysis == a.id && f.kind == "weights">
![Figure ${f.number}. ${f.caption}](${f.svgPath})

</#if></#list>
