package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.BlueprintLane;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.JourneyPhase;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.ProcessId;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.Severity;
import org.qualityloop.model.Stage;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.Sentiment;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.ServiceFailureKind;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiDirection;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.kpi.ReviewFrequency;
import org.qualityloop.model.survey.CesResponse;
import org.qualityloop.model.survey.CesScale;
import org.qualityloop.model.survey.CsatResponse;
import org.qualityloop.model.survey.ImportancePerformance;
import org.qualityloop.model.survey.KanoAnswer;
import org.qualityloop.model.survey.KanoResponse;
import org.qualityloop.model.survey.NpsResponse;
import org.qualityloop.model.survey.ServqualDimension;
import org.qualityloop.model.survey.ServqualResponse;
import org.qualityloop.model.survey.SurveyContext;

/**
 * For arbitrary valid values, writing JSON and reading it back gives an equal value; out-of-range
 * inputs are always rejected with the rule's message.
 */
public abstract class ModelJsonContract {

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();


    private <T> T roundTrip(T value, Class<T> type) {
        return codec().read(codec().write(value), type);
    }

    // ---- generators -------------------------------------------------------------------------

    private static Arbitrary<String> idText() {
        return Arbitraries.strings().alpha().numeric().withChars('-', '_', '.', '/').ofMinLength(1).ofMaxLength(24)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    }

    private static Arbitrary<String> code() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-', '_')
                .ofMinLength(0).ofMaxLength(15)
                .flatMap(tail -> Arbitraries.chars().range('a', 'z').map(head -> head + tail));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u4fff').withChars('\n', '\t')
                .ofMaxLength(60);
    }

    private static Arbitrary<String> nonBlankText() {
        return text().filter(s -> !s.isBlank());
    }

    private static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    private static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> values) {
        return values.optional(0.5);
    }

    private static Arbitrary<Money> money() {
        return Combinators.combine(
                        Arbitraries.of("CNY", "USD", "EUR", "JPY", "KWD"),
                        Arbitraries.longs().between(-10_000_000, 10_000_000))
                .as((code, unscaled) -> {
                    Currency currency = Currency.getInstance(code);
                    return Money.of(BigDecimal.valueOf(unscaled, currency.getDefaultFractionDigits()), currency);
                });
    }

    private static Arbitrary<SurveyContext> contexts() {
        return Combinators.combine(idText().map(CustomerId::of), instants(),
                        optional(idText().map(StageId::of)), optional(idText().map(TouchpointId::of)),
                        optional(code().map(Channel::of)))
                .as(SurveyContext::new);
    }

    @Provide
    public Arbitrary<ServiceProcess> processes() {
        Arbitrary<List<String>> stageIds = idText().list().ofMinSize(1).ofMaxSize(6).uniqueElements();
        return stageIds.flatMap(ids -> {
            Arbitrary<Touchpoint> touchpoint = Combinators.combine(
                    idText(), nonBlankText(), Arbitraries.of(ids), Arbitraries.of(JourneyPhase.class),
                    code().map(Channel::of), Arbitraries.of(BlueprintLane.class), idText().map(TeamId::of),
                    Arbitraries.of(true, false))
                    .as((id, name, stage, phase, channel, lane, team, mot) -> new Touchpoint(
                            TouchpointId.of(id), name, StageId.of(stage), phase, channel, lane, team, mot));
            return Combinators.combine(idText(), nonBlankText(),
                            touchpoint.list().ofMaxSize(10).uniqueElements(Touchpoint::id))
                    .as((id, name, touchpoints) -> {
                        List<Stage> stages = new ArrayList<>();
                        ids.forEach(s -> stages.add(Stage.of(s, "Stage " + s)));
                        return new ServiceProcess(ProcessId.of(id), name, stages, touchpoints, false);
                    });
        });
    }

    @Provide
    public Arbitrary<Feedback> feedback() {
        Arbitrary<CustomerRef> customers = Combinators.combine(idText().map(CustomerId::of),
                        optional(nonBlankText()), optional(nonBlankText()), optional(nonBlankText()))
                .as(CustomerRef::new);
        Arbitrary<Validity> validity = Arbitraries.oneOf(Arbitraries.just(Validity.valid()),
                nonBlankText().map(Validity::invalid), nonBlankText().map(Validity::malicious));
        Arbitrary<FeedbackCategory> categories = code().list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> FeedbackCategory.of(String.join("/", parts)));
        return Builders.withBuilder(() -> Feedback.builder(FeedbackId.of("fb"), Channel.APP, Instant.EPOCH))
                .use(Combinators.combine(idText().map(FeedbackId::of), code().map(Channel::of), instants())
                        .as((id, channel, at) -> Feedback.builder(id, channel, at)))
                .in((ignored, fresh) -> fresh)
                .use(idText().map(TouchpointId::of)).withProbability(0.5).in(Feedback.Builder::touchpoint)
                .use(customers).withProbability(0.5).in(Feedback.Builder::customer)
                .use(categories).in(Feedback.Builder::category)
                .use(Arbitraries.of(Severity.class)).in(Feedback.Builder::severity)
                .use(Arbitraries.of(Sentiment.class)).in(Feedback.Builder::sentiment)
                .use(text()).in(Feedback.Builder::text)
                .use(validity).in(Feedback.Builder::validity)
                .use(Arbitraries.of(List.copyOf(new java.util.TreeSet<>(java.time.ZoneId.getAvailableZoneIds())))
                        .map(java.time.ZoneId::of))
                .withProbability(0.5).in(Feedback.Builder::zone)
                .build(Feedback.Builder::build);
    }

    @Provide
    public Arbitrary<RecoveryAction> recoveryActions() {
        Arbitrary<RecoveryAction> plain = Combinators.combine(
                        Arbitraries.of(RecoveryActionKind.class).filter(k -> k != RecoveryActionKind.COMPENSATION),
                        idText().map(AgentId::of), instants(), Arbitraries.of(RecoveryOutcome.class))
                .as(RecoveryAction::of);
        Arbitrary<RecoveryAction> compensation = Combinators.combine(money().filter(m -> !m.negative()),
                        idText().map(AgentId::of), instants(), Arbitraries.of(RecoveryOutcome.class))
                .as(RecoveryAction::compensation);
        return Arbitraries.oneOf(plain, compensation);
    }

    @Provide
    public Arbitrary<ServiceFailure> failures() {
        return Combinators.combine(Arbitraries.of(ServiceFailureKind.class), Arbitraries.of(Severity.class), instants(),
                        optional(idText().map(StageId::of)), optional(idText().map(TouchpointId::of)),
                        optional(Arbitraries.of(RootCauseCategory.class)), nonBlankText())
                .as(ServiceFailure::new);
    }

    @Provide
    public Arbitrary<KpiDefinition> kpis() {
        Arbitrary<BigDecimal> decimals = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
                .ofScale(3);
        return Combinators.combine(idText().map(KpiId::of), nonBlankText(), Arbitraries.of(KpiUnit.class),
                        Arbitraries.of(KpiDirection.class), decimals, decimals, Arbitraries.of(ReviewFrequency.class),
                        optional(idText().map(StageId::of)))
                .as((id, name, unit, direction, a, b, frequency, stage) -> {
                    BigDecimal high = a.max(b);
                    BigDecimal low = a.min(b);
                    return direction == KpiDirection.HIGHER_IS_BETTER
                            ? new KpiDefinition(id, name, unit, direction, high, low, frequency, stage)
                            : new KpiDefinition(id, name, unit, direction, low, high, frequency, stage);
                });
    }

    @Provide
    public Arbitrary<Object> surveyResponses() {
        Arbitrary<Integer> seven = Arbitraries.integers().between(1, 7);
        return Arbitraries.oneOf(
                Combinators.combine(contexts(), Arbitraries.integers().between(0, 10)).as(NpsResponse::new),
                Combinators.combine(contexts(), Arbitraries.integers().between(1, 5)).as(CsatResponse::new),
                Combinators.combine(contexts(), Arbitraries.of(CesScale.class), seven)
                        .filter((context, scale, score) -> score <= scale.max()).as(CesResponse::new),
                Combinators.combine(contexts(), nonBlankText(), Arbitraries.of(ServqualDimension.class), seven, seven)
                        .as(ServqualResponse::new),
                Combinators.combine(contexts(), nonBlankText(), Arbitraries.of(KanoAnswer.class),
                        Arbitraries.of(KanoAnswer.class)).as(KanoResponse::new),
                Arbitraries.integers().between(3, 11).flatMap(scale -> Combinators.combine(contexts(), nonBlankText(),
                        Arbitraries.integers().between(1, scale), Arbitraries.integers().between(1, scale))
                        .as((c, attribute, importance, performance) ->
                                new ImportancePerformance(c, attribute, importance, performance, scale))));
    }

    // ---- round trips --------------------------------------------------------------------------

    @Property(tries = 300)
    void process_roundTrips(@ForAll("processes") ServiceProcess process) {
        assertThat(roundTrip(process, ServiceProcess.class)).isEqualTo(process);
    }

    @Property(tries = 500)
    void feedback_roundTrips(@ForAll("feedback") Feedback feedback) {
        assertThat(roundTrip(feedback, Feedback.class)).isEqualTo(feedback);
        assertThat(roundTrip(feedback.masked(), Feedback.class)).isEqualTo(feedback.masked());
        Feedback erased = feedback.erased();
        assertThat(roundTrip(erased, Feedback.class)).isEqualTo(erased);
        assertThat(codec().write(erased).contains("\"erasedFields\"")).isEqualTo(feedback.hasPersonalData());
    }

    @org.junit.jupiter.api.Test
    void erasedFields_absentOrNull_readAsNone_andUnknownOrContradictoryOnesAreRejected() {
        String ref = "{\"id\":\"c-1\",\"name\":\"Li\",\"phone\":null,\"email\":null";
        assertThat(codec().read(ref + "}", CustomerRef.class).erasedFields()).isEmpty();
        assertThat(codec().read(ref + ",\"erasedFields\":null}", CustomerRef.class).erasedFields()).isEmpty();
        assertThat(codec().read("{\"id\":\"c-1\",\"name\":null,\"phone\":null,\"email\":null,"
                + "\"erasedFields\":[\"NAME\"]}", CustomerRef.class).isErased(
                        org.qualityloop.model.feedback.PersonalField.NAME)).isTrue();
        assertThatThrownBy(() -> codec().read(ref + ",\"erasedFields\":[\"ADDRESS\"]}", CustomerRef.class))
                .hasMessageContaining("erasedFields[0]");
        assertThatThrownBy(() -> codec().read(ref + ",\"erasedFields\":[\"NAME\"]}", CustomerRef.class))
                .hasMessageContaining("name must be empty when erased").hasMessageNotContaining("Li\"");
    }

    @Property(tries = 500)
    void recoveryAction_roundTrips(@ForAll("recoveryActions") RecoveryAction action) {
        assertThat(roundTrip(action, RecoveryAction.class)).isEqualTo(action);
    }

    @Property(tries = 500)
    void serviceFailure_roundTrips(@ForAll("failures") ServiceFailure failure) {
        assertThat(roundTrip(failure, ServiceFailure.class)).isEqualTo(failure);
    }

    @Property(tries = 500)
    void kpi_roundTrips(@ForAll("kpis") KpiDefinition kpi) {
        assertThat(roundTrip(kpi, KpiDefinition.class)).isEqualTo(kpi);
    }

    @Property(tries = 500)
    void surveyResponse_roundTrips(@ForAll("surveyResponses") Object response) {
        Object read = codec().read(codec().write(response), response.getClass());
        assertThat(read).isEqualTo(response);
    }

    // ---- rejection ----------------------------------------------------------------------------

    private static final SurveyContext CTX = SurveyContext.of(CustomerId.of("c"), Instant.EPOCH);

    @Property
    void nps_outsideZeroToTen_isRejected(@ForAll int score) {
        if (score >= 0 && score <= 10) {
            assertThat(NpsResponse.of(CTX, score).score()).isEqualTo(score);
        } else {
            assertThatThrownBy(() -> NpsResponse.of(CTX, score)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("score must be between 0 and 10, but was " + score);
        }
    }

    @Property
    void csat_outsideOneToFive_isRejected(@ForAll int score) {
        if (score < 1 || score > 5) {
            assertThatThrownBy(() -> CsatResponse.of(CTX, score)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("score must be between 1 and 5, but was " + score);
        }
    }

    @Property
    void ces_outsideScale_isRejected(@ForAll CesScale scale, @ForAll int score) {
        if (score < 1 || score > scale.max()) {
            assertThatThrownBy(() -> CesResponse.of(CTX, scale, score)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("score must be between 1 and " + scale.max() + ", but was " + score);
        }
    }

    @Property
    void servqual_outsideOneToSeven_isRejected(@ForAll @IntRange(min = -20, max = 20) int expectation,
            @ForAll @IntRange(min = 1, max = 7) int perception) {
        if (expectation < 1 || expectation > 7) {
            assertThatThrownBy(() -> new ServqualResponse(CTX, "i", ServqualDimension.TANGIBLES, expectation, perception))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expectation must be between 1 and 7, but was " + expectation);
        }
    }

    @Property
    void importancePerformance_outsideScale_isRejected(@ForAll @IntRange(min = 3, max = 11) int scale,
            @ForAll @IntRange(min = -5, max = 20) int performance) {
        if (performance < 1 || performance > scale) {
            assertThatThrownBy(() -> new ImportancePerformance(CTX, "a", 1, performance, scale))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("performance must be between 1 and " + scale + ", but was " + performance);
        }
    }

    @Property
    void compensation_negative_isRejected(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int cents) {
        Money amount = Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("CNY"));
        assertThatThrownBy(() -> RecoveryAction.compensation(amount, AgentId.of("a"), Instant.EPOCH, RecoveryOutcome.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compensation must not be negative, but was " + amount);
    }

    @Property
    void money_finerThanTheMinorUnit_isRejected(@ForAll long unscaled, @ForAll @IntRange(min = 3, max = 8) int scale) {
        BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
        if (amount.stripTrailingZeros().scale() > 2) {
            assertThatThrownBy(() -> Money.of(amount, Currency.getInstance("EUR")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must have at most 2 decimal places for EUR, but was " + amount.toPlainString());
        } else {
            assertThat(Money.of(amount, Currency.getInstance("EUR")).amount()).isEqualByComparingTo(amount);
        }
    }

    @Property(tries = 300)
    void kpi_thresholdOnTheBetterSide_isRejected(@ForAll("kpis") KpiDefinition kpi) {
        if (kpi.target().compareTo(kpi.atRisk()) != 0) {
            assertThatThrownBy(() -> new KpiDefinition(kpi.id(), kpi.name(), kpi.unit(), kpi.direction(), kpi.atRisk(),
                    kpi.target(), kpi.reviewFrequency(), kpi.stage()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("atRisk must be at");
        }
    }
}
