package org.multivector.corridors.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.fuzz.FuzzFolders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Jazzer fuzz target for the corridor files of a dataset: {@code network.yaml}, the six CSV files
 * it names (nodes, links, supplies, volumes, disruptions, prices), {@code schedules.csv} and
 * {@code control.csv}. The first byte of an input picks one of these files, the rest of the input
 * replaces it in an otherwise valid folder (the {@code scheduled} test network and a control table),
 * and the folder is loaded as the commands load it: the network, then the schedule and the control
 * rows against it. Any input must load or fail with {@link InvalidCorridorDataException} (every
 * problem with file, line and column); any other exception is a finding. Regression mode runs the
 * committed corpus ({@code CorridorFilesFuzzTestInputs/}); {@code JAZZER_FUZZ=1} fuzzes.
 */
class CorridorFilesFuzzTest {

    private static final List<String> FILES = List.of(
            CorridorLoader.NETWORK_FILE,
            "nodes.csv",
            "links.csv",
            "supplies.csv",
            "volumes.csv",
            "disruptions.csv",
            "prices.csv",
            ScheduleLoader.FILE,
            ControlLoader.FILE);
    private static final String CONTROL = """
            link,section,role,party,power,share_percent,first_year,last_year,publisher,title,source_year,url,assumption,note
            A,whole link,owner,Test pipeline company,AAA,100,,,Test,Owners,2024,https://example.org/o,false,
            B,whole link,operator,Test shipping company,DDD,100,2020,,Test,Operators,2024,https://example.org/o,true,assumed
            """;
    private static final Map<String, byte[]> VALID = validFiles();
    private static final Path FOLDER = folder();

    @FuzzTest(maxDuration = "30s")
    void corridorFiles(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String replaced = FILES.get((input[0] & 0xFF) % FILES.size());
        Files.write(FOLDER.resolve(replaced), Arrays.copyOfRange(input, 1, input.length));
        try {
            CorridorNetwork network = CorridorLoader.load(FOLDER);
            ScheduleLoader.load(FOLDER, network);
            ControlLoader.load(FOLDER, network);
        } catch (InvalidCorridorDataException expected) {
            // bad input, reported with its position
        } finally {
            Files.write(FOLDER.resolve(replaced), VALID.get(replaced));
        }
    }

    /** The folder the target starts from is valid, so a mutated file is read beside files that pass (not only error paths). */
    @Test
    void the_untouched_folder_loads_with_its_schedule_and_control_rows() throws Exception {
        CorridorNetwork network = CorridorLoader.load(FOLDER);
        assertThat(network.allLinks()).hasSize(2);
        assertThat(ScheduleLoader.load(FOLDER, network)).isNotNull();
        assertThat(ControlLoader.load(FOLDER, network)).hasSize(2);
    }

    private static Map<String, byte[]> validFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            if (name.equals(ControlLoader.FILE)) {
                files.put(name, CONTROL.getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try (InputStream in = CorridorFilesFuzzTest.class.getResourceAsStream("/corridors/scheduled/" + name)) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A folder (on /dev/shm when there is one) holding the valid files. */
    private static Path folder() {
        Path dir = FuzzFolders.create();
        try {
            for (Map.Entry<String, byte[]> file : VALID.entrySet()) {
                Files.write(FuzzFolders.file(dir, file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
