package org.metareport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the R reference values under {@code src/test/resources/golden} (copied unchanged from shared/fixtures).
 * JSON {@code null} stands for NA/NaN/±Inf and reads as NaN.
 */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    /** The JSON fixture at a classpath path such as {@code golden/metadat/dat.bcg.json}. */
    public static JsonNode json(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV fixture as column name → values (text), in row order. */
    public static Map<String, List<String>> csv(String resource) {
        try (Reader r = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            var parser = format.parse(r);
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) columns.put(h, new ArrayList<>());
            for (CSVRecord rec : parser) {
                for (String h : parser.getHeaderNames()) columns.get(h).add(rec.get(h));
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A numeric CSV column; "NA" and empty cells read as NaN. */
    public static double[] numbers(Map<String, List<String>> csv, String column) {
        List<String> values = csv.get(column);
        if (values == null) throw new IllegalArgumentException("no column " + column + " in fixture; have " + csv.keySet());
        return values.stream().mapToDouble(s -> s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s)).toArray();
    }

    /** A JSON number, or NaN for null. */
    public static double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN : node.asDouble();
    }

    /** A JSON array of numbers (null → NaN); a scalar becomes a one-element array. */
    public static double[] numbers(JsonNode node) {
        if (!node.isArray()) return new double[] {number(node)};
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) out[i] = number(node.get(i));
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalArgumentException("fixture not found on the test classpath: " + resource);
        return in;
    }
}
