package org.multivector.bargaining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The EC car-emissions inputs (BDM 1994 p. 78 via Scholz et al. 2011 Table 1), read from the test resources. */
final class EcCase {

    private EcCase() {}

    static Issue issue() {
        try {
            List<Stakeholder> stakeholders = EcCarEmissionsGoldenTest.rows("ec-car-emissions.csv").stream()
                    .map(row -> new Stakeholder(
                            row[0], Double.parseDouble(row[1]), Double.parseDouble(row[2]), Double.parseDouble(row[3])))
                    .toList();
            return Issue.of("EC car emission standards", stakeholders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
