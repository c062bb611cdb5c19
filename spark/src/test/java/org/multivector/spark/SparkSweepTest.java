package org.multivector.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.app.cli.Main;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code multivector sweep --engine spark} writes the local engine's tables byte for byte, on a small
 * fictional world with per-country files (which travels to the executors inside the recipe).
 */
class SparkSweepTest {

    /** Fictional countries; PWA, PWB and PWC play the powers. */
    private static final List<String> COUNTRIES = List.of("AAA", "BBB", "CCC", "DDD", "EEE", "PWA", "PWB", "PWC");

    @Test
    void theSparkSweepWritesTheLocalSweepsBytes(@TempDir Path folder) throws Exception {
        Path world = fictionalWorld(folder.resolve("fictional"), 20261201L);
        Path local = folder.resolve("local");
        Path onSpark = folder.resolve("spark");
        String localOut = sweep(
                "--dataset", world.toString(), "--powers", "PWA,PWB,PWC", "--out", local.toString(), "--threads", "2");
        String sparkOut = sweep(
                "--dataset",
                world.toString(),
                "--powers",
                "PWA,PWB,PWC",
                "--out",
                onSpark.toString(),
                "--engine",
                "spark",
                "--master",
                "local[2]");
        assertThat(localOut).contains("8 of 8 countries");
        assertThat(sparkOut).contains("8 of 8 countries");

        List<String> files = list(local);
        assertThat(files).hasSize(COUNTRIES.size() + 1).contains("index.csv", "AAA.csv.gz", "PWC.csv.gz");
        assertThat(list(onSpark)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.mismatch(local.resolve(file), onSpark.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
        String aaa = gunzip(local.resolve("AAA.csv.gz"));
        assertThat(aaa)
                .startsWith("country,metric,dimension,partner,year,value,label\n")
                .contains(
                        "AAA,share,exports,BBB,2012,",
                        "AAA,hhi,imports,,2010,",
                        "AAA,dependence_on_partner,exports,PWA,2011,",
                        "AAA,influence,,PWB,2013,",
                        "AAA,evenness,,,2014,",
                        "AAA,balance,,");
        long rows = aaa.lines().count() - 1;
        assertThat(Files.readString(local.resolve("index.csv")))
                .startsWith("country,rows,file\n")
                .contains("AAA," + rows + ",AAA.csv.gz\n");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedBeforeAnythingRuns(@TempDir Path folder) throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "sweep",
                "--dataset",
                "kazakhstan",
                "--out",
                out.toString(),
                "--engine",
                "spark",
                "--master",
                "local[2]");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--out " + out + " is not empty");
        assertThat(list(out)).containsExactly("notes.txt");
    }

    private static String sweep(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "sweep";
        args[1] = "--no-progress";
        System.arraycopy(options, 0, args, 2, options.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A fictional dataset with per-country files: seeded random exports, imports and arms imports
     * between the countries with reported world totals, and GDP in a common file, 2010-2014.
     */
    static Path fictionalWorld(Path dir, long seed) throws IOException {
        Files.createDirectories(dir.resolve("by-country"));
        Files.createDirectories(dir.resolve("common"));
        StringBuilder manifest = new StringBuilder("""
                name: fictional
                version: "1"
                focal: AAA
                years: {from: 2010, to: 2014}
                files: [common/monadic.csv]
                byCountry: by-country
                dimensions:
                  - {id: exports, name: Goods exports, unit: USD_M, kind: flow}
                  - {id: imports, name: Goods imports, unit: USD_M, kind: flow}
                  - {id: arms_imports, name: Arms imports, unit: TIV_M, kind: flow}
                  - {id: gdp, name: GDP, unit: USD_M, kind: monadic}
                actors:
                """);
        for (String code : COUNTRIES) {
            manifest.append("  - {code: ")
                    .append(code)
                    .append(", name: Land ")
                    .append(code)
                    .append(", kind: ")
                    .append(code.startsWith("PW") ? "great_power" : "small_state")
                    .append("}\n");
        }
        manifest.append("  - {code: WLD, name: World, kind: aggregate}\n");
        Files.writeString(dir.resolve("manifest.yaml"), manifest);
        Files.writeString(dir.resolve("sources.csv"), """
                source_id,publisher,title,source_year,url,basis,assumption,licence,note
                trade,Fictional statistics office,Trade by partner,2026,https://example.org/trade,reporter,false,,
                arms,Fictional arms register,Arms transfers,2026,https://example.org/arms,reporter,false,,
                gdp,Fictional statistics office,National accounts,2026,https://example.org/gdp,independent,false,,
                """);
        Random random = new Random(seed);
        String header = "reporter,partner,dimension,year,value,unit,source_id,flag,note\n";
        StringBuilder monadic = new StringBuilder(header);
        for (String reporter : COUNTRIES) {
            StringBuilder rows = new StringBuilder(header);
            for (int year = 2010; year <= 2014; year++) {
                monadic.append(row(reporter, reporter, "gdp", year, 5_000 + random.nextInt(90_000), "USD_M", "gdp"));
                for (String dimension : List.of("exports", "imports")) {
                    double total = 0;
                    for (String partner : COUNTRIES) {
                        if (!partner.equals(reporter) && random.nextDouble() < 0.85) {
                            double value = 1 + random.nextInt(4_000) + random.nextInt(100) / 100.0;
                            total += value;
                            rows.append(row(reporter, partner, dimension, year, value, "USD_M", "trade"));
                        }
                    }
                    rows.append(row(reporter, "WLD", dimension, year, Math.round(total * 1.3), "USD_M", "trade"));
                }
                if (!reporter.startsWith("PW")) {
                    for (String supplier : List.of("PWA", "PWB", "PWC")) {
                        if (random.nextBoolean()) {
                            rows.append(row(
                                    reporter,
                                    supplier,
                                    "arms_imports",
                                    year,
                                    1 + random.nextInt(300),
                                    "TIV_M",
                                    "arms"));
                        }
                    }
                }
            }
            try (OutputStream out =
                    new GZIPOutputStream(Files.newOutputStream(dir.resolve("by-country/" + reporter + ".csv.gz")))) {
                out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(dir.resolve("common/monadic.csv"), monadic);
        return dir;
    }

    private static String row(
            String reporter, String partner, String dimension, int year, double value, String unit, String source) {
        return String.join(
                        ",",
                        reporter,
                        partner,
                        dimension,
                        Integer.toString(year),
                        String.format(Locale.ROOT, "%.2f", value),
                        unit,
                        source,
                        "",
                        "")
                + "\n";
    }
}
