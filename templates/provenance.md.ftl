<#-- Appendix: where the numbers come from. -->
## Appendix: provenance

Every number in this report was computed by metareport ${results.toolVersion} from the files below; their SHA-256
hashes identify the exact versions used. `manifest.json` beside this report also records the command, the
software's and the data's git commits, and the hash of every output; `metareport verify` re-runs the analysis and
compares.

Table: **Table ${tables.number("inputs")}.** *Input files*

| Role | File | Size (bytes) | SHA-256 |
|:--|:--|--:|:--|
<#list provenance.inputs as i>
| ${i.role} | ${i.path} | ${fmt.n(i.size)} | `${i.sha256}` |
</#list>

<#if effectSources?? && effectSources?has_content>
Table: **Table ${tables.number("effect-sources")}.** *Effect-size sources: where each effect size came from (rows of the effects file)*

| Source | Effect sizes | Rows |
|:--|--:|:--|
<#list effectSources as s>
| ${s.source} | ${fmt.n(s.count)} | ${s.rows} |
</#list>

</#if>
Table: **Table ${tables.number("method-card")}.** *Method card: the analysis as run, every default filled in*

| Setting | Value |
|:--|:--|
<#list provenance.settings as s>
| ${s.key} | ${s.value} |
</#list>
