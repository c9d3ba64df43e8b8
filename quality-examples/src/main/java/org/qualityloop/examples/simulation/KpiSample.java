package org.qualityloop.examples.simulation;

import java.util.Arrays;
import java.util.Objects;
import org.qualityloop.examples.scenario.MeasureKind;

/**
 * The observations a KPI's value was computed from, as the significance tests of an
 * improvement run need them: successes out of trials for a rate, the individual values for a
 * time or a score. Immutable.
 */
public sealed interface KpiSample permits KpiSample.Rate, KpiSample.Values {

    /**
     * The number of observations.
     *
     * @return trials for a rate, values otherwise
     */
    long size();

    /**
     * A rate's observations.
     *
     * @param successes the observations counted as successes, between 0 and {@code trials}
     * @param trials the observations, not negative
     */
    record Rate(long successes, long trials) implements KpiSample {
        /**
         * Validates the counts.
         *
         * @param successes the observations counted as successes, between 0 and {@code trials}
         * @param trials the observations, not negative
         * @throws IllegalArgumentException when a count is out of range
         */
        public Rate {
            if (trials < 0 || successes < 0 || successes > trials) {
                throw new IllegalArgumentException("successes must be between 0 and trials " + trials
                        + ", but was " + successes);
            }
        }

        @Override
        public long size() {
            return trials;
        }
    }

    /**
     * Individual observations: durations in milliseconds for a time, scores for a score, coded
     * answers (+100 promoter, 0 passive, −100 detractor) for an NPS.
     */
    final class Values implements KpiSample {
        private final MeasureKind.Kind kind;
        private final double[] values;

        /**
         * Copies the observations.
         *
         * @param kind the kind of quantity, {@code TIME}, {@code SCORE} or {@code NPS}
         * @param values the observations, finite
         * @throws IllegalArgumentException when the kind is {@code RATE} or a value is not finite
         */
        public Values(MeasureKind.Kind kind, double[] values) {
            this.kind = Objects.requireNonNull(kind, "kind");
            if (kind == MeasureKind.Kind.RATE) {
                throw new IllegalArgumentException("kind must be TIME, SCORE or NPS for values, but was RATE");
            }
            this.values = values.clone();
            for (int i = 0; i < this.values.length; i++) {
                if (!Double.isFinite(this.values[i])) {
                    throw new IllegalArgumentException("values[" + i + "] must be finite, but was " + this.values[i]);
                }
            }
        }

        /**
         * Returns the kind of quantity.
         *
         * @return the kind of quantity
         */
        public MeasureKind.Kind kind() {
            return kind;
        }

        /**
         * Returns a copy of the observations.
         *
         * @return a copy of the observations
         */
        public double[] values() {
            return values.clone();
        }

        @Override
        public long size() {
            return values.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Values v && kind == v.kind && Arrays.equals(values, v.values);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Values[" + kind + ", " + values.length + " observations]";
        }
    }
}
