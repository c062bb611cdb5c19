package org.multivector.corridors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.corridors.io.ControlLoader;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.CorridorRule;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.input.InputRule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class CorridorControlTest {

    private static final CorridorAllocator ALLOCATOR = new MinCostFlowAllocator();

    @Test
    void the_embedded_cpc_owners_sum_to_the_whole_and_russian_parties_hold_47_25_percent() throws Exception {
        CorridorNetwork network = CorridorLoader.defaultNetwork();
        List<LinkControl> control = ControlLoader.embedded("kazakhstan", network);
        double cpc = control.stream()
                .filter(c -> c.link().equals("CPC_KZ") && c.role() == LinkControl.Role.OWNER)
                .mapToDouble(LinkControl::share)
                .sum();
        assertThat(cpc).isCloseTo(1.0, within(1e-9));
        CorridorControl.LinkOwnership ownership = CorridorControl.ownership(network, control, "crude", 2023).stream()
                .filter(o -> o.link().equals("CPC_SEA"))
                .findFirst()
                .orElseThrow();
        assertThat(ownership.byTerritory()).isFalse();
        assertThat(ownership.holdList().getFirst().power()).isEqualTo("RUS");
        assertThat(ownership.holdList().getFirst().stake()).isCloseTo(0.4725, within(1e-9));
        assertThat(control).allSatisfy(c -> assertThat(c.source().url()).startsWith("https://"));
    }

    @Test
    void btc_owners_change_in_2024_when_socar_takes_over_equinor() throws Exception {
        CorridorNetwork network = CorridorLoader.defaultNetwork();
        List<LinkControl> control = ControlLoader.embedded("kazakhstan", network);
        for (int year : new int[] {2023, 2024}) {
            int y = year;
            double sum = control.stream()
                    .filter(c -> c.link().equals("BTC") && c.role() == LinkControl.Role.OWNER && c.holdsIn(y))
                    .mapToDouble(LinkControl::share)
                    .sum();
            assertThat(sum).as("BTC owners in %d", year).isCloseTo(1.0, within(1e-9));
        }
        assertThat(control.stream()
                        .filter(c -> c.link().equals("BTC") && c.party().equals("Equinor"))
                        .findFirst()
                        .orElseThrow()
                        .holdsIn(2024))
                .isFalse();
    }

    @Test
    void shares_lie_in_0_1_a_closed_power_holds_nothing_and_a_territorial_link_counts_for_each_state_crossed()
            throws Exception {
        CorridorNetwork network = CorridorLoader.defaultNetwork();
        List<LinkControl> control = ControlLoader.embedded("kazakhstan", network);
        CorridorControl.Report report = CorridorControl.analyse(network, ALLOCATOR, control, "crude", 2023);
        for (CorridorControl.ScenarioShares scenario : report.scenarioList()) {
            for (CorridorControl.PowerShare share : scenario.shareList()) {
                assertThat(share.stakeWeightedShare()).isBetween(0.0, 1.0 + 1e-9);
                assertThat(share.controlledShare()).isBetween(0.0, 1.0 + 1e-9);
                assertThat(share.stakeWeightedShare()).isLessThanOrEqualTo(scenario.deliveredShare() + 1e-9);
            }
        }
        CorridorControl.ScenarioShares closedRussia = report.scenarioList().stream()
                .filter(s -> s.scenario().equals("close RUS"))
                .findFirst()
                .orElseThrow();
        assertThat(closedRussia.of("RUS").stakeWeightedShare()).isZero();
        assertThat(report.scenarioList().getFirst().of("RUS").stakeWeightedShare())
                .isGreaterThan(0.4);
        CorridorControl.LinkOwnership druzhba = report.linkList().stream()
                .filter(o -> o.link().equals("SAM_DE"))
                .findFirst()
                .orElseThrow();
        assertThat(druzhba.byTerritory()).isTrue();
        assertThat(druzhba.holdList())
                .extracting(CorridorControl.Hold::power)
                .containsExactlyInAnyOrder("RUS", "BLR", "POL", "DEU");
    }

    @Test
    void a_folder_without_control_data_counts_every_link_for_the_states_it_crosses() throws Exception {
        Path folder = Path.of(getClass().getResource("/corridors/two-routes").toURI());
        CorridorNetwork network = CorridorLoader.load(folder);
        assertThat(ControlLoader.load(folder, network)).isEmpty();
        CorridorControl.Report report = CorridorControl.analyse(network, ALLOCATOR, List.of(), "crude", 2024);
        assertThat(report.linkList())
                .allSatisfy(o -> assertThat(o.byTerritory()).isTrue());
    }

    @Test
    void broken_control_rows_are_reported_with_file_line_column_and_rule(@TempDir Path dir) throws Exception {
        Path source = Path.of(getClass().getResource("/corridors/two-routes").toURI());
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        CorridorNetwork network = CorridorLoader.load(dir);
        String link = network.allLinks().getFirst().id();
        Files.writeString(
                dir.resolve("control.csv"),
                "link,section,role,party,power,share_percent,first_year,last_year,publisher,title,source_year,url,assumption,note\n"
                        + link + ",all,owner,A,AAA,60,,,P,T,2024,https://example.org,false,\n"
                        + link + ",all,owner,B,Bb,50,,,P,T,2024,https://example.org,false,\n"
                        + "NOPE,all,boss,C,CCC,10,,,P,T,2024,https://example.org,false,\n");
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> ControlLoader.load(dir, network));
        assertThat(e.problems())
                .extracting(p -> p.rule())
                .contains(CorridorRule.BAD_COUNTRY, CorridorRule.UNKNOWN_REFERENCE, InputRule.INVALID_VALUE);
        assertThat(e.problems().stream().map(p -> p.format()).toList())
                .anySatisfy(m -> assertThat(m).contains("control.csv:4:1:").contains("NOPE"));
        Files.writeString(
                dir.resolve("control.csv"),
                "link,section,role,party,power,share_percent,first_year,last_year,publisher,title,source_year,url,assumption,note\n"
                        + link + ",all,owner,A,AAA,60,,,P,T,2024,https://example.org,false,\n"
                        + link + ",all,owner,B,BBB,50,,,P,T,2024,https://example.org,false,\n");
        InvalidCorridorDataException sum =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> ControlLoader.load(dir, network));
        assertThat(sum.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("above 100 %");
        });
    }
}
