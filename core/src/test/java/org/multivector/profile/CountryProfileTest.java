package org.multivector.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.TinyDataset;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CountryProfileTest {

    @Test
    void shares_divide_by_the_reported_world_total_not_by_the_listed_partners(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));

        List<ProfileEntry> entries = CountryProfile.of(world, "AAA", 2021, "exports", List.of(BasisChoice.REPORTER));

        assertThat(entries).extracting(e -> e.tie().partner()).containsExactly("WLD", "BBB", "CCC", "BL", "DDD");
        ProfileEntry china = entries.get(1);
        // 40 of a reported total of 100, although the listed partners sum to only 75
        assertThat(china.share()).hasValue(0.40);
        assertThat(entries.get(0).share()).hasValue(1.0);
    }

    @Test
    void states_are_ranked_while_blocs_and_totals_are_not(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));

        List<ProfileEntry> entries = CountryProfile.of(world, "AAA", 2021, "exports", List.of(BasisChoice.REPORTER));

        assertThat(entries)
                .filteredOn(e -> e.rank().isPresent())
                .extracting(e -> e.tie().partner() + "#" + e.rank().getAsInt())
                .containsExactly("BBB#1", "CCC#2", "DDD#3");
        assertThat(entries)
                .filteredOn(e -> e.tie().partner().equals("BL"))
                .singleElement()
                .satisfies(e -> assertThat(e.rank()).isEmpty());
    }

    @Test
    void mirror_figures_are_divided_by_the_same_reported_total(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));

        List<ProfileEntry> entries = CountryProfile.of(world, "AAA", 2021, "exports", List.of(BasisChoice.MIRROR));

        assertThat(entries).extracting(e -> e.tie().partner()).containsExactly("BBB", "CCC");
        assertThat(entries.getFirst().share().getAsDouble()).isCloseTo(0.55, within(1e-12));
    }

    @Test
    void without_a_reported_total_there_is_no_share(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));

        List<ProfileEntry> entries = CountryProfile.of(world, "AAA", 2020, "exports", List.of(BasisChoice.REPORTER));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.tie().value()).isEqualTo(35);
            assertThat(e.share()).isEmpty();
        });
    }

    @Test
    void the_default_year_is_the_latest_with_pair_figures(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));
        assertThat(CountryProfile.latestYear(world, "AAA")).isEqualTo(2021);
    }

    @Test
    void each_dimension_s_default_year_is_its_latest_with_a_reported_world_total(@TempDir Path dir) throws Exception {
        // 2022 has two partners but no world total; 2021 has the total
        String figures = TinyDataset.text("figures.csv")
                + "AAA,BBB,exports,2022,41,USD_M,reporter,Test office,Trade 2022,2023,https://example.org/t2,true,\n"
                + "AAA,CCC,exports,2022,26,USD_M,reporter,Test office,Trade 2022,2023,https://example.org/t2,true,\n"
                + "AAA,AAA,gdp,2022,510,USD_M,reporter,Test bank,GDP,2023,https://example.org/g,true,\n";
        World world = DatasetLoader.load(TinyDataset.write(dir, TinyDataset.text("manifest.yaml"), figures));

        assertThat(CountryProfile.latestYears(world, "AAA", null))
                .extractingFromEntries(e -> e.getKey().id() + "=" + e.getValue())
                .containsExactly("exports=2021", "gdp=2022", "membership=2021");
        assertThat(CountryProfile.latest(world, "AAA", "exports", List.of(BasisChoice.REPORTER)))
                .allSatisfy(e -> assertThat(e.tie().year()).isEqualTo(2021));
    }

    @Test
    void reporter_and_mirror_stand_in_one_row_with_the_gap_and_a_missing_side_has_no_gap(@TempDir Path dir)
            throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));

        List<BasisPair> pairs = CountryProfile.sideBySide(
                world, "AAA", 2021, world.dimension("exports").orElseThrow());

        assertThat(pairs).extracting(BasisPair::partner).containsExactly("WLD", "BBB", "CCC", "BL", "DDD");
        BasisPair beta = pairs.get(1);
        assertThat(beta.reporter().orElseThrow().value()).isEqualTo(40);
        assertThat(beta.mirror().orElseThrow().value()).isEqualTo(55);
        assertThat(beta.gapPercent().getAsDouble()).isCloseTo(37.5, within(1e-9));
        assertThat(beta.mirrorShare().getAsDouble()).isCloseTo(0.55, within(1e-12));
        BasisPair delta = pairs.get(4);
        assertThat(delta.mirror()).isEmpty();
        assertThat(delta.gapPercent())
                .as("missing stays missing, never a gap against zero")
                .isEmpty();
        assertThat(delta.mirrorShare()).isEmpty();
    }

    @Test
    void an_entry_lists_the_other_publishers_with_the_difference(@TempDir Path dir) throws Exception {
        String figures = TinyDataset.text("figures.csv")
                + "AAA,BBB,exports,2021,38,USD_M,reporter,Fund,Direction of trade,2022,https://example.org/f,false,,estimate\n";
        String header =
                "reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note";
        figures = figures.replace(header + "\n", header + ",flag\n")
                .replaceAll("(?m)^(AAA,(?!BBB,exports,2021,38).*)$", "$1,");
        World world = DatasetLoader.load(TinyDataset.write(dir, TinyDataset.text("manifest.yaml"), figures));

        ProfileEntry beta = CountryProfile.of(world, "AAA", 2021, "exports", List.of(BasisChoice.REPORTER))
                .get(1);

        assertThat(beta.tie().source().publisher()).isEqualTo("Test office");
        assertThat(beta.others()).singleElement().satisfies(o -> {
            assertThat(o.tie().value()).isEqualTo(38);
            assertThat(o.tie().estimate()).isTrue();
            assertThat(o.percent().getAsDouble()).isCloseTo(-5.0, within(1e-9));
        });
    }
}
