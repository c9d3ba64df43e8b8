package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HarnessTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Harness.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_default_printsProcessKpisAndDeadlinesAcrossNationalDay() {
        assertThat(run()).isZero();
        // Received Wed 30 Sep 2026 16:30 Shanghai; the centre works Mon-Fri 09:00-18:00 and is
        // closed 1-7 October. 1.5 working hours remain on Wednesday.
        // Urgent, first response 30 min: 16:30 + 0.5 h = 17:00 the same day.
        // Urgent, resolution 4 h: 1.5 h on Wed, 1-7 Oct off, 2.5 h from 09:00 Thu 8 Oct = 11:30.
        // Medium, resolution 27 h: 1.5 (Wed) + 9 (Thu 8) + 9 (Fri 9) = 19.5 h; the weekend is off;
        // 7.5 h from 09:00 Mon 12 Oct = 16:30.
        assertThat(out())
                .contains("Process business-travel: Business travel (5 stages, 13 touchpoints, 4 moments of truth)")
                .contains("after-sales    Net Promoter Score               >= 40 nps")
                .contains("urgent   first_response 30min -> due Wed 2026-09-30 17:00"
                        + "  resolution 4h -> due Thu 2026-10-08 11:30")
                .contains("high     first_response 1h -> due Wed 2026-09-30 17:30"
                        + "  resolution 9h -> due Thu 2026-10-08 16:30")
                .contains("medium   first_response 4h -> due Thu 2026-10-08 11:30"
                        + "  resolution 27h -> due Mon 2026-10-12 16:30");
    }

    @Test
    void run_received_onAWorkingMorning_staysWithinTheDay() {
        // Mon 2 Nov 2026 09:00 Shanghai = 01:00Z. Urgent resolution 4 h: 13:00 the same day.
        assertThat(run("--received", "2026-11-02T01:00:00Z")).isZero();
        assertThat(out()).contains("urgent   first_response 30min -> due Mon 2026-11-02 09:30"
                + "  resolution 4h -> due Mon 2026-11-02 13:00");
    }

    @Test
    void run_help_listsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("--received <instant>").contains("--help");
    }

    @Test
    void run_badOptions_areUsageErrorsNamingTheValue() {
        assertThat(run("--received", "yesterday")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--received must be an ISO-8601 instant such as 2026-09-30T08:30:00Z, but was 'yesterday'");
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--bogus'");
        assertThat(run("--received")).isEqualTo(2);
    }
}
