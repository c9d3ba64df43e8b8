package org.qualityloop.examples.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiDirection;
import org.qualityloop.model.kpi.KpiStatus;
import org.qualityloop.model.kpi.KpiUnit;

/**
 * The words and numbers a reader sees: KPI values with one number of decimals per unit and the
 * unit's name, differences in points and percentage points, targets in words, durations in days,
 * hours and minutes, and lifecycle states in plain words. Independent of the default locale.
 *
 * <p>Stateless and thread-safe.
 */
final class Texts {

    private Texts() {
    }

    /** The decimals of a measured value and of a difference, per unit. */
    static int decimals(KpiUnit unit) {
        return switch (unit) {
            case PERCENT, NPS, MINUTES, HOURS, DAYS, PERCENT_CHANGE_YEAR_ON_YEAR -> 1;
            case SCORE, MONEY -> 2;
            case COUNT, SECONDS -> 0;
        };
    }

    /** What follows a value of the unit, with its leading no-break space, or nothing. */
    private static String suffix(KpiUnit unit) {
        return switch (unit) {
            case PERCENT -> "\u00A0%";
            case NPS -> "\u00A0points";
            case SECONDS -> "\u00A0s";
            case MINUTES -> "\u00A0min";
            case HOURS -> "\u00A0h";
            case DAYS -> "\u00A0days";
            case PERCENT_CHANGE_YEAR_ON_YEAR -> "\u00A0% year on year";
            case SCORE, COUNT, MONEY -> "";
        };
    }

    /** What follows a difference of two values of the unit: points for NPS, percentage points for rates. */
    private static String differenceSuffix(KpiUnit unit) {
        return switch (unit) {
            case PERCENT, PERCENT_CHANGE_YEAR_ON_YEAR -> "\u00A0pp";
            default -> suffix(unit);
        };
    }

    /** The unit in words, for a label: {@code percent}, {@code NPS points (−100 to 100)}. */
    static String unitName(KpiUnit unit) {
        return switch (unit) {
            case PERCENT -> "percent";
            case SCORE -> "score";
            case NPS -> "NPS points (\u2212100 to 100)";
            case COUNT -> "count";
            case SECONDS -> "seconds";
            case MINUTES -> "minutes";
            case HOURS -> "hours";
            case DAYS -> "days";
            case MONEY -> "money";
            case PERCENT_CHANGE_YEAR_ON_YEAR -> "percent year on year";
        };
    }

    /** A measured value with the unit's decimals and its unit: {@code 35.0 points}, {@code 92.4 %}. */
    static String value(BigDecimal value, KpiUnit unit) {
        return Fmt.number(value.doubleValue(), decimals(unit)) + suffix(unit);
    }

    /** A measured value with the unit's decimals and its unit. */
    static String value(double value, KpiUnit unit) {
        return Fmt.number(value, decimals(unit)) + suffix(unit);
    }

    /** A target or threshold as written, trailing zeros dropped, with its unit: {@code 40 points}. */
    static String limit(BigDecimal value, KpiUnit unit) {
        return Fmt.compact(value.doubleValue(), Math.max(decimals(unit), value.stripTrailingZeros().scale()))
                + suffix(unit);
    }

    /**
     * A difference with a sign and the unit's decimals, in points for NPS and percentage points
     * for rates: {@code +2.5 points}, {@code −1.3 pp}; never a negative zero.
     */
    static String difference(double difference, KpiUnit unit) {
        return Fmt.signed(difference, decimals(unit)) + differenceSuffix(unit);
    }

    /** The target in words: {@code at least 40 points}, {@code at most 2 days}. */
    static String target(KpiDefinition d) {
        return (d.direction() == KpiDirection.HIGHER_IS_BETTER ? "at least " : "at most ") + limit(d.target(), d.unit());
    }

    /** The target with a sign: {@code ≥ 40 points}. */
    static String targetSign(KpiDefinition d) {
        return (d.direction() == KpiDirection.HIGHER_IS_BETTER ? "\u2265\u00A0" : "\u2264\u00A0")
                + limit(d.target(), d.unit());
    }

    /** A status in words for a sentence: {@code met}, {@code at risk}, {@code missed}, {@code no data}. */
    static String status(KpiStatus status) {
        if (status == null) {
            return "no data";
        }
        return switch (status) {
            case MET -> "met";
            case AT_RISK -> "at risk";
            case MISSED -> "missed";
        };
    }

    /** The CSS class of a status. */
    static String statusClass(KpiStatus status) {
        return status == null ? "no-data" : switch (status) {
            case MET -> "met";
            case AT_RISK -> "at-risk";
            case MISSED -> "missed";
        };
    }

    /** A status badge's text, with a symbol that does not rely on colour. */
    static String statusBadge(KpiStatus status) {
        if (status == null) {
            return "\u2013 no data";
        }
        return switch (status) {
            case MET -> "\u2713 met";
            case AT_RISK -> "\u25B2 at risk";
            case MISSED -> "\u2715 missed";
        };
    }

    /** A whole number with thousands separators: {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A p-value to four decimals, or {@code < 0.0001}. */
    static String p(double p) {
        return p < 0.0001 ? "<\u00A00.0001" : Fmt.number(p, 4);
    }

    /**
     * A lifecycle state's or node's identifier in plain words: {@code IN_PROGRESS} reads
     * {@code In progress}, {@code FOLLOW_UP} reads {@code Follow-up}; a stage prefix
     * ({@code approval/IN_PROGRESS}) is kept: {@code approval: In progress}.
     */
    static String state(String name) {
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            return name.substring(0, slash) + ": " + state(name.substring(slash + 1));
        }
        if (name.equals("FOLLOW_UP")) {
            return "Follow-up";
        }
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A duration in its two largest units that are not zero: {@code 2d 3h}, {@code 1h 30m},
     * {@code 45s}, {@code 0s}; below a second {@code <1s}.
     */
    static String duration(Duration d) {
        long s = d.getSeconds();
        long[] parts = {s / 86_400, s / 3_600 % 24, s / 60 % 60, s % 60};
        String[] units = {"d", "h", "m", "s"};
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.length && shown.size() < 2; i++) {
            if (parts[i] > 0) {
                shown.add(parts[i] + units[i]);
            } else if (!shown.isEmpty()) {
                break;
            }
        }
        if (shown.isEmpty()) {
            return d.isZero() ? "0s" : "<1s";
        }
        return String.join("\u00A0", shown);
    }

    /**
     * Splits a label into lines of at most {@code width} characters at spaces; a word longer
     * than a line gets a line of its own (nothing is cut).
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
