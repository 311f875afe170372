# ${results.title}

<#include "../analysis.yaml" parse=false>
