package org.multivector.exposure;

import org.junit.jupiter.api.Test;
import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.DatasetInfo;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The balance among the powers from two channels, material ties (shares of the reported totals) and UN
 * General Assembly voting (share of votes agreeing with each power): the weights and levels of the
 * channels present are averaged; a year lacking one channel is classified from the other and says so.
 */
class VotingChannelTest {

    static final Source CUSTOMS = new Source("Customs", "Trade", 2024, "https://example.org/t", Basis.REPORTER, false);
    static final Source VOTES =
            new Source("Voeten", "UNGA voting", 2024, "https://example.org/v", Basis.INDEPENDENT, false);

    static World world(boolean withVotes) {
        List<Dimension> dimensions =
                new ArrayList<>(List.of(new Dimension("trade", "Trade", "USD_M", DimensionKind.FLOW, "")));
        if (withVotes) {
            dimensions.add(
                    new Dimension(Dimension.UNGA_AGREEMENT, "UN voting agreement", "share", DimensionKind.FLOW, ""));
        }
        List<Actor> actors = List.of(
                Actor.of("AAA", "Alphaland", ActorKind.MIDDLE_POWER),
                Actor.of("BBB", "Betaland", ActorKind.GREAT_POWER),
                Actor.of("CCC", "Gammaland", ActorKind.GREAT_POWER),
                Actor.of("WLD", "World", ActorKind.AGGREGATE));
        List<Tie> ties = new ArrayList<>();
        // 2020: trade 60 % with BBB, 10 % with CCC (a tilt toward BBB on trade alone)
        ties.add(new Tie("AAA", "WLD", "trade", 2020, 100, "USD_M", CUSTOMS, ""));
        ties.add(new Tie("AAA", "BBB", "trade", 2020, 60, "USD_M", CUSTOMS, ""));
        ties.add(new Tie("AAA", "CCC", "trade", 2020, 10, "USD_M", CUSTOMS, ""));
        if (withVotes) {
            for (int year : new int[] {2020, 2021}) {
                ties.add(new Tie("AAA", "BBB", Dimension.UNGA_AGREEMENT, year, 0.4, "share", VOTES, ""));
                ties.add(new Tie("AAA", "CCC", Dimension.UNGA_AGREEMENT, year, 0.8, "share", VOTES, ""));
            }
        }
        DatasetInfo info = new DatasetInfo("v", "v", "1", "", "AAA", new YearRange(2020, 2022), BasisChoice.REPORTER);
        return World.of(info, actors, dimensions, ties);
    }

    static ExposureReport report(World world) {
        return ExposureAnalysis.of(
                world, "AAA", new YearRange(2020, 2022), List.of("BBB", "CCC"), BasisChoice.REPORTER);
    }

    @Test
    void with_both_channels_the_weights_and_levels_are_averaged() {
        BalanceYear y2020 = report(world(true)).balanceIn(2020).orElseThrow();

        // trade weights 6/7 and 1/7, voting weights 1/3 and 2/3 → (0.595, 0.405)
        assertThat(y2020.dimensions()).containsExactly("trade", Dimension.UNGA_AGREEMENT);
        assertThat(y2020.level()).as("trade level 0.70, voting level 0.60").isCloseTo(0.65, within(1e-12));
        assertThat(y2020.evenness()).isCloseTo(0.9737, within(1e-4));
        assertThat(y2020.balance()).isEqualTo(new Balance.EqualCloseness());
        assertThat(y2020.closeness().get("BBB")).isCloseTo((0.6 + 0.4) / 2, within(1e-12));
        assertThat(y2020.note()).isEmpty();
    }

    @Test
    void trade_alone_is_a_tilt_the_votes_pull_back_to_even() {
        assertThat(report(world(false)).balanceIn(2020).orElseThrow().balance())
                .isEqualTo(new Balance.AlignmentWith("BBB"));
    }

    @Test
    void a_year_without_trade_is_classified_from_the_votes_and_says_so() {
        ExposureReport report = report(world(true));

        BalanceYear y2021 = report.balanceIn(2021).orElseThrow();
        assertThat(y2021.dimensions()).containsExactly(Dimension.UNGA_AGREEMENT);
        assertThat(y2021.note()).contains("classified from UN voting alone");
        assertThat(y2021.level()).isCloseTo(0.6, within(1e-12));
        assertThat(y2021.balance()).as("weights 1/3 and 2/3").isEqualTo(new Balance.AlignmentWith("CCC"));
        assertThat(report.balanceIn(2022))
                .as("no channel at all: a gap, never a zero")
                .isEmpty();
    }

    @Test
    void a_year_without_votes_is_classified_from_trade_and_says_so() {
        World world = world(true);
        List<Tie> ties = world.ties().stream()
                .filter(t -> !(t.year() == 2020 && t.dimension().equals(Dimension.UNGA_AGREEMENT)))
                .toList();
        World noVotes2020 = World.of(world.info(), world.actors(), world.dimensions(), ties);

        BalanceYear y2020 = report(noVotes2020).balanceIn(2020).orElseThrow();
        assertThat(y2020.dimensions()).containsExactly("trade");
        assertThat(y2020.note()).contains("classified from material ties alone");
        assertThat(y2020.balance()).isEqualTo(new Balance.AlignmentWith("BBB"));
    }
}
