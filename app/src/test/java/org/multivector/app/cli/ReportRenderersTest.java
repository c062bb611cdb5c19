package org.multivector.app.cli;

import org.junit.jupiter.api.Test;
import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.report.SourceRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRenderersTest {

    private static final SourceRef SOURCE =
            new SourceRef("Statistics Midland", "Trade by partner", 2024, "https://stat.example/trade", false, "");

    private static Report partners() {
        Report.Builder report = Report.builder("Exports of Midland, 2022")
                .csvOnly("reporter")
                .text("partner")
                .column(new Column("value", "value", "M USD", Column.Kind.NUMBER, 1, Column.Shown.BOTH))
                .column("share", Column.Kind.SHARE)
                .tableOnly("src", Column.Kind.TEXT);
        int ref = report.source(SOURCE);
        return report.row("MDL", "Northland, \"the North\"", 12345.678, 0.61234, "[" + ref + "]")
                .row("MDL", "Southland", -0.01, null, "[" + ref + "]")
                .note("Shares are of the reported world total.")
                .build();
    }

    @Test
    void a_table_aligns_numbers_right_groups_thousands_prints_shares_as_percentages_and_lists_sources_and_notes() {
        String text = TableRenderer.render(List.of(Report.text("Midland (MDL)"), partners()));

        assertThat(text).isEqualTo("""
                Midland (MDL)

                Exports of Midland, 2022
                partner                 value [M USD]  share  src
                ----------------------  -------------  -----  ---
                Northland, "the North"       12,345.7  61.2%  [1]
                Southland                         0.0         [1]
                  [1] Statistics Midland, "Trade by partner", 2024, https://stat.example/trade
                  Shares are of the reported world total.
                """);
    }

    @Test
    void csv_writes_plain_figures_leaves_absent_ones_empty_and_quotes_only_where_needed() {
        String csv = CsvRenderer.render(List.of(Report.text("heading"), partners()));

        assertThat(csv).isEqualTo("""
                reporter,partner,value,share
                MDL,"Northland, ""the North""\",12345.678,0.61234
                MDL,Southland,-0.01,
                """);
    }

    @Test
    void csv_of_reports_with_different_columns_is_a_bug_not_a_silent_mix() {
        Report other = Report.builder("other").text("year").row(2022).build();
        assertThatThrownBy(() -> CsvRenderer.render(List.of(partners(), other)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[year]");
    }

    @Test
    void an_analyst_assumption_is_flagged_in_the_table() {
        SourceRef assumed = new SourceRef("Analyst", "Planning figure", 2025, "https://example.org/plan", true, "");
        Report.Builder report = Report.builder("Plan").text("link");
        report.source(assumed);
        String text = TableRenderer.render(
                List.of(report.row("TCOP").assumption("TCOP is built by 2027").build()));

        assertThat(text)
                .contains("  [1] Analyst, \"Planning figure\", 2025, https://example.org/plan (analyst assumption)")
                .contains("  Analyst assumptions:\n    - TCOP is built by 2027\n");
    }
}
