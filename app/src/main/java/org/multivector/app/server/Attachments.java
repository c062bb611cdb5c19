package org.multivector.app.server;

import java.nio.file.Path;

/**
 * What analyses need beside a dataset's figures, loaded next to it and attached to the catalog:
 * for the embedded dataset from the class path, for a folder from its sub-folders.
 */
final class Attachments {

    private Attachments() {
    }

    /**
     * Attaches everything found for dataset {@code name}; {@code folder} is null for the embedded one.
     *
     * @throws IllegalArgumentException when a folder holds invalid analysis data (the message lists the problems)
     */
    static void load(DatasetCatalog catalog, String name, Path folder) {
        // analyses attach their data here as they land
    }
}
