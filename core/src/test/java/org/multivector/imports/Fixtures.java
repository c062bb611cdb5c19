package org.multivector.imports;

import org.multivector.world.Basis;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalDouble;

/** The small files in each source's exact layout under {@code src/test/resources/imports}. */
final class Fixtures {

    static final LocalDate DOWNLOADED = LocalDate.of(2024, 3, 11);

    private Fixtures() {}

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportOptions kaz() {
        return ImportOptions.defaults("KAZ", DOWNLOADED);
    }

    static OptionalDouble value(World world, String reporter, String partner, String dimension, int year, Basis basis) {
        return world.tie(reporter, partner, dimension, year, basis)
                .map(Tie::value)
                .map(OptionalDouble::of)
                .orElse(OptionalDouble.empty());
    }
}
