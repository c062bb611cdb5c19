package org.multivector.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    static final String MANIFEST = """
            name: mini
            version: "1"
            focal: AAA
            years: {from: 2020, to: 2021}
            files: [f.csv]
            dimensions:
              - {id: trade, name: Goods trade, unit: USD_M, kind: flow}
            actors:
              - {code: AAA, name: Alphaland, kind: middle_power}
              - {code: BBB, name: Betaland, kind: great_power}
              - {code: WLD, name: World, kind: aggregate}
            """;
    static final String FIGURES = """
            reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note
            AAA,WLD,trade,2021,200,USD_M,reporter,Office,"Trade, 2021",2022,https://example.org/t,true,
            AAA,BBB,trade,2021,50,USD_M,reporter,Office,"Trade, 2021",2022,https://example.org/t,true,
            AAA,BBB,trade,2021,70,USD_M,mirror,Beta customs,Imports,2022,https://example.org/b,true,
            """;

    static Path dataset(Path dir, String figures) throws IOException {
        Files.writeString(dir.resolve("manifest.yaml"), MANIFEST);
        Files.writeString(dir.resolve("f.csv"), figures);
        return dir;
    }

    @Test
    void help_and_version_exit_zero() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("profile", "check");

        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("multivector ");
    }

    /**
     * picocli formats option descriptions with {@code String.format}, so a bare {@code %} ("67%;") makes
     * it print a "[picocli WARN]" on standard error for the option every time the help is shown.
     */
    @Test
    void every_commands_help_prints_without_picocli_warnings() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.util.List<String> names = new java.util.ArrayList<>();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Main.commandLine().getSubcommands().forEach((name, command) -> {
                names.add(name);
                assertThat(CliRun.of(name, "--help").exitCode()).as(name).isZero();
                command.getSubcommands()
                        .keySet()
                        .forEach(
                                sub -> assertThat(CliRun.of(name, sub, "--help").exitCode())
                                        .as(name + " " + sub)
                                        .isZero());
            });
        } finally {
            System.setErr(saved);
        }
        assertThat(names).contains("corridors", "simulate", "runs");
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    @Test
    void a_usage_mistake_exits_two() {
        assertThat(CliRun.of("profile").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("profile", "KAZ", "--no-such-option").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("profile", "KAZ", "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of().exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void profile_csv_prints_tidy_rows_with_shares_and_sources(@TempDir Path dir) throws IOException {
        CliRun run =
                CliRun.of("profile", "AAA", "--dataset", dataset(dir, FIGURES).toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "reporter,dimension,partner,year,value,unit,share,rank,partner_name,basis,publisher,title,source_year,url,assumption,note,flag,other_sources",
                        "AAA,trade,WLD,2021,200,USD_M,1,,World,reporter,Office,\"Trade, 2021\",2022,https://example.org/t,true,,,",
                        "AAA,trade,BBB,2021,50,USD_M,0.25,1,Betaland,reporter,Office,\"Trade, 2021\",2022,https://example.org/t,true,,,");
    }

    @Test
    void profile_with_both_bases_shows_the_mirror_beside_the_reporter_figure(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of(
                "profile", "AAA", "--dataset", dataset(dir, FIGURES).toString(), "--format", "csv", "--basis", "both");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .first()
                .isEqualTo(
                        "reporter,dimension,partner,year,unit,reporter_value,mirror_value,gap_pct,reporter_share,mirror_share,rank,partner_name,reporter_source,mirror_source");
        assertThat(run.out())
                .as("one row per partner: both sides and the gap")
                .contains("AAA,trade,BBB,2021,USD_M,50,70,40,0.25,0.35,1,Betaland,")
                .contains("AAA,trade,WLD,2021,USD_M,200,,,1,,,World,");
    }

    @Test
    void profile_with_both_bases_is_one_table_with_the_gap_and_a_missing_side_stays_blank(@TempDir Path dir)
            throws IOException {
        CliRun run =
                CliRun.of("profile", "AAA", "--dataset", dataset(dir, FIGURES).toString(), "--basis", "both");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsOnlyOnce("reporter AAA vs mirror").contains("+40.0 %");
        assertThat(run.out()
                        .lines()
                        .filter(l -> l.contains("World (WLD)"))
                        .findFirst()
                        .orElseThrow())
                .as("no mirror figure for the world total: a dash, no gap")
                .contains("–")
                .doesNotContain(" %");
    }

    static final String TWO_PUBLISHERS = FIGURES
            + "AAA,BBB,trade,2021,48,USD_M,reporter,Fund,Direction of trade,2022,https://example.org/f,false,\n";

    @Test
    void profile_shows_the_other_publisher_s_figure_and_the_difference(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, TWO_PUBLISHERS);

        CliRun csv = CliRun.of("profile", "AAA", "--dataset", data.toString(), "--format", "csv");
        assertThat(csv.out())
                .contains("AAA,trade,BBB,2021,50,USD_M,0.25,1,Betaland,reporter,Office,")
                .contains(",Fund: 48 (-4.0 %)");

        CliRun table = CliRun.of("profile", "AAA", "--dataset", data.toString());
        assertThat(table.out())
                .contains("Other publishers' figures")
                .contains("+ BBB: 48.000 (-4.0 % on the figure shown)")
                .contains("Fund, \"Direction of trade\", 2022, https://example.org/f");

        CliRun json = CliRun.of("profile", "AAA", "--dataset", data.toString(), "--format", "json");
        var other = Json.mapper()
                .readTree(json.out())
                .get("entries")
                .get(1)
                .get("otherSources")
                .get(0);
        assertThat(other.get("value").asDouble()).isEqualTo(48);
        assertThat(other.get("differencePercent").asDouble()).isEqualTo(-4.0);
        assertThat(other.get("source").get("publisher").asText()).isEqualTo("Fund");
    }

    @Test
    void profile_json_and_table_name_the_source(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, FIGURES);
        CliRun json = CliRun.of("profile", "AAA", "--dataset", data.toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        var root = Json.mapper().readTree(json.out());
        assertThat(root.get("year").asInt()).isEqualTo(2021);
        assertThat(root.get("entries").get(1).get("share").asDouble()).isEqualTo(0.25);
        assertThat(root.get("entries").get(1).get("source").get("url").asText()).isEqualTo("https://example.org/t");

        CliRun table = CliRun.of("profile", "AAA", "--dataset", data.toString());
        assertThat(table.out())
                .contains("Betaland (BBB)", "25.0%", "Office, \"Trade, 2021\", 2022, https://example.org/t");
    }

    @Test
    void an_unknown_country_is_a_user_error_without_a_stack_trace(@TempDir Path dir) throws IOException {
        CliRun run =
                CliRun.of("profile", "ZZZ", "--dataset", dataset(dir, FIGURES).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("country 'ZZZ' is not in dataset mini").doesNotContain("Exception", "\tat ");
    }

    @Test
    void check_reports_every_problem_with_its_place_and_exits_one(@TempDir Path dir) throws IOException {
        String broken = FIGURES.replace("AAA,BBB,trade,2021,50,USD_M", "AAA,CCC,trade,2021,-50,USD_M");
        CliRun run = CliRun.of("check", dataset(dir, broken).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .contains("2 problems; nothing was loaded")
                .contains(dir.resolve("f.csv") + ":3:5: [unknown-actor] partner 'CCC' is not declared in the manifest")
                .contains(dir.resolve("f.csv") + ":3:20: [negative-value]")
                .doesNotContain("\tat ");
    }

    @Test
    void check_accepts_a_valid_dataset(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("check", dataset(dir, FIGURES).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid — 3 figures");
    }

    @Test
    void check_of_a_missing_folder_says_so(@TempDir Path dir) {
        CliRun run = CliRun.of("check", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void coverage_counts_figures_per_dimension_and_source_and_their_kind(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of(
                "coverage", "AAA", "--dataset", dataset(dir, TWO_PUBLISHERS).toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "reporter,dimension,publisher,basis,kind,first_year,last_year,years,partners,world_total_years,figures,estimates",
                        "AAA,trade,Beta customs,mirror,assumption,2021,2021,1,1,0,1,0",
                        "AAA,trade,Fund,reporter,hand-curated,2021,2021,1,1,0,1,0",
                        "AAA,trade,Office,reporter,assumption,2021,2021,1,1,1,2,0");
        CliRun table = CliRun.of("coverage", "AAA", "--dataset", dir.toString());
        assertThat(table.out()).contains("4 figures: 0.0% official, 25.0% hand-curated, 75.0% assumption");
    }

    @Test
    void a_dataset_kept_per_country_loads_the_country_asked_for(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("manifest.yaml"), MANIFEST.replace("files: [f.csv]", "files: []\nbyCountry: by-country"));
        Files.createDirectories(dir.resolve("by-country"));
        Files.writeString(dir.resolve("by-country/AAA.csv"), FIGURES);
        Files.writeString(dir.resolve("by-country/BBB.csv"), "broken, and never read for AAA");

        CliRun run = CliRun.of("profile", "AAA", "--dataset", dir.toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("AAA,trade,BBB,2021,50,USD_M,0.25,1,Betaland,");
        assertThat(CliRun.of("check", dir.toString()).exitCode())
                .as("check reads every country's file")
                .isEqualTo(ExitCode.ERROR);
    }
}
