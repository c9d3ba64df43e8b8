package org.qualityloop.examples.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualityloop.examples.scenario.FeedbackMix;
import org.qualityloop.examples.scenario.LogNormal;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.survey.ServqualDimension;

/**
 * The parameters a scenario gets when it does not state them: shared by the built-in scenarios
 * and by JSON scenarios that leave a field out (docs/scenarios.md lists them). Not exported.
 */
public final class Defaults {

    private Defaults() {
    }

    /**
     * The default feedback mix.
     *
     * @return 2 % general feedback; suggestions, product, attitude, quality and other; mostly minor
     *     or moderate, failures mostly moderate or major; phone, app, mini-program, email, social
     *     media and chatbot; arriving 2 hours (median) to 20 hours (p90) after the experience;
     *     3 % invalid
     */
    public static FeedbackMix feedback() {
        Map<FeedbackCategory, Double> categories = new LinkedHashMap<>();
        categories.put(FeedbackCategory.PROCESS_SUGGESTION, 0.35);
        categories.put(FeedbackCategory.PRODUCT, 0.25);
        categories.put(FeedbackCategory.SERVICE_ATTITUDE, 0.15);
        categories.put(FeedbackCategory.QUALITY, 0.15);
        categories.put(FeedbackCategory.OTHER, 0.10);
        Map<Severity, Double> ordinary = new EnumMap<>(Severity.class);
        ordinary.put(Severity.MINOR, 0.55);
        ordinary.put(Severity.MODERATE, 0.35);
        ordinary.put(Severity.MAJOR, 0.09);
        ordinary.put(Severity.CRITICAL, 0.01);
        Map<Severity, Double> failures = new EnumMap<>(Severity.class);
        failures.put(Severity.MINOR, 0.15);
        failures.put(Severity.MODERATE, 0.45);
        failures.put(Severity.MAJOR, 0.33);
        failures.put(Severity.CRITICAL, 0.07);
        Map<Channel, Double> channels = new LinkedHashMap<>();
        channels.put(Channel.PHONE, 0.35);
        channels.put(Channel.APP, 0.30);
        channels.put(Channel.MINI_PROGRAM, 0.10);
        channels.put(Channel.EMAIL, 0.10);
        channels.put(Channel.SOCIAL_MEDIA, 0.08);
        channels.put(Channel.CHATBOT, 0.07);
        return new FeedbackMix(0.02, categories, ordinary, failures, channels, LogNormal.of("PT2H", "PT20H"), 0.03);
    }

    /**
     * The default service desk with a number of agents.
     *
     * @param agents at least 1
     * @param currency the ISO 4217 code compensation is paid in
     * @return the desk
     */
    public static ServiceDesk desk(int agents, String currency) {
        Map<Severity, Priority> priorities = new EnumMap<>(Severity.class);
        priorities.put(Severity.MINOR, Priority.LOW);
        priorities.put(Severity.MODERATE, Priority.MEDIUM);
        priorities.put(Severity.MAJOR, Priority.HIGH);
        priorities.put(Severity.CRITICAL, Priority.URGENT);
        return new ServiceDesk(agents, List.of(AgentId.of("team-lead"), AgentId.of("service-manager")),
                Set.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION), priorities, Set.of(CustomerSegment.of("vip")),
                LogNormal.of("PT6M", "PT15M"), LogNormal.of("PT30M", "PT2H"), 0.35, 0.15,
                LogNormal.of("PT5H", "P2D"), 0.08, LogNormal.of("PT4H", "P1D"), LogNormal.of("PT4M", "PT9M"), 0.8, 3,
                0.05, 0.25, Money.of("50.00", currency), 4.3);
    }

    /**
     * The default experience effects on survey scores.
     *
     * @return failure −2.5, slow −1.2, breach −0.8, reopen −1.5, recovered +0.5 NPS points
     */
    public static Surveys.Effects effects() {
        return new Surveys.Effects(-2.5, -1.2, -0.8, -1.5, 0.5);
    }

    /**
     * The default SERVQUAL means: expectations 5.4–6.5, perceptions 0.5–0.9 below.
     *
     * @return the gaps per dimension
     */
    public static Map<ServqualDimension, Surveys.Gap> servqual() {
        Map<ServqualDimension, Surveys.Gap> m = new EnumMap<>(ServqualDimension.class);
        m.put(ServqualDimension.RELIABILITY, new Surveys.Gap(6.5, 5.6));
        m.put(ServqualDimension.RESPONSIVENESS, new Surveys.Gap(6.3, 5.4));
        m.put(ServqualDimension.ASSURANCE, new Surveys.Gap(6.1, 5.6));
        m.put(ServqualDimension.EMPATHY, new Surveys.Gap(5.8, 5.2));
        m.put(ServqualDimension.TANGIBLES, new Surveys.Gap(5.4, 5.3));
        return m;
    }

    /**
     * The default surveys: 25 % answer; NPS 8.5 ± 1.9, CSAT 4.3 ± 0.8, CES 5.4 ± 1.2; 10 % also
     * answer SERVQUAL; no IPA attributes or Kano features.
     *
     * @return the surveys
     */
    public static Surveys surveys() {
        return new Surveys(0.25, new Surveys.Score(8.5, 1.9), new Surveys.Score(4.3, 0.8), new Surveys.Score(5.4, 1.2),
                effects(), 0.1, servqual(), List.of(), List.of());
    }
}
