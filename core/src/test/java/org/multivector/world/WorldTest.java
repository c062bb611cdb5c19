package org.multivector.world;

import org.junit.jupiter.api.Test;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.TinyDataset;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorldTest {

    static World tiny(Path dir) throws Exception {
        return DatasetLoader.load(TinyDataset.copyTo(dir));
    }

    @Test
    void reporter_and_mirror_figures_stay_side_by_side(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        World world = tiny(dir);

        assertThat(world.value("AAA", "BBB", "exports", 2021, BasisChoice.REPORTER))
                .hasValue(40);
        assertThat(world.value("AAA", "BBB", "exports", 2021, BasisChoice.MIRROR))
                .hasValue(55);
        assertThat(world.crossSection("AAA", "exports", 2021))
                .filteredOn(t -> t.partner().equals("BBB"))
                .extracting(Tie::basis)
                .containsExactly(Basis.REPORTER, Basis.MIRROR);
    }

    @Test
    void neither_side_falls_back_to_the_other(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        World world = tiny(dir);

        // DDD has only a Kazakh-side (reporter) figure; WLD likewise.
        assertThat(world.value("AAA", "DDD", "exports", 2021, BasisChoice.MIRROR))
                .isEmpty();
        assertThat(world.crossSection("AAA", "exports", 2021, BasisChoice.MIRROR))
                .extracting(Tie::partner)
                .containsExactly("BBB", "CCC");
        assertThat(world.crossSection("AAA", "exports", 2021, BasisChoice.REPORTER))
                .extracting(Tie::partner)
                .containsExactly("BBB", "BL", "CCC", "DDD", "WLD");
    }

    @Test
    void monadic_and_membership_figures_are_read_under_either_choice(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        World world = tiny(dir);

        assertThat(world.value("AAA", "AAA", "gdp", 2021, BasisChoice.MIRROR)).hasValue(500);
        assertThat(world.value("AAA", "ORG", "membership", 2021, BasisChoice.MIRROR))
                .hasValue(1);
    }

    @Test
    void a_series_lists_the_years_present_and_leaves_gaps_as_gaps(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        World world = tiny(dir);

        assertThat(world.series("AAA", "BBB", "exports", BasisChoice.REPORTER))
                .extracting(Tie::year)
                .containsExactly(2020, 2021);
        assertThat(world.value("AAA", "BBB", "exports", 2022, BasisChoice.REPORTER))
                .isEmpty();
        assertThat(world.value("AAA", "BBB", "exports", 1999, BasisChoice.REPORTER))
                .isEmpty();
        assertThat(world.value("AAA", "NOPE", "exports", 2021, BasisChoice.REPORTER))
                .isEmpty();
    }

    @Test
    void a_world_refuses_figures_it_cannot_place() {
        DatasetInfo info = new DatasetInfo("t", "t", "1", "", "AAA", new YearRange(2020, 2021), BasisChoice.REPORTER);
        List<Actor> actors =
                List.of(Actor.of("AAA", "A", ActorKind.MIDDLE_POWER), Actor.of("BBB", "B", ActorKind.GREAT_POWER));
        List<Dimension> dims = List.of(new Dimension("exports", "Exports", "USD_M", DimensionKind.FLOW, ""));
        Source source = new Source("p", "t", 2021, "https://example.org", Basis.REPORTER, false);
        Tie ok = new Tie("AAA", "BBB", "exports", 2021, 1, "USD_M", source, "");

        assertThat(World.of(info, actors, dims, List.of(ok)).ties()).containsExactly(ok);
        assertThatThrownBy(() -> World.of(info, actors, dims, List.of(ok, ok))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> World.of(
                        info, actors, dims, List.of(new Tie("AAA", "CCC", "exports", 2021, 1, "USD_M", source, ""))))
                .hasMessageContaining("unknown actor CCC");
        assertThatThrownBy(() -> World.of(
                        info, actors, dims, List.of(new Tie("AAA", "BBB", "exports", 2021, 1, "EUR_M", source, ""))))
                .hasMessageContaining("EUR_M");
        assertThatThrownBy(() -> World.of(
                        info, actors, dims, List.of(new Tie("AAA", "BBB", "exports", 2030, 1, "USD_M", source, ""))))
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> World.of(
                        info, actors, dims, List.of(new Tie("AAA", "BBB", "exports", 2021, -1, "USD_M", source, ""))))
                .hasMessageContaining("not signed");
        assertThatThrownBy(() -> new Tie("AAA", "BBB", "exports", 2021, Double.NaN, "USD_M", source, ""))
                .hasMessageContaining("finite");
    }

    static final DatasetInfo TWO_PUBLISHERS = new DatasetInfo(
            "t", "t", "1", "", "AAA", new YearRange(2020, 2021), BasisChoice.REPORTER, List.of("Bureau", "Fund"));
    static final List<Actor> ACTORS =
            List.of(Actor.of("AAA", "A", ActorKind.MIDDLE_POWER), Actor.of("BBB", "B", ActorKind.GREAT_POWER));
    static final List<Dimension> EXPORTS =
            List.of(new Dimension("exports", "Exports", "USD_M", DimensionKind.FLOW, ""));

    static Tie exports(String publisher, double value) {
        return new Tie(
                "AAA",
                "BBB",
                "exports",
                2021,
                value,
                "USD_M",
                new Source(publisher, "t", 2022, "https://example.org/" + publisher, Basis.REPORTER, false),
                "");
    }

    @Test
    void of_several_publishers_the_preferred_one_is_what_analyses_read_and_all_are_kept() {
        Tie fund = exports("Fund", 96);
        Tie bureau = exports("Bureau", 100);
        Tie other = exports("Someone", 90);
        World world = World.of(TWO_PUBLISHERS, ACTORS, EXPORTS, List.of(other, fund, bureau));

        assertThat(world.value("AAA", "BBB", "exports", 2021, BasisChoice.REPORTER))
                .hasValue(100);
        assertThat(world.tie("AAA", "BBB", "exports", 2021, Basis.REPORTER)).contains(bureau);
        assertThat(world.crossSection("AAA", "exports", 2021)).containsExactly(bureau);
        assertThat(world.series("AAA", "BBB", "exports", BasisChoice.REPORTER)).containsExactly(bureau);
        assertThat(world.ties()).containsExactly(bureau);
        assertThat(world.sources(bureau))
                .as("listed publishers in order, unlisted after")
                .containsExactly(bureau, fund, other);
        assertThat(world.allTies()).containsExactly(other, fund, bureau);
    }

    @Test
    void unlisted_publishers_keep_their_file_order_and_one_publisher_twice_is_refused() {
        Tie first = exports("Someone", 90);
        Tie second = exports("Another", 91);
        World world = World.of(TWO_PUBLISHERS, ACTORS, EXPORTS, List.of(first, second));

        assertThat(world.value("AAA", "BBB", "exports", 2021, BasisChoice.REPORTER))
                .hasValue(90);
        assertThat(world.sources("AAA", "BBB", "exports", 2021, Basis.REPORTER)).containsExactly(first, second);
        assertThat(world.sources("AAA", "BBB", "exports", 2020, Basis.REPORTER)).isEmpty();
        assertThatThrownBy(() -> World.of(TWO_PUBLISHERS, ACTORS, EXPORTS, List.of(first, exports("Someone", 92))))
                .hasMessageContaining("given twice by Someone");
    }

    @Test
    void a_signed_dimension_accepts_negative_figures() {
        List<Dimension> dims = List.of(
                new Dimension("unga_ideal_point", "Ideal point", "ideal_point", DimensionKind.MONADIC, "", true));
        Tie point = new Tie(
                "AAA",
                "AAA",
                "unga_ideal_point",
                2021,
                -0.8,
                "ideal_point",
                new Source("p", "t", 2021, "https://example.org", Basis.INDEPENDENT, false),
                "");

        assertThat(World.of(TWO_PUBLISHERS, ACTORS, dims, List.of(point))
                        .value("AAA", "AAA", "unga_ideal_point", 2021, BasisChoice.REPORTER))
                .hasValue(-0.8);
    }
}
