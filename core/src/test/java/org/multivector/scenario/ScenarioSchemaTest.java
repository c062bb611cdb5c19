package org.multivector.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/scenario.schema.json (for editors) and {@link ScenarioReader} (for the engine) accept the same files. */
class ScenarioSchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "scenario.schema.json");
    private static final Path EXAMPLES = Path.of("..", "examples", "scenarios");

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    static Stream<Path> scenarios() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(EXAMPLES)) {
            examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        try (Stream<Path> studies = Files.list(Path.of("..", "examples", "strategy"))) {
            studies.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        files.add(Fixtures.resource("scenario/midland-baseline.yaml"));
        return files.stream();
    }

    @Test
    void everyIssueExampleIsShipped() {
        for (String name : List.of(
                "baseline",
                "western-disengagement",
                "russian-refocus",
                "repeated-cpc-outages",
                "middle-corridor-10mt-2027")) {
            assertThat(EXAMPLES.resolve(name + ".yaml")).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyExampleIsValidForTheSchemaAndTheReader(Path file) throws Exception {
        String text = Files.readString(file);

        List<Error> errors = schema().validate(text, InputFormat.YAML);

        assertThat(errors).as(file.toString()).isEmpty();
        assertThat(ScenarioReader.read(new StringReader(text), file.toString()).assumptionList())
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "unknown key       | horizon: {years: 10, step: quarter} | horizon: {years: 10, stp: quarter}",
                "unknown step      | step: quarter}                      | step: month}",
                "out of range      | attention: 0.8                      | attention: 1.8",
                "unknown shock     | type: attention-shift               | type: regime-change",
                "unknown outcome   | ensemble:                           | outcomes: [happiness]\\nensemble:",
                "bad distribution  | distribution: lognormal             | distribution: cauchy",
                "missing horizon   | horizon: {years: 10, step: quarter} | horizont: {years: 10, step: quarter}",
            })
    void schemaAndReaderRejectTheSameMistakes(String why, String original, String broken) throws Exception {
        String text = Files.readString(Fixtures.resource("scenario/midland-baseline.yaml"));
        assertThat(text).contains(original);
        String bad = text.replaceFirst(
                java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(broken.replace("\\n", "\n")));

        assertThat(schema().validate(bad, InputFormat.YAML)).as(why).isNotEmpty();
        assertThatThrownBy(() -> ScenarioReader.read(new StringReader(bad), "bad.yaml"))
                .as(why)
                .isInstanceOf(InvalidScenarioException.class);
    }

    @Test
    void theSchemaNamesEveryShockOutcomeAndModelParameter() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());

        Set<String> shockTypes = new TreeSet<>();
        root.at("/$defs/shock/oneOf")
                .forEach(s -> shockTypes.add(s.at("/properties/type/const").asText()));
        Set<String> shockKinds = new TreeSet<>();
        for (Class<?> kind : Shock.class.getPermittedSubclasses()) {
            shockKinds.add(
                    kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(shockTypes).isEqualTo(shockKinds);

        Set<String> outcomes = new TreeSet<>();
        root.at("/properties/outcomes/items/enum").forEach(o -> outcomes.add(o.asText()));
        assertThat(outcomes)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Outcome.values()).map(Outcome::fileName).toList());

        Set<String> parameters = new TreeSet<>();
        root.at("/properties/parameters/properties").fieldNames().forEachRemaining(parameters::add);
        assertThat(parameters)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ModelParameter.values())
                        .map(ModelParameter::fileName)
                        .toList());
    }
}
