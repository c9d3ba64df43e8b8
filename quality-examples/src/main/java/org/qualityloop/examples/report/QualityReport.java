package org.qualityloop.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qualityloop.examples.internal.Valid;

/**
 * A service-quality report: a title, an optional subtitle and sections of already-computed data,
 * rendered as one self-contained HTML page with inline SVG charts.
 *
 * <pre>{@code
 * QualityReport report = QualityReport.builder("Business travel, simulated quarter")
 *         .subtitle("Scenario business-travel, seed 42")
 *         .add(SummarySection.of("Run summary").with("scenario", "business-travel").with("seed", 42))
 *         .add(NpsTrendSection.of("NPS per ISO week", npsByWeek).withTarget(40))
 *         .add(ParetoSection.of("Complaints by category", pareto))
 *         .build();
 * report.writeTo(Path.of("target/report.html"));
 * }</pre>
 *
 * <p>The page needs no network and no script: the style sheet is inline, the charts are inline
 * SVG with an accessible title, description and a tooltip on every data mark, and the fonts are
 * the reader's system fonts. It is well-formed XML as well as HTML5 ({@code <!DOCTYPE html>},
 * UTF-8, {@code lang="en"}), every text is escaped, and numbers are formatted independently of
 * the default locale. The same report always renders the same page: nothing depends on the
 * clock or the locale, sections keep the order they were added in and maps inside sections keep
 * their iteration order (pass a {@code LinkedHashMap} or {@code TreeMap} where order matters; a
 * {@code Map.of} iterates in an order that differs between runs).
 *
 * <p>Besides the sections added in order, the builder has a place for each part a reader looks
 * for in the same spot: the {@linkplain Builder#headline headline} (KPI tiles and a written
 * summary) and the {@linkplain Builder#improvement improvement verdict} at the top, and the
 * insight analyses at the end ({@linkplain Builder#bottlenecks bottleneck ranking},
 * {@linkplain Builder#processMap process map}, {@linkplain Builder#recoveryParadox recovery
 * paradox}, {@linkplain Builder#slaExplanation SLA explanation}); a part not set is left out.
 *
 * <p>A section without data is rendered as a short note, not an empty chart, and is listed by
 * {@link #sectionsWithoutData()}; rendering never fails for lack of data.
 *
 * <p>Immutable and thread-safe; {@link Builder} is not thread-safe.
 */
public final class QualityReport {

    private final String title;
    private final Optional<String> subtitle;
    private final List<ReportSection> sections;

    private QualityReport(String title, Optional<String> subtitle, List<ReportSection> sections) {
        this.title = title;
        this.subtitle = subtitle;
        this.sections = sections;
    }

    /**
     * Starts a report.
     *
     * @param title the page's title and main heading, not blank
     * @return a new builder
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title) {
        return new Builder(Valid.notBlank(title, "title"));
    }

    /**
     * Returns the page's title.
     *
     * @return the title, never blank
     */
    public String title() {
        return title;
    }

    /**
     * Returns the line under the title, if there is one.
     *
     * @return the subtitle
     */
    public Optional<String> subtitle() {
        return subtitle;
    }

    /**
     * Returns the sections in page order.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<ReportSection> sections() {
        return sections;
    }

    /**
     * Returns the sections that have no data and are rendered as a "no data" note, so that a
     * caller can warn about them.
     *
     * @return the sections whose {@link ReportSection#hasData()} is false, in page order; empty
     *     if every section has data
     */
    public List<ReportSection> sectionsWithoutData() {
        return sections.stream().filter(s -> !s.hasData()).toList();
    }

    /**
     * Renders the page.
     *
     * @return the complete HTML document, starting with {@code <!DOCTYPE html>}
     */
    public String toHtml() {
        return Page.render(this);
    }

    /**
     * Renders the page and writes it to a file in UTF-8, replacing the file if it exists.
     *
     * @param file the file to write, not null; its directory must exist
     * @throws IOException if the file cannot be written
     */
    public void writeTo(Path file) throws IOException {
        Valid.notNull(file, "file");
        Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualityReport other && title.equals(other.title) && subtitle.equals(other.subtitle)
                && sections.equals(other.sections);
    }

    @Override
    public int hashCode() {
        return (title.hashCode() * 31 + subtitle.hashCode()) * 31 + sections.hashCode();
    }

    @Override
    public String toString() {
        return "QualityReport[title=" + title + ", sections=" + sections.size() + ", withoutData="
                + sectionsWithoutData().size() + "]";
    }

    /**
     * Collects the parts of a {@link QualityReport}. Mutable and not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private String subtitle;
        private final List<ReportSection> sections = new ArrayList<>();
        private HeadlineSection headline;
        private ImprovementSection improvement;
        private BottleneckSection bottlenecks;
        private ProcessMapSection processMap;
        private RecoveryParadoxSection recoveryParadox;
        private SlaExplanationSection slaExplanation;

        private Builder(String title) {
            this.title = title;
        }

        private static <T> T once(T current, T next, String part) {
            Valid.notNull(next, part);
            if (current != null) {
                throw new IllegalStateException(part + " was already set to '" + ((ReportSection) current).title()
                        + "'");
            }
            return next;
        }

        /**
         * Sets the headline: KPI tiles and a written summary, shown first.
         *
         * @param section the headline, not null
         * @return this builder
         * @throws IllegalStateException if a headline was already set
         */
        public Builder headline(HeadlineSection section) {
            headline = once(headline, section, "headline");
            return this;
        }

        /**
         * Sets the improvement verdict with its before/after chart, shown right after the headline
         * and before every added section.
         *
         * @param section the improvement, not null
         * @return this builder
         * @throws IllegalStateException if an improvement was already set
         */
        public Builder improvement(ImprovementSection section) {
            improvement = once(improvement, section, "improvement");
            return this;
        }

        /**
         * Sets the bottleneck ranking, shown after the added sections.
         *
         * @param section the ranking, not null
         * @return this builder
         * @throws IllegalStateException if a ranking was already set
         */
        public Builder bottlenecks(BottleneckSection section) {
            bottlenecks = once(bottlenecks, section, "bottlenecks");
            return this;
        }

        /**
         * Sets the process map, shown after the bottleneck ranking.
         *
         * @param section the process map, not null
         * @return this builder
         * @throws IllegalStateException if a process map was already set
         */
        public Builder processMap(ProcessMapSection section) {
            processMap = once(processMap, section, "processMap");
            return this;
        }

        /**
         * Sets the recovery-paradox tables, shown after the process map.
         *
         * @param section the tables, not null
         * @return this builder
         * @throws IllegalStateException if they were already set
         */
        public Builder recoveryParadox(RecoveryParadoxSection section) {
            recoveryParadox = once(recoveryParadox, section, "recoveryParadox");
            return this;
        }

        /**
         * Sets the SLA explanation of a sample case, shown last.
         *
         * @param section the explanation, not null
         * @return this builder
         * @throws IllegalStateException if an explanation was already set
         */
        public Builder slaExplanation(SlaExplanationSection section) {
            slaExplanation = once(slaExplanation, section, "slaExplanation");
            return this;
        }

        /**
         * Sets the line shown under the title, such as the scenario and seed of the run.
         *
         * @param subtitle the subtitle, not blank
         * @return this builder
         * @throws IllegalArgumentException if the subtitle is blank
         * @throws IllegalStateException if a subtitle was already set
         */
        public Builder subtitle(String subtitle) {
            Valid.notBlank(subtitle, "subtitle");
            if (this.subtitle != null) {
                throw new IllegalStateException("subtitle was already set to '" + this.subtitle + "'");
            }
            this.subtitle = subtitle;
            return this;
        }

        /**
         * Appends a section; sections appear in the order they are added.
         *
         * @param section the section, not null
         * @return this builder
         */
        public Builder add(ReportSection section) {
            sections.add(Valid.notNull(section, "section"));
            return this;
        }

        /**
         * Builds the report: the headline and the improvement first, then the added sections in
         * the order they were added, then the bottleneck ranking, the process map, the recovery
         * paradox and the SLA explanation; a part that was not set is left out. A report without
         * sections is allowed and renders a page with only its title.
         *
         * @return the report
         */
        public QualityReport build() {
            List<ReportSection> page = new ArrayList<>();
            if (headline != null) {
                page.add(headline);
            }
            if (improvement != null) {
                page.add(improvement);
            }
            page.addAll(sections);
            for (ReportSection part : new ReportSection[] {bottlenecks, processMap, recoveryParadox, slaExplanation}) {
                if (part != null) {
                    page.add(part);
                }
            }
            return new QualityReport(title, Optional.ofNullable(subtitle), List.copyOf(page));
        }
    }
}
