package org.metareport.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.spec.Spec;
import org.metareport.spec.SpecReader;

/**
 * The method card lists every setting that changes the numbers: the effect-size pipeline (sources, disagreement, the
 * cluster adjustment's variant, N, variance and ICC), the missing-value rules, derived columns, filters, where: and
 * the transform; a spec without the newer keys gets the card it had.
 */
class MethodCardTest {
    @TempDir
    Path tmp;

    Map<String, String> card(String data, String effect, String analysis) throws IOException {
        Files.writeString(tmp.resolve("data.csv"), "study,x\nA,1\n");
        Files.writeString(tmp.resolve("analysis.yaml"), "title: Card\ndata:\n  effects: data.csv\n  study: study\n"
                + data + "effect:\n" + effect + "analyses:\n  - id: overall\n" + analysis);
        Spec spec = SpecReader.read(tmp.resolve("analysis.yaml"), "analysis.yaml");
        Map<String, String> out = new LinkedHashMap<>();
        for (MethodCard.Setting s : MethodCard.settings(spec)) out.put(s.key(), s.value());
        return out;
    }

    static final String SMD = "  measure: SMD\n  columns: {m1i: T_Mean_Post, sd1i: T_SD_Post, n1i: Treatment.N, "
            + "m2i: C_Mean_Post, sd2i: C_SD_Post, n2i: Control.N}\n";

    @Test
    void listsEveryKeyThatChangesTheNumbers() throws IOException {
        Map<String, String> card = card("  na: ['.', '-']\n  text_as_missing: [Effect.Size]\n"
                        + "  derive:\n    Small: \"Treatment.N + Control.N <= 250\"\n"
                        + "    Long: {from: Weeks, at_least: 12}\n"
                        + "  include: \"Drop == 0 & !is.na(Effect.Size)\"\n",
                SMD + "  pre: {m1i: T_Mean_Pre, sd1i: T_SD_Pre, m2i: C_Mean_Pre, sd2i: C_SD_Pre}\n"
                        + "  reported: Effect.Size\n  precomputed: {yi: d, sei: se}\n"
                        + "  alternative: {measure: SMD, columns: {m1i: T_Chg, sd1i: T_Chg_SD, n1i: T_N, m2i: C_Chg,"
                        + " sd2i: C_Chg_SD, n2i: C_N}}\n"
                        + "  sources: [pre_post, reported, post, alternative, yi_vi]\n  disagreement: 0.1\n"
                        + "  cluster: {when: Clustered, icc: ICC, clusters1i: T_Clusters, clusters2i: C_Clusters,\n"
                        + "            n: Total.N, variant: hedges2007, variance: lipsey_wilson}\n"
                        + "  transform: none\n",
                "    where: \"Construct == 'D'\"\n");
        assertThat(card).containsEntry("data.na", "., -")
                .containsEntry("data.text_as_missing", "Effect.Size")
                .containsEntry("data.derive.Small", "Treatment.N + Control.N <= 250")
                .containsEntry("data.derive.Long", "Weeks at_least 12")
                .containsEntry("data.include", "Drop == 0 & !is.na(Effect.Size)")
                .containsEntry("effect.precomputed.yi", "d").containsEntry("effect.precomputed.sei", "se")
                .containsEntry("effect.alternative.measure", "SMD")
                .containsEntry("effect.alternative.columns.m1i", "T_Chg")
                .containsEntry("effect.alternative.columns.sd2i", "C_Chg_SD")
                .containsEntry("effect.sources", "pre_post, reported, post, alternative, yi_vi")
                .containsEntry("effect.disagreement", "0.1")
                .containsEntry("effect.cluster.icc", "column ICC")
                .containsEntry("effect.cluster.method", "Hedges (2007), as published")
                .containsEntry("effect.cluster.variant", "hedges2007")
                .containsEntry("effect.cluster.n", "Total.N")
                .containsEntry("effect.cluster.variance",
                        "lipsey_wilson (only g is adjusted; its variance is Lipsey & Wilson's of the adjusted g)")
                .containsEntry("effect.transform", "none")
                .containsEntry("analyses[overall].where", "Construct == 'D'");
    }

    @Test
    void aSpecWithoutTheNewerKeysKeepsItsCard() throws IOException {
        Map<String, String> card = card("", SMD + "  cluster: {icc: 0.2, clusters1i: T_Clusters, clusters2i: C_Clusters}\n",
                "");
        assertThat(card.keySet()).noneMatch(k -> k.startsWith("data.na") || k.startsWith("data.text_as_missing")
                || k.startsWith("data.derive") || k.equals("effect.sources") || k.startsWith("effect.precomputed") || k.startsWith("effect.alternative") || k.equals("effect.disagreement")
                || k.equals("effect.cluster.variant") || k.equals("effect.cluster.n")
                || k.equals("effect.cluster.variance") || k.endsWith(".where"));
        assertThat(card).containsEntry("effect.cluster.icc", "0.2")
                .containsEntry("effect.cluster.method", "Hedges (2007), as the school-based review's authors applied it");
    }
}
