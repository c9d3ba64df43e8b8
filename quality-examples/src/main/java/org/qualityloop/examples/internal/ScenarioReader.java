package org.qualityloop.examples.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.qualityloop.examples.internal.ScenarioBinding.Problems;
import org.qualityloop.examples.internal.ScenarioDocument.CalendarDoc;
import org.qualityloop.examples.internal.ScenarioDocument.ChangeDoc;
import org.qualityloop.examples.internal.ScenarioDocument.DemandDoc;
import org.qualityloop.examples.internal.ScenarioDocument.DeskDoc;
import org.qualityloop.examples.internal.ScenarioDocument.Doc;
import org.qualityloop.examples.internal.ScenarioDocument.FeedbackDoc;
import org.qualityloop.examples.internal.ScenarioDocument.GapDoc;
import org.qualityloop.examples.internal.ScenarioDocument.ImprovementDoc;
import org.qualityloop.examples.internal.ScenarioDocument.IpaDoc;
import org.qualityloop.examples.internal.ScenarioDocument.KanoDoc;
import org.qualityloop.examples.internal.ScenarioDocument.KpiDoc;
import org.qualityloop.examples.internal.ScenarioDocument.LogNormalDoc;
import org.qualityloop.examples.internal.ScenarioDocument.MeasureDoc;
import org.qualityloop.examples.internal.ScenarioDocument.ScoreDoc;
import org.qualityloop.examples.internal.ScenarioDocument.StepDoc;
import org.qualityloop.examples.internal.ScenarioDocument.SurveysDoc;
import org.qualityloop.examples.scenario.Demand;
import org.qualityloop.examples.scenario.FeedbackMix;
import org.qualityloop.examples.scenario.Improvement;
import org.qualityloop.examples.scenario.LogNormal;
import org.qualityloop.examples.scenario.Measure;
import org.qualityloop.examples.scenario.MeasureKind;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioChange;
import org.qualityloop.examples.scenario.ScenarioFormatException;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.examples.scenario.Statistic;
import org.qualityloop.examples.scenario.Step;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailureKind;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.survey.ServqualDimension;

/**
 * Reads a scenario from its JSON form (docs/scenarios.md) in three passes: the tokens, for
 * malformed JSON and where each value starts; Jackson data binding into {@link ScenarioDocument},
 * which records unknown fields, wrong types and unknown enum values; and the checks here, of
 * ranges, names and parts that must fit together. The process, the SLA policy and the KPI
 * definitions use the documented shape of {@code quality-model} ({@link QualityLoopJson}). Every
 * error is collected, named by field, line and column; the file's errors are thrown together.
 * One instance reads one file on one thread. Not exported.
 */
public final class ScenarioReader {

    /** Abandons the value being read once its error is recorded, so that reading goes on with the next. */
    private static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    private static final Skip SKIP = new Skip();

    private final Problems problems;
    /** Values abandoned because of an error recorded earlier, in binding. */
    private int abandoned;
    /** The process's touchpoints and stages, once it is read; until then (or when it has errors) names are not checked. */
    private Set<TouchpointId> touchpoints = Set.of();
    private Set<StageId> stages = Set.of();
    private boolean processKnown;

    private ScenarioReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a scenario.
     *
     * @param json the document, not null
     * @param source its name in messages, such as the file name
     * @return the scenario
     * @throws ScenarioFormatException naming the field, line and column of every problem found
     */
    public static Scenario read(String json, String source) {
        Problems problems = new Problems(source, ScenarioBinding.locations(json, source));
        Optional<Doc> doc = ScenarioBinding.document(json, problems);
        ScenarioReader reader = new ScenarioReader(problems);
        Scenario scenario = null;
        if (doc.isPresent()) {
            try {
                scenario = reader.scenario(doc.get());
            } catch (Skip s) {
                scenario = null;
            }
        } else if (problems.isEmpty()) {
            problems.add("", "must be an object, but was null");
        }
        if (!problems.isEmpty() || scenario == null) {
            if (problems.isEmpty()) {
                problems.add("", "is not a valid scenario");
            }
            throw problems.exception();
        }
        return scenario;
    }

    // ------------------------------------------------------------------ the document

    private Scenario scenario(Doc d) {
        int before = marks();
        String name = req(d.name(), "", "name", this::code);
        String title = req(d.title(), "", "title", this::notBlank);
        String description = opt(d.description(), "description", this::string, "");
        LocalDate start = req(d.start(), "", "start", this::date);
        ServiceProcess process = req(d.process(), "", "process", (n, p) -> model(n, p, ServiceProcess.class));
        if (process != null) {
            touchpoints = new HashSet<>();
            stages = new HashSet<>();
            for (Touchpoint t : process.touchpoints()) {
                touchpoints.add(t.id());
            }
            process.stages().forEach(s -> stages.add(s.id()));
            processKnown = true;
        }
        BusinessCalendar calendar = req(d.calendar(), "", "calendar", this::calendar);
        SlaPolicy sla = req(d.slaPolicy(), "", "slaPolicy", (n, p) -> model(n, p, SlaPolicy.class));
        List<ScenarioKpi> kpis = req(d.kpis(), "", "kpis", (l, p) -> list(l, p, this::kpi));
        Demand demand = req(d.demand(), "", "demand", this::demand);
        List<Step> steps = req(d.steps(), "", "steps", this::steps);
        FeedbackMix feedback = opt(d.feedback(), "feedback", this::feedback, Defaults.feedback());
        ServiceDesk desk = req(d.desk(), "", "desk", this::desk);
        Surveys surveys = opt(d.surveys(), "surveys", this::surveys, Defaults.surveys());
        Set<KpiId> ids = new HashSet<>();
        if (kpis != null) {
            kpis.forEach(k -> ids.add(k.definition().id()));
        }
        List<Improvement> improvements = opt(d.improvements(), "improvements",
                (l, p) -> list(l, p, (i, ip) -> improvement(i, ip, ids, kpis != null)), List.of());
        settle(before);
        Scenario.Builder b = Scenario.builder(name).title(title).description(description).start(start)
                .process(process).calendar(calendar).slaPolicy(sla).kpis(kpis).demand(demand).steps(steps)
                .feedback(feedback).desk(desk).surveys(surveys).improvements(improvements);
        try {
            return b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String first = message.contains(" ") ? message.substring(0, message.indexOf(' ')) : "";
            String path = problems.present(first) ? first : "";
            throw fail(path, message, e);
        }
    }

    // ------------------------------------------------------------------ calendar

    private BusinessCalendar calendar(CalendarDoc d, String path) {
        int before = marks();
        String name = req(d.name(), path, "name", (n, p) -> checked(p, () -> Valid.id(n, "name")));
        String zone = req(d.zone(), path, "zone", (z, p) -> z);
        BusinessCalendar.Builder b = name == null || zone == null ? null
                : attempt(() -> checked(child(path, "zone"), () -> BusinessCalendar.builder(name, zone))).orElse(null);
        String hoursPath = child(path, "hours");
        if (d.hours() != null) {
            d.hours().forEach((key, value) -> {
                String p = child(hoursPath, key);
                Optional<DayOfWeek> day = attempt(() -> constant(key, p, DayOfWeek.class, "a day of the week"));
                List<WorkingInterval> in = intervals(value, p);
                if (b != null && day.isPresent() && in != null) {
                    b.hours(day.get(), in.toArray(new WorkingInterval[0]));
                }
            });
        }
        String holidaysPath = child(path, "holidays");
        if (d.holidays() != null) {
            for (int i = 0; i < d.holidays().size(); i++) {
                String p = holidaysPath + "[" + i + "]";
                String t = d.holidays().get(i);
                attempt(() -> {
                    String text = notNull(t, p);
                    String expected = "a date such as 2026-10-01 or a yearly date such as --10-01, but was '" + text + "'";
                    if (text.startsWith("--")) {
                        MonthDay day = checked(p, () -> MonthDay.parse(text), expected);
                        if (b != null) {
                            b.holiday(day);
                        }
                    } else {
                        LocalDate day = checked(p, () -> LocalDate.parse(text), expected);
                        if (b != null) {
                            b.holiday(day);
                        }
                    }
                    return text;
                });
            }
        }
        String specialPath = child(path, "specialHours");
        if (d.specialHours() != null) {
            d.specialHours().forEach((key, value) -> {
                String p = child(specialPath, key);
                List<WorkingInterval> in = intervals(value, p);
                attempt(() -> {
                    if (in != null && in.isEmpty()) {
                        throw fail(p, "special hours must list at least one interval; list the date under holidays"
                                + " for a day without work");
                    }
                    String expected = "a date key such as 2026-12-24 or --12-24, but was '" + key + "'";
                    WorkingInterval[] intervals = in == null ? null : in.toArray(new WorkingInterval[0]);
                    if (key.startsWith("--")) {
                        MonthDay day = checked(p, () -> MonthDay.parse(key), expected);
                        if (b != null && intervals != null) {
                            b.specialHours(day, intervals);
                        }
                    } else {
                        LocalDate day = checked(p, () -> LocalDate.parse(key), expected);
                        if (b != null && intervals != null) {
                            b.specialHours(day, intervals);
                        }
                    }
                    return key;
                });
            });
        }
        settle(before);
        return checked(path, b::build);
    }

    private List<WorkingInterval> intervals(List<String> texts, String path) {
        if (texts == null) {
            return missingValue(path) ? null : List.of();
        }
        int before = marks();
        List<WorkingInterval> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String p = path + "[" + i + "]";
            String t = texts.get(i);
            attempt(() -> out.add(checked(p, () -> WorkingInterval.parse(notNull(t, p)))));
        }
        return marks() > before ? null : out;
    }

    // ------------------------------------------------------------------ KPIs

    private ScenarioKpi kpi(KpiDoc d, String path) {
        int before = marks();
        KpiDefinition definition = req(d.definition(), path, "definition", (n, p) -> model(n, p, KpiDefinition.class));
        Measure measure = req(d.measure(), path, "measure", this::measure);
        settle(before);
        return checked(child(path, "measure"), () -> ScenarioKpi.of(definition, measure));
    }

    private Measure measure(MeasureDoc d, String path) {
        int before = marks();
        MeasureKind kind = req(d.kind(), path, "kind", (k, p) -> constant(k, p, MeasureKind.class));
        Optional<StageId> stage = opt(d.stage(), child(path, "stage"), (s, p) -> Optional.of(stage(s, p)),
                Optional.empty());
        Optional<TouchpointId> tp = opt(d.touchpoint(), child(path, "touchpoint"),
                (t, p) -> Optional.of(touchpoint(t, p)), Optional.empty());
        Optional<SlaTarget> target = opt(d.target(), child(path, "target"),
                (t, p) -> Optional.of(checked(p, () -> SlaTarget.of(t))), Optional.empty());
        Statistic statistic = opt(d.statistic(), child(path, "statistic"),
                (s, p) -> constant(s, p, Statistic.class), Statistic.MEAN);
        settle(before);
        return checked(path, () -> new Measure(kind, stage, tp, target, statistic));
    }

    // ------------------------------------------------------------------ population

    private Demand demand(DemandDoc d, String path) {
        int before = marks();
        Double perDay = req(d.casesPerDay(), path, "casesPerDay", this::positive);
        double weekend = opt(d.weekendFactor(), child(path, "weekendFactor"), this::nonNegative, 1.0);
        if (perDay != null) {
            double least = 7.0 / Simulation.HORIZON_DAYS / (5 + 2 * weekend);
            if (perDay < least) {
                problems.add(child(path, "casesPerDay"), "casesPerDay must bring at least one case within the horizon of "
                        + Simulation.HORIZON_DAYS + " days, so be at least " + least + " with weekendFactor "
                        + plain(weekend) + ", but was " + d.casesPerDay());
            }
        }
        List<Double> hourly = opt(d.hourly(), child(path, "hourly"), (l, p) -> {
            List<Double> h = list(l, p, this::nonNegative);
            if (h.size() != 24) {
                throw fail(p, "hourly must have 24 entries, one per hour, but had " + h.size());
            }
            return h;
        }, Demand.FLAT);
        Map<CustomerSegment, Double> segments = opt(d.segments(), child(path, "segments"),
                (m, p) -> weights(m, p, CustomerSegment::of, "segments"), Map.of(CustomerSegment.DEFAULT, 1.0));
        double perCustomer = opt(d.casesPerCustomer(), child(path, "casesPerCustomer"), (n, p) -> {
            double v = number(n, p);
            if (v < 1) {
                throw fail(p, "casesPerCustomer must be at least 1, but was " + v);
            }
            return v;
        }, 1.0);
        settle(before);
        return checked(path, () -> new Demand(perDay, weekend, hourly, segments, perCustomer));
    }

    private List<Step> steps(List<StepDoc> docs, String path) {
        if (docs.isEmpty()) {
            throw fail(path, "steps must hold at least one step, but was empty");
        }
        int before = marks();
        Set<TouchpointId> seen = new HashSet<>();
        List<Step> out = list(docs, path, this::step);
        for (int i = 0; i < out.size(); i++) {
            Step s = out.get(i);
            if (!seen.add(s.touchpoint())) {
                problems.add(path + "[" + i + "].touchpoint", "touchpoint '" + s.touchpoint()
                        + "' has a step already; each touchpoint appears in one step only");
            }
        }
        settle(before);
        return out;
    }

    private Step step(StepDoc d, String path) {
        int before = marks();
        TouchpointId tp = req(d.touchpoint(), path, "touchpoint", this::touchpoint);
        double use = opt(d.use(), child(path, "use"), this::probability, 1.0);
        Optional<String> group = opt(d.group(), child(path, "group"),
                (g, p) -> Optional.of(checked(p, () -> Valid.code(g, "group"))), Optional.empty());
        LogNormal duration = req(d.duration(), path, "duration", this::logNormal);
        double failure = opt(d.failure(), child(path, "failure"), this::probability, 0.0);
        boolean stops = opt(d.stopsOnFailure(), child(path, "stopsOnFailure"), (b, p) -> b, false);
        FeedbackCategory failureCategory = opt(d.failureCategory(), child(path, "failureCategory"), this::category,
                FeedbackCategory.TECHNICAL_ISSUE);
        ServiceFailureKind kind = opt(d.failureKind(), child(path, "failureKind"),
                (k, p) -> constant(k, p, ServiceFailureKind.class), ServiceFailureKind.SYSTEM);
        RootCauseCategory cause = opt(d.rootCause(), child(path, "rootCause"),
                (k, p) -> constant(k, p, RootCauseCategory.class), RootCauseCategory.MACHINE);
        double onFailure = opt(d.complaintOnFailure(), child(path, "complaintOnFailure"), this::probability, 0.0);
        Optional<Duration> slowAfter = opt(d.slowAfter(), child(path, "slowAfter"),
                (t, p) -> Optional.of(positiveDuration(t, p)), Optional.empty());
        FeedbackCategory slowCategory = opt(d.slowCategory(), child(path, "slowCategory"), this::category,
                FeedbackCategory.PROCESS_SUGGESTION);
        double whenSlow = opt(d.complaintWhenSlow(), child(path, "complaintWhenSlow"), this::probability, 0.0);
        Optional<FeedbackCategory> other = opt(d.otherCategory(), child(path, "otherCategory"),
                (c, p) -> Optional.of(category(c, p)), Optional.empty());
        double otherwise = opt(d.complaintOtherwise(), child(path, "complaintOtherwise"), this::probability, 0.0);
        settle(before);
        return checked(path, () -> new Step(tp, use, group, duration, failure, stops, failureCategory, kind, cause,
                onFailure, slowAfter, slowCategory, whenSlow, other, otherwise));
    }

    private FeedbackMix feedback(FeedbackDoc f, String path) {
        FeedbackMix d = Defaults.feedback();
        int before = marks();
        double general = opt(f.generalRate(), child(path, "generalRate"), this::probability, d.generalRate());
        Map<FeedbackCategory, Double> categories = opt(f.categories(), child(path, "categories"),
                (m, p) -> weights(m, p, FeedbackCategory::of, "categories"), d.categories());
        Map<Severity, Double> severities = opt(f.severities(), child(path, "severities"),
                (m, p) -> enumWeights(m, p, Severity.class, "severities"), d.severities());
        Map<Severity, Double> failureSeverities = opt(f.failureSeverities(), child(path, "failureSeverities"),
                (m, p) -> enumWeights(m, p, Severity.class, "failureSeverities"), d.failureSeverities());
        Map<Channel, Double> channels = opt(f.channels(), child(path, "channels"),
                (m, p) -> weights(m, p, Channel::of, "channels"), d.channels());
        LogNormal delay = opt(f.delay(), child(path, "delay"), this::logNormal, d.delay());
        double invalid = opt(f.invalidShare(), child(path, "invalidShare"), this::probability, d.invalidShare());
        settle(before);
        return checked(path, () -> new FeedbackMix(general, categories, severities, failureSeverities, channels, delay,
                invalid));
    }

    private ServiceDesk desk(DeskDoc f, String path) {
        int before = marks();
        Integer agents = req(f.agents(), path, "agents", (n, p) -> whole(n, p, 1, 10_000));
        String currency = opt(f.currency(), child(path, "currency"), this::string, "CNY");
        ServiceDesk d = Defaults.desk(agents == null ? 1 : agents, "CNY");
        List<AgentId> escalation = opt(f.escalation(), child(path, "escalation"),
                (l, p) -> list(l, p, (i, ip) -> checked(ip, () -> AgentId.of(i))), d.escalation());
        Set<SlaTarget> escalateOn = opt(f.escalateOn(), child(path, "escalateOn"),
                (l, p) -> (Set<SlaTarget>) new TreeSet<>(list(l, p, (i, ip) -> checked(ip, () -> SlaTarget.of(i)))),
                d.escalateOn());
        Map<Severity, Priority> priorities = opt(f.priorities(), child(path, "priorities"), (m, p) -> {
            Map<Severity, Priority> out = new LinkedHashMap<>(d.priorities());
            int b = marks();
            m.forEach((key, value) -> {
                String kp = child(p, key);
                Optional<Severity> s = attempt(() -> constant(key, kp, Severity.class, "a severity"));
                Optional<Priority> pr = attempt(() -> constant(notNull(value, kp), kp, Priority.class));
                if (s.isPresent() && pr.isPresent()) {
                    out.put(s.get(), pr.get());
                }
            });
            settle(b);
            return out;
        }, d.priorities());
        Set<CustomerSegment> upgrade = opt(f.priorityUpgrade(), child(path, "priorityUpgrade"),
                (l, p) -> (Set<CustomerSegment>) new TreeSet<>(list(l, p, (i, ip) -> checked(ip,
                        () -> CustomerSegment.of(i)))), d.priorityUpgrade());
        LogNormal firstContact = opt(f.firstContact(), child(path, "firstContact"), this::logNormal, d.firstContact());
        LogNormal resolution = opt(f.resolution(), child(path, "resolution"), this::logNormal, d.resolution());
        double fcr = opt(f.firstContactResolution(), child(path, "firstContactResolution"), this::probability,
                d.firstContactResolution());
        double await = opt(f.awaitCustomer(), child(path, "awaitCustomer"), this::probability, d.awaitCustomer());
        LogNormal reply = opt(f.customerReply(), child(path, "customerReply"), this::logNormal, d.customerReply());
        double fixFailure = opt(f.fixFailure(), child(path, "fixFailure"), this::probability, d.fixFailure());
        LogNormal followUpDelay = opt(f.followUpDelay(), child(path, "followUpDelay"), this::logNormal,
                d.followUpDelay());
        LogNormal followUpCall = opt(f.followUpCall(), child(path, "followUpCall"), this::logNormal, d.followUpCall());
        double reach = opt(f.reachRate(), child(path, "reachRate"), (n, p) -> {
            double v = probability(n, p);
            if (v == 0) {
                throw fail(p, "reachRate must be above 0 and at most 1, but was 0");
            }
            return v;
        }, d.reachRate());
        int attempts = opt(f.followUpAttempts(), child(path, "followUpAttempts"), (n, p) -> whole(n, p, 1, 100),
                d.followUpAttempts());
        double knowledge = opt(f.knowledgeShare(), child(path, "knowledgeShare"), this::probability,
                d.knowledgeShare());
        double compensationShare = opt(f.compensationShare(), child(path, "compensationShare"), this::probability,
                d.compensationShare());
        Money compensation = opt(f.compensation(), child(path, "compensation"), (n, p) -> model(n, p, Money.class),
                null);
        if (compensation == null && !problems.hasAt(child(path, "compensation"))) {
            String at = f.currency() == null ? path : child(path, "currency");
            compensation = attempt(() -> checked(at, () -> Money.of("50.00", currency))).orElse(null);
        }
        double satisfaction = opt(f.satisfaction(), child(path, "satisfaction"), (n, p) -> range(n, p, 1, 5),
                d.satisfaction());
        settle(before);
        Money money = compensation;
        return checked(path, () -> new ServiceDesk(agents, escalation, escalateOn, priorities, upgrade, firstContact,
                resolution, fcr, await, reply, fixFailure, followUpDelay, followUpCall, reach, attempts, knowledge,
                compensationShare, money, satisfaction));
    }

    private Surveys surveys(SurveysDoc f, String path) {
        Surveys d = Defaults.surveys();
        int before = marks();
        double rate = opt(f.responseRate(), child(path, "responseRate"), this::probability, d.responseRate());
        Surveys.Score nps = opt(f.nps(), child(path, "nps"), (s, p) -> score(s, p, 0, 10), d.nps());
        Surveys.Score csat = opt(f.csat(), child(path, "csat"), (s, p) -> score(s, p, 1, 5), d.csat());
        Surveys.Score ces = opt(f.ces(), child(path, "ces"), (s, p) -> score(s, p, 1, 7), d.ces());
        Surveys.Effects effects = opt(f.effects(), child(path, "effects"), (e, p) -> {
            Surveys.Effects x = d.effects();
            int b = marks();
            double failure = opt(e.failure(), child(p, "failure"), this::number, x.failure());
            double slow = opt(e.slow(), child(p, "slow"), this::number, x.slow());
            double breach = opt(e.breach(), child(p, "breach"), this::number, x.breach());
            double reopen = opt(e.reopen(), child(p, "reopen"), this::number, x.reopen());
            double recovered = opt(e.recovered(), child(p, "recovered"), this::number, x.recovered());
            settle(b);
            return checked(p, () -> new Surveys.Effects(failure, slow, breach, reopen, recovered));
        }, d.effects());
        double detail = opt(f.detailShare(), child(path, "detailShare"), this::probability, d.detailShare());
        Map<ServqualDimension, Surveys.Gap> servqual = opt(f.servqual(), child(path, "servqual"), (m, p) -> {
            Map<ServqualDimension, Surveys.Gap> out = new LinkedHashMap<>(d.servqual());
            int b = marks();
            m.forEach((key, value) -> {
                String kp = child(p, key);
                Optional<ServqualDimension> dim = attempt(() -> constant(key, kp, ServqualDimension.class,
                        "a SERVQUAL dimension"));
                Optional<Surveys.Gap> gap = attempt(() -> gap(notNull(value, kp), kp));
                if (dim.isPresent() && gap.isPresent()) {
                    out.put(dim.get(), gap.get());
                }
            });
            settle(b);
            return out;
        }, d.servqual());
        List<Surveys.IpaAttribute> ipa = opt(f.ipa(), child(path, "ipa"), (l, p) -> list(l, p, this::ipa), d.ipa());
        List<Surveys.KanoFeature> kano = opt(f.kano(), child(path, "kano"), (l, p) -> list(l, p, this::kano),
                d.kano());
        settle(before);
        return checked(path, () -> new Surveys(rate, nps, csat, ces, effects, detail, servqual, ipa, kano));
    }

    private Surveys.Gap gap(GapDoc g, String path) {
        int before = marks();
        Double e = req(g.expectation(), path, "expectation", (x, p) -> range(x, p, 1, 7));
        Double p = req(g.perception(), path, "perception", (x, q) -> range(x, q, 1, 7));
        settle(before);
        return checked(path, () -> new Surveys.Gap(e, p));
    }

    private Surveys.IpaAttribute ipa(IpaDoc a, String path) {
        int before = marks();
        String name = req(a.attribute(), path, "attribute", this::notBlank);
        Double imp = req(a.importance(), path, "importance", (x, p) -> range(x, p, 1, 5));
        Double perf = req(a.performance(), path, "performance", (x, p) -> range(x, p, 1, 5));
        settle(before);
        return checked(path, () -> new Surveys.IpaAttribute(name, imp, perf));
    }

    private Surveys.KanoFeature kano(KanoDoc k, String path) {
        int before = marks();
        String name = req(k.feature(), path, "feature", this::notBlank);
        Map<KanoCategory, Double> w = req(k.categories(), path, "categories",
                (m, p) -> enumWeights(m, p, KanoCategory.class, "categories"));
        settle(before);
        return checked(path, () -> new Surveys.KanoFeature(name, w));
    }

    private Surveys.Score score(ScoreDoc s, String path, double min, double max) {
        int before = marks();
        Double mean = req(s.mean(), path, "mean", (n, p) -> range(n, p, min, max));
        Double spread = req(s.spread(), path, "spread", this::positive);
        settle(before);
        return checked(path, () -> new Surveys.Score(mean, spread));
    }

    // ------------------------------------------------------------------ improvements

    private Improvement improvement(ImprovementDoc d, String path, Set<KpiId> kpis, boolean kpisKnown) {
        int before = marks();
        String name = req(d.name(), path, "name", this::code);
        String description = req(d.description(), path, "description", this::notBlank);
        List<ScenarioChange> changes = opt(d.changes(), child(path, "changes"), (l, p) -> list(l, p, this::change),
                List.of());
        List<KpiId> expected = opt(d.expected(), child(path, "expected"), (l, p) -> list(l, p, (i, ip) -> {
            KpiId id = checked(ip, () -> KpiId.of(i));
            if (kpisKnown && !kpis.contains(id)) {
                throw fail(ip, "expected must name KPIs of the scenario, but '" + id.value() + "' is not one"
                        + ScenarioBinding.nearest(id.value(), kpis.stream().map(KpiId::value).toList())
                                .map(n -> "; did you mean " + n + "?").orElse(""));
            }
            return id;
        }), List.of());
        settle(before);
        return checked(path, () -> new Improvement(name, description, changes, expected));
    }

    /** The change types and the fields each takes besides {@code type}. */
    private static final Map<String, List<String>> CHANGES = changeTypes();

    private static Map<String, List<String>> changeTypes() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("step-duration", List.of("touchpoint", "factor"));
        m.put("step-failure", List.of("touchpoint", "factor"));
        m.put("agents", List.of("agents"));
        m.put("handling-time", List.of("factor"));
        m.put("satisfaction", List.of("points"));
        return m;
    }

    private ScenarioChange change(ChangeDoc d, String path) {
        String type = req(d.type(), path, "type", (t, p) -> {
            if (!CHANGES.containsKey(t)) {
                throw fail(p, ScenarioBinding.oneOf("type", t, List.copyOf(CHANGES.keySet())));
            }
            return t;
        });
        if (type == null) {
            throw SKIP;
        }
        int before = marks();
        List<String> fields = CHANGES.get(type);
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("touchpoint", d.touchpoint());
        given.put("factor", d.factor());
        given.put("agents", d.agents());
        given.put("points", d.points());
        given.forEach((field, value) -> {
            if (value != null && !fields.contains(field)) {
                problems.add(child(path, field), "field '" + field + "' does not apply to a change of type " + type
                        + "; it takes " + fields);
            }
        });
        ScenarioChange c = switch (type) {
            case "step-duration" -> {
                TouchpointId tp = req(d.touchpoint(), path, "touchpoint", this::touchpoint);
                Double factor = req(d.factor(), path, "factor", this::positive);
                settle(before);
                yield new ScenarioChange.StepDuration(tp, factor);
            }
            case "step-failure" -> {
                TouchpointId tp = req(d.touchpoint(), path, "touchpoint", this::touchpoint);
                Double factor = req(d.factor(), path, "factor", this::nonNegative);
                settle(before);
                yield new ScenarioChange.StepFailure(tp, factor);
            }
            case "agents" -> {
                Integer agents = req(d.agents(), path, "agents", (n, p) -> whole(n, p, 1, 10_000));
                settle(before);
                yield new ScenarioChange.Agents(agents);
            }
            case "handling-time" -> {
                Double factor = req(d.factor(), path, "factor", this::positive);
                settle(before);
                yield new ScenarioChange.HandlingTime(factor);
            }
            default -> {
                Double points = req(d.points(), path, "points", this::number);
                settle(before);
                yield new ScenarioChange.Satisfaction(points);
            }
        };
        return c;
    }

    // ------------------------------------------------------------------ reading fields

    /** The errors recorded and the values abandoned so far; a value whose reading raised it is refused. */
    private int marks() {
        return problems.count() + abandoned;
    }

    /** Abandons the value being read when an error was recorded or a part abandoned since {@code before}. */
    private void settle(int before) {
        if (marks() > before) {
            throw SKIP;
        }
    }

    private Skip fail(String path, String problem) {
        problems.add(path, problem);
        return SKIP;
    }

    private Skip fail(String path, String problem, Throwable cause) {
        problems.add(path, problem, cause);
        return SKIP;
    }

    private static boolean absent(Object raw) {
        return raw == null || raw instanceof JsonNode n && (n.isNull() || n.isMissingNode());
    }

    /**
     * Whether an absent value is absent because binding already reported it (a wrong type), in
     * which case the value is abandoned without a second error.
     */
    private boolean missingValue(String path) {
        if (problems.hasAt(path)) {
            abandoned++;
            return true;
        }
        return false;
    }

    /** A required field: reported as missing (or null) when absent, else read. */
    private <A, T> T req(A raw, String parent, String name, BiFunction<A, String, T> read) {
        String path = ScenarioBinding.child(parent, name);
        if (absent(raw)) {
            if (!missingValue(path)) {
                if (problems.present(path)) {
                    problems.add(path, "field '" + name + "' must not be null");
                } else {
                    problems.add(parent, "field '" + name + "' is missing");
                }
            }
            return null;
        }
        try {
            return read.apply(raw, path);
        } catch (Skip s) {
            return null;
        }
    }

    /** An optional field: the fallback when absent (or when it has an error, which is recorded). */
    private <A, T> T opt(A raw, String path, BiFunction<A, String, T> read, T fallback) {
        if (absent(raw)) {
            missingValue(path);
            return fallback;
        }
        try {
            return read.apply(raw, path);
        } catch (Skip s) {
            return fallback;
        }
    }

    private static <T> Optional<T> attempt(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (Skip s) {
            return Optional.empty();
        }
    }

    private <T> T notNull(T value, String path) {
        if (value == null) {
            if (missingValue(path)) {
                throw SKIP;
            }
            throw fail(path, "must not be null");
        }
        return value;
    }

    private <A, T> List<T> list(List<A> items, String path, BiFunction<A, String, T> item) {
        int before = marks();
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            A raw = items.get(i);
            attempt(() -> out.add(item.apply(notNull(raw, p), p)));
        }
        settle(before);
        return out;
    }

    private static String child(String path, String name) {
        return ScenarioBinding.child(path, name);
    }

    private <T> T model(JsonNode node, String path, Class<T> type) {
        return ScenarioBinding.bind(ScenarioBinding.MODEL, node, type, problems, path).orElseThrow(() -> SKIP);
    }

    // ------------------------------------------------------------------ values

    private String string(String value, String path) {
        return value;
    }

    private String notBlank(String value, String path) {
        if (value.isBlank()) {
            throw fail(path, ScenarioBinding.lastName(path) + " must not be blank");
        }
        return value;
    }

    private String code(String value, String path) {
        return checked(path, () -> Valid.code(value, ScenarioBinding.lastName(path)));
    }

    private double number(BigDecimal value, String path) {
        double v = value.doubleValue();
        if (Double.isInfinite(v)) {
            throw fail(path, ScenarioBinding.outOfRange(path, value.toString()));
        }
        return v;
    }

    private double probability(BigDecimal value, String path) {
        return range(value, path, 0, 1);
    }

    private double range(BigDecimal value, String path, double min, double max) {
        double v = number(value, path);
        if (!(v >= min && v <= max)) {
            throw fail(path, ScenarioBinding.lastName(path) + " must be between " + plain(min) + " and " + plain(max)
                    + ", but was " + value);
        }
        return v;
    }

    private double positive(BigDecimal value, String path) {
        double v = number(value, path);
        if (!(v > 0)) {
            throw fail(path, ScenarioBinding.lastName(path) + " must be a positive number, but was " + value);
        }
        return v;
    }

    private double nonNegative(BigDecimal value, String path) {
        double v = number(value, path);
        if (!(v >= 0)) {
            throw fail(path, ScenarioBinding.lastName(path) + " must be zero or a positive number, but was " + value);
        }
        return v;
    }

    private int whole(BigDecimal value, String path, int min, int max) {
        double v = number(value, path);
        if (v < min || v != Math.rint(v) || v > max) {
            throw fail(path, ScenarioBinding.lastName(path) + " must be a whole number from " + min + " to " + max
                    + ", but was " + value);
        }
        return (int) v;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private LocalDate date(String text, String path) {
        return checked(path, () -> LocalDate.parse(text), "a date such as 2026-09-01, but was '" + text + "'");
    }

    private Duration positiveDuration(String text, String path) {
        Duration d = checked(path, () -> Duration.parse(text), "an ISO-8601 duration such as PT30M or P2D, but was '"
                + text + "'");
        if (d.isZero() || d.isNegative()) {
            throw fail(path, ScenarioBinding.lastName(path) + " must be a positive duration, but was " + text);
        }
        return d;
    }

    private LogNormal logNormal(LogNormalDoc d, String path) {
        int before = marks();
        Duration median = req(d.median(), path, "median", this::positiveDuration);
        Duration p90 = req(d.p90(), path, "p90", this::positiveDuration);
        settle(before);
        return checked(child(path, "p90"), () -> new LogNormal(median, p90));
    }

    private FeedbackCategory category(String text, String path) {
        return checked(path, () -> FeedbackCategory.of(text));
    }

    private StageId stage(String text, String path) {
        StageId s = checked(path, () -> StageId.of(text));
        if (processKnown && !stages.contains(s)) {
            List<String> known = new TreeSet<>(stages.stream().map(StageId::value).toList()).stream().toList();
            throw fail(path, "stage must be a stage of the process " + known + ", but was '" + s.value() + "'"
                    + ScenarioBinding.nearest(s.value(), known).map(n -> "; did you mean " + n + "?").orElse(""));
        }
        return s;
    }

    private TouchpointId touchpoint(String text, String path) {
        TouchpointId t = checked(path, () -> TouchpointId.of(text));
        if (processKnown && !touchpoints.contains(t)) {
            List<String> known = touchpoints.stream().map(TouchpointId::value).sorted().toList();
            throw fail(path, "touchpoint must be a touchpoint of the process, but was '" + t.value() + "'"
                    + ScenarioBinding.nearest(t.value(), known).map(n -> "; did you mean " + n + "?").orElse(""));
        }
        return t;
    }

    private <E extends Enum<E>> E constant(String text, String path, Class<E> type) {
        return constant(text, path, type, null);
    }

    /**
     * An enum constant by name; the message lists the names, says what kind of key it is when the
     * name is a key of an object ({@code "a day of the week"}), and suggests a near name.
     */
    private <E extends Enum<E>> E constant(String text, String path, Class<E> type, String keyKind) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            String near = ScenarioBinding.nearest(text, names).map(n -> "; did you mean " + n + "?").orElse("");
            if (keyKind != null) {
                throw fail(path, ScenarioBinding.lastName(ScenarioBinding.parent(path)) + " keys must be " + keyKind
                        + " " + names + ", but was '" + text + "'" + near);
            }
            throw fail(path, ScenarioBinding.oneOf(ScenarioBinding.lastName(path), text, names));
        }
    }

    private <K> Map<K, Double> weights(Map<String, BigDecimal> raw, String path, Function<String, K> key,
            String field) {
        int before = marks();
        Map<K, Double> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            String p = child(path, k);
            Optional<K> parsed = attempt(() -> checked(p, () -> key.apply(k)));
            Optional<Double> w = attempt(() -> weight(notNull(v, p), p, field + "." + k));
            if (parsed.isPresent() && w.isPresent()) {
                out.put(parsed.get(), w.get());
            }
        });
        settle(before);
        return checked(path, () -> Valid.weights(out, field, false));
    }

    private <E extends Enum<E>> Map<E, Double> enumWeights(Map<String, BigDecimal> raw, String path, Class<E> type,
            String field) {
        int before = marks();
        Map<E, Double> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            String p = child(path, k);
            Optional<E> parsed = attempt(() -> constant(k, p, type, "one of"));
            Optional<Double> w = attempt(() -> weight(notNull(v, p), p, field + "." + k));
            if (parsed.isPresent() && w.isPresent()) {
                out.put(parsed.get(), w.get());
            }
        });
        settle(before);
        return checked(path, () -> Valid.weights(out, field, false));
    }

    private double weight(BigDecimal value, String path, String field) {
        double v = number(value, path);
        if (!(v >= 0)) {
            throw fail(path, field + " must be zero or a positive weight, but was " + value);
        }
        return v;
    }

    private <T> T checked(String path, Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            if (e instanceof ScenarioFormatException s) {
                throw s;
            }
            throw fail(path, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private <T> T checked(String path, Supplier<T> f, String expected) {
        try {
            return f.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw fail(path, ScenarioBinding.lastName(path) + " must be " + expected, e);
        }
    }
}
