package org.qualityloop.examples.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.StageId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.sla.SlaPolicy;

/**
 * A scenario the harness runs: a service process with its touchpoints, the service centre's
 * business calendar and SLA policy, the KPIs with their targets and what each measures, and the
 * distributions of the simulated population — demand, what happens at each step, feedback, the
 * service desk that closes the loop and the surveys — plus the improvements that can be tried
 * on it.
 *
 * <p>Built-in scenarios come from {@link org.qualityloop.examples.Scenarios}; a scenario can also be read from JSON with
 * {@link ScenarioJson}. Every scenario has a {@linkplain Improvement#placebo placebo}
 * improvement besides its own, judged by the KPIs of its first improvement. Immutable and
 * thread-safe.
 */
public final class Scenario {

    private final String name;
    private final String title;
    private final String description;
    private final ServiceProcess process;
    private final BusinessCalendar calendar;
    private final SlaPolicy slaPolicy;
    private final List<ScenarioKpi> kpis;
    private final LocalDate start;
    private final Demand demand;
    private final List<Step> steps;
    private final FeedbackMix feedback;
    private final ServiceDesk desk;
    private final Surveys surveys;
    private final List<Improvement> improvements;

    private Scenario(Builder b) {
        this.name = Valid.code(b.name, "name");
        this.title = Valid.notBlank(b.title, "title");
        this.description = Objects.requireNonNull(b.description, "description");
        this.process = Objects.requireNonNull(b.process, "process");
        this.calendar = Objects.requireNonNull(b.calendar, "calendar");
        this.slaPolicy = Objects.requireNonNull(b.slaPolicy, "slaPolicy");
        this.kpis = Valid.listCopy(b.kpis, "kpis");
        this.start = Objects.requireNonNull(b.start, "start");
        this.demand = Objects.requireNonNull(b.demand, "demand");
        this.steps = Valid.listCopy(b.steps, "steps");
        this.feedback = Objects.requireNonNull(b.feedback, "feedback");
        this.desk = Objects.requireNonNull(b.desk, "desk");
        this.surveys = Objects.requireNonNull(b.surveys, "surveys");
        List<Improvement> list = new ArrayList<>(Valid.listCopy(b.improvements, "improvements"));
        if (list.stream().noneMatch(i -> i.name().equals(Improvement.PLACEBO))) {
            list.add(Improvement.placebo(list.isEmpty() ? List.of() : list.get(0).expected()));
        }
        this.improvements = List.copyOf(list);
        validate();
    }

    private void validate() {
        if (kpis.isEmpty()) {
            throw new IllegalArgumentException("kpis must hold at least one KPI, but was empty");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("steps must hold at least one step, but was empty");
        }
        Set<TouchpointId> known = new HashSet<>();
        for (Touchpoint t : process.touchpoints()) {
            known.add(t.id());
        }
        Set<TouchpointId> stepped = new HashSet<>();
        Map<String, Double> groupUse = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!known.contains(s.touchpoint())) {
                throw new IllegalArgumentException("steps[" + i + "].touchpoint must be a touchpoint of process '"
                        + process.id() + "', but was '" + s.touchpoint() + "'");
            }
            if (!stepped.add(s.touchpoint())) {
                throw new IllegalArgumentException("steps[" + i + "].touchpoint must appear in one step only, but '"
                        + s.touchpoint() + "' appears twice");
            }
            s.group().ifPresent(g -> groupUse.merge(g, s.use(), Double::sum));
        }
        groupUse.forEach((g, sum) -> {
            if (sum > 1.0 + 1e-9) {
                throw new IllegalArgumentException("the uses of group '" + g + "' must add up to at most 1, but added up to "
                        + sum);
            }
        });
        Set<KpiId> ids = new HashSet<>();
        for (int i = 0; i < kpis.size(); i++) {
            ScenarioKpi k = kpis.get(i);
            if (!ids.add(k.definition().id())) {
                throw new IllegalArgumentException("kpis[" + i + "] must have a distinct id, but '"
                        + k.definition().id().value() + "' is used twice");
            }
            checkStage(k.definition().stage(), "kpis[" + i + "].definition.stage");
            checkStage(k.measure().stage(), "kpis[" + i + "].measure.stage");
            Optional<TouchpointId> t = k.measure().touchpoint();
            if (t.isPresent() && !known.contains(t.get())) {
                throw new IllegalArgumentException("kpis[" + i + "].measure.touchpoint must be a touchpoint of process '"
                        + process.id() + "', but was '" + t.get() + "'");
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < improvements.size(); i++) {
            Improvement imp = improvements.get(i);
            if (!names.add(imp.name())) {
                throw new IllegalArgumentException("improvements[" + i + "].name must be distinct, but '" + imp.name()
                        + "' is used twice");
            }
            for (KpiId e : imp.expected()) {
                if (!ids.contains(e)) {
                    throw new IllegalArgumentException("improvements[" + i + "].expected must name KPIs of the scenario, but '"
                            + e.value() + "' is not one");
                }
            }
            for (ScenarioChange c : imp.changes()) {
                TouchpointId t = c instanceof ScenarioChange.StepDuration d ? d.touchpoint()
                        : c instanceof ScenarioChange.StepFailure f ? f.touchpoint() : null;
                if (t != null && !stepped.contains(t)) {
                    throw new IllegalArgumentException("improvements[" + i + "] changes touchpoint '" + t
                            + "', which has no step in the scenario");
                }
            }
        }
    }

    private void checkStage(Optional<StageId> stage, String field) {
        stage.ifPresent(s -> {
            if (process.stage(s).isEmpty()) {
                throw new IllegalArgumentException(field + " must be a stage of process '" + process.id()
                        + "', but was '" + s + "'");
            }
        });
    }

    /**
     * Starts a scenario.
     *
     * @param name the scenario's name, a code such as {@code "business-travel"}
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns the scenario's name, a code.
     *
     * @return the scenario's name, a code
     */
    public String name() {
        return name;
    }

    /**
     * Returns the title shown in reports.
     *
     * @return the title shown in reports
     */
    public String title() {
        return title;
    }

    /**
     * Returns what the scenario is, possibly empty.
     *
     * @return what the scenario is, possibly empty
     */
    public String description() {
        return description;
    }

    /**
     * Returns the service process.
     *
     * @return the service process
     */
    public ServiceProcess process() {
        return process;
    }

    /**
     * Returns the business calendar of the service desk and of SLA clocks.
     *
     * @return the business calendar of the service desk and of SLA clocks
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the SLA policy feedback cases run against.
     *
     * @return the SLA policy feedback cases run against
     */
    public SlaPolicy slaPolicy() {
        return slaPolicy;
    }

    /**
     * Returns the KPIs, in scorecard order.
     *
     * @return the KPIs, in scorecard order
     */
    public List<ScenarioKpi> kpis() {
        return kpis;
    }

    /**
     * A KPI by id.
     *
     * @param id the KPI's id
     * @return the KPI, or empty when the scenario has none with that id
     */
    public Optional<ScenarioKpi> kpi(KpiId id) {
        return kpis.stream().filter(k -> k.definition().id().equals(id)).findFirst();
    }

    /**
     * Returns the first simulated day, in the calendar's zone.
     *
     * @return the first simulated day, in the calendar's zone
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the demand.
     *
     * @return the demand
     */
    public Demand demand() {
        return demand;
    }

    /**
     * Returns the steps, in the order cases take them within a stage.
     *
     * @return the steps, in the order cases take them within a stage
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Returns the feedback mix.
     *
     * @return the feedback mix
     */
    public FeedbackMix feedback() {
        return feedback;
    }

    /**
     * Returns the service desk.
     *
     * @return the service desk
     */
    public ServiceDesk desk() {
        return desk;
    }

    /**
     * Returns the surveys.
     *
     * @return the surveys
     */
    public Surveys surveys() {
        return surveys;
    }

    /**
     * Returns the improvements, the placebo last unless the scenario names its own.
     *
     * @return the improvements, the placebo last unless the scenario names its own
     */
    public List<Improvement> improvements() {
        return improvements;
    }

    /**
     * An improvement by name.
     *
     * @param improvementName the name, such as {@code "placebo"}
     * @return the improvement, or empty when the scenario has none with that name
     */
    public Optional<Improvement> improvement(String improvementName) {
        return improvements.stream().filter(i -> i.name().equals(improvementName)).findFirst();
    }

    /**
     * The scenario with an improvement's changes applied (the improvements themselves are kept).
     *
     * @param improvement the improvement, not null; its touchpoints must have steps here
     * @return the changed scenario; this one for a placebo
     */
    public Scenario with(Improvement improvement) {
        Objects.requireNonNull(improvement, "improvement");
        Builder b = toBuilder();
        for (ScenarioChange c : improvement.changes()) {
            if (c instanceof ScenarioChange.StepDuration d) {
                b.steps = replaceStep(b.steps, d.touchpoint(), s -> s.withDurationScaled(d.factor()));
            } else if (c instanceof ScenarioChange.StepFailure f) {
                b.steps = replaceStep(b.steps, f.touchpoint(), s -> s.withFailureScaled(f.factor()));
            } else if (c instanceof ScenarioChange.Agents a) {
                b.desk = b.desk.withAgents(a.agents());
            } else if (c instanceof ScenarioChange.HandlingTime h) {
                b.desk = b.desk.withHandlingScaled(h.factor());
            } else if (c instanceof ScenarioChange.Satisfaction s) {
                b.surveys = b.surveys.withScoresShifted(s.points());
                b.desk = b.desk.withSatisfaction(Math.max(1, Math.min(5, b.desk.satisfaction() + s.points() * 0.4)));
            }
        }
        return improvement.isPlacebo() ? this : b.build();
    }

    private static List<Step> replaceStep(List<Step> steps, TouchpointId id, java.util.function.UnaryOperator<Step> f) {
        List<Step> out = new ArrayList<>(steps.size());
        boolean found = false;
        for (Step s : steps) {
            if (s.touchpoint().equals(id)) {
                out.add(f.apply(s));
                found = true;
            } else {
                out.add(s);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("touchpoint '" + id + "' has no step in the scenario");
        }
        return out;
    }

    /**
     * A builder holding this scenario's parts, to derive a variant.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.title = title;
        b.description = description;
        b.process = process;
        b.calendar = calendar;
        b.slaPolicy = slaPolicy;
        b.kpis = new ArrayList<>(kpis);
        b.start = start;
        b.demand = demand;
        b.steps = new ArrayList<>(steps);
        b.feedback = feedback;
        b.desk = desk;
        b.surveys = surveys;
        b.improvements = new ArrayList<>(improvements);
        return b;
    }

    /**
     * The step of a touchpoint.
     *
     * @param touchpoint the touchpoint
     * @return the step, or empty when the touchpoint has none
     */
    public Optional<Step> step(TouchpointId touchpoint) {
        return steps.stream().filter(s -> s.touchpoint().equals(touchpoint)).findFirst();
    }

    /**
     * The steps per stage, in process order.
     *
     * @return the stages' steps; stages without steps map to an empty list
     */
    public Map<StageId, List<Step>> stepsByStage() {
        Map<TouchpointId, StageId> stageOf = new HashMap<>();
        for (Touchpoint t : process.touchpoints()) {
            stageOf.put(t.id(), t.stage());
        }
        Map<StageId, List<Step>> out = new LinkedHashMap<>();
        process.stages().forEach(s -> out.put(s.id(), new ArrayList<>()));
        for (Step s : steps) {
            out.get(stageOf.get(s.touchpoint())).add(s);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "Scenario[" + name + ", " + process.stages().size() + " stages, " + steps.size() + " steps, "
                + kpis.size() + " KPIs, " + desk.agents() + " agents]";
    }

    /** Builds a {@link Scenario}; {@link #build()} validates every part. Mutable, not thread-safe. */
    public static final class Builder {
        private final String name;
        private String title;
        private String description = "";
        private ServiceProcess process;
        private BusinessCalendar calendar;
        private SlaPolicy slaPolicy;
        private List<ScenarioKpi> kpis = new ArrayList<>();
        private LocalDate start;
        private Demand demand;
        private List<Step> steps = new ArrayList<>();
        private FeedbackMix feedback;
        private ServiceDesk desk;
        private Surveys surveys;
        private List<Improvement> improvements = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the title the report shows for the scenario; required.
         *
         * @param value the title, not blank
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the scenario's description; required, may be empty.
         *
         * @param value the description, not null
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the service process the simulated customers go through; required.
         *
         * @param value the process, not null
         * @return this builder
         */
        public Builder process(ServiceProcess value) {
            this.process = value;
            return this;
        }

        /**
         * Sets the service centre's business calendar, which the SLA clocks run on; required.
         *
         * @param value the calendar, not null
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            this.calendar = value;
            return this;
        }

        /**
         * Sets the SLA policy the case engine applies; required.
         *
         * @param value the SLA policy, not null
         * @return this builder
         */
        public Builder slaPolicy(SlaPolicy value) {
            this.slaPolicy = value;
            return this;
        }

        /**
         * Adds a KPI after those already added; the scenario needs at least one.
         *
         * @param value a KPI to add, not null
         * @return this builder
         */
        public Builder kpi(ScenarioKpi value) {
            this.kpis.add(value);
            return this;
        }

        /**
         * Replaces the KPIs added so far; the scenario needs at least one.
         *
         * @param values the KPIs, replacing any added, not null
         * @return this builder
         */
        public Builder kpis(List<ScenarioKpi> values) {
            this.kpis = new ArrayList<>(values);
            return this;
        }

        /**
         * Sets the first simulated day; required.
         *
         * @param value the first simulated day, not null
         * @return this builder
         */
        public Builder start(LocalDate value) {
            this.start = value;
            return this;
        }

        /**
         * Sets the demand: how many cases arrive per day and hour, and from which customer segments;
         * required.
         *
         * @param value the demand, not null
         * @return this builder
         */
        public Builder demand(Demand value) {
            this.demand = value;
            return this;
        }

        /**
         * Adds a step after those already added; the scenario needs at least one, each at a
         * touchpoint of the process.
         *
         * @param value a step to add, not null
         * @return this builder
         */
        public Builder step(Step value) {
            this.steps.add(value);
            return this;
        }

        /**
         * Replaces the steps added so far; the scenario needs at least one, each at a touchpoint of
         * the process.
         *
         * @param values the steps, replacing any added, not null
         * @return this builder
         */
        public Builder steps(List<Step> values) {
            this.steps = new ArrayList<>(values);
            return this;
        }

        /**
         * Sets the mix of feedback the simulated customers give; required.
         *
         * @param value the feedback mix, not null
         * @return this builder
         */
        public Builder feedback(FeedbackMix value) {
            this.feedback = value;
            return this;
        }

        /**
         * Sets the service desk that works the feedback cases; required.
         *
         * @param value the service desk, not null
         * @return this builder
         */
        public Builder desk(ServiceDesk value) {
            this.desk = value;
            return this;
        }

        /**
         * Sets the surveys the simulated customers answer; required.
         *
         * @param value the surveys, not null
         * @return this builder
         */
        public Builder surveys(Surveys value) {
            this.surveys = value;
            return this;
        }

        /**
         * Adds an improvement that can be tried on the scenario, after those already added; none is
         * required.
         *
         * @param value an improvement to add, not null
         * @return this builder
         */
        public Builder improvement(Improvement value) {
            this.improvements.add(value);
            return this;
        }

        /**
         * Replaces the improvements added so far; an empty list leaves only the placebo.
         *
         * @param values the improvements, replacing any added, not null
         * @return this builder
         */
        public Builder improvements(List<Improvement> values) {
            this.improvements = new ArrayList<>(values);
            return this;
        }

        /**
         * Validates and builds the scenario.
         *
         * @return the scenario
         * @throws IllegalArgumentException when a part is missing or inconsistent; the message names
         *     the field
         * @throws NullPointerException naming a missing part
         */
        public Scenario build() {
            return new Scenario(this);
        }
    }
}
