package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.TimeDistribution;

/** The JSON parts of {@code TimeDistributionTest}, moved with the JSON mapping to quality-jackson. */
class TimeDistributionJsonTest {

    private static TimeDistribution ofMillis(long... values) {
        TimeDistribution distribution = new TimeDistribution();
        for (long value : values) {
            distribution.addMillis(value);
        }
        return distribution;
    }

    // Quantile definition x(floor(q (n - 1))) on the sorted sample 10, 20, ..., 100 (n = 10):
    // p50 -> index floor(4.5) = 4 -> 50; p90 -> floor(8.1) = 8 -> 90; p95 -> floor(8.55) = 8 -> 90;
    // p99 -> floor(8.91) = 8 -> 90; mean 55; min 10; max 100.







    @Test
    void json_roundTripsSmallAndLargeDistributions() throws Exception {
        ObjectMapper mapper = QualityLoopJson.mapper();
        TimeDistribution small = ofMillis(0, 5, 3);
        String json = mapper.writeValueAsString(small);
        // 3 ms falls in bucket ceil(ln 3 / ln(1.01 / 0.99)) = 55, 5 ms in bucket 81.
        assertThat(json).startsWith("{\"count\":3,\"sumMillis\":8,\"minMillis\":0,"
                + "\"maxMillis\":5,\"zeroCount\":1,\"binOffset\":55,\"bins\":[1,0,")
                .endsWith(",0,1],\"exactMillis\":[0,3,5]}");
        assertThat(mapper.readValue(json, TimeDistribution.class)).isEqualTo(small);

        TimeDistribution large = new TimeDistribution();
        for (long v = 0; v < 1_000; v++) {
            large.addMillis(v * v);
        }
        TimeDistribution back = mapper.readValue(mapper.writeValueAsString(large),
                TimeDistribution.class);
        assertThat(back).isEqualTo(large);
        assertThat(back.result()).isEqualTo(large.result());
    }

    @Test
    void json_emptyRoundTrips() throws Exception {
        ObjectMapper mapper = QualityLoopJson.mapper();
        TimeDistribution empty = new TimeDistribution();
        TimeDistribution back = mapper.readValue(mapper.writeValueAsString(empty),
                TimeDistribution.class);
        assertThat(back).isEqualTo(empty);
        assertThat(back.result()).isEmpty();
    }

    @Test
    void json_inconsistentCounts_areRejected() {
        ObjectMapper mapper = QualityLoopJson.mapper();
        assertThatThrownBy(() -> mapper.readValue("{\"count\":5,\"sumMillis\":8,\"minMillis\":0,"
                + "\"maxMillis\":5,\"zeroCount\":1,\"binOffset\":0,\"bins\":[],"
                + "\"exactMillis\":[]}", TimeDistribution.class))
                .hasRootCauseMessage(
                        "count must equal zeroCount plus the bucket counts (1), but was 5");
    }
}
