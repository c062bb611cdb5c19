package org.multivector.app.server;

import org.multivector.corridors.ControlTable;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.io.ControlLoader;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.InvalidCorridorDataException;

import java.nio.file.Files;
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
        corridors(catalog, name, folder);
    }

    /** The corridor network, from {@code corridors/network.yaml} beside the dataset's manifest. */
    private static void corridors(DatasetCatalog catalog, String name, Path folder) {
        try {
            if (folder == null) {
                if (Attachments.class.getClassLoader().getResource("datasets/" + name + "/corridors/" + CorridorLoader.NETWORK_FILE) != null) {
                    CorridorNetwork network = CorridorLoader.embedded(name);
                    catalog.attach(name, CorridorNetwork.class, network);
                    catalog.attach(name, ControlTable.class, new ControlTable(ControlLoader.embedded(name, network)));
                }
            } else if (Files.isRegularFile(folder.resolve("corridors").resolve(CorridorLoader.NETWORK_FILE))) {
                CorridorNetwork network = CorridorLoader.load(folder.resolve("corridors"));
                catalog.attach(name, CorridorNetwork.class, network);
                catalog.attach(name, ControlTable.class, new ControlTable(ControlLoader.load(folder.resolve("corridors"), network)));
            }
        } catch (InvalidCorridorDataException e) {
            StringBuilder text = new StringBuilder("the corridor network of dataset " + name + " has problems; nothing was loaded:");
            e.problems().forEach(p -> text.append(System.lineSeparator()).append(p));
            throw new IllegalArgumentException(text.toString());
        }
    }
}
