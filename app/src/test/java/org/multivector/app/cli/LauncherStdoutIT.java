package org.multivector.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's promise to scripts: {@code ./multivector ... --format json | jq} reads JSON and nothing
 * else. Build notices, start-up cache messages and the JVM's own log lines go to stderr. The JVM writes its
 * log warnings to stdout unless told otherwise, so this run hands it a damaged class-data archive (what a
 * start-up cache made by another JDK build looks like to it) and checks that stdout still parses.
 * Runs the real {@code ../multivector} script against the jar this build has just packaged.
 */
class LauncherStdoutIT {

    static final Path LAUNCHER = Path.of("..", "multivector").toAbsolutePath().normalize();

    @Test
    void jsonOutputStaysParseableWhenTheJvmComplains(@TempDir Path dir) throws IOException, InterruptedException {
        Path damaged = Files.writeString(dir.resolve("damaged.jsa"), "not a class-data archive");
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(List.of(LAUNCHER.toString(), "profile", "KAZ", "--format", "json"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MULTIVECTOR_NO_CACHE", "1"); // no background training run from a test
        builder.environment()
                .put("MULTIVECTOR_NO_BUILD", "1"); // the jar this build packaged; never a build inside the build
        builder.environment().put("MULTIVECTOR_JAVA_OPTS", "-XX:SharedArchiveFile=" + damaged);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("the launcher finished")
                .isTrue();

        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stderr:%n%s", stderr).isZero();
        assertThat(stderr).as("the JVM did complain, on stderr").contains("[cds]");
        JsonNode document = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readTree(stdout);
        assertThat(document.isObject())
                .as("stdout is one JSON document:%n%s", stdout)
                .isTrue();
        assertThat(stdout).doesNotContain("[warning]", "[error", "multivector:");
    }
}
