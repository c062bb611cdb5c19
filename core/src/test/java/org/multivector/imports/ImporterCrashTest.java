package org.multivector.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multivector.world.io.DatasetRule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.multivector.imports.Fixtures.file;
import static org.multivector.imports.Fixtures.kaz;

/**
 * Inputs that once ended in "internal error" (issue 17): each now imports or fails with a problem
 * naming the file, and never leaves a partial dataset behind.
 */
class ImporterCrashTest {

    private final DatasetImporter importer = DatasetImporter.standard();

    @TempDir
    Path temp;

    private Path copyWithoutFinalNewline(String fixture) throws Exception {
        String text =
                Files.readString(file(fixture), StandardCharsets.ISO_8859_1).stripTrailing();
        Path copy = temp.resolve(fixture);
        Files.writeString(copy, text, StandardCharsets.ISO_8859_1);
        return copy;
    }

    @ParameterizedTest
    @CsvSource({
        "comtrade, comtrade-kaz-2022.csv",
        "wdi, wdi-API_KAZ.csv",
        "imf-dots, imf-dots.csv",
        "sipri-register, sipri-register-kaz.csv"
    })
    void aFileWithoutAFinalNewlineImportsLikeOneWithIt(String format, String fixture) throws Exception {
        ImportReport withNewline =
                importer.run(ImportFormat.fromId(format), List.of(file(fixture)), temp.resolve("a"), kaz());
        ImportReport without = importer.run(
                ImportFormat.fromId(format), List.of(copyWithoutFinalNewline(fixture)), temp.resolve("b"), kaz());
        assertThat(without.figuresWritten())
                .isEqualTo(withNewline.figuresWritten())
                .isPositive();
    }

    @ParameterizedTest
    @CsvSource({"comtrade", "wdi", "imf-dots", "sipri-register"})
    void anEmptyFileIsAProblemOfThatFile(String format) throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.csv"));
        assertThatThrownBy(() -> importer.run(ImportFormat.fromId(format), List.of(empty), temp.resolve("out"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .isNotEmpty()
                                .allSatisfy(p -> assertThat(p.file()).endsWith("empty.csv")));
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void anImfCountryCodeTooLongForAnIntegerIsAnUnknownCountry() throws Exception {
        String text = Files.readString(file("imf-dots.csv")).replace("\"916\"", "\"99999999999\"");
        Path bad = Files.writeString(temp.resolve("dots.csv"), text);
        assertThatThrownBy(() -> importer.run(ImportFormat.IMF_DOTS, List.of(bad), temp.resolve("out"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.rule()).isEqualTo(DatasetRule.UNKNOWN_ACTOR);
                            assertThat(p.message()).contains("99999999999");
                            assertThat(p.line()).isEqualTo(2);
                        }));
    }

    /** Every prefix of each fixture (a download cut short) imports or fails with problems; none throws anything else. */
    @ParameterizedTest
    @CsvSource({
        "sipri-register, sipri-register-kaz.csv",
        "wdi, wdi-API_KAZ.csv",
        "comtrade, comtrade-kaz-2022.csv",
        "imf-dots, imf-dots.csv"
    })
    void aTruncatedFileNeverCrashes(String format, String fixture) throws Exception {
        byte[] all = Files.readAllBytes(file(fixture));
        for (int cut = 0; cut < all.length; cut += Math.max(1, all.length / 300)) {
            Path truncated = Files.write(temp.resolve("cut" + cut + ".csv"), Arrays.copyOf(all, cut));
            Path out = temp.resolve("out" + cut);
            Throwable thrown =
                    catchThrowable(() -> importer.run(ImportFormat.fromId(format), List.of(truncated), out, kaz()));
            assertThat(thrown)
                    .as("cut at byte %d", cut)
                    .satisfiesAnyOf(
                            t -> assertThat(t).isNull(),
                            t -> assertThat(t)
                                    .isInstanceOfSatisfying(
                                            ImportFailedException.class,
                                            e -> assertThat(e.problems()).isNotEmpty()));
            assertThat(thrown == null || !Files.exists(out))
                    .as("nothing kept after a failure, cut at %d", cut)
                    .isTrue();
        }
    }
}
