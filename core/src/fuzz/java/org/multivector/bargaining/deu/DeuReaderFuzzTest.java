package org.multivector.bargaining.deu;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.multivector.bargaining.io.InvalidIssueException;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Jazzer fuzz targets for the readers of the DEU III file ({@code deu3.tsv}, Thomson et al., Decision
 * Making in the European Union): the issue reader ({@link DeuReader}) and the procedure reader
 * ({@link DeuProcedureReader}). Any bytes must give issues or an {@link InvalidIssueException}
 * naming file, line and column; any other exception is a finding — an {@link IOException} too,
 * since the bytes come from memory and a read of them can fail only on their content. Regression
 * mode runs the committed corpus ({@code DeuReaderFuzzTestInputs/}); {@code JAZZER_FUZZ=1} fuzzes.
 */
class DeuReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void deuIssues(byte[] input) throws IOException {
        try {
            DeuReader.read(new ByteArrayInputStream(input), "deu3.tsv");
        } catch (InvalidIssueException expected) {
            // bad input, reported with its position
        }
    }

    @FuzzTest(maxDuration = "30s")
    void deuProcedures(byte[] input) throws IOException {
        try {
            DeuProcedureReader.read(new ByteArrayInputStream(input), "deu3.tsv");
        } catch (InvalidIssueException expected) {
            // bad input, reported with its position
        }
    }
}
