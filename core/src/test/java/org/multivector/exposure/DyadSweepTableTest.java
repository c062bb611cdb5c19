package org.multivector.exposure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep's per-country tables hold the exposure report's numbers (for the report's dyads with the
 * powers, every value, bit for bit), count what {@link DyadSweep#run} counts, and are the same bytes
 * however often they are made.
 */
class DyadSweepTableTest {

    static LongStream seeds() {
        return LongStream.of(3, 17, 4242);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCountrysTableHoldsEveryValueOfItsExposureReportExactly(long seed) throws IOException {
        World world = RandomWorlds.of(seed);
        List<String> powers = RandomWorlds.powers(world);
        DyadSweep.Prepared prepared = DyadSweep.prepare(world, powers, BasisChoice.REPORTER);
        Map<String, String> rows = new HashMap<>();
        for (String[] row : rows(prepared.csv("FOC"))) {
            rows.put(row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4], row[5]);
        }
        ExposureReport report = ExposureAnalysis.of(world, "FOC", world.years(), powers, BasisChoice.REPORTER);
        assertThat(report.values()).isNotEmpty();
        for (MetricValue value : report.values()) {
            String key = value.metric().id() + "|" + value.dimension() + "|" + value.partner() + "|" + value.year();
            assertThat(rows).as(key).containsKey(key);
            assertThat(Double.parseDouble(rows.get(key))).as(key).isEqualTo(value.value());
        }
        for (BalanceYear year : report.balance()) {
            assertThat(rows).containsEntry("balance||" + year.balance().power() + "|" + year.year(), "");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theTablesTogetherHoldWhatTheSweepCountsAndAreTheSameBytesEveryTime(long seed) throws IOException {
        World world = RandomWorlds.of(seed);
        List<String> powers = RandomWorlds.powers(world);
        DyadSweep.Result counted = DyadSweep.run(world, powers, BasisChoice.REPORTER);
        DyadSweep.Prepared prepared = DyadSweep.prepare(world, powers, BasisChoice.REPORTER);
        DyadSweep.Prepared again = DyadSweep.prepare(world, powers, BasisChoice.REPORTER);
        long values = 0;
        long balances = 0;
        for (String country : prepared.countries()) {
            DyadSweep.Table table = prepared.csv(country);
            assertThat(again.csv(country).csvGzip()).isEqualTo(table.csvGzip());
            List<String[]> rows = rows(table);
            assertThat(rows)
                    .hasSize((int) table.rows())
                    .allSatisfy(row -> assertThat(row[0]).isEqualTo(country));
            balances += rows.stream().filter(row -> row[1].equals("balance")).count();
            values += rows.stream().filter(row -> !row[1].equals("balance")).count();
        }
        assertThat(values).isEqualTo(counted.values());
        assertThat(balances).isEqualTo(counted.balances());
    }

    /** The table's rows (header checked and dropped), split on commas (no field holds one). */
    static List<String[]> rows(DyadSweep.Table table) throws IOException {
        String text;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(table.csvGzip()))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", DyadSweep.CSV_HEADER));
        List<String[]> result = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            result.add(lines[i].split(",", -1));
        }
        return result;
    }
}
