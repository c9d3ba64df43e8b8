package org.qualityloop.examples.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qualityloop.examples.scenario.Demand;
import org.qualityloop.examples.scenario.FeedbackMix;
import org.qualityloop.examples.scenario.Improvement;
import org.qualityloop.examples.scenario.LogNormal;
import org.qualityloop.examples.scenario.Measure;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioChange;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.examples.scenario.Statistic;
import org.qualityloop.examples.scenario.Step;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.jackson.QualityLoopJson;

/**
 * Writes a scenario in the JSON form {@link ScenarioReader} reads, every field written, in a
 * stable order, two-space indented. Not exported.
 */
public final class ScenarioWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Keeps decimals as the model holds them: a KPI target of 20 is written 20, not 2E+1. */
    private static final ObjectMapper MODEL = QualityLoopJson.mapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private ScenarioWriter() {
    }

    /**
     * Writes a scenario.
     *
     * @param s the scenario, not null
     * @return the JSON text, ending with a newline
     */
    public static String write(Scenario s) {
        ObjectNode o = F.objectNode();
        o.put("name", s.name());
        o.put("title", s.title());
        o.put("description", s.description());
        o.put("start", s.start().toString());
        o.set("process", model(s.process()));
        o.set("calendar", calendar(s.calendar()));
        o.set("slaPolicy", model(s.slaPolicy()));
        ArrayNode kpis = o.putArray("kpis");
        for (ScenarioKpi k : s.kpis()) {
            ObjectNode kn = kpis.addObject();
            kn.set("definition", model(k.definition()));
            kn.set("measure", measure(k.measure()));
        }
        o.set("demand", demand(s.demand()));
        ArrayNode steps = o.putArray("steps");
        s.steps().forEach(st -> steps.add(step(st)));
        o.set("feedback", feedback(s.feedback()));
        o.set("desk", desk(s.desk()));
        o.set("surveys", surveys(s.surveys()));
        ArrayNode imps = o.putArray("improvements");
        for (Improvement i : s.improvements()) {
            ObjectNode in = imps.addObject();
            in.put("name", i.name());
            in.put("description", i.description());
            ArrayNode changes = in.putArray("changes");
            i.changes().forEach(c -> changes.add(change(c)));
            ArrayNode expected = in.putArray("expected");
            i.expected().forEach(k -> expected.add(k.value()));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MODEL.writer(printer).writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode model(Object value) {
        return MODEL.valueToTree(value);
    }

    private static ObjectNode calendar(BusinessCalendar c) {
        ObjectNode o = F.objectNode();
        o.put("name", c.name());
        o.put("zone", c.zone().getId());
        ObjectNode hours = o.putObject("hours");
        for (DayOfWeek d : DayOfWeek.values()) {
            List<WorkingInterval> in = c.weeklySchedule().get(d);
            if (!in.isEmpty()) {
                hours.set(d.name(), intervals(in));
            }
        }
        ArrayNode holidays = o.putArray("holidays");
        ObjectNode special = o.putObject("specialHours");
        new TreeMap<MonthDay, List<WorkingInterval>>(c.yearlyExceptions()).forEach((day, in) -> {
            if (in.isEmpty()) {
                holidays.add(day.toString());
            } else {
                special.set(day.toString(), intervals(in));
            }
        });
        new TreeMap<LocalDate, List<WorkingInterval>>(c.dateExceptions()).forEach((day, in) -> {
            if (in.isEmpty()) {
                holidays.add(day.toString());
            } else {
                special.set(day.toString(), intervals(in));
            }
        });
        return o;
    }

    private static ArrayNode intervals(List<WorkingInterval> in) {
        ArrayNode a = F.arrayNode();
        in.forEach(i -> a.add(i.toString()));
        return a;
    }

    private static ObjectNode measure(Measure m) {
        ObjectNode o = F.objectNode();
        o.put("kind", m.kind().name());
        m.stage().ifPresent(s -> o.put("stage", s.value()));
        m.touchpoint().ifPresent(t -> o.put("touchpoint", t.value()));
        m.target().ifPresent(t -> o.put("target", t.code()));
        if (m.statistic() != Statistic.MEAN) {
            o.put("statistic", m.statistic().name());
        }
        return o;
    }

    private static ObjectNode demand(Demand d) {
        ObjectNode o = F.objectNode();
        o.put("casesPerDay", d.casesPerDay());
        o.put("weekendFactor", d.weekendFactor());
        ArrayNode h = o.putArray("hourly");
        d.hourly().forEach(h::add);
        ObjectNode seg = o.putObject("segments");
        d.segments().forEach((k, v) -> seg.put(k.code(), v));
        o.put("casesPerCustomer", d.casesPerCustomer());
        return o;
    }

    private static ObjectNode logNormal(LogNormal d) {
        ObjectNode o = F.objectNode();
        o.put("median", d.median().toString());
        o.put("p90", d.p90().toString());
        return o;
    }

    private static ObjectNode step(Step s) {
        ObjectNode o = F.objectNode();
        o.put("touchpoint", s.touchpoint().value());
        o.put("use", s.use());
        s.group().ifPresent(g -> o.put("group", g));
        o.set("duration", logNormal(s.duration()));
        o.put("failure", s.failure());
        o.put("stopsOnFailure", s.stopsOnFailure());
        o.put("failureCategory", s.failureCategory().code());
        o.put("failureKind", s.failureKind().name());
        o.put("rootCause", s.rootCause().name());
        o.put("complaintOnFailure", s.complaintOnFailure());
        s.slowAfter().ifPresent(d -> o.put("slowAfter", d.toString()));
        o.put("slowCategory", s.slowCategory().code());
        o.put("complaintWhenSlow", s.complaintWhenSlow());
        s.otherCategory().ifPresent(c -> o.put("otherCategory", c.code()));
        o.put("complaintOtherwise", s.complaintOtherwise());
        return o;
    }

    private static <K> ObjectNode weights(Map<K, Double> w, java.util.function.Function<K, String> key) {
        ObjectNode o = F.objectNode();
        w.forEach((k, v) -> o.put(key.apply(k), v));
        return o;
    }

    private static ObjectNode feedback(FeedbackMix f) {
        ObjectNode o = F.objectNode();
        o.put("generalRate", f.generalRate());
        o.set("categories", weights(f.categories(), c -> c.code()));
        o.set("severities", weights(f.severities(), Enum::name));
        o.set("failureSeverities", weights(f.failureSeverities(), Enum::name));
        o.set("channels", weights(f.channels(), c -> c.code()));
        o.set("delay", logNormal(f.delay()));
        o.put("invalidShare", f.invalidShare());
        return o;
    }

    private static ObjectNode desk(ServiceDesk d) {
        ObjectNode o = F.objectNode();
        o.put("agents", d.agents());
        ArrayNode esc = o.putArray("escalation");
        d.escalation().forEach(a -> esc.add(a.value()));
        ArrayNode on = o.putArray("escalateOn");
        d.escalateOn().forEach(t -> on.add(t.code()));
        ObjectNode pr = o.putObject("priorities");
        d.priorities().forEach((k, v) -> pr.put(k.name(), v.name()));
        ArrayNode up = o.putArray("priorityUpgrade");
        d.priorityUpgrade().forEach(s -> up.add(s.code()));
        o.set("firstContact", logNormal(d.firstContact()));
        o.set("resolution", logNormal(d.resolution()));
        o.put("firstContactResolution", d.firstContactResolution());
        o.put("awaitCustomer", d.awaitCustomer());
        o.set("customerReply", logNormal(d.customerReply()));
        o.put("fixFailure", d.fixFailure());
        o.set("followUpDelay", logNormal(d.followUpDelay()));
        o.set("followUpCall", logNormal(d.followUpCall()));
        o.put("reachRate", d.reachRate());
        o.put("followUpAttempts", d.followUpAttempts());
        o.put("knowledgeShare", d.knowledgeShare());
        o.put("compensationShare", d.compensationShare());
        o.set("compensation", model(d.compensation()));
        o.put("satisfaction", d.satisfaction());
        return o;
    }

    private static ObjectNode score(Surveys.Score s) {
        ObjectNode o = F.objectNode();
        o.put("mean", s.mean());
        o.put("spread", s.spread());
        return o;
    }

    private static ObjectNode surveys(Surveys s) {
        ObjectNode o = F.objectNode();
        o.put("responseRate", s.responseRate());
        o.set("nps", score(s.nps()));
        o.set("csat", score(s.csat()));
        o.set("ces", score(s.ces()));
        ObjectNode fx = o.putObject("effects");
        fx.put("failure", s.effects().failure());
        fx.put("slow", s.effects().slow());
        fx.put("breach", s.effects().breach());
        fx.put("reopen", s.effects().reopen());
        fx.put("recovered", s.effects().recovered());
        o.put("detailShare", s.detailShare());
        ObjectNode sq = o.putObject("servqual");
        s.servqual().forEach((d, g) -> {
            ObjectNode gn = sq.putObject(d.name());
            gn.put("expectation", g.expectation());
            gn.put("perception", g.perception());
        });
        ArrayNode ipa = o.putArray("ipa");
        for (Surveys.IpaAttribute a : s.ipa()) {
            ObjectNode an = ipa.addObject();
            an.put("attribute", a.attribute());
            an.put("importance", a.importance());
            an.put("performance", a.performance());
        }
        ArrayNode kano = o.putArray("kano");
        for (Surveys.KanoFeature k : s.kano()) {
            ObjectNode kn = kano.addObject();
            kn.put("feature", k.feature());
            kn.set("categories", weights(k.categories(), Enum::name));
        }
        return o;
    }

    private static ObjectNode change(ScenarioChange c) {
        ObjectNode o = F.objectNode();
        if (c instanceof ScenarioChange.StepDuration d) {
            o.put("type", "step-duration");
            o.put("touchpoint", d.touchpoint().value());
            o.put("factor", d.factor());
        } else if (c instanceof ScenarioChange.StepFailure f) {
            o.put("type", "step-failure");
            o.put("touchpoint", f.touchpoint().value());
            o.put("factor", f.factor());
        } else if (c instanceof ScenarioChange.Agents a) {
            o.put("type", "agents");
            o.put("agents", a.agents());
        } else if (c instanceof ScenarioChange.HandlingTime h) {
            o.put("type", "handling-time");
            o.put("factor", h.factor());
        } else if (c instanceof ScenarioChange.Satisfaction s) {
            o.put("type", "satisfaction");
            o.put("points", s.points());
        }
        return o;
    }
}
