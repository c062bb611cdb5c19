package org.multivector.corridors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.CorridorRule;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.corridors.io.ScheduleLoader;
import org.multivector.input.InputRule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The scheduled allocation and its calibration on a fictional two-route world ({@code corridors/scheduled}):
 * S exports 8 Mt in 2023 and 10 Mt in 2024; A (cap 10, 1 USD/t) and B (cap 3, 5 USD/t); B carried 2 of
 * the 8 Mt in 2023, so its estimated share is 25 %, fitted on 2023 and applied to 2024.
 */
class RouteScheduleTest {

    private static CorridorNetwork network() throws Exception {
        return CorridorLoader.load(Fixtures.folder("scheduled"));
    }

    private static RouteSchedule schedule(CorridorNetwork network) throws Exception {
        return ScheduleLoader.load(Fixtures.folder("scheduled"), network);
    }

    @Test
    void an_estimate_is_the_fit_years_mean_share_of_exports_times_the_years_exports() throws Exception {
        CorridorNetwork network = network();
        RouteSchedule schedule = schedule(network);
        RouteSchedule.Entry in2024 = schedule.entries("crude", 2024).get("B");
        assertThat(in2024.share().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(in2024.volume()).isCloseTo(2.5, within(1e-12));
        assertThat(schedule.entries("crude", 2023).get("B").volume()).isCloseTo(2, within(1e-12));
        assertThat(schedule.fitYears("crude")).containsExactly(2023);
        assertThat(schedule.entries("crude", 2022)).isEmpty();
    }

    @Test
    void a_scheduled_link_carries_its_volume_though_least_cost_would_leave_it_empty() throws Exception {
        CorridorNetwork network = network();
        AllocationResult free = new MinCostFlowAllocator().allocate(network, AllocationRequest.baseline("crude", 2024));
        AllocationResult held = new MinCostFlowAllocator(schedule(network))
                .allocate(network, AllocationRequest.baseline("crude", 2024));
        assertThat(free.flowOn("A")).isCloseTo(10, within(1e-9));
        assertThat(free.flowOn("B")).isZero();
        assertThat(held.flowOn("B")).isCloseTo(2.5, within(1e-9));
        assertThat(held.flowOn("A")).isCloseTo(7.5, within(1e-9));
        assertThat(held.undelivered()).isZero();
        // the reported cost is the transport cost, never the bonus that enforces the schedule: 7.5 x 1 + 2.5 x 5
        assertThat(held.costMillionUsd()).isCloseTo(20, within(1e-9));
    }

    @Test
    void the_schedule_yields_where_a_disruption_leaves_no_way_to_carry_it() throws Exception {
        CorridorNetwork network = network();
        AllocationResult r = new MinCostFlowAllocator(schedule(network))
                .allocate(
                        network,
                        AllocationRequest.baseline("crude", 2024)
                                .with(new Disruption.CloseJurisdiction("DDD", Period.fullYear())));
        assertThat(r.flowOn("B")).isZero();
        assertThat(r.flowOn("A")).isCloseTo(10, within(1e-9));
        assertThat(r.undelivered()).isZero();
    }

    @Test
    void calibration_rows_set_least_cost_scheduled_and_persistence_beside_each_figure() throws Exception {
        CorridorNetwork network = network();
        List<CalibrationRow> rows = CalibrationRow.all(network, schedule(network));
        assertThat(rows).hasSize(4);
        CalibrationRow b2024 = rows.stream()
                .filter(r ->
                        r.observation().year() == 2024 && r.observation().link().equals("B"))
                .findFirst()
                .orElseThrow();
        assertThat(b2024.inSample()).isFalse();
        // Jan-Jun: half of each annual figure
        assertThat(b2024.comparable(b2024.scheduled()).getAsDouble()).isCloseTo(1.25, within(1e-9));
        assertThat(b2024.scheduledReproduced()).isTrue();
        assertThat(b2024.reproduced()).isFalse();
        assertThat(b2024.relativeError().getAsDouble()).isCloseTo(-1, within(1e-9));
        // persistence: 2 of 8 in 2023, times 10
        assertThat(b2024.persistence()).isCloseTo(2.5, within(1e-9));
        CalibrationRow a2023 = rows.stream()
                .filter(r ->
                        r.observation().year() == 2023 && r.observation().link().equals("A"))
                .findFirst()
                .orElseThrow();
        assertThat(a2023.inSample()).isTrue();
        assertThat(a2023.persistence()).isNaN();
        assertThat(a2023.persistenceReproduced()).isFalse();
        assertThat(rows.stream()
                        .filter(r -> r.observation().derived())
                        .map(r -> r.observation().link()))
                .containsExactly("A");
    }

    @Test
    void without_a_schedules_file_the_schedule_is_empty(@TempDir Path dir) throws Exception {
        Path copy = copy(dir);
        Files.delete(copy.resolve("schedules.csv"));
        CorridorNetwork network = CorridorLoader.load(copy);
        assertThat(ScheduleLoader.load(copy, network).isEmpty()).isTrue();
    }

    @Test
    void broken_schedule_rows_are_reported_with_file_line_column_and_rule(@TempDir Path dir) throws Exception {
        Path copy = copy(dir);
        CorridorNetwork network = CorridorLoader.load(copy);
        Files.writeString(
                copy.resolve("schedules.csv"),
                "year,link,commodity,volume,kind,fit_years,publisher,title,source_year,url,assumption,note\n"
                        + "2024,B,crude,2,estimate,2023,P,T,2024,https://example.org,true,\n"
                        + "2024,B,crude,,contract,,P,T,2024,https://example.org,false,\n"
                        + "2024,NOPE,crude,1,quota,,P,T,2024,https://example.org,false,\n"
                        + "2024,A,crude,,estimate,2021,P,T,2024,https://example.org,true,\n"
                        + "2024,A,crude,,estimate,2023,P,T,2024,https://example.org,false,\n"
                        + "2024,B,crude,1,promise,,P,T,2024,https://example.org,false,\n"
                        + "2023,B,crude,1,plan,,,T,2024,https://example.org,false,\n");
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> ScheduleLoader.load(copy, network));
        List<String> messages = e.problems().stream().map(p -> p.format()).toList();
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("schedules.csv:2:").contains("an estimate takes no volume"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("schedules.csv:3:").contains("needs its published volume"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("schedules.csv:4:").contains("'NOPE' is not in links.csv"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("schedules.csv:5:").contains("no fit year [2021]"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("schedules.csv:6:").contains("assumption=true"));
        assertThat(messages)
                .anySatisfy(
                        m -> assertThat(m).contains("schedules.csv:7:").contains("contract, plan, quota or estimate"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("schedules.csv:8:").contains("no publisher"));
        assertThat(e.problems())
                .extracting(p -> p.rule())
                .contains(
                        CorridorRule.UNKNOWN_REFERENCE,
                        CorridorRule.MISSING_SOURCE,
                        InputRule.INVALID_VALUE,
                        InputRule.MISSING_FIELD);
    }

    @Test
    void a_link_scheduled_twice_in_a_year_is_refused(@TempDir Path dir) throws Exception {
        Path copy = copy(dir);
        CorridorNetwork network = CorridorLoader.load(copy);
        Files.writeString(
                copy.resolve("schedules.csv"),
                "year,link,commodity,volume,kind,fit_years,publisher,title,source_year,url,assumption,note\n"
                        + "2024,B,crude,2,plan,,P,T,2024,https://example.org,false,\n"
                        + "2024,B,crude,,estimate,2023,P,T,2024,https://example.org,true,\n");
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> ScheduleLoader.load(copy, network));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.rule()).isEqualTo(CorridorRule.DUPLICATE);
        });
    }

    private static Path copy(Path dir) throws Exception {
        try (var files = Files.list(Fixtures.folder("scheduled"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }
}
