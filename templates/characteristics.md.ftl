<#-- Characteristics of the included studies: a summary paragraph and the table, one row per study. Variables:
     characteristics (a CharacteristicsResult), tables (their numbers), fmt. -->
<#assign ch = characteristics>
The review included *k* = ${fmt.n(ch.k)} <#if ch.k == 1>study<#else>studies</#if> (Table ${tables.number("characteristics")}).
<#list ch.columns as col>
<#if col.summary == "total">
${col.label}: ${fmt.n(col.total)} in all (range ${col.minText}–${col.maxText} per study<#if col.studies lt ch.k>; given for ${fmt.n(col.studies)}<#rt>
 studies</#if>).
<#elseif col.summary == "range">
${col.label}: ${col.minText}–${col.maxText}<#if col.studies lt ch.k> (given for ${fmt.n(col.studies)} studies)</#if>.
<#elseif col.summary == "mean">
${col.label}: mean ${fmt.num(col.mean)} (range ${col.minText}–${col.maxText}<#if col.studies lt ch.k>; given for ${fmt.n(col.studies)} studies</#if>).
<#elseif col.summary == "counts" && col.levels?has_content>
${col.label}: <#list col.topLevels() as l>${l.value} (${fmt.n(l.studies)})<#sep>, </#sep></#list><#if col.otherLevels() gt 0>, and<#rt>
 ${fmt.n(col.otherLevels())} other <#if col.otherLevels() == 1>value<#else>values</#if></#if>.
</#if>
</#list>

Table: **Table ${tables.number("characteristics")}.** *Characteristics of the included studies*

| Study |<#list ch.columns as col> ${col.label} |</#list>
|:------|<#list ch.columns as col><#if col.numeric()>------:|<#else>:------|</#if></#list>
<#list ch.rows as row>
| ${row.study} |<#list row.cells as cell> ${cell} |</#list>
</#list>
<#if ch.warnings?has_content>

<#list ch.warnings as w>
*Note.* ${w}
</#list>
</#if>
