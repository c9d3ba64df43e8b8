package org.qualityloop.examples.internal;

import java.util.SplittableRandom;
import org.qualityloop.examples.scenario.LogNormal;

/**
 * A seeded stream of random draws with the distributions the simulator needs. The same seed gives
 * the same draws in the same order; nothing reads the time. Not thread-safe.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(SplittableRandom random) {
        this.random = random;
    }

    /** A stream of its own, independent of this one; the same split gives the same stream. */
    Rng split() {
        return new Rng(random.split());
    }

    double uniform() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    int below(int n) {
        return random.nextInt(n);
    }

    double normal() {
        return random.nextGaussian();
    }

    /** A log-normal draw in milliseconds, at least 1. */
    long millis(LogNormal d) {
        double median = d.median().toNanos() / 1e6;
        double sigma = d.sigma();
        double v = sigma == 0 ? median : median * Math.exp(sigma * random.nextGaussian());
        return Math.max(1L, Math.round(v));
    }

    /** A Poisson draw: exact below a mean of 30, normal approximation above. */
    long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double p = random.nextDouble();
            long k = 0;
            while (p > limit) {
                p *= random.nextDouble();
                k++;
            }
            return k;
        }
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }

    /** A score: a normal draw around {@code mean}, rounded and clipped to {@code min..max}. */
    int score(double mean, double spread, int min, int max) {
        long v = Math.round(mean + spread * random.nextGaussian());
        return (int) Math.max(min, Math.min(max, v));
    }
}
