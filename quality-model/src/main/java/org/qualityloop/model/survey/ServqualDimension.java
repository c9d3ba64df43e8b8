package org.qualityloop.model.survey;

/**
 * The five dimensions of service quality in SERVQUAL (Parasuraman, Zeithaml and Berry, "SERVQUAL: A
 * Multiple-Item Scale for Measuring Consumer Perceptions of Service Quality", Journal of Retailing
 * 64(1), 1988).
 */
public enum ServqualDimension {
    /** Performing the promised service dependably and accurately (可靠性). */
    RELIABILITY,
    /** Willingness to help customers and provide prompt service (響應性). */
    RESPONSIVENESS,
    /** Knowledge and courtesy of employees and their ability to convey trust (保證性). */
    ASSURANCE,
    /** Caring, individualised attention to customers (移情性). */
    EMPATHY,
    /** Physical facilities, equipment and appearance of personnel (有形性). */
    TANGIBLES
}
