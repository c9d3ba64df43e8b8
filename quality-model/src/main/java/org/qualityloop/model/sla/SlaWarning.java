package org.qualityloop.model.sla;

import java.math.BigDecimal;
import java.time.Duration;
import org.qualityloop.model.internal.Checks;

/**
 * A warning threshold of an SLA target: either a share of the target consumed or an amount of
 * working time left before the deadline. Warning instants are computed on the business calendar
 * ({@link SlaClock#warningAt(SlaWarning, org.qualityloop.model.calendar.BusinessCalendar, java.time.Instant)}).
 */
public sealed interface SlaWarning {

    /**
     * The elapsed working time at which the warning fires for a target.
     *
     * @param target the target's working time, not null
     * @return the elapsed working time, between zero and the target
     */
    Duration elapsedAt(Duration target);

    /**
     * Warn when a share of the target is consumed, e.g. 0.75.
     *
     * @param share the share, strictly between 0 and 1
     */
    record Share(BigDecimal share) implements SlaWarning {
        /**
         * Validates the share.
         *
         * @param share the share, strictly between 0 and 1
         */
        public Share {
            Checks.boundedDecimal(share, "share");
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("share must be between 0 and 1 exclusive, but was " + share);
            }
        }

        /** Elapsed time is {@code share × target}, truncated to the nanosecond. */
        @Override
        public Duration elapsedAt(Duration target) {
            BigDecimal nanos = new BigDecimal(target.toNanos()).multiply(share);
            return Duration.ofNanos(nanos.longValue());
        }
    }

    /**
     * Warn when only this much working time is left before the deadline (one working hour before a
     * Tuesday 11:00 deadline on office hours is Tuesday 10:00).
     *
     * @param before the working time left, positive
     */
    record Before(Duration before) implements SlaWarning {
        /**
         * Validates the duration.
         *
         * @param before the working time left, positive
         */
        public Before {
            SlaTarget.checkDuration(before, "before");
        }

        /** Elapsed time is {@code target − before}, or zero when the target is shorter. */
        @Override
        public Duration elapsedAt(Duration target) {
            Duration d = target.minus(before);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }
}
