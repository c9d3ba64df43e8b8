package org.qualityloop.metrics.analysis;

import java.util.ArrayList;
import java.util.List;
import org.qualityloop.model.internal.Checks;

/**
 * Applies the Western Electric or the Nelson run rules ({@link ControlRule}) to the points of a
 * control chart and reports which points break which rule.
 *
 * <p>Reporting and edge rules:
 * <ul>
 *   <li>A violation is reported at the point that completes the pattern, and at every later
 *       point that still completes one (a run of 10 on one side breaks Nelson 2 at its 9th and
 *       10th points). For the "k of n" rules the reporting point must itself be one of the k.
 *   <li>"Beyond" is strict: a point exactly on a limit or zone boundary is inside it (as for
 *       {@link ChartPoint#beyondLimits()}).
 *   <li>A point exactly on the centre line is on neither side: it ends a same-side run.
 *   <li>Two equal consecutive values end an increasing/decreasing trend and an alternation.
 *   <li>A point whose sigma is 0 (no variation) is within 1 sigma only if it equals the centre.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class RunRules {

    private RunRules() {
    }

    /**
     * Applies Western Electric rules 1–4.
     *
     * @param points the chart's points in time order, not null
     * @return the violations, ordered by point then rule
     */
    public static List<RuleViolation> westernElectric(List<ChartPoint> points) {
        List<ChartPoint> p = Checks.listCopy(points, "points");
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            int index = p.get(i).index();
            if (p.get(i).beyondLimits()) {
                violations.add(new RuleViolation(index, ControlRule.WESTERN_ELECTRIC_1));
            }
            if (kOfN(p, i, 2, 3, 2)) {
                violations.add(new RuleViolation(index, ControlRule.WESTERN_ELECTRIC_2));
            }
            if (kOfN(p, i, 4, 5, 1)) {
                violations.add(new RuleViolation(index, ControlRule.WESTERN_ELECTRIC_3));
            }
            if (sameSide(p, i, 8)) {
                violations.add(new RuleViolation(index, ControlRule.WESTERN_ELECTRIC_4));
            }
        }
        return List.copyOf(violations);
    }

    /**
     * Applies Nelson rules 1–8.
     *
     * @param points the chart's points in time order, not null
     * @return the violations, ordered by point then rule
     */
    public static List<RuleViolation> nelson(List<ChartPoint> points) {
        List<ChartPoint> p = Checks.listCopy(points, "points");
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            int index = p.get(i).index();
            if (p.get(i).beyondLimits()) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_1));
            }
            if (sameSide(p, i, 9)) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_2));
            }
            if (trend(p, i, 6)) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_3));
            }
            if (alternating(p, i, 14)) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_4));
            }
            if (kOfN(p, i, 2, 3, 2)) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_5));
            }
            if (kOfN(p, i, 4, 5, 1)) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_6));
            }
            if (run(p, i, 15, true)) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_7));
            }
            if (run(p, i, 8, false)) {
                violations.add(new RuleViolation(index, ControlRule.NELSON_8));
            }
        }
        return List.copyOf(violations);
    }

    /** +1 above the centre, −1 below, 0 on it. */
    private static int side(ChartPoint point) {
        return Double.compare(point.value(), point.centre()) > 0 ? 1
                : point.value() < point.centre() ? -1 : 0;
    }

    /** Whether the point lies strictly beyond {@code zones} sigma on the given side. */
    private static boolean beyond(ChartPoint point, int zones, int side) {
        double deviation = (point.value() - point.centre()) * side;
        return deviation > zones * point.sigma();
    }

    private static boolean withinOneSigma(ChartPoint point) {
        return Math.abs(point.value() - point.centre()) <= point.sigma();
    }

    private static boolean kOfN(List<ChartPoint> p, int end, int k, int n, int zones) {
        if (end + 1 < n) {
            return false;
        }
        for (int side = -1; side <= 1; side += 2) {
            if (!beyond(p.get(end), zones, side)) {
                continue;
            }
            int count = 0;
            for (int j = end - n + 1; j <= end; j++) {
                if (beyond(p.get(j), zones, side)) {
                    count++;
                }
            }
            if (count >= k) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSide(List<ChartPoint> p, int end, int length) {
        if (end + 1 < length) {
            return false;
        }
        int side = side(p.get(end));
        if (side == 0) {
            return false;
        }
        for (int j = end - length + 1; j < end; j++) {
            if (side(p.get(j)) != side) {
                return false;
            }
        }
        return true;
    }

    private static boolean trend(List<ChartPoint> p, int end, int length) {
        if (end + 1 < length) {
            return false;
        }
        boolean up = true;
        boolean down = true;
        for (int j = end - length + 2; j <= end; j++) {
            double step = p.get(j).value() - p.get(j - 1).value();
            up &= step > 0;
            down &= step < 0;
        }
        return up || down;
    }

    private static boolean alternating(List<ChartPoint> p, int end, int length) {
        if (end + 1 < length) {
            return false;
        }
        double previousStep = 0;
        for (int j = end - length + 2; j <= end; j++) {
            double step = p.get(j).value() - p.get(j - 1).value();
            if (step == 0 || (previousStep != 0 && Math.signum(step) == Math.signum(previousStep))) {
                return false;
            }
            previousStep = step;
        }
        return true;
    }

    private static boolean run(List<ChartPoint> p, int end, int length, boolean within) {
        if (end + 1 < length) {
            return false;
        }
        for (int j = end - length + 1; j <= end; j++) {
            if (withinOneSigma(p.get(j)) != within) {
                return false;
            }
        }
        return true;
    }
}
