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

        assertThat(entries).filteredOn(e -> e.rank().isPresent())
                .extracting(e -> e.tie().partner() + "#" + e.rank().getAsInt())
                .containsExactly("BBB#1", "CCC#2", "DDD#3");
        assertThat(entries).filteredOn(e -> e.tie().partner().equals("BL")).singleElement()
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
}
