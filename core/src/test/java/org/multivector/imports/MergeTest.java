package org.multivector.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.world.Basis;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.DatasetRule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.multivector.imports.Fixtures.file;
import static org.multivector.imports.Fixtures.kaz;
import static org.multivector.imports.Fixtures.value;

/** Adding to an existing dataset: only as the user asks, never silently. */
class MergeTest {

    private final DatasetImporter importer = DatasetImporter.standard();

    @TempDir
    Path temp;

    /** A hand-made dataset with comments, a files list and a figure the Comtrade file also has. */
    private Path handMade() throws Exception {
        Path dir = temp.resolve("hand");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.yaml"), """
                # Hand-compiled figures for Kazakhstan.
                name: hand
                version: "1"
                focal: KAZ
                years: {from: 2020, to: 2022}
                dimensions:
                  - id: exports
                    name: Goods exports
                    unit: USD_M
                    kind: flow   # customs basis
                actors:
                  - code: KAZ
                    name: Kazakhstan
                    kind: middle_power
                  - code: CHN
                    name: China
                    kind: great_power
                  - code: WLD
                    name: World
                    kind: aggregate

                # the files, in reading order
                files:
                  - trade.csv
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("trade.csv"), """
                reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note
                KAZ,CHN,exports,2022,13000,USD_M,reporter,Bureau of National Statistics,Foreign trade 2022,2023,https://stat.gov.kz/,false,
                KAZ,WLD,exports,2021,60000,USD_M,reporter,Bureau of National Statistics,Foreign trade 2021,2022,https://stat.gov.kz/,false,
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static String snapshot(Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                text.append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        }
        return text.toString();
    }

    @Test
    void refusesToOverwriteAFigureUnlessTheUserSaysHow() throws Exception {
        Path dir = handMade();
        String before = snapshot(dir);
        assertThatThrownBy(
                        () -> importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, kaz()))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("--merge keep", "--merge replace");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.rule()).isEqualTo(DatasetRule.DUPLICATE_FIGURE);
                        assertThat(p.message()).contains("KAZ-CHN exports 2022 (reporter)");
                    });
                });
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void keepLeavesTheDatasetsFigureAndAddsTheRest() throws Exception {
        Path dir = handMade();
        ImportReport report = importer.run(
                ImportFormat.COMTRADE,
                List.of(file("comtrade-kaz-2022.csv")),
                dir,
                kaz().withMerge(ImportOptions.MergeMode.KEEP));
        assertThat(report.keptExisting()).isEqualTo(1);
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13000);
        assertThat(world.tie("KAZ", "CHN", "exports", 2022, Basis.REPORTER)
                        .orElseThrow()
                        .source()
                        .publisher())
                .isEqualTo("Bureau of National Statistics");
        // the mirror figure is another figure, kept beside the reporter's
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.MIRROR)).hasValue(15300);
        assertThat(value(world, "KAZ", "RUS", "exports", 2022, Basis.REPORTER)).hasValue(8800);
        assertThat(value(world, "KAZ", "WLD", "exports", 2021, Basis.REPORTER)).hasValue(60000);
    }

    @Test
    void replaceTakesTheImportedFigureAndRemovesTheOldRow() throws Exception {
        Path dir = handMade();
        ImportReport report = importer.run(
                ImportFormat.COMTRADE,
                List.of(file("comtrade-kaz-2022.csv")),
                dir,
                kaz().withMerge(ImportOptions.MergeMode.REPLACE));
        assertThat(report.replacedExisting()).isEqualTo(1);
        assertThat(report.updatedFiles()).containsExactly("trade.csv");
        assertThat(report.files()).containsExactly("comtrade-kaz-2022.csv");
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13200);
        assertThat(Files.readString(dir.resolve("trade.csv")))
                .doesNotContain("KAZ,CHN,exports,2022")
                .contains("KAZ,WLD,exports,2021");
    }

    @Test
    void editsTheManifestInPlaceKeepingComments() throws Exception {
        Path dir = handMade();
        importer.run(
                ImportFormat.COMTRADE,
                List.of(file("comtrade-kaz-2022.csv")),
                dir,
                kaz().withMerge(ImportOptions.MergeMode.KEEP));
        String manifest = Files.readString(dir.resolve("manifest.yaml"));
        assertThat(manifest)
                .contains(
                        "# Hand-compiled figures for Kazakhstan.",
                        "kind: flow   # customs basis",
                        "# the files, in reading order")
                .contains("  - trade.csv\n  - comtrade-kaz-2022.csv")
                .contains("- code: RUS", "- id: imports");
        World world = DatasetLoader.load(dir);
        assertThat(world.actor("RUS").orElseThrow().kind().fileName()).isEqualTo("great_power");
        assertThat(world.actor("USA")).isPresent();
        assertThat(world.actor("KAZ").orElseThrow().name()).isEqualTo("Kazakhstan");
        assertThat(world.years().from()).isEqualTo(2020);
    }

    @Test
    void addsToAManifestWrittenInFlowStyle() throws Exception {
        Path dir = temp.resolve("flow");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.yaml"), """
                name: flow
                version: "1"
                focal: KAZ
                years: {from: 2015, to: 2024}
                files: [trade.csv]
                dimensions:
                  - {id: exports, name: Goods exports, unit: USD_M, kind: flow}
                actors:
                  - {code: KAZ, name: Kazakhstan, kind: middle_power, cow: 705}
                  - {code: WLD, name: World (reported total), kind: aggregate}
                  # great powers
                  - {code: CHN, name: China, kind: great_power, cow: 710}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("trade.csv"), """
                reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note
                KAZ,CHN,exports,2016,4200,USD_M,reporter,Bureau of National Statistics,Foreign trade 2016,2017,https://stat.gov.kz/,false,
                """, StandardCharsets.UTF_8);
        importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, kaz());
        String manifest = Files.readString(dir.resolve("manifest.yaml"));
        assertThat(manifest)
                .contains("files: [trade.csv, comtrade-kaz-2022.csv]", "years: {from: 2015, to: 2024}")
                .contains("  - {code: RUS, name: \"Russia\", kind: great_power, cow: 365}")
                .contains("  - {id: imports, name: \"Goods imports\", unit: \"USD_M\", kind: flow");
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "CHN", "exports", 2016, Basis.REPORTER)).hasValue(4200);
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13200);
    }

    @Test
    void reimportingTheSameFileIsAConflictNotADuplicate() throws Exception {
        Path dir = temp.resolve("twice");
        importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, kaz());
        assertThatThrownBy(
                        () -> importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, kaz()))
                .isInstanceOf(ImportFailedException.class);
        ImportReport replaced = importer.run(
                ImportFormat.COMTRADE,
                List.of(file("comtrade-kaz-2022.csv")),
                dir,
                kaz().withMerge(ImportOptions.MergeMode.REPLACE));
        assertThat(replaced.replacedExisting()).isEqualTo(replaced.figuresWritten());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13200);
    }

    @Test
    void addsOtherSourcesToAnImportedDataset() throws Exception {
        Path dir = temp.resolve("kaz");
        importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, kaz());
        importer.run(ImportFormat.WDI, List.of(file("wdi-API_KAZ.csv")), dir, Fixtures.kaz());
        importer.run(ImportFormat.SIPRI_REGISTER, List.of(file("sipri-register-kaz.csv")), dir, Fixtures.kaz());
        World world = DatasetLoader.load(dir);
        assertThat(world.dimensions()).extracting(d -> d.id()).contains("exports", "imports", "gdp", "arms_imports");
        assertThat(world.years().from()).isEqualTo(2020);
        assertThat(world.years().to()).isEqualTo(2022);
        assertThat(value(world, "KAZ", "RUS", "arms_imports", 2020, Basis.INDEPENDENT))
                .hasValue(100);
    }

    @Test
    void refusesAFolderThatIsNotADataset() throws Exception {
        Path dir = temp.resolve("stuff");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(
                        () -> importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.getMessage()).contains("no manifest.yaml"));
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aNewDatasetNeedsItsFocalCountry() {
        assertThatThrownBy(() -> importer.run(
                        ImportFormat.COMTRADE,
                        List.of(file("comtrade-kaz-2022.csv")),
                        temp.resolve("n"),
                        ImportOptions.defaults(null, Fixtures.DOWNLOADED)))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.getMessage()).contains("--focal"));
    }
}
