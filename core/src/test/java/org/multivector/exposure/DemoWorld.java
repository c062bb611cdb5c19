package org.multivector.exposure;

import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fictional demo dataset under src/test/resources/datasets/demo, whose metrics are worked out by hand. */
final class DemoWorld {

    private static World world;

    private DemoWorld() {}

    static synchronized World load() {
        if (world == null) {
            try {
                world = DatasetLoader.load(folder());
            } catch (InvalidDatasetException e) {
                throw new IllegalStateException("the demo dataset is invalid: " + e.getMessage(), e);
            }
        }
        return world;
    }

    static Path folder() {
        try {
            return Path.of(DemoWorld.class
                            .getResource("/datasets/demo/manifest.yaml")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
