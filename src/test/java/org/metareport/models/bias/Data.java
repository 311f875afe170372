package org.metareport.models.bias;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.metareport.testing.Fixtures;

/** The data sets of the golden fixtures: yi and vi per row, as the fixtures' R calls used them. */
record Data(String name, double[] yi, double[] vi, Map<String, List<String>> csv) {
    static Data bcg() {
        var csv = Fixtures.csv("golden/metadat/dat.bcg.csv");
        return new Data("dat.bcg", Fixtures.numbers(csv, "yi"), Fixtures.numbers(csv, "vi"), csv);
    }

    static Data schoolBased() {
        var csv = Fixtures.csv("golden/school-based/analysis.csv");
        return new Data("school-based", Fixtures.numbers(csv, "yi"), Fixtures.numbers(csv, "vi"), csv);
    }

    double[] column(String name) {
        return Fixtures.numbers(csv, name);
    }

    int k() {
        return yi.length;
    }

    static JsonNode bcgJson() {
        return Fixtures.json("golden/metadat/dat.bcg.json");
    }

    static JsonNode bcgExtras() {
        return Fixtures.json("golden/metadat/dat.bcg.extras.json");
    }

    static JsonNode schoolReference() {
        return Fixtures.json("golden/school-based/reference.json");
    }

    static JsonNode schoolExtras() {
        return Fixtures.json("golden/school-based/extras.json");
    }

    /** A fixture number; JSON null reads as NaN. */
    static double num(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null) throw new IllegalArgumentException("fixture has no field '" + field + "': " + node.fieldNames());
        return Fixtures.number(v);
    }

    /** A per-coefficient fixture number such as {@code b: {intrcpt: …}}. */
    static double coef(JsonNode node, String field, String term) {
        JsonNode v = node.get(field);
        if (v == null || v.get(term) == null) throw new IllegalArgumentException("fixture has no " + field + "." + term);
        return Fixtures.number(v.get(term));
    }

    static double[] nums(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null) throw new IllegalArgumentException("fixture has no field '" + field + "'");
        return Fixtures.numbers(v);
    }
}
