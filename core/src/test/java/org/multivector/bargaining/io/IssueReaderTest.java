package org.multivector.bargaining.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.bargaining.Issue;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IssueReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsTheCsvLayoutOfTheOpenReplications() throws Exception {
        Path file = write("ec.csv", "Actor,Capability,Position,Salience\nNetherlands,0.08,4,0.8\nBelgium,0.08,7,0.4\n");
        Issue issue = IssueReader.read(file);
        assertThat(issue.name()).isEqualTo("ec");
        assertThat(issue.stakeholderList()).extracting(s -> s.name()).containsExactly("Netherlands", "Belgium");
        assertThat(issue.stakeholderList().get(1).position()).isEqualTo(7.0);
        assertThat(issue.stakeholderList().get(1).salience()).isEqualTo(0.4);
    }

    @Test
    void acceptsColumnsInAnyOrderAndCase() throws Exception {
        Path file = write("x.csv", "salience,position,actor,capability\n0.5,1,A,2\n0.25,3,B,1\n");
        Issue issue = IssueReader.read(file);
        assertThat(issue.stakeholderList().getFirst().capability()).isEqualTo(2.0);
        assertThat(issue.stakeholderList().getLast().salience()).isEqualTo(0.25);
    }

    @Test
    void reportsEveryBadValueWithLineColumnAndRule() throws Exception {
        Path file = write("bad.csv", "Actor,Capability,Position,Salience\nA,1,x,0.5\nB,-1,2,50\nA,1,2,0.5\n");
        InvalidIssueException e = catchThrowableOfType(InvalidIssueException.class, () -> IssueReader.read(file));
        assertThat(e.problems())
                .extracting(Problem::line, Problem::column, Problem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 5, InputRule.NOT_A_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(3, 3, InputRule.NEGATIVE_VALUE),
                        org.assertj.core.groups.Tuple.tuple(3, 8, InputRule.INVALID_VALUE),
                        org.assertj.core.groups.Tuple.tuple(4, 1, IssueRule.DUPLICATE));
        assertThat(e.problems().get(2).message()).contains("Maybe divide by 100");
        assertThat(e.problems().getFirst().format()).startsWith(file + ":2:5: [not-a-number]");
    }

    @Test
    void namesAMissingColumnAndAWrongFieldCount() throws Exception {
        InvalidIssueException header = catchThrowableOfType(
                InvalidIssueException.class,
                () -> IssueReader.read(write("h.csv", "Actor,Capability,Position\nA,1,2\n")));
        assertThat(header.problems()).extracting(Problem::rule).containsExactly(InputRule.HEADER);
        assertThat(header.problems().getFirst().message()).contains("Salience");
        InvalidIssueException count = catchThrowableOfType(
                InvalidIssueException.class,
                () -> IssueReader.read(write("c.csv", "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,1,2\n")));
        assertThat(count.problems())
                .extracting(Problem::line, Problem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, InputRule.FIELD_COUNT));
    }

    @Test
    void readsYamlWithMetadata() throws Exception {
        Path file = write("i.yaml", """
                issue: Test issue
                scale:
                  min: 0
                  max: 100
                  description: "0 = no, 100 = yes"
                sources:
                  - "A source, https://example.org"
                assumptions:
                  - "Positions are assumed."
                stakeholders:
                  - {actor: A, capability: 1, position: 10, salience: 0.5, note: "why"}
                  - {actor: B, capability: 2, position: 90, salience: 1}
                """);
        Issue issue = IssueReader.read(file);
        assertThat(issue.name()).isEqualTo("Test issue");
        assertThat(issue.scale()).isEqualTo("0 = no, 100 = yes");
        assertThat(issue.lowerBound()).isEqualTo(0.0);
        assertThat(issue.upperBound()).isEqualTo(100.0);
        assertThat(issue.sourceList()).containsExactly("A source, https://example.org");
        assertThat(issue.assumptionList()).containsExactly("Positions are assumed.");
        assertThat(issue.stakeholderList()).hasSize(2);
    }

    @Test
    void yamlErrorsPointAtTheValue() throws Exception {
        Path file = write("bad.yaml", """
                issue: Bad
                scale: {min: 0, max: 10}
                colour: red
                stakeholders:
                  - actor: A
                    capability: 1
                    position: 12
                    salience: 0.5
                  - actor: B
                    capability: one
                    position: 3
                    salience: 0.5
                  - actor: C
                    position: 3
                    salience: 0.5
                """);
        InvalidIssueException e = catchThrowableOfType(InvalidIssueException.class, () -> IssueReader.read(file));
        assertThat(e.problems())
                .extracting(Problem::line, Problem::rule)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, InputRule.UNKNOWN_KEY),
                        org.assertj.core.groups.Tuple.tuple(7, InputRule.INVALID_VALUE),
                        org.assertj.core.groups.Tuple.tuple(10, InputRule.NOT_A_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(13, InputRule.MISSING_FIELD));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.column()).isPositive());
    }

    @Test
    void brokenYamlSyntaxAndMissingFilesAreProblemsNotCrashes() throws Exception {
        InvalidIssueException syntax = catchThrowableOfType(
                InvalidIssueException.class, () -> IssueReader.read(write("s.yaml", "issue: [unclosed\n")));
        assertThat(syntax.problems()).extracting(Problem::rule).containsExactly(InputRule.UNREADABLE_FILE);
        InvalidIssueException missing =
                catchThrowableOfType(InvalidIssueException.class, () -> IssueReader.read(dir.resolve("none.csv")));
        assertThat(missing.problems().getFirst().message()).contains("no such file");
    }
}
