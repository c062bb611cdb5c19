package org.multivector.input;

/**
 * Size limits every reader enforces before parsing further, so that an oversized or hostile file is
 * refused early with a clear problem instead of costing seconds of CPU and gigabytes of memory (a
 * 10 MiB YAML scalar once cost 28 s and 1.27 GB before it was refused).
 *
 * @param maxYamlBytes   the largest YAML file read, in bytes
 * @param maxScalarChars the longest single YAML value, in characters
 * @param maxCsvBytes    the largest CSV file read, in bytes (imports of bulk statistics are large)
 */
public record ReadLimits(long maxYamlBytes, int maxScalarChars, long maxCsvBytes) {

    /** 1 MiB. */
    public static final int MIB = 1 << 20;

    /** YAML files up to 10 MiB with values up to 1 MiB; CSV files up to 2 GiB. */
    public static final ReadLimits DEFAULT = new ReadLimits(10L * MIB, MIB, 2048L * MIB);

    public ReadLimits {
        if (maxYamlBytes <= 0 || maxScalarChars <= 0 || maxCsvBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxYamlBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a YAML file is read whole; its limit must stay below 2 GiB");
        }
    }

    /** A size in bytes for messages: {@code 10 MiB}, {@code 512 KiB}, {@code 300 bytes}. */
    public static String describe(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
