package org.metareport.results;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the systematic-review blocks of {@code results.json}: {@code "prisma"}, {@code "risk_of_bias"} and
 * {@code "characteristics"}, with a generator from {@link ResultsJson#generator}. Each method writes one field (its
 * name and value, {@code null} when the block is absent) into the object the generator is in; field names are the
 * contract's and are spelled out here.
 */
public final class ReviewJson {
    private ReviewJson() {}

    /**
     * {@code "prisma": {"identified": 11658, "duplicates": 4019, "screened": 7639, "full_text": 761, "included": 17,
     * "warnings": [...], ...}}: the contract's fields first, then every other box.
     */
    public static void prisma(JsonGenerator g, PrismaResult p) throws IOException {
        if (p == null) {
            g.writeNullField("prisma");
            return;
        }
        g.writeObjectFieldStart("prisma");
        g.writeNumberField("identified", p.identified());
        count(g, "duplicates", p.duplicates());
        g.writeNumberField("screened", p.screened());
        g.writeNumberField("full_text", p.assessed());
        g.writeNumberField("included", p.includedStudies());
        ResultsJson.strings(g, "warnings", p.warnings());
        route(g, "databases", p.databases());
        route(g, "registers", p.registers());
        route(g, "other_methods", p.otherMethods());
        g.writeBooleanField("other_methods_merged", p.otherMethodsMerged());
        count(g, "automation_removed", p.automationRemoved());
        count(g, "other_removed", p.otherRemoved());
        g.writeNumberField("removed", p.removed());
        g.writeNumberField("screen_excluded", p.screenExcluded());
        counts(g, "screen_excluded_reasons", p.screenReasons());
        count(g, "sought", p.sought());
        count(g, "not_retrieved", p.notRetrieved());
        g.writeNumberField("assessed", p.assessed());
        g.writeNumberField("full_text_excluded", p.fullTextExcluded());
        counts(g, "full_text_excluded_reasons", p.fullTextReasons());
        g.writeNumberField("full_text_unitemised", p.unitemised());
        g.writeNumberField("included_studies", p.includedStudies());
        count(g, "included_reports", p.includedReports());
        PrismaResult.OtherReports o = p.otherReports();
        if (o == null) {
            g.writeNullField("other_methods_reports");
        } else {
            g.writeObjectFieldStart("other_methods_reports");
            count(g, "sought", o.sought());
            count(g, "not_retrieved", o.notRetrieved());
            g.writeNumberField("assessed", o.assessed());
            g.writeNumberField("excluded", o.excluded());
            counts(g, "excluded_reasons", o.reasons());
            g.writeNumberField("included", o.included());
            g.writeEndObject();
        }
        ResultsJson.strings(g, "derived", p.derived());
        g.writeEndObject();
    }

    /**
     * {@code "risk_of_bias": {"tool": "jbi-rct", "items": 13, "mean_score": 9.29, "studies": [{"study": ...,
     * "score": 10, "judgements": {"1": "yes", ...}}], ...}}.
     */
    public static void riskOfBias(JsonGenerator g, RiskOfBiasResult r) throws IOException {
        if (r == null) {
            g.writeNullField("risk_of_bias");
            return;
        }
        g.writeObjectFieldStart("risk_of_bias");
        g.writeStringField("tool", r.tool());
        integer(g, "items", r.items());
        ResultsJson.number(g, "mean_score", r.meanScore());
        g.writeArrayFieldStart("studies");
        for (RiskOfBiasResult.Study s : r.studies()) {
            g.writeStartObject();
            g.writeStringField("study", s.study());
            g.writeNumberField("row", s.row());
            integer(g, "score", s.score());
            integer(g, "applicable", s.applicable());
            g.writeObjectFieldStart("judgements");
            for (Map.Entry<String, String> e : s.judgements().entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeStringField("overall", s.overall());
            ResultsJson.number(g, "weight", s.weight());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("tool_name", r.toolName());
        g.writeArrayFieldStart("domains");
        for (RiskOfBiasResult.Domain d : r.domains()) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("label", d.label());
            g.writeStringField("description", d.description());
            g.writeStringField("column", d.column());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("has_overall", r.hasOverall());
        ResultsJson.strings(g, "levels", r.levels().stream().map(RiskOfBiasResult.Level::code).toList());
        g.writeStringField("weight", r.weightColumn());
        g.writeArrayFieldStart("summary");
        for (RiskOfBiasResult.DomainSummary d : r.summary()) {
            g.writeStartObject();
            g.writeStringField("domain", d.domain());
            g.writeObjectFieldStart("counts");
            for (Map.Entry<String, Integer> e : d.counts().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeObjectFieldStart("proportions");
            for (Map.Entry<String, Double> e : d.proportions().entrySet()) ResultsJson.number(g, e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        ResultsJson.strings(g, "warnings", r.warnings());
        g.writeEndObject();
    }

    /**
     * {@code "characteristics": {"k": 17, "columns": [{"name": "N", "kind": "number", "min": ..., "total": ...}],
     * "studies": [{"study": ..., "cells": {"N": "120"}}], "warnings": [...]}}.
     */
    public static void characteristics(JsonGenerator g, CharacteristicsResult c) throws IOException {
        if (c == null) {
            g.writeNullField("characteristics");
            return;
        }
        g.writeObjectFieldStart("characteristics");
        g.writeNumberField("k", c.k());
        g.writeArrayFieldStart("columns");
        for (CharacteristicsResult.Column col : c.columns()) {
            g.writeStartObject();
            g.writeStringField("name", col.name());
            g.writeStringField("label", col.label());
            g.writeStringField("kind", col.kind());
            g.writeStringField("summary", col.summary());
            g.writeNumberField("studies", col.studies());
            ResultsJson.number(g, "min", col.min());
            ResultsJson.number(g, "max", col.max());
            ResultsJson.number(g, "mean", col.mean());
            ResultsJson.number(g, "total", col.total());
            g.writeArrayFieldStart("levels");
            for (CharacteristicsResult.Level l : col.levels()) {
                g.writeStartObject();
                g.writeStringField("value", l.value());
                g.writeNumberField("studies", l.studies());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("varying", col.varying());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("studies");
        for (CharacteristicsResult.Row row : c.rows()) {
            g.writeStartObject();
            g.writeStringField("study", row.study());
            g.writeObjectFieldStart("cells");
            for (int i = 0; i < c.columns().size(); i++) g.writeStringField(c.columns().get(i).name(), row.cells().get(i));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        ResultsJson.strings(g, "warnings", c.warnings());
        g.writeEndObject();
    }

    private static void route(JsonGenerator g, String name, PrismaResult.Route r) throws IOException {
        if (r == null) {
            g.writeNullField(name);
            g.writeNullField(name + "_by_source");
            return;
        }
        g.writeNumberField(name, r.total());
        counts(g, name + "_by_source", r.sources());
    }

    private static void counts(JsonGenerator g, String name, List<PrismaResult.Count> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (PrismaResult.Count c : counts) g.writeNumberField(c.name(), c.n());
        g.writeEndObject();
    }

    private static void count(JsonGenerator g, String name, Long n) throws IOException {
        if (n == null) g.writeNullField(name);
        else g.writeNumberField(name, n.longValue());
    }

    private static void integer(JsonGenerator g, String name, Integer n) throws IOException {
        if (n == null) g.writeNullField(name);
        else g.writeNumberField(name, n.intValue());
    }
}
