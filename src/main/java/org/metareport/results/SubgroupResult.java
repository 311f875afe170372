package org.metareport.results;

/** The same analysis fitted within one level of the subgroup column. */
public record SubgroupResult(String level, AnalysisResult analysis) {}
