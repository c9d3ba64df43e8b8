package org.qualityloop.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.qualityloop.model.Priority;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiDirection;
import org.qualityloop.model.sla.SlaContext;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The command-line entry point of Quality Loop's examples. It prints the business-travel
 * scenario of the seed documents: the service process as a blueprint, the KPI table with its
 * targets, and the SLA deadlines a complaint received at a given instant gets on the service
 * centre's business calendar, per priority.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl quality-examples -am compile exec:java}; pass
 * {@code -Dexec.args="--help"} for the options.
 */
public final class Harness {

    /** The instant used when none is given: Wednesday 30 September 2026, 16:30 in Shanghai, the eve of National Day week. */
    static final Instant DEFAULT_RECEIVED = Instant.parse("2026-09-30T08:30:00Z");

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private Harness() {
    }

    /**
     * Runs the example and exits with its status.
     *
     * @param args the command-line options; see {@code --help}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the example, writing to the given streams.
     *
     * @param args the command-line options
     * @param out where the report goes
     * @param err where usage errors go
     * @return 0 on success, 2 on a usage error
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Instant received = DEFAULT_RECEIVED;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    usage(out);
                    return 0;
                }
                case "--received" -> {
                    if (i + 1 == args.length) {
                        err.println("--received needs an ISO-8601 instant, e.g. 2026-09-30T08:30:00Z");
                        return 2;
                    }
                    try {
                        received = Instant.parse(args[++i]);
                    } catch (DateTimeParseException e) {
                        err.println("--received must be an ISO-8601 instant such as 2026-09-30T08:30:00Z, but was '"
                                + args[i] + "'");
                        return 2;
                    }
                }
                default -> {
                    err.println("unknown option '" + args[i] + "'; try --help");
                    return 2;
                }
            }
        }
        report(received, out);
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("Quality Loop examples: the business-travel scenario of the seed documents.");
        out.println();
        out.println("Options:");
        out.println("  --received <instant>  when the example complaint arrives (ISO-8601, default "
                + DEFAULT_RECEIVED + ")");
        out.println("  --help                print this help");
    }

    private static void report(Instant received, PrintStream out) {
        ServiceProcess process = BusinessTravel.process();
        out.println("== Service process");
        out.print(process.describe());
        out.println();

        out.println("== KPIs (stage, KPI, target, at risk from, review)");
        List<KpiDefinition> kpis = BusinessTravel.kpis();
        for (KpiDefinition kpi : kpis) {
            String sign = kpi.direction() == KpiDirection.HIGHER_IS_BETTER ? ">= " : "<= ";
            out.printf(Locale.ROOT, "  %-14s %-32s %-14s %-14s %s%n",
                    kpi.stage().map(Object::toString).orElse("-"), kpi.name(),
                    sign + kpi.target().toPlainString() + " " + unit(kpi),
                    kpi.atRisk().toPlainString() + " " + unit(kpi),
                    kpi.reviewFrequency().name().toLowerCase(Locale.ROOT));
        }
        out.println();

        BusinessCalendar calendar = BusinessTravel.calendar();
        SlaPolicy policy = BusinessTravel.slaPolicy();
        ZoneId zone = calendar.zone();
        out.println("== SLA deadlines for a complaint received " + when(received, zone)
                + " (" + zone + ", Mon-Fri 09:00-18:00, National Day week off)");
        for (Priority priority : List.of(Priority.URGENT, Priority.HIGH, Priority.MEDIUM)) {
            SlaContext context = SlaContext.of(priority);
            out.printf(Locale.ROOT, "  %-7s", priority.name().toLowerCase(Locale.ROOT));
            for (SlaTarget target : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION)) {
                Duration d = policy.target(target, context).orElseThrow();
                Instant due = calendar.plus(received, d);
                out.printf(Locale.ROOT, "  %s %s -> due %s", target, hours(d), when(due, zone));
            }
            out.println();
        }
    }

    private static String unit(KpiDefinition kpi) {
        return kpi.unit().name().toLowerCase(Locale.ROOT);
    }

    private static String hours(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "min";
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(ZonedDateTime.ofInstant(instant, zone));
    }
}
