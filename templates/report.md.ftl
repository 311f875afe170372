<#-- metareport built-in manuscript template (Markdown). Templates only choose and format values: every
     number goes through fmt (APA 7), every ${...} is Markdown-escaped. Override by copying this file into the
     folder named by report.templates in the spec. -->
# ${results.title}

<#if results.authors?has_content>
${results.authors?join(", ")}

</#if>
<#if changes??>
${changes}

</#if>
## Methods

Effect sizes were ${results.measureName} (metafor measure ${results.measure})<#if results.measureDirection()?has_content>,
${results.measureDirection()}</#if>.<#if results.scale.transformed()> Pooled estimates with their confidence and prediction intervals<#rt>
 are reported as ${results.scale.name}s (${results.scale.transformName()} of the ${results.scale.analysis}, as metafor's transf);<#rt>
 model coefficients, tests and heterogeneity statistics are on the ${results.scale.analysis} scale.</#if>

<#include "methods-analysis.md.ftl">

All analyses were run with metareport ${results.toolVersion}; every number below is reproducible from the
spec and data listed in the provenance manifest (`manifest.json`).

## Results

<#if prisma??>
### Study selection

<#include "prisma.md.ftl">

</#if>
<#if characteristics??>
### Characteristics of included studies

<#include "characteristics.md.ftl">

</#if>
<#if rob??>
### Risk of bias

<#include "risk-of-bias.md.ftl">

</#if>
<#list results.analyses as a>
<#include "analysis.md.ftl">

</#list>
<#assign biased = results.analyses?filter(x -> x.bias??)>
<#if biased?has_content>
## Publication bias

<#list biased as a>
<#include "bias.md.ftl">
</#list>
</#if>
<#assign sensitive = results.analyses?filter(x -> x.sensitivity??)>
<#if sensitive?has_content>
## Sensitivity analyses

<#list sensitive as a>
<#include "sensitivity.md.ftl">
</#list>
</#if>
<#if results.claims?has_content>
<#include "claims.md.ftl">

</#if>
<#if provenance??>
<#include "provenance.md.ftl">
</#if>
<#if results.warnings?has_content>
## Notes

<#list results.warnings as w>
- ${w}
</#list>
</#if>
