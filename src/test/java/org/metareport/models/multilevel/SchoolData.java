package org.metareport.models.multilevel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metareport.testing.Fixtures;

/**
 * The school-based analysis data set ({@code golden/school-based/analysis.csv}, k = 79 effects in 32 studies) with the
 * authors' derived variables: every moderator {@code X} also centred as {@code X.c} = X − mean(X) over the 79 rows (the
 * authors centre over all cleaned rows), and their factors ({@code Teacher.f}, {@code TeacherXCBT}, …) as in
 * SchoolBasedMentalHealth_Analysis.R.
 */
final class SchoolData {
    static final String CSV = "golden/school-based/analysis.csv";
    static final List<String> CENTRED = List.of("CBT", "Smallsample", "Longduration", "Longduration2", "Teacher",
            "Universal", "Depression", "Anxiety", "DepressionAndAnxiety", "Elementary", "WaitlistorBAU",
            "Short_duration", "Medium_duration", "Small_sample", "Medium_sample");

    final int k;
    final double[] yi;
    final double[] vi;
    final String[] study;
    final String[] studyId;
    final String[] esId;
    final String[] construct;
    final Map<String, double[]> numeric = new HashMap<>();
    final Map<String, String[]> factors = new HashMap<>();

    SchoolData() {
        this(null);
    }

    /** The rows with {@code Construct} equal to {@code construct}, or all rows for null. */
    SchoolData(String onlyConstruct) {
        var csv = Fixtures.csv(CSV);
        int all = csv.get("yi").size();
        int[] rows = java.util.stream.IntStream.range(0, all)
                .filter(i -> onlyConstruct == null || csv.get("Construct").get(i).equals(onlyConstruct)).toArray();
        k = rows.length;
        yi = pick(Fixtures.numbers(csv, "yi"), rows);
        vi = pick(Fixtures.numbers(csv, "vi"), rows);
        study = pick(csv.get("study"), rows);
        studyId = pick(csv.get("study_id"), rows);
        esId = pick(csv.get("es_id"), rows);
        construct = pick(csv.get("Construct"), rows);
        for (String c : List.of("Duration.weeks", "Sample")) numeric.put(c, pick(Fixtures.numbers(csv, c), rows));
        for (String c : CENTRED) {
            double[] v = pick(Fixtures.numbers(csv, c), rows);
            numeric.put(c, v);
            double mean = Arrays.stream(v).sum() / v.length;
            numeric.put(c + ".c", Arrays.stream(v).map(x -> x - mean).toArray());
        }
        String[] teacher = f("Teacher", "Teacher", "Not Teacher");
        String[] cbt = f("CBT", "CBT", "Not CBT");
        String[] universal = f("Universal", "Universal", "Targeted");
        String[] elementary = f("Elementary", "Elementary", "Secondary");
        String[] depression = f("Depression", "Depression", "Anxiety");
        factors.put("Teacher.f", teacher);
        factors.put("CBT.f", cbt);
        factors.put("Universal.f", universal);
        factors.put("Elementary.f", elementary);
        factors.put("Depression.f", depression);
        factors.put("TeacherXCBT", paste(teacher, cbt));
        factors.put("UniversalXTeacher", paste(universal, teacher));
        factors.put("TeacherXElem", paste(teacher, elementary));
        factors.put("DepressionXTeacher", paste(depression, teacher));
        factors.put("DepressionXCBT", paste(depression, cbt));
        factors.put("as.factor(Longduration)", levels(numeric.get("Longduration")));
        factors.put("as.factor(Smallsample)", levels(numeric.get("Smallsample")));
        factors.put("Construct", construct);
    }

    /** clubSandwich's impute_covariance_matrix(vi, cluster = study, r = rho). */
    SamplingCovariance v(double rho) {
        return SamplingCovariance.imputed(vi, study, rho);
    }

    /** {@code random = ~ 1 | study/es_id}. */
    NestedLevels studyEs() {
        return NestedLevels.of(List.of("study", "es_id"), study, esId);
    }

    private String[] f(String column, String yes, String no) {
        double[] v = numeric.get(column);
        String[] out = new String[k];
        for (int i = 0; i < k; i++) out[i] = v[i] == 1 ? yes : no;
        return out;
    }

    private static String[] paste(String[] a, String[] b) {
        String[] out = new String[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] + " " + b[i];
        return out;
    }

    private static String[] levels(double[] v) {
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] == Math.rint(v[i]) ? Long.toString((long) v[i]) : Double.toString(v[i]);
        return out;
    }

    private static double[] pick(double[] v, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> v[i]).toArray();
    }

    private static String[] pick(List<String> v, int[] rows) {
        return Arrays.stream(rows).mapToObj(v::get).toArray(String[]::new);
    }
}
