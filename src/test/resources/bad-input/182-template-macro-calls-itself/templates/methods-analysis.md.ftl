<#-- a macro that calls itself: must stop with a located error, not a stack overflow -->
<#macro section n>
## Section ${n}
<@section n + 1/>
</#macro>
<@section 1/>
