package org.multivector.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dataset folder carried as bytes: read, written out elsewhere, digested the same wherever it is. */
class CarriedDatasetTest {

    @TempDir
    Path temp;

    @Test
    void aFolderWrittenOutElsewhereHoldsTheSameFilesAndDigestsTheSame() throws Exception {
        Path source = temp.resolve("source");
        Files.createDirectories(source.resolve("corridors"));
        Files.writeString(source.resolve("manifest.yaml"), "name: x\n");
        Files.writeString(source.resolve("corridors/links.csv"), "id\nA\n");

        Map<String, byte[]> files = CarriedDataset.read(source);
        Path copy = CarriedDataset.writeOut(files, temp.resolve("copy"));

        assertThat(files).containsOnlyKeys("manifest.yaml", "corridors/links.csv");
        assertThat(Files.readString(copy.resolve("corridors/links.csv"))).isEqualTo("id\nA\n");
        assertThat(digest(CarriedDataset.read(copy))).isEqualTo(digest(files));
    }

    @Test
    void theDigestTellsWhereOneTextEndsAndTheNextBegins() throws Exception {
        assertThat(digest("ab", "c")).isNotEqualTo(digest("a", "bc"));
    }

    @Test
    void aPathOutsideTheFolderIsRefusedAndAnEmptyFolderCarriesNothing() throws Exception {
        Map<String, byte[]> escaping = Map.of("../outside.csv", "x".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CarriedDataset.writeOut(escaping, temp.resolve("target")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lies outside its folder");
        Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> CarriedDataset.read(temp.resolve("empty"))).hasMessageContaining("holds no files");
    }

    private static String digest(Map<String, byte[]> files) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        CarriedDataset.digest(sha, null, files);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String digest(String first, String second) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        CarriedDataset.update(sha, first);
        CarriedDataset.update(sha, second);
        return HexFormat.of().formatHex(sha.digest());
    }
}
