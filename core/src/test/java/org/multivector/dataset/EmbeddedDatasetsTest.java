package org.multivector.dataset;

import org.junit.jupiter.api.Test;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which shipped dataset answers for a country when the user names none. */
class EmbeddedDatasetsTest {

    @Test
    void the_default_dataset_answers_for_its_focal_country_read_from_its_manifest_alone() throws Exception {
        assertThat(EmbeddedDatasets.defaultFocal()).isEqualTo("KAZ");
        assertThat(EmbeddedDatasets.forCountry("kaz").info().name()).isEqualTo(DatasetLoader.DEFAULT_DATASET);
    }

    @Test
    void any_other_country_gets_the_world_dataset_when_the_build_ships_it() throws Exception {
        World world = EmbeddedDatasets.forCountry("MNG", List.of("CHN", "RUS"));

        if (EmbeddedDatasets.hasWorld()) {
            assertThat(world.info().name()).isEqualTo(EmbeddedDatasets.WORLD);
            assertThat(world.ties())
                    .as("pair figures only from the files asked for: MNG's and the powers'")
                    .filteredOn(t ->
                            world.dimension(t.dimension()).orElseThrow().kind().isDyadic())
                    .allMatch(t -> List.of("MNG", "CHN", "RUS").contains(t.reporter()));
        } else {
            assertThat(world.info().name())
                    .as("no world dataset in this build: the default answers")
                    .isEqualTo(DatasetLoader.DEFAULT_DATASET);
        }
    }
}
