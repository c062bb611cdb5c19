package org.multivector.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.io.InvalidDatasetException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One entry point loads a whole dataset, figures and corridors, with one exception type. */
class DatasetsTest {

    @Test
    void theEmbeddedDatasetComesWithItsCorridorNetwork() throws Exception {
        Dataset dataset = Datasets.defaultDataset();
        assertThat(dataset.name()).isEqualTo("kazakhstan");
        assertThat(dataset.corridors()).isPresent();
        assertThat(dataset.corridors().get().commodities()).isNotEmpty();
    }

    @Test
    void theEmbeddedRepositoryFindsADatasetByNameOrByFocalCountryAndLoadsItOnce() throws Exception {
        EmbeddedDatasets repository = EmbeddedDatasets.standard();
        assertThat(repository.names()).containsExactly("kazakhstan");
        Dataset byName = repository.find("kazakhstan").orElseThrow();
        assertThat(repository.find("kaz")).containsSame(byName);
        assertThat(repository.find("atlantis")).isEmpty();
    }

    @Test
    void aChainAsksTheSecondRepositoryForWhatTheFirstLacks() throws Exception {
        DatasetRepository none = new DatasetRepository() {
            @Override
            public List<String> names() {
                return List.of("other");
            }

            @Override
            public java.util.Optional<Dataset> find(String key) {
                return java.util.Optional.empty();
            }
        };
        DatasetRepository chain = DatasetRepository.chain(none, EmbeddedDatasets.standard());
        assertThat(chain.names()).containsExactly("other", "kazakhstan");
        assertThat(chain.find("KAZ")).isPresent();
    }

    @Test
    void brokenCorridorFilesAreReportedAsProblemsOfTheDataset(@TempDir Path dir) throws Exception {
        Path tiny = Path.of("src/test/resources/datasets/tiny");
        for (Path file : Files.list(tiny).toList()) {
            Files.copy(file, dir.resolve(file.getFileName()));
        }
        Files.createDirectories(dir.resolve("corridors"));
        Files.writeString(dir.resolve("corridors/network.yaml"), "name: x\nname: y\n");

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> Datasets.load(dir));

        assertThat(e.problems())
                .extracting(Problem::file)
                .allSatisfy(f -> assertThat(f).contains("corridors"));
        assertThat(e.problems()).extracting(Problem::rule).contains(InputRule.DUPLICATE_KEY);
    }

    @Test
    void aFolderWithoutCorridorsHasNone() throws Exception {
        Dataset tiny = Datasets.load(Path.of("src/test/resources/datasets/tiny"));
        assertThat(tiny.corridors()).isEmpty();
        assertThat(tiny.name()).isEqualTo("tiny");
    }
}
