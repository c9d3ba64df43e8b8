package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IpaGridTest {

    // Four hotel attributes on a 1-5 scale (importance, performance): check-in speed (4.6, 3.2),
    // room cleanliness (4.8, 4.5), gym (2.4, 2.1), turndown service (2.9, 4.4).
    // Mean-centred crosshairs: importance (4.6 + 4.8 + 2.4 + 2.9) / 4 = 3.675, performance
    // (3.2 + 4.5 + 2.1 + 4.4) / 4 = 3.55.
    private static Map<String, IpaPoint> hotel() {
        Map<String, IpaPoint> points = new LinkedHashMap<>();
        points.put("check-in speed", new IpaPoint(4.6, 3.2));
        points.put("room cleanliness", new IpaPoint(4.8, 4.5));
        points.put("gym", new IpaPoint(2.4, 2.1));
        points.put("turndown service", new IpaPoint(2.9, 4.4));
        return points;
    }

    @Test
    void meanCentred_quadrants() {
        IpaGrid<String> ipa = IpaGrid.meanCentred(hotel()).orElseThrow();
        assertThat(ipa.importanceCrosshair()).isCloseTo(3.675, within(1e-12));
        assertThat(ipa.performanceCrosshair()).isCloseTo(3.55, within(1e-12));
        assertThat(ipa.quadrants()).containsExactly(
                Map.entry("check-in speed", IpaQuadrant.CONCENTRATE_HERE),
                Map.entry("room cleanliness", IpaQuadrant.KEEP_UP_THE_GOOD_WORK),
                Map.entry("gym", IpaQuadrant.LOW_PRIORITY),
                Map.entry("turndown service", IpaQuadrant.POSSIBLE_OVERKILL));
    }

    // Scale-centred at 3: check-in speed performs at 3.2 >= 3, so it is "keep up" in absolute
    // terms although it is below average; turndown importance 2.9 < 3 stays low.
    @Test
    void scaleCentred_differsFromMeanCentred() {
        IpaGrid<String> ipa = IpaGrid.scaleCentred(hotel(), 1, 5);
        assertThat(ipa.importanceCrosshair()).isEqualTo(3.0);
        assertThat(ipa.quadrants().get("check-in speed"))
                .isEqualTo(IpaQuadrant.KEEP_UP_THE_GOOD_WORK);
        assertThat(ipa.quadrants().get("turndown service"))
                .isEqualTo(IpaQuadrant.POSSIBLE_OVERKILL);
    }

    @Test
    void onTheCrosshair_countsAsHigh() {
        IpaGrid<String> ipa =
                IpaGrid.scaleCentred(Map.of("x", new IpaPoint(3, 3)), 1, 5);
        assertThat(ipa.quadrants().get("x")).isEqualTo(IpaQuadrant.KEEP_UP_THE_GOOD_WORK);
    }

    @Test
    void emptyAndBadInput() {
        assertThat(IpaGrid.meanCentred(Map.<String, IpaPoint>of())).isEmpty();
        assertThatThrownBy(() -> IpaGrid.scaleCentred(
                Map.of("x", new IpaPoint(6, 3)), 1, 5))
                .hasMessage("importance of x must be between 1.0 and 5.0, but was 6.0");
    }
}
