package org.multivector.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Damaged copies of the files a user gives the command line — the example scenarios, issues, study
 * and backtest, and the files of the embedded Kazakhstan dataset (manifest, corridor network, small
 * tables) — each with the command that reads it. A copy differs from its original by one seeded
 * mutation of the kind a bad download, a slip of the editor or a hostile sender makes: a flipped
 * bit, a line lost, doubled or swapped, the file cut short, a token or an extreme number put in
 * (1e16, NaN, 99999999999, a 0xFF byte, a 10,000-character line), a byte-order mark. The same seed
 * gives the same files, so {@link MutatedInputTest} (in-process) and {@code scripts/mutate-inputs.sh}
 * (the real launcher, timed, with its memory) run the same cases.
 *
 * <p>{@code main(OUT, COUNT, SEED)} writes the cases to {@code OUT} (one folder per case) and prints
 * one line per case: its name, then the command-line arguments, tab-separated.
 */
final class MutatedInputs {

    /** One damaged file and the arguments that read it; {@code file} is the damaged copy. */
    record Case(String name, Path file, List<String> args) {}

    /** Example files, relative to the repository root, and the command that reads each. */
    private enum Kind {
        SCENARIO,
        ISSUE,
        STUDY,
        BACKTEST,
        DATASET_FILE,
        CORRIDOR_FILE
    }

    private record Original(Path path, Kind kind) {}

    private static final String[] TOKENS = {
        "1e16",
        "-1",
        "NaN",
        "-0",
        "99999999999",
        "\u0000",
        "\"",
        "'",
        ":",
        "{",
        "[",
        "- ",
        "~",
        ",",
        "\n",
        "&a ",
        "*a",
        "!!binary ",
        "\t",
        "1e308",
        "-Infinity",
        "0x1F",
        "null"
    };

    /** The corridor reports a damaged network file is read by, in turn. */
    private static final String[] CORRIDOR_REPORTS = {"allocation", "control", "calibration", "history", "criticality"};

    /**
     * The report that reads the damaged corridor file: the control table only the control report
     * reads, the schedules only the calibration; a network file every report reads, so they take turns.
     */
    private static String corridorReport(String file, int mutation) {
        return switch (file) {
            case "control.csv" -> "control";
            case "schedules.csv" -> "calibration";
            default -> CORRIDOR_REPORTS[mutation % CORRIDOR_REPORTS.length];
        };
    }

    private static final String[] NUMBERS = {"1e16", "-1", "0", "NaN", "1e308", "99999999999", "-99999", "0.0000001"};

    private MutatedInputs() {}

    /** The originals under {@code root} (the repository). */
    private static List<Original> originals(Path root) {
        List<Original> list = new ArrayList<>();
        add(list, root.resolve("examples/scenarios"), ".yaml", Kind.SCENARIO);
        add(list, root.resolve("examples/bargaining"), "", Kind.ISSUE);
        add(list, root.resolve("examples/strategy"), ".yaml", Kind.STUDY);
        add(list, root.resolve("examples/backtest"), ".yaml", Kind.BACKTEST);
        Path dataset = dataset(root);
        for (String name : List.of("manifest.yaml", "crude.csv", "fdi.csv")) {
            list.add(new Original(dataset.resolve(name), Kind.DATASET_FILE));
        }
        add(list, dataset.resolve("corridors"), "", Kind.CORRIDOR_FILE);
        return list;
    }

    private static Path dataset(Path root) {
        return root.resolve("core/src/main/resources/datasets/kazakhstan");
    }

    private static void add(List<Original> list, Path folder, String suffix, Kind kind) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .forEach(f -> list.add(new Original(f, kind)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code perFile} damaged copies of every original under {@code out} and returns the cases.
     * A dataset or corridor file is damaged inside a copy of the whole dataset folder, so the command
     * reads it beside files that are sound.
     */
    static List<Case> write(Path root, Path out, int perFile, long seed) throws IOException {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(seed);
        for (Original original : originals(root)) {
            byte[] bytes = Files.readAllBytes(original.path());
            String base = original.path().getFileName().toString();
            for (int m = 0; m < perFile; m++) {
                Mutation mutation = mutate(bytes, random);
                String name = base + "#" + m + "-" + mutation.label();
                Path dir = out.resolve(String.format("%03d", cases.size()));
                Files.createDirectories(dir);
                Path file;
                List<String> args;
                switch (original.kind()) {
                    case DATASET_FILE, CORRIDOR_FILE -> {
                        Path copy = dir.resolve("kazakhstan");
                        copyTree(dataset(root), copy);
                        Path relative = dataset(root).relativize(original.path());
                        file = copy.resolve(relative.toString());
                        Files.write(file, mutation.bytes());
                        args = original.kind() == Kind.DATASET_FILE
                                ? List.of("check", copy.toString())
                                : List.of(
                                        "corridors",
                                        "KAZ",
                                        "--dataset",
                                        copy.toString(),
                                        "--report",
                                        corridorReport(base, m),
                                        "--format",
                                        "json");
                    }
                    default -> {
                        file = dir.resolve(base);
                        Files.write(file, mutation.bytes());
                        args = switch (original.kind()) {
                            case SCENARIO ->
                                List.of(
                                        "simulate",
                                        file.toString(),
                                        "--runs",
                                        "2",
                                        "--seed",
                                        "1",
                                        "--no-store",
                                        "--no-progress",
                                        "--format",
                                        "json");
                            case ISSUE -> List.of("bargain", file.toString(), "--format", "json");
                            case STUDY ->
                                List.of(
                                        "strategy",
                                        file.toString(),
                                        "--scenarios",
                                        "4",
                                        "--analyses",
                                        "compare",
                                        "--no-store",
                                        "--no-progress",
                                        "--format",
                                        "json");
                            default -> List.of("backtest", file.toString(), "--draws", "20", "--format", "json");
                        };
                    }
                }
                cases.add(new Case(name, file, args));
            }
        }
        return cases;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    record Mutation(String label, byte[] bytes) {}

    /** One seeded mutation of {@code original}. */
    static Mutation mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        List<String> lines = new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
        int line = random.nextInt(lines.size());
        return switch (random.nextInt(10)) {
            case 0 -> {
                int at = random.nextInt(b.length);
                b[at] ^= (byte) (1 << random.nextInt(8));
                yield new Mutation("bit-flip@" + at, b);
            }
            case 1 -> {
                lines.remove(line);
                yield new Mutation("line-lost@" + (line + 1), join(lines));
            }
            case 2 -> {
                lines.add(line, lines.get(line));
                yield new Mutation("line-doubled@" + (line + 1), join(lines));
            }
            case 3 -> {
                int other = random.nextInt(lines.size());
                String kept = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, kept);
                yield new Mutation("lines-swapped@" + (line + 1) + "," + (other + 1), join(lines));
            }
            case 4 -> {
                int at = random.nextInt(b.length);
                yield new Mutation("cut@" + at, Arrays.copyOf(b, at));
            }
            case 5 -> {
                String token = TOKENS[random.nextInt(TOKENS.length)];
                String text = lines.get(line);
                int at = random.nextInt(text.length() + 1);
                lines.set(line, text.substring(0, at) + token + text.substring(at));
                yield new Mutation("token@" + (line + 1), join(lines));
            }
            case 6, 7 -> {
                String text = lines.get(line);
                java.util.regex.Matcher number =
                        java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (number.find()) {
                    spans.add(new int[] {number.start(), number.end()});
                }
                if (spans.isEmpty()) {
                    lines.set(line, text + NUMBERS[random.nextInt(NUMBERS.length)]);
                } else {
                    int[] span = spans.get(random.nextInt(spans.size()));
                    lines.set(
                            line,
                            text.substring(0, span[0])
                                    + NUMBERS[random.nextInt(NUMBERS.length)]
                                    + text.substring(span[1]));
                }
                yield new Mutation("number@" + (line + 1), join(lines));
            }
            case 8 -> {
                lines.set(line, lines.get(line) + "x".repeat(10_000));
                yield new Mutation("long-line@" + (line + 1), join(lines));
            }
            default -> {
                byte[] prefix = random.nextBoolean()
                        ? new byte[] {(byte) 0xFF}
                        : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] out = new byte[prefix.length + b.length];
                System.arraycopy(prefix, 0, out, 0, prefix.length);
                System.arraycopy(b, 0, out, prefix.length, b.length);
                yield new Mutation(prefix.length == 1 ? "0xFF-first" : "bom-first", out);
            }
        };
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the cases for {@code scripts/mutate-inputs.sh}: {@code OUT COUNT SEED}, run from the repository root. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        for (Case c : write(Path.of("."), out, count, seed)) {
            System.out.println(c.name() + "\t" + String.join("\t", c.args()));
        }
    }
}
