package org.qualityloop.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The reader's "did you mean": the edit distance behind it and the rule for when a name is near
 * enough to suggest; and the paths errors are reported under.
 */
class ScenarioBindingTest {

    @Test
    void distance_ofTheTextbookExample() {
        // Levenshtein distance, the standard worked example: kitten → sitten → sittin → sitting
        assertThat(ScenarioBinding.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ScenarioBinding.distance("", "abc")).isEqualTo(3);
        assertThat(ScenarioBinding.distance("flaw", "lawn")).isEqualTo(2);
    }

    @Property
    void distance_isAMetricBoundedByTheLongerText(@ForAll @StringLength(max = 12) String a,
            @ForAll @StringLength(max = 12) String b, @ForAll @StringLength(max = 12) String c) {
        int ab = ScenarioBinding.distance(a, b);
        assertThat(ScenarioBinding.distance(a, a)).isZero();
        assertThat(ab).isEqualTo(ScenarioBinding.distance(b, a));
        assertThat(ab == 0).isEqualTo(a.equals(b));
        assertThat(ab).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        assertThat(ab).isLessThanOrEqualTo(ScenarioBinding.distance(a, c) + ScenarioBinding.distance(c, b));
    }

    @Test
    void nearest_suggestsOnlyANameWithinTwoEditsOrAThirdOfItsLength() {
        assertThat(ScenarioBinding.nearest("casesPerDai", List.of("casesPerDay", "hourly"))).contains("casesPerDay");
        assertThat(ScenarioBinding.nearest("urgent", List.of("URGENT", "HIGH"))).contains("URGENT");
        assertThat(ScenarioBinding.nearest("HUMAN", List.of("SYSTEM", "PEOPLE"))).isEmpty();
        // 15 letters: up to 5 edits away is still a likely slip
        assertThat(ScenarioBinding.nearest("firstContactRes", List.of("firstContactResolution"))).isEmpty();
        assertThat(ScenarioBinding.nearest("firstContactResolutin", List.of("firstContactResolution")))
                .contains("firstContactResolution");
        assertThat(ScenarioBinding.nearest("anything", List.of())).isEmpty();
    }

    @Test
    void parentAndLastName_walkThePathsErrorsAreReportedUnder() {
        assertThat(ScenarioBinding.parent("steps[3].use")).isEqualTo("steps[3]");
        assertThat(ScenarioBinding.parent("steps[3]")).isEqualTo("steps");
        assertThat(ScenarioBinding.parent("calendar.hours.SATURDAY[0]")).isEqualTo("calendar.hours.SATURDAY");
        assertThat(ScenarioBinding.parent("name")).isEmpty();
        assertThat(ScenarioBinding.lastName("demand.hourly[2]")).isEqualTo("hourly");
        assertThat(ScenarioBinding.lastName("steps[3].use")).isEqualTo("use");
    }
}
