package org.qualityloop.examples.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.qualityloop.examples.internal.JsonTree.Arr;
import org.qualityloop.examples.internal.JsonTree.Node;
import org.qualityloop.examples.internal.JsonTree.Obj;
import org.qualityloop.examples.internal.JsonTree.Scalar;
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
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.survey.ServqualDimension;

/**
 * Reads a scenario from its JSON form (docs/scenarios.md). The process, the SLA policy and the KPI
 * definitions use the documented shape of {@code quality-model} ({@link QualityLoopJson}); the
 * calendar, the population and the improvements have their own shape, read here. Every error
 * names the field and the line and column of its value. Not exported.
 */
public final class ScenarioReader {

    private static final ObjectMapper MODEL = QualityLoopJson.mapper();

    private final JsonTree tree;
    private Set<TouchpointId> touchpoints = Set.of();
    private Set<StageId> stages = Set.of();

    private ScenarioReader(JsonTree tree) {
        this.tree = tree;
    }

    /**
     * Reads a scenario.
     *
     * @param json the document, not null
     * @param source its name in messages, such as the file name
     * @return the scenario
     * @throws ScenarioFormatException naming the field, line and column of the first problem
     */
    public static Scenario read(String json, String source) {
        JsonTree tree = JsonTree.parse(json, source);
        return new ScenarioReader(tree).scenario(tree.root());
    }

    // ------------------------------------------------------------------ the document

    private Scenario scenario(Node node) {
        Fields f = object(node);
        Scenario.Builder b = Scenario.builder(f.code("name"));
        b.title(f.text("title"));
        b.description(f.optional("description").map(this::text).orElse(""));
        b.start(f.value("start", this::date));
        ServiceProcess process = f.value("process", n -> model(n, ServiceProcess.class));
        touchpoints = new HashSet<>();
        stages = new HashSet<>();
        for (Touchpoint t : process.touchpoints()) {
            touchpoints.add(t.id());
        }
        process.stages().forEach(s -> stages.add(s.id()));
        b.process(process);
        BusinessCalendar calendar = f.value("calendar", this::calendar);
        b.calendar(calendar);
        b.slaPolicy(f.value("slaPolicy", n -> model(n, SlaPolicy.class)));
        List<ScenarioKpi> kpis = f.value("kpis", n -> list(n, this::kpi));
        b.kpis(kpis);
        b.demand(f.value("demand", this::demand));
        b.steps(f.value("steps", this::steps));
        b.feedback(f.optional("feedback").map(this::feedback).orElseGet(Defaults::feedback));
        b.desk(f.value("desk", this::desk));
        b.surveys(f.optional("surveys").map(this::surveys).orElseGet(Defaults::surveys));
        Set<KpiId> ids = new HashSet<>();
        kpis.forEach(k -> ids.add(k.definition().id()));
        b.improvements(f.optional("improvements").map(n -> list(n, i -> improvement(i, ids))).orElse(List.of()));
        f.done();
        try {
            return b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String path = message.contains(" ") ? message.substring(0, message.indexOf(' ')) : "";
            Node at = JsonTree.locate(node, JsonTree.steps(path));
            throw tree.error(at, message, e);
        }
    }

    // ------------------------------------------------------------------ calendar

    private BusinessCalendar calendar(Node node) {
        Fields f = object(node);
        String name = f.value("name", n -> checked(n, () -> Valid.id(text(n), "name")));
        String zone = f.text("zone");
        BusinessCalendar.Builder b = checked(f.node("zone"), () -> BusinessCalendar.builder(name, zone));
        f.optional("hours").ifPresent(h -> {
            Fields days = object(h);
            for (String key : days.keys()) {
                Node v = days.node(key);
                DayOfWeek day = checked(v, () -> DayOfWeek.valueOf(key), "a day of the week such as MONDAY, but was '" + key + "'");
                b.hours(day, intervals(v).toArray(new WorkingInterval[0]));
            }
            days.done();
        });
        f.optional("holidays").ifPresent(h -> {
            for (Node d : array(h).items) {
                String t = text(d);
                if (t.startsWith("--")) {
                    b.holiday(checked(d, () -> MonthDay.parse(t), "a date such as 2026-10-01 or a yearly date such as --10-01, but was '" + t + "'"));
                } else {
                    b.holiday(checked(d, () -> LocalDate.parse(t), "a date such as 2026-10-01 or a yearly date such as --10-01, but was '" + t + "'"));
                }
            }
        });
        f.optional("specialHours").ifPresent(h -> {
            Fields dates = object(h);
            for (String key : dates.keys()) {
                Node v = dates.node(key);
                WorkingInterval[] in = intervals(v).toArray(new WorkingInterval[0]);
                if (in.length == 0) {
                    throw tree.error(v, "special hours must list at least one interval; list the date under holidays for a day without work");
                }
                if (key.startsWith("--")) {
                    b.specialHours(checked(v, () -> MonthDay.parse(key), "a date key such as 2026-12-24 or --12-24, but was '" + key + "'"), in);
                } else {
                    b.specialHours(checked(v, () -> LocalDate.parse(key), "a date key such as 2026-12-24 or --12-24, but was '" + key + "'"), in);
                }
            }
            dates.done();
        });
        f.done();
        return checked(node, b::build);
    }

    private List<WorkingInterval> intervals(Node node) {
        List<WorkingInterval> out = new ArrayList<>();
        for (Node i : array(node).items) {
            String t = text(i);
            out.add(checked(i, () -> WorkingInterval.parse(t)));
        }
        return out;
    }

    // ------------------------------------------------------------------ KPIs

    private ScenarioKpi kpi(Node node) {
        Fields f = object(node);
        KpiDefinition d = f.value("definition", n -> model(n, KpiDefinition.class));
        Measure m = f.value("measure", this::measure);
        f.done();
        return checked(f.node("measure"), () -> ScenarioKpi.of(d, m));
    }

    private Measure measure(Node node) {
        Fields f = object(node);
        MeasureKind kind = f.value("kind", n -> constant(n, MeasureKind.class));
        Optional<StageId> stage = f.optional("stage").map(n -> stage(n));
        Optional<TouchpointId> tp = f.optional("touchpoint").map(n -> touchpoint(n));
        Optional<SlaTarget> target = f.optional("target").map(n -> checked(n, () -> SlaTarget.of(text(n))));
        Statistic statistic = f.optional("statistic").map(n -> constant(n, Statistic.class)).orElse(Statistic.MEAN);
        f.done();
        return checked(node, () -> new Measure(kind, stage, tp, target, statistic));
    }

    // ------------------------------------------------------------------ population

    private Demand demand(Node node) {
        Fields f = object(node);
        double perDay = f.value("casesPerDay", n -> positive(n));
        double weekend = f.optional("weekendFactor").map(this::nonNegative).orElse(1.0);
        double least = 7.0 / Simulation.HORIZON_DAYS / (5 + 2 * weekend);
        if (perDay < least) {
            throw tree.error(f.node("casesPerDay"), "casesPerDay must bring at least one case within the horizon of "
                    + Simulation.HORIZON_DAYS + " days, so be at least " + least + " with weekendFactor "
                    + plain(weekend) + ", but was " + text(f.node("casesPerDay"), perDay));
        }
        List<Double> hourly = f.optional("hourly").map(n -> {
            List<Double> h = list(n, this::nonNegative);
            if (h.size() != 24) {
                throw tree.error(n, "hourly must have 24 entries, one per hour, but had " + h.size());
            }
            return h;
        }).orElse(Demand.FLAT);
        Map<CustomerSegment, Double> segments = f.optional("segments")
                .map(n -> weights(n, k -> CustomerSegment.of(k), "segments"))
                .orElse(Map.of(CustomerSegment.DEFAULT, 1.0));
        double perCustomer = f.optional("casesPerCustomer").map(n -> {
            double v = number(n);
            if (v < 1) {
                throw tree.error(n, "casesPerCustomer must be at least 1, but was " + v);
            }
            return v;
        }).orElse(1.0);
        f.done();
        return checked(node, () -> new Demand(perDay, weekend, hourly, segments, perCustomer));
    }

    private List<Step> steps(Node node) {
        Arr a = array(node);
        if (a.items.isEmpty()) {
            throw tree.error(node, "steps must hold at least one step, but was empty");
        }
        Set<TouchpointId> seen = new HashSet<>();
        List<Step> out = new ArrayList<>();
        for (Node n : a.items) {
            Step s = step(n);
            if (!seen.add(s.touchpoint())) {
                throw tree.error(((Obj) n).fields.get("touchpoint"), "touchpoint '" + s.touchpoint()
                        + "' has a step already; each touchpoint appears in one step only");
            }
            out.add(s);
        }
        return out;
    }

    private Step step(Node node) {
        Fields f = object(node);
        TouchpointId tp = f.value("touchpoint", this::touchpoint);
        double use = f.optional("use").map(this::probability).orElse(1.0);
        Optional<String> group = f.optional("group").map(n -> checked(n,
                () -> Valid.code(text(n), "group")));
        LogNormal duration = f.value("duration", this::logNormal);
        double failure = f.optional("failure").map(this::probability).orElse(0.0);
        boolean stops = f.optional("stopsOnFailure").map(this::bool).orElse(false);
        FeedbackCategory failureCategory = f.optional("failureCategory").map(this::category)
                .orElse(FeedbackCategory.TECHNICAL_ISSUE);
        ServiceFailureKind kind = f.optional("failureKind").map(n -> constant(n, ServiceFailureKind.class))
                .orElse(ServiceFailureKind.SYSTEM);
        RootCauseCategory cause = f.optional("rootCause").map(n -> constant(n, RootCauseCategory.class))
                .orElse(RootCauseCategory.MACHINE);
        double onFailure = f.optional("complaintOnFailure").map(this::probability).orElse(0.0);
        Optional<Duration> slowAfter = f.optional("slowAfter").map(n -> positiveDuration(n));
        FeedbackCategory slowCategory = f.optional("slowCategory").map(this::category)
                .orElse(FeedbackCategory.PROCESS_SUGGESTION);
        double whenSlow = f.optional("complaintWhenSlow").map(this::probability).orElse(0.0);
        Optional<FeedbackCategory> other = f.optional("otherCategory").map(this::category);
        double otherwise = f.optional("complaintOtherwise").map(this::probability).orElse(0.0);
        f.done();
        return checked(node, () -> new Step(tp, use, group, duration, failure, stops, failureCategory, kind, cause,
                onFailure, slowAfter, slowCategory, whenSlow, other, otherwise));
    }

    private FeedbackMix feedback(Node node) {
        FeedbackMix d = Defaults.feedback();
        Fields f = object(node);
        double general = f.optional("generalRate").map(this::probability).orElse(d.generalRate());
        Map<FeedbackCategory, Double> categories = f.optional("categories")
                .map(n -> weights(n, FeedbackCategory::of, "categories")).orElse(d.categories());
        Map<Severity, Double> severities = f.optional("severities")
                .map(n -> weights(n, k -> Severity.valueOf(k), "severities")).orElse(d.severities());
        Map<Severity, Double> failureSeverities = f.optional("failureSeverities")
                .map(n -> weights(n, k -> Severity.valueOf(k), "failureSeverities")).orElse(d.failureSeverities());
        Map<Channel, Double> channels = f.optional("channels").map(n -> weights(n, Channel::of, "channels"))
                .orElse(d.channels());
        LogNormal delay = f.optional("delay").map(this::logNormal).orElse(d.delay());
        double invalid = f.optional("invalidShare").map(this::probability).orElse(d.invalidShare());
        f.done();
        return checked(node, () -> new FeedbackMix(general, categories, severities, failureSeverities, channels, delay,
                invalid));
    }

    private ServiceDesk desk(Node node) {
        Fields f = object(node);
        int agents = f.value("agents", n -> {
            double v = number(n);
            if (v < 1 || v != Math.rint(v) || v > 10_000) {
                throw tree.error(n, "agents must be a whole number from 1 to 10000, but was " + text(n, v));
            }
            return (int) v;
        });
        String currency = f.optional("currency").map(this::text).orElse("CNY");
        ServiceDesk d = Defaults.desk(agents, "CNY");
        List<AgentId> escalation = f.optional("escalation")
                .map(n -> list(n, i -> checked(i, () -> AgentId.of(text(i))))).orElse(d.escalation());
        Set<SlaTarget> escalateOn = f.optional("escalateOn")
                .map(n -> new TreeSet<>(list(n, i -> checked(i, () -> SlaTarget.of(text(i)))))).map(s -> (Set<SlaTarget>) s)
                .orElse(d.escalateOn());
        Map<Severity, Priority> priorities = f.optional("priorities").map(n -> {
            Fields p = object(n);
            Map<Severity, Priority> m = new LinkedHashMap<>(d.priorities());
            for (String key : p.keys()) {
                Node v = p.node(key);
                Severity s = checked(v, () -> Severity.valueOf(key), "a severity (MINOR, MODERATE, MAJOR, CRITICAL), but was '" + key + "'");
                m.put(s, constant(v, Priority.class));
            }
            p.done();
            return m;
        }).orElse(d.priorities());
        Set<CustomerSegment> upgrade = f.optional("priorityUpgrade")
                .map(n -> (Set<CustomerSegment>) new TreeSet<>(list(n, i -> checked(i, () -> CustomerSegment.of(text(i))))))
                .orElse(d.priorityUpgrade());
        LogNormal firstContact = f.optional("firstContact").map(this::logNormal).orElse(d.firstContact());
        LogNormal resolution = f.optional("resolution").map(this::logNormal).orElse(d.resolution());
        double fcr = f.optional("firstContactResolution").map(this::probability).orElse(d.firstContactResolution());
        double await = f.optional("awaitCustomer").map(this::probability).orElse(d.awaitCustomer());
        LogNormal reply = f.optional("customerReply").map(this::logNormal).orElse(d.customerReply());
        double fixFailure = f.optional("fixFailure").map(this::probability).orElse(d.fixFailure());
        LogNormal followUpDelay = f.optional("followUpDelay").map(this::logNormal).orElse(d.followUpDelay());
        LogNormal followUpCall = f.optional("followUpCall").map(this::logNormal).orElse(d.followUpCall());
        double reach = f.optional("reachRate").map(n -> {
            double v = probability(n);
            if (v == 0) {
                throw tree.error(n, "reachRate must be above 0 and at most 1, but was 0");
            }
            return v;
        }).orElse(d.reachRate());
        int attempts = f.optional("followUpAttempts").map(n -> {
            double v = number(n);
            if (v < 1 || v != Math.rint(v) || v > 100) {
                throw tree.error(n, "followUpAttempts must be a whole number from 1 to 100, but was " + text(n));
            }
            return (int) v;
        }).orElse(d.followUpAttempts());
        double knowledge = f.optional("knowledgeShare").map(this::probability).orElse(d.knowledgeShare());
        double compensationShare = f.optional("compensationShare").map(this::probability).orElse(d.compensationShare());
        Money compensation = f.optional("compensation").map(n -> model(n, Money.class))
                .orElseGet(() -> checked(f.optional("currency").orElse(node), () -> Money.of("50.00", currency)));
        double satisfaction = f.optional("satisfaction").map(n -> range(n, 1, 5)).orElse(d.satisfaction());
        f.done();
        return checked(node, () -> new ServiceDesk(agents, escalation, escalateOn, priorities, upgrade, firstContact,
                resolution, fcr, await, reply, fixFailure, followUpDelay, followUpCall, reach, attempts, knowledge,
                compensationShare, compensation, satisfaction));
    }

    private Surveys surveys(Node node) {
        Surveys d = Defaults.surveys();
        Fields f = object(node);
        double rate = f.optional("responseRate").map(this::probability).orElse(d.responseRate());
        Surveys.Score nps = f.optional("nps").map(n -> score(n, 0, 10)).orElse(d.nps());
        Surveys.Score csat = f.optional("csat").map(n -> score(n, 1, 5)).orElse(d.csat());
        Surveys.Score ces = f.optional("ces").map(n -> score(n, 1, 7)).orElse(d.ces());
        Surveys.Effects effects = f.optional("effects").map(n -> {
            Fields e = object(n);
            Surveys.Effects x = d.effects();
            double failure = e.optional("failure").map(this::number).orElse(x.failure());
            double slow = e.optional("slow").map(this::number).orElse(x.slow());
            double breach = e.optional("breach").map(this::number).orElse(x.breach());
            double reopen = e.optional("reopen").map(this::number).orElse(x.reopen());
            double recovered = e.optional("recovered").map(this::number).orElse(x.recovered());
            e.done();
            return new Surveys.Effects(failure, slow, breach, reopen, recovered);
        }).orElse(d.effects());
        double detail = f.optional("detailShare").map(this::probability).orElse(d.detailShare());
        Map<ServqualDimension, Surveys.Gap> servqual = f.optional("servqual").map(n -> {
            Fields s = object(n);
            Map<ServqualDimension, Surveys.Gap> m = new LinkedHashMap<>(d.servqual());
            for (String key : s.keys()) {
                Node v = s.node(key);
                ServqualDimension dim = checked(v, () -> ServqualDimension.valueOf(key),
                        "a SERVQUAL dimension (RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY, TANGIBLES), but was '" + key + "'");
                Fields g = object(v);
                double e = g.value("expectation", x -> range(x, 1, 7));
                double p = g.value("perception", x -> range(x, 1, 7));
                g.done();
                m.put(dim, new Surveys.Gap(e, p));
            }
            s.done();
            return m;
        }).orElse(d.servqual());
        List<Surveys.IpaAttribute> ipa = f.optional("ipa").map(n -> list(n, i -> {
            Fields a = object(i);
            String name = a.text("attribute");
            double imp = a.value("importance", x -> range(x, 1, 5));
            double perf = a.value("performance", x -> range(x, 1, 5));
            a.done();
            return new Surveys.IpaAttribute(name, imp, perf);
        })).orElse(d.ipa());
        List<Surveys.KanoFeature> kano = f.optional("kano").map(n -> list(n, i -> {
            Fields k = object(i);
            String name = k.text("feature");
            Map<KanoCategory, Double> w = k.value("categories", x -> weights(x, c -> KanoCategory.valueOf(c),
                    "categories"));
            k.done();
            return checked(i, () -> new Surveys.KanoFeature(name, w));
        })).orElse(d.kano());
        f.done();
        return checked(node, () -> new Surveys(rate, nps, csat, ces, effects, detail, servqual, ipa, kano));
    }

    private Surveys.Score score(Node node, double min, double max) {
        Fields f = object(node);
        double mean = f.value("mean", n -> range(n, min, max));
        double spread = f.value("spread", n -> positive(n));
        f.done();
        return new Surveys.Score(mean, spread);
    }

    // ------------------------------------------------------------------ improvements

    private Improvement improvement(Node node, Set<KpiId> kpis) {
        Fields f = object(node);
        String name = f.code("name");
        String description = f.text("description");
        List<ScenarioChange> changes = f.optional("changes").map(n -> list(n, this::change)).orElse(List.of());
        List<KpiId> expected = f.optional("expected").map(n -> list(n, i -> {
            KpiId id = checked(i, () -> KpiId.of(text(i)));
            if (!kpis.contains(id)) {
                throw tree.error(i, "expected must name KPIs of the scenario, but '" + id.value() + "' is not one");
            }
            return id;
        })).orElse(List.of());
        f.done();
        return checked(node, () -> new Improvement(name, description, changes, expected));
    }

    private ScenarioChange change(Node node) {
        Fields f = object(node);
        String type = f.text("type");
        ScenarioChange c = switch (type) {
            case "step-duration" -> new ScenarioChange.StepDuration(f.value("touchpoint", this::touchpoint),
                    f.value("factor", n -> positive(n)));
            case "step-failure" -> new ScenarioChange.StepFailure(f.value("touchpoint", this::touchpoint),
                    f.value("factor", this::nonNegative));
            case "agents" -> new ScenarioChange.Agents(f.value("agents", n -> {
                double v = number(n);
                if (v < 1 || v != Math.rint(v) || v > 10_000) {
                    throw tree.error(n, "agents must be a whole number from 1 to 10000, but was " + text(n, v));
                }
                return (int) v;
            }));
            case "handling-time" -> new ScenarioChange.HandlingTime(f.value("factor", n -> positive(n)));
            case "satisfaction" -> new ScenarioChange.Satisfaction(f.value("points", this::number));
            default -> throw tree.error(f.node("type"), "type must be one of step-duration, step-failure, agents,"
                    + " handling-time, satisfaction, but was '" + type + "'");
        };
        f.done();
        return c;
    }

    // ------------------------------------------------------------------ values

    private <T> T model(Node node, Class<T> type) {
        JsonNode json = node.toJackson();
        try {
            return MODEL.treeToValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            List<Object> path = new ArrayList<>();
            if (e instanceof JsonMappingException m) {
                for (JsonMappingException.Reference r : m.getPath()) {
                    path.add(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
                }
            }
            Node at = JsonTree.locate(node, path);
            String message = null;
            for (Throwable c = e.getCause(); c != null && message == null; c = c.getCause()) {
                if (c instanceof IllegalArgumentException || c instanceof NullPointerException) {
                    message = c.getMessage();
                }
            }
            if (message == null) {
                message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
                message = "not a valid " + type.getSimpleName() + ": " + firstLine(message);
            }
            throw tree.error(at, message, e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private Fields object(Node node) {
        if (!(node instanceof Obj o)) {
            throw tree.error(node, "must be an object, but was " + node.kind());
        }
        return new Fields(o);
    }

    private Arr array(Node node) {
        if (!(node instanceof Arr a)) {
            throw tree.error(node, "must be an array, but was " + node.kind());
        }
        return a;
    }

    private <T> List<T> list(Node node, Function<Node, T> item) {
        List<T> out = new ArrayList<>();
        for (Node n : array(node).items) {
            out.add(item.apply(n));
        }
        return out;
    }

    private String text(Node node) {
        if (!(node instanceof Scalar s) || !s.value.isTextual()) {
            throw tree.error(node, "must be a string, but was " + node.kind());
        }
        return s.value.textValue();
    }

    private double number(Node node) {
        if (!(node instanceof Scalar s) || !s.value.isNumber()) {
            throw tree.error(node, "must be a number, but was " + node.kind());
        }
        double v = s.value.doubleValue();
        if (Double.isInfinite(v)) {
            throw tree.error(node, JsonTree.outOfRange(node.path, s.value.asText()));
        }
        return v;
    }

    private boolean bool(Node node) {
        if (!(node instanceof Scalar s) || !s.value.isBoolean()) {
            throw tree.error(node, "must be true or false, but was " + node.kind());
        }
        return s.value.booleanValue();
    }

    private String name(Node node) {
        String p = node.path;
        int dot = p.lastIndexOf('.');
        String last = dot < 0 ? p : p.substring(dot + 1);
        int b = last.indexOf('[');
        return b < 0 ? last : last.substring(0, b);
    }

    private double probability(Node node) {
        return range(node, 0, 1);
    }

    private double range(Node node, double min, double max) {
        double v = number(node);
        if (!(v >= min && v <= max)) {
            throw tree.error(node, name(node) + " must be between " + plain(min) + " and " + plain(max) + ", but was "
                    + text(node, v));
        }
        return v;
    }

    private double positive(Node node) {
        double v = number(node);
        if (!(v > 0)) {
            throw tree.error(node, name(node) + " must be a positive number, but was " + text(node, v));
        }
        return v;
    }

    private double nonNegative(Node node) {
        double v = number(node);
        if (!(v >= 0)) {
            throw tree.error(node, name(node) + " must be zero or a positive number, but was " + text(node, v));
        }
        return v;
    }

    private static String text(Node node, double v) {
        return node instanceof Scalar s ? s.value.asText() : Double.toString(v);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private LocalDate date(Node node) {
        String t = text(node);
        return checked(node, () -> LocalDate.parse(t), "a date such as 2026-09-01, but was '" + t + "'");
    }

    private Duration positiveDuration(Node node) {
        String t = text(node);
        Duration d = checked(node, () -> Duration.parse(t), "an ISO-8601 duration such as PT30M or P2D, but was '" + t + "'");
        if (d.isZero() || d.isNegative()) {
            throw tree.error(node, name(node) + " must be a positive duration, but was " + t);
        }
        return d;
    }

    private LogNormal logNormal(Node node) {
        Fields f = object(node);
        Duration median = f.value("median", this::positiveDuration);
        Duration p90 = f.value("p90", this::positiveDuration);
        f.done();
        return checked(f.node("p90"), () -> new LogNormal(median, p90));
    }

    private FeedbackCategory category(Node node) {
        String t = text(node);
        return checked(node, () -> FeedbackCategory.of(t));
    }

    private StageId stage(Node node) {
        StageId s = checked(node, () -> StageId.of(text(node)));
        if (!stages.contains(s)) {
            throw tree.error(node, "stage must be a stage of the process " + new TreeSet<>(stages.stream()
                    .map(StageId::value).toList()) + ", but was '" + s.value() + "'");
        }
        return s;
    }

    private TouchpointId touchpoint(Node node) {
        TouchpointId t = checked(node, () -> TouchpointId.of(text(node)));
        if (!touchpoints.contains(t)) {
            throw tree.error(node, "touchpoint must be a touchpoint of the process, but was '" + t.value() + "'");
        }
        return t;
    }

    private <E extends Enum<E>> E constant(Node node, Class<E> type) {
        String t = text(node);
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            throw tree.error(node, name(node) + " must be one of " + names + ", but was '" + t + "'");
        }
    }

    private <K> Map<K, Double> weights(Node node, Function<String, K> key, String field) {
        Fields f = object(node);
        Map<K, Double> out = new LinkedHashMap<>();
        for (String k : f.keys()) {
            Node v = f.node(k);
            K parsed = checked(v, () -> key.apply(k));
            out.put(parsed, nonNegativeWeight(v, field + "." + k));
        }
        f.done();
        return checked(node, () -> Valid.weights(out, field, false));
    }

    private double nonNegativeWeight(Node node, String field) {
        double v = number(node);
        if (!(v >= 0)) {
            throw tree.error(node, field + " must be zero or a positive weight, but was " + text(node, v));
        }
        return v;
    }

    private <T> T checked(Node node, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            if (e instanceof ScenarioFormatException s) {
                throw s;
            }
            throw tree.error(node, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private <T> T checked(Node node, java.util.function.Supplier<T> f, String expected) {
        try {
            return f.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            if (e instanceof ScenarioFormatException s) {
                throw s;
            }
            throw tree.error(node, name(node) + " must be " + expected, e);
        }
    }

    /** The fields of an object, with the ones read remembered so unknown ones can be reported. */
    private final class Fields {
        private final Obj obj;
        private final Set<String> read = new HashSet<>();

        Fields(Obj obj) {
            this.obj = obj;
        }

        List<String> keys() {
            read.addAll(obj.fields.keySet());
            return List.copyOf(obj.fields.keySet());
        }

        Node node(String key) {
            read.add(key);
            Node n = obj.fields.get(key);
            if (n == null) {
                throw tree.error(obj, "field '" + key + "' is missing");
            }
            return n;
        }

        Optional<Node> optional(String key) {
            read.add(key);
            Node n = obj.fields.get(key);
            return n == null || (n instanceof Scalar s && s.value.isNull()) ? Optional.empty() : Optional.of(n);
        }

        <T> T value(String key, Function<Node, T> f) {
            Node n = node(key);
            if (n instanceof Scalar s && s.value.isNull()) {
                throw tree.error(n, "field '" + key + "' must not be null");
            }
            return f.apply(n);
        }

        String text(String key) {
            return value(key, n -> {
                String t = ScenarioReader.this.text(n);
                if (t.isBlank()) {
                    throw tree.error(n, key + " must not be blank");
                }
                return t;
            });
        }

        String code(String key) {
            return value(key, n -> checked(n, () -> Valid.code(
                    ScenarioReader.this.text(n), key)));
        }

        void done() {
            for (Map.Entry<String, Node> e : obj.fields.entrySet()) {
                if (!read.contains(e.getKey())) {
                    List<String> known = new ArrayList<>(read);
                    known.sort(String::compareTo);
                    throw tree.error(e.getValue(), "unknown field '" + e.getKey() + "'"
                            + (known.isEmpty() ? "" : "; expected one of " + known));
                }
            }
        }
    }
}
