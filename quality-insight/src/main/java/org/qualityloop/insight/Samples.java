package org.qualityloop.insight;

import java.util.List;
import org.qualityloop.metrics.TimeDistribution;

/**
 * The values of a {@link TimeDistribution} as a sample for a rank test: the recorded values while
 * they are exact, or each sketch bucket's value repeated as often as the bucket counts (values in
 * one bucket become ties, which keeps every rank order between buckets).
 */
final class Samples {

    private static final double GAMMA =
            (1 + TimeDistribution.RELATIVE_ACCURACY) / (1 - TimeDistribution.RELATIVE_ACCURACY);

    private Samples() {
    }

    /**
     * The sample.
     *
     * @param d the distribution
     * @param sketched whether to give bucket values even when the recorded values are known (so
     *     that two samples compared are on the same resolution)
     * @return the values in milliseconds
     */
    static double[] of(TimeDistribution d, boolean sketched) {
        if (d.count() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a sample of " + d.count() + " values is too large to rank");
        }
        double[] out = new double[(int) d.count()];
        List<Long> exact = d.exactMillis();
        if (!exact.isEmpty()) {
            for (int i = 0; i < out.length; i++) {
                long v = exact.get(i);
                out[i] = sketched ? bucketValue(v) : v;
            }
            return out;
        }
        int k = (int) d.zeroCount(); // zeros first, as 0
        int index = d.binOffset();
        for (long c : d.bins()) {
            double value = 2.0 * Math.pow(GAMMA, index) / (GAMMA + 1.0);
            for (long j = 0; j < c; j++) {
                out[k++] = value;
            }
            index++;
        }
        return out;
    }

    private static double bucketValue(long millis) {
        if (millis == 0) {
            return 0;
        }
        int index = (int) Math.ceil(Math.log(millis) * (1.0 / Math.log(GAMMA)));
        return 2.0 * Math.pow(GAMMA, index) / (GAMMA + 1.0);
    }
}
