package org.metareport.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesignMatrixTest {
    static Map<String, DesignMatrix.Column> columns(DesignMatrix.Column... cs) {
        Map<String, DesignMatrix.Column> m = new LinkedHashMap<>();
        for (DesignMatrix.Column c : cs) m.put(c.name(), c);
        return m;
    }

    @Test
    void codesCategoricalModeratorsAgainstTheFirstSortedLevelAsR() {
        var alloc = new DesignMatrix.Column("alloc", List.of("random", "alternate", "systematic", "random"));
        DesignMatrix d = DesignMatrix.build(alloc.cells().size(), List.of("alloc"), columns(alloc), Map.of(), false);
        assertThat(d.terms()).as("terms").containsExactly("intercept", "alloc[random]", "alloc[systematic]");
        assertThat(d.x()[0]).as("row 1").containsExactly(1, 1, 0);
        assertThat(d.x()[1]).as("row 2 (reference)").containsExactly(1, 0, 0);
        assertThat(d.x()[2]).as("row 3").containsExactly(1, 0, 1);
        assertThat(d.numeric()).as("kind").containsEntry("alloc", false);
    }

    @Test
    void honoursANamedReferenceLevel() {
        var alloc = new DesignMatrix.Column("alloc", List.of("random", "alternate", "systematic"));
        DesignMatrix d = DesignMatrix.build(alloc.cells().size(), List.of("alloc"), columns(alloc), Map.of("alloc", "systematic"), false);
        assertThat(d.terms()).as("terms").containsExactly("intercept", "alloc[alternate]", "alloc[random]");
    }

    @Test
    void rejectsAReferenceLevelThatDoesNotOccur() {
        var alloc = new DesignMatrix.Column("alloc", List.of("random", "alternate"));
        assertThatThrownBy(() -> DesignMatrix.build(alloc.cells().size(), List.of("alloc"), columns(alloc), Map.of("alloc", "Random"), false))
                .as("unknown reference").hasMessageContaining("reference level 'Random' of 'alloc' does not occur")
                .hasMessageContaining("alternate, random");
    }

    @Test
    void centresNumericModeratorsOnTheirGrandMean() {
        var year = new DesignMatrix.Column("year", List.of("1948", "1949", "1960", "1977"));
        DesignMatrix d = DesignMatrix.build(year.cells().size(), List.of("year"), columns(year), Map.of(), true);
        assertThat(d.means().get("year")).as("mean").isEqualTo(1958.5);
        assertThat(d.x()[0][1]).as("centred first row").isEqualTo(-10.5);
    }

    @Test
    void buildsInteractionsAsProducts() {
        var a = new DesignMatrix.Column("ablat", List.of("44", "55", "42"));
        var g = new DesignMatrix.Column("alloc", List.of("random", "alternate", "random"));
        DesignMatrix d = DesignMatrix.build(3, List.of("ablat", "alloc", "ablat:alloc"), columns(a, g), Map.of(), false);
        assertThat(d.terms()).as("terms").containsExactly("intercept", "ablat", "alloc[random]", "ablat:alloc[random]");
        assertThat(d.x()[2]).as("row 3").containsExactly(1, 42, 1, 42);
        assertThat(d.x()[1]).as("row 2").containsExactly(1, 55, 0, 0);
    }

    @Test
    void recognisesNumbers() {
        assertThat(DesignMatrix.isNumber("1e-3")).as("exponent").isTrue();
        assertThat(DesignMatrix.isNumber("-.5")).as("leading dot").isTrue();
        assertThat(DesignMatrix.isNumber("1,234")).as("thousands separator").isFalse();
        assertThat(DesignMatrix.isNumber("NaN")).as("NaN").isFalse();
    }
}
