package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.Priority;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;

/** The Java form of an SLA policy (README) and its JSON form (docs/json.md) give the same policy. */
class SlaPolicyBuilderJsonTest {

    /** The JSON block that follows "`SlaPolicy`:" in docs/json.md, read from the document itself. */
    private static String docsExample() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "json.md"), StandardCharsets.UTF_8);
        int heading = doc.indexOf("`SlaPolicy`:\n```json\n");
        assertThat(heading).as("SlaPolicy example in docs/json.md").isNotNegative();
        int start = doc.indexOf('\n', doc.indexOf("```json", heading)) + 1;
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void builder_readmeExample_equalsThePolicyReadFromTheDocsJson() throws IOException {
        SlaPolicy standard = SlaPolicy.builder("standard")
                .rule(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30),
                                SlaTarget.RESOLUTION, Duration.ofHours(4)))
                        .whenPriority(Priority.HIGH).whenChannel(Channel.EMAIL))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .warnAtShare(new BigDecimal("0.75"))
                .warnBefore(Duration.ofHours(1))
                .reopen(ReopenMode.CONTINUE)
                .build();

        assertThat(QualityLoopJson.read(docsExample(), SlaPolicy.class)).isEqualTo(standard);
        assertThat(QualityLoopJson.read(QualityLoopJson.write(standard), SlaPolicy.class)).isEqualTo(standard);
    }
}
