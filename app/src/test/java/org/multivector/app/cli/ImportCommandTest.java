package org.multivector.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: downloaded files in, {@code import}, then {@code profile} shows the imported shares with their sources. */
class ImportCommandTest {

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        try {
            return Path.of(ImportCommandTest.class
                            .getResource("/imports/" + name)
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importThenProfileShowsTheImportedSharesAndSources() {
        String dir = temp.resolve("kaz").toString();
        Run trade = run(
                "import",
                "comtrade",
                fixture("comtrade-kaz-2022.csv"),
                "--into",
                dir,
                "--focal",
                "KAZ",
                "--downloaded",
                "2024-03-11");
        assertThat(trade.code()).as(trade.err()).isZero();
        assertThat(trade.out()).contains("Imported 13 figures", "commodity detail rows");
        Run gdp = run("import", "wdi", fixture("wdi-API_KAZ.csv"), "--into", dir, "--downloaded", "2024-03-11");
        assertThat(gdp.code()).as(gdp.err()).isZero();
        Run arms = run(
                "import",
                "sipri-register",
                fixture("sipri-register-kaz.csv"),
                "--into",
                dir,
                "--downloaded",
                "2024-03-11");
        assertThat(arms.code()).as(arms.err()).isZero();

        Run check = run("check", dir);
        assertThat(check.code()).as(check.err()).isZero();

        Run profile =
                run("profile", "KAZ", "--dataset", dir, "--year", "2022", "--dimension", "exports", "--format", "csv");
        assertThat(profile.code()).as(profile.err()).isZero();
        List<String> lines = profile.out().lines().toList();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "KAZ,exports,CHN,2022,13200,USD_M,0.15641,1,China,reporter,United Nations Statistics Division,")
                        .contains("comtrade-kaz-2022.csv (downloaded 2024-03-11"));
        assertThat(lines)
                .anySatisfy(line ->
                        assertThat(line).startsWith("KAZ,exports,RUS,2022,8800,USD_M,0.104273,2,Russia,reporter,"));

        Run mirror = run(
                "profile",
                "KAZ",
                "--dataset",
                dir,
                "--year",
                "2022",
                "--dimension",
                "exports",
                "--basis",
                "mirror",
                "--format",
                "csv");
        assertThat(mirror.out()).contains("KAZ,exports,CHN,2022,15300,USD_M,");

        Run armsProfile = run(
                "profile", "KAZ", "--dataset", dir, "--year", "2020", "--dimension", "arms_imports", "--format", "csv");
        assertThat(armsProfile.out())
                .contains(
                        "KAZ,arms_imports,RUS,2020,100,TIV_M,0.980392,1,Russia,independent,Stockholm International Peace Research Institute");
    }

    @Test
    void aBadFileGivesFileLineAndColumnAndNoDataset() {
        Path dir = temp.resolve("bad");
        Run bad =
                run("import", "comtrade", fixture("comtrade-bad-rows.csv"), "--into", dir.toString(), "--focal", "KAZ");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err())
                .contains(
                        "nothing was imported",
                        "comtrade-bad-rows.csv:4:218: [not-a-number]",
                        "comtrade-bad-rows.csv:5:55: [unknown-actor]")
                .doesNotContain("Exception");
        assertThat(dir).doesNotExist();

        Run lenient = run(
                "import",
                "comtrade",
                fixture("comtrade-bad-rows.csv"),
                "--into",
                dir.toString(),
                "--focal",
                "KAZ",
                "--lenient");
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains("Skipped 2 bad rows", "comtrade-bad-rows.csv:4:218");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = run(
                "import",
                "eurostat",
                fixture("comtrade-kaz-2022.csv"),
                "--into",
                temp.resolve("x").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("comtrade, imf-dots, wdi, sipri-register");
    }
}
