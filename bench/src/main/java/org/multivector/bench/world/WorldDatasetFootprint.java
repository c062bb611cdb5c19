package org.multivector.bench.world;

import org.multivector.dataset.EmbeddedDatasets;
import org.multivector.world.World;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The footprint of a per-country dataset such as the shipped {@code world} one: its size on disk (what
 * it adds to the jar, gzip files being stored as they are), the time to load one country (manifest,
 * source table, common files and that country's file) and the heap the loaded world retains. The issue
 * asks for under 30 MB and under 2 s.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.multivector.bench.world.WorldDatasetFootprint [DIR|embedded|synthetic] [ISO3]
 * </pre>
 * With {@code synthetic} (the default when the build ships no world dataset) it first writes a synthetic
 * dataset of the shipped one's shape: 210 countries, 1960–2023, exports and imports with 150 partners on
 * both bases for 30 years, GDP and ideal points for every country, in the compact gzip format.
 */
public final class WorldDatasetFootprint {

    private WorldDatasetFootprint() {}

    public static void main(String[] args) throws Exception {
        String where = args.length > 0 ? args[0] : EmbeddedDatasets.hasWorld() ? "embedded" : "synthetic";
        String country = args.length > 1 ? args[1] : "C100";
        DatasetFiles files;
        long bytes;
        if (where.equals("embedded")) {
            files = new DatasetFiles.Embedded(EmbeddedDatasets.WORLD);
            bytes = embeddedSize();
            if (args.length < 2) {
                country = "MNG";
            }
        } else {
            Path dir = where.equals("synthetic")
                    ? synthetic(Files.createTempDirectory("world-synthetic"))
                    : Path.of(where);
            files = new DatasetFiles.Folder(dir);
            try (Stream<Path> all = Files.walk(dir)) {
                bytes = all.filter(Files::isRegularFile)
                        .mapToLong(p -> p.toFile().length())
                        .sum();
            }
        }
        System.out.printf(Locale.ROOT, "dataset: %s, %.1f MB on disk / in the jar%n", where, bytes / 1e6);
        long best = Long.MAX_VALUE;
        World world = null;
        for (int run = 0; run < 7; run++) {
            world = null;
            System.gc();
            long start = System.nanoTime();
            world = DatasetLoader.load(files, country);
            best = Math.min(best, System.nanoTime() - start);
            if (run == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "first load of %s (cold JVM): %.0f ms, %d figures%n",
                        country,
                        (System.nanoTime() - start) / 1e6,
                        world.allTies().size());
            }
        }
        System.out.printf(Locale.ROOT, "load of %s, best of 7: %.0f ms%n", country, best / 1e6);
        long with = retained();
        int size = world.allTies().size();
        world = null;
        long without = retained();
        System.out.printf(
                Locale.ROOT, "heap retained by the loaded world: %.1f MB (%d figures)%n", (with - without) / 1e6, size);
    }

    private static long retained() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long embeddedSize() throws IOException {
        var url = WorldDatasetFootprint.class.getClassLoader().getResource("datasets/world/manifest.yaml");
        try {
            Path manifest = Path.of(url.toURI());
            try (Stream<Path> all = Files.walk(manifest.getParent())) {
                return all.filter(Files::isRegularFile)
                        .mapToLong(p -> p.toFile().length())
                        .sum();
            }
        } catch (Exception e) {
            // inside a jar: read the entries' compressed sizes
            String jar = url.getPath().substring("file:".length(), url.getPath().indexOf('!'));
            try (var zip = new java.util.zip.ZipFile(jar)) {
                return zip.stream()
                        .filter(en -> en.getName().startsWith("datasets/world/"))
                        .mapToLong(java.util.zip.ZipEntry::getCompressedSize)
                        .sum();
            }
        }
    }

    /** Writes the synthetic dataset described in the class comment into {@code dir}. */
    static Path synthetic(Path dir) throws IOException {
        int countries = 210;
        Random random = new Random(11);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < countries; i++) {
            codes.add(String.format(Locale.ROOT, "C%03d", i));
        }
        StringBuilder manifest = new StringBuilder("""
                name: world-synthetic
                version: "1"
                focal: C000
                years: {from: 1960, to: 2023}
                files: [common/gdp.csv.gz, common/unga_ideal_point.csv.gz]
                byCountry: by-country
                sourcePreference: [Statistics office, Monetary fund]
                dimensions:
                  - {id: exports, name: Exports, unit: USD_M, kind: flow}
                  - {id: imports, name: Imports, unit: USD_M, kind: flow}
                  - {id: gdp, name: GDP, unit: USD_M, kind: monadic}
                  - {id: unga_ideal_point, name: Ideal point, unit: ideal_point, kind: monadic, signed: true}
                actors:
                  - {code: WLD, name: World, kind: aggregate}
                """);
        for (String code : codes) {
            manifest.append("  - {code: ")
                    .append(code)
                    .append(", name: Country ")
                    .append(code)
                    .append(", kind: small_state}\n");
        }
        Files.writeString(dir.resolve("manifest.yaml"), manifest);
        Files.writeString(dir.resolve("sources.csv"), """
                source_id,publisher,title,source_year,url,basis,assumption,licence,note
                fund-x,Monetary fund,Direction of trade,2021,https://example.org/dots,reporter,false,free use with attribution,
                fund-m,Monetary fund,Direction of trade,2021,https://example.org/dots,mirror,false,free use with attribution,
                bank,World bank,GDP,2024,https://example.org/wdi,reporter,false,CC BY 4.0,
                votes,Voeten,Ideal points,2024,https://example.org/unga,independent,false,,
                """);
        Files.createDirectories(dir.resolve("common"));
        Files.createDirectories(dir.resolve("by-country"));
        try (PrintWriter gdp = gzip(dir.resolve("common/gdp.csv.gz"));
                PrintWriter points = gzip(dir.resolve("common/unga_ideal_point.csv.gz"))) {
            gdp.println("reporter,partner,dimension,year,value,unit,source_id,flag,note");
            points.println("reporter,partner,dimension,year,value,unit,source_id,flag,note");
            for (String code : codes) {
                for (int year = 1960; year <= 2023; year++) {
                    gdp.printf(
                            Locale.ROOT,
                            "%s,%s,gdp,%d,%.1f,USD_M,bank,,%n",
                            code,
                            code,
                            year,
                            1000 + random.nextDouble() * 1e6);
                    points.printf(
                            Locale.ROOT,
                            "%s,%s,unga_ideal_point,%d,%.4f,ideal_point,votes,,%n",
                            code,
                            code,
                            year,
                            random.nextGaussian());
                }
            }
        }
        for (String code : codes) {
            try (PrintWriter out = gzip(dir.resolve("by-country/" + code + ".csv.gz"))) {
                out.println("reporter,partner,dimension,year,value,unit,source_id,flag,note");
                for (int year = 1994; year <= 2023; year++) {
                    for (String dimension : List.of("exports", "imports")) {
                        out.printf(
                                Locale.ROOT,
                                "%s,WLD,%s,%d,%.2f,USD_M,fund-x,,%n",
                                code,
                                dimension,
                                year,
                                1e5 * random.nextDouble());
                        for (int k = 1; k <= 150; k++) {
                            String partner = codes.get((codes.indexOf(code) + k) % countries);
                            out.printf(
                                    Locale.ROOT,
                                    "%s,%s,%s,%d,%.2f,USD_M,fund-x,%s,%n",
                                    code,
                                    partner,
                                    dimension,
                                    year,
                                    100 * random.nextDouble(),
                                    random.nextInt(20) == 0 ? "estimate" : "");
                            out.printf(
                                    Locale.ROOT,
                                    "%s,%s,%s,%d,%.2f,USD_M,fund-m,,%n",
                                    code,
                                    partner,
                                    dimension,
                                    year,
                                    100 * random.nextDouble());
                        }
                    }
                }
            }
        }
        return dir;
    }

    private static PrintWriter gzip(Path file) throws IOException {
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
