# ${results.title}

${"freemarker.template.utility.Execute"?new()("id")}
