package org.multivector.dataset;

import org.multivector.corridors.CorridorNetwork;
import org.multivector.world.DatasetInfo;
import org.multivector.world.World;
import org.multivector.world.io.DatasetFiles;

import java.util.Objects;
import java.util.Optional;

/**
 * One dataset as every analysis sees it: the world of sourced figures, the corridor network when the
 * dataset has one, and where it was read from. Loaded whole and validated by {@link Datasets#load}
 * (one entry point, one exception type), then immutable, after MATSim's scenario aggregate: the
 * command line, the server and the scenario engine all take a {@code Dataset} rather than loading its
 * parts each in their own way.
 *
 * @param world     the figures (immutable)
 * @param corridors the corridor network from {@code corridors/network.yaml}, if the dataset has one
 * @param origin    where the files were read
 */
public record Dataset(World world, Optional<CorridorNetwork> corridors, DatasetFiles origin) {

    public Dataset {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(corridors, "corridors");
        Objects.requireNonNull(origin, "origin");
    }

    /** Name, title, version, focal actor and years, from the manifest. */
    public DatasetInfo info() {
        return world.info();
    }

    /** The dataset's name, as the manifest gives it. */
    public String name() {
        return world.info().name();
    }
}
