package org.multivector.world.io;

import org.junit.jupiter.api.Test;
import org.multivector.world.World;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The binary snapshot of an embedded dataset against the validating text loader. */
class WorldSnapshotTest {

    @Test
    void theBuildsSnapshotOfTheDefaultDatasetIsCurrentAndEqualsTheTextLoadersWorld() throws Exception {
        DatasetFiles.Embedded files = new DatasetFiles.Embedded(DatasetLoader.DEFAULT_DATASET);
        World snapshot = WorldSnapshot.readIfCurrent(files);
        assertThat(snapshot)
                .as("the build writes a current snapshot (core/pom.xml, process-classes)")
                .isNotNull();
        World text = textLoaded(files);
        assertSameWorld(snapshot, text);
    }

    @Test
    void aSnapshotRoundTripsEveryFigureOfAFolderDataset() throws Exception {
        DatasetFiles.Embedded files = new DatasetFiles.Embedded(DatasetLoader.DEFAULT_DATASET);
        World text = textLoaded(files);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorldSnapshot.write(text, files, DatasetLoader.filesRead(files), bytes);
        World copy = WorldSnapshot.read(files, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertSameWorld(copy, text);
    }

    @Test
    void aSnapshotOfFilesThatChangedSinceIsNotUsed(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path dataset = folder.resolve("mini");
        Files.createDirectories(dataset);
        DatasetFiles.Embedded embedded = new DatasetFiles.Embedded(DatasetLoader.DEFAULT_DATASET);
        for (String name : DatasetLoader.filesRead(embedded)) {
            if (embedded.exists(name)) {
                try (var in = embedded.open(name)) {
                    Files.createDirectories(dataset.resolve(name).getParent());
                    Files.write(dataset.resolve(name), in.readAllBytes());
                }
            }
        }
        DatasetFiles.Folder files = new DatasetFiles.Folder(dataset);
        World text = DatasetLoader.load(files);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorldSnapshot.write(text, files, DatasetLoader.filesRead(files), bytes);
        assertThat(WorldSnapshot.read(files, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .isNotNull();

        Path manifest = dataset.resolve(DatasetFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest) + "\n# edited\n");
        assertThat(WorldSnapshot.read(files, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .as("a changed manifest invalidates the snapshot")
                .isNull();
        Files.writeString(manifest, Files.readString(manifest).replace("\n# edited\n", ""));
        Files.writeString(dataset.resolve(DatasetFiles.SOURCES), "id,publisher\n");
        assertThat(WorldSnapshot.read(files, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .as("a source table that appeared since invalidates it too")
                .isNull();
    }

    private static World textLoaded(DatasetFiles files) throws Exception {
        // the validating reader on the same files, bypassing the snapshot
        return DatasetLoader.loadText(files);
    }

    private static void assertSameWorld(World actual, World expected) {
        assertThat(actual.info()).isEqualTo(expected.info());
        assertThat(actual.actors()).isEqualTo(expected.actors());
        assertThat(actual.dimensions()).isEqualTo(expected.dimensions());
        assertThat(actual.allTies()).hasSize(expected.allTies().size()).isEqualTo(expected.allTies());
        assertThat(actual.ties()).isEqualTo(expected.ties());
    }
}
