package org.qualityloop.model.feedback;

/**
 * The root-cause categories of a fishbone (Ishikawa) diagram as the seed documents use them: the
 * classic 5M plus environment (人、機、料、法、環, with management). See K. Ishikawa, "Guide to
 * Quality Control", 1976.
 */
public enum RootCauseCategory {
    /** People: skills, training, attitude, staffing (人). */
    PEOPLE,
    /** Method: procedures, policies, process design (法). */
    METHOD,
    /** Material: inputs, supplier products, information used (料). */
    MATERIAL,
    /** Machine: systems, tools, equipment (機). */
    MACHINE,
    /** Environment: physical or market conditions, peak seasons, weather (環). */
    ENVIRONMENT,
    /** Management: goals, incentives, resources, oversight. */
    MANAGEMENT
}
