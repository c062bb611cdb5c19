package org.multivector.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    private static final SourceRef OFFICIAL =
            new SourceRef("Statistics Midland", "Trade by partner", 2024, "https://stat.example/trade", false, "");
    private static final SourceRef ASSUMED =
            new SourceRef("Analyst", "Planning figure", 2025, "https://example.org/plan", true, "");

    @Test
    void plain_values_become_typed_cells_and_an_absent_figure_stays_absent() {
        assertThat(Cell.of("CHN")).isEqualTo(new Cell.Text("CHN"));
        assertThat(Cell.of(3)).isEqualTo(new Cell.Whole(3));
        assertThat(Cell.of(2.5)).isEqualTo(new Cell.Figure(2.5));
        assertThat(Cell.of(true)).isEqualTo(new Cell.Flag(true));
        assertThat(Cell.of(null)).isEqualTo(Cell.MISSING);
        assertThat(Cell.of(Double.NaN))
                .as("an unknown figure is missing, never zero")
                .isEqualTo(Cell.MISSING);
        assertThatThrownBy(() -> new Cell.Figure(Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Cell.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_builder_numbers_each_source_once_and_keeps_columns_rows_assumptions_and_notes_in_order() {
        Report.Builder builder = Report.builder("Exports by partner")
                .text("partner")
                .column("share", Column.Kind.SHARE)
                .csvOnly("url");
        int first = builder.source(OFFICIAL);
        int again = builder.source(OFFICIAL);
        int second = builder.source(ASSUMED);
        Report report = builder.row("CHN", 0.25, OFFICIAL.url())
                .row("RUS", null, ASSUMED.url())
                .assumption("the 2025 volume is a plan, not an outcome")
                .note("shares are of the reported world total")
                .build();

        assertThat(List.of(first, again, second)).containsExactly(1, 1, 2);
        assertThat(report.rows()).hasSize(2);
        assertThat(report.rows().get(1).get(1)).isEqualTo(Cell.MISSING);
        assertThat(report.tableColumns()).extracting(Column::name).containsExactly("partner", "share");
        assertThat(report.csvColumns()).extracting(Column::name).containsExactly("partner", "share", "url");
        assertThat(report.assumedSources()).containsExactly(ASSUMED);
        assertThat(report.assumptions()).containsExactly("the 2025 volume is a plan, not an outcome");
        assertThat(report.notes()).containsExactly("shares are of the reported world total");
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_refused_and_a_report_cannot_be_changed_afterwards() {
        Report.Builder builder =
                Report.builder("two columns").text("a").text("b").row("x");
        assertThatThrownBy(builder::build).hasMessageContaining("row 1 has 1 cells for 2 columns");

        Report report = Report.builder("one").text("a").row("x").build();
        assertThatThrownBy(() -> report.rows().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Report.text("heading", "a note").hasTable()).isFalse();
    }

    @Test
    void a_citation_reads_like_the_sources_own() {
        assertThat(OFFICIAL.citation())
                .isEqualTo("Statistics Midland, \"Trade by partner\", 2024, https://stat.example/trade");
        assertThat(ResultJson.pretty(OFFICIAL))
                .as("the citation is a view, not a field of the document")
                .doesNotContain("citation");
    }
}
