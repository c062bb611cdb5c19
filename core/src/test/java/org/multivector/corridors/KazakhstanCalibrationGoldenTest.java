package org.multivector.corridors;

import org.junit.jupiter.api.Test;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.ScheduleLoader;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden figures of the calibration on the shipped Kazakhstan corridor data (docs/corridors.md,
 * "Calibration"): a change to links, supplies, volumes or schedules that moves them must update the
 * doc's table too. In-sample = 2022-2023 (the estimates' fit years), out-of-sample = 2024.
 */
class KazakhstanCalibrationGoldenTest {

    private static List<CalibrationRow> rows() throws Exception {
        CorridorNetwork network = CorridorLoader.defaultNetwork();
        return CalibrationRow.all(network, ScheduleLoader.embedded("kazakhstan", network));
    }

    private static long count(
            List<CalibrationRow> rows, Predicate<CalibrationRow> which, Predicate<CalibrationRow> hit) {
        return rows.stream().filter(which).filter(hit).count();
    }

    @Test
    void the_scheduled_allocation_reproduces_15_of_22_figures_where_least_cost_reproduces_none() throws Exception {
        List<CalibrationRow> rows = rows();
        Predicate<CalibrationRow> out = r -> r.sample() == CalibrationRow.Sample.OUT;
        assertThat(rows).hasSize(22);
        assertThat(rows.stream().filter(CalibrationRow::inSample)).hasSize(12);
        assertThat(rows.stream().filter(out)).hasSize(6);
        assertThat(rows.stream().filter(r -> r.sample() == CalibrationRow.Sample.NONE))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.observation().commodity()).isEqualTo("containers"));
        assertThat(count(rows, r -> true, CalibrationRow::reproduced)).isZero();
        assertThat(count(rows, CalibrationRow::inSample, CalibrationRow::scheduledReproduced))
                .isEqualTo(10);
        assertThat(count(rows, out, CalibrationRow::scheduledReproduced)).isEqualTo(5);
        assertThat(count(rows, CalibrationRow::inSample, CalibrationRow::persistenceReproduced))
                .isEqualTo(3);
        assertThat(count(rows, out, CalibrationRow::persistenceReproduced)).isEqualTo(4);
        assertThat(count(rows, r -> !r.observation().derived(), CalibrationRow::scheduledReproduced))
                .isEqualTo(12);
        assertThat(rows.stream().filter(r -> r.observation().derived())).hasSize(3);
    }

    @Test
    void the_scheduled_misses_are_the_btc_ramp_up_the_druzhba_plans_and_the_containers() throws Exception {
        assertThat(rows().stream()
                        .filter(r -> !r.scheduledReproduced())
                        .map(r -> r.observation().year() + " " + r.observation().link()))
                .containsExactly(
                        "2022 AKT_SANG",
                        "2023 SAM_DE",
                        "2024 SAM_DE",
                        "2022 AKTC_BAKP",
                        "2023 AKTC_BAKP",
                        "2024 AKTC_BAKP",
                        "2024 AKTC_BAKP");
    }

    @Test
    void every_scheduled_miss_says_why_and_no_hit_does() throws Exception {
        CorridorNetwork network = CorridorLoader.defaultNetwork();
        RouteSchedule schedule = ScheduleLoader.embedded("kazakhstan", network);
        List<CalibrationRow> rows = CalibrationRow.all(network, schedule);
        assertThat(rows)
                .allSatisfy(r ->
                        assertThat(r.missReason(network, schedule).isPresent()).isEqualTo(!r.scheduledReproduced()));
        java.util.Map<String, String> why = new java.util.LinkedHashMap<>();
        rows.forEach(r -> r.missReason(network, schedule)
                .ifPresent(reason ->
                        why.put(r.observation().year() + " " + r.observation().link(), reason)));
        assertThat(why.get("2022 AKT_SANG")).startsWith("an estimate").contains("[2022, 2023]");
        assertThat(why.get("2023 SAM_DE")).startsWith("held at the published plan");
        assertThat(why.get("2022 AKTC_BAKP")).startsWith("no containers supplies are published for 2022");
        assertThat(why.get("2024 AKTC_BAKP")).contains("analyst assumption");
    }

    @Test
    void cpc_in_2024_is_the_residual_of_the_schedule_within_two_percent() throws Exception {
        CalibrationRow cpc = rows().stream()
                .filter(r ->
                        r.observation().year() == 2024 && r.observation().link().equals("CPC_KZ"))
                .findFirst()
                .orElseThrow();
        assertThat(cpc.relativeError(cpc.scheduled()).getAsDouble()).isCloseTo(-0.0132, within(0.001));
        assertThat(cpc.relativeError().getAsDouble()).isCloseTo(0.179, within(0.001));
    }

    @Test
    void every_schedule_row_is_sourced_and_every_estimate_is_marked_an_assumption() throws Exception {
        CorridorNetwork network = CorridorLoader.defaultNetwork();
        RouteSchedule schedule = ScheduleLoader.embedded("kazakhstan", network);
        assertThat(schedule.rows()).hasSize(14).allSatisfy(r -> {
            assertThat(r.source().url()).startsWith("http");
            assertThat(r.source().assumption()).isEqualTo(r.kind() == RouteCommitment.Kind.ESTIMATE);
        });
        assertThat(schedule.fitYears("crude")).containsExactly(2022, 2023);
    }
}
