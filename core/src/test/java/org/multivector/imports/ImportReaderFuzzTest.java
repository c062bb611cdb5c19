package org.multivector.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;

/**
 * Jazzer fuzz targets for the importers' CSV readers (World Bank WDI, both layouts; UN General
 * Assembly ideal points; the SIPRI arms-transfer register). A reader must turn any bytes into
 * figures or into problems in its report (file, line, column): a target fails on <em>any</em>
 * exception, since bad bytes are the user's mistake and must never surface as an internal error.
 * In the normal build each target runs its committed corpus ({@code ImportReaderFuzzTestInputs/})
 * in regression mode; {@code JAZZER_FUZZ=1} fuzzes (scripts/fuzz.sh runs every target in turn).
 *
 * <p>The input is written to one temporary file (on {@code /dev/shm} when there is one, so a run
 * costs no disk I/O) and read by the reader as the importer does, with a sink that drops figures.
 */
class ImportReaderFuzzTest {

    private static final Path INPUT = inputFile();

    @FuzzTest(maxDuration = "30s")
    void wdi(byte[] input) throws IOException {
        read(ImportFormat.WDI, input);
    }

    @FuzzTest(maxDuration = "30s")
    void unga(byte[] input) throws IOException {
        read(ImportFormat.UNGA, input);
    }

    @FuzzTest(maxDuration = "30s")
    void sipriRegister(byte[] input) throws IOException {
        read(ImportFormat.SIPRI_REGISTER, input);
    }

    private static void read(ImportFormat format, byte[] input) throws IOException {
        Files.write(INPUT, input);
        ImportOptions options = ImportOptions.defaults("KAZ", LocalDate.of(2024, 3, 11));
        ImportReport report = new ImportReport(options.lenient());
        ReadContext ctx = new ReadContext(CountryCodes.standard(), options, report, format, INPUT, "KAZ", new HashMap<>(),
                (figure, file, line) -> {
                });
        SourceReader.of(format, INPUT).read(ctx);
    }

    private static Path inputFile() {
        try {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "multivector-fuzz")
                    : Files.createTempDirectory("multivector-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("download.csv");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
