package org.multivector.imports;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * How to import.
 *
 * @param focal           the country the dataset is about (needed for a new dataset, and for mirror figures); null to take the existing manifest's
 * @param mirror          which partner-side (mirror) figures to derive from trade files
 * @param merge           what to do when an imported figure already exists in the dataset; null means stop with an error
 * @param lenient         skip bad rows (each reported) instead of refusing the whole file
 * @param downloaded      the day the user downloaded the files (part of every citation)
 * @param licence         the licence to cite instead of the format's default, or null
 * @param charset         the files' encoding instead of the format's default, or null
 * @param scale           the files' money scale instead of the format's default, or null
 * @param indicatorSet    WDI indicator codes to import besides GDP (empty: GDP only)
 * @param splitDeliveries split a SIPRI deal's delivered TIV evenly across its delivery years (an assumption, labelled as such)
 * @param check           load the finished dataset with the validating loader and roll back if it is invalid
 */
public record ImportOptions(
        String focal,
        MirrorMode mirror,
        MergeMode merge,
        boolean lenient,
        LocalDate downloaded,
        String licence,
        Charset charset,
        ImportFormat.Scale scale,
        Set<String> indicatorSet,
        boolean splitDeliveries,
        boolean check) {

    /** Which mirror figures trade importers derive from the partners' statistics. */
    public enum MirrorMode {
        /** Only figures about the focal country: a row "CHN imports from KAZ" also gives "KAZ exports to CHN (mirror)". */
        FOCAL,
        /** Mirror figures for every pair in the file. */
        ALL,
        /** No mirror figures. */
        NONE
    }

    /** What an import does with a figure already in the dataset (same reporter, partner, dimension, year and basis). */
    public enum MergeMode {
        /** Keep the dataset's figure; drop the imported one (counted in the report). */
        KEEP,
        /** Replace the dataset's figure with the imported one (the old row is removed from its file). */
        REPLACE
    }

    public ImportOptions {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(downloaded, "downloaded");
        indicatorSet = Set.copyOf(indicatorSet);
    }

    /** Defaults: mirror figures for the focal country, strict, today's date, the format's licence, encoding and scale, checked. */
    public static ImportOptions defaults(String focal, LocalDate downloaded) {
        return new ImportOptions(
                focal, MirrorMode.FOCAL, null, false, downloaded, null, null, null, Set.of(), false, true);
    }

    public ImportOptions withMerge(MergeMode mode) {
        return new ImportOptions(
                focal,
                mirror,
                mode,
                lenient,
                downloaded,
                licence,
                charset,
                scale,
                indicatorSet,
                splitDeliveries,
                check);
    }

    public ImportOptions withLenient(boolean value) {
        return new ImportOptions(
                focal, mirror, merge, value, downloaded, licence, charset, scale, indicatorSet, splitDeliveries, check);
    }

    public ImportOptions withMirror(MirrorMode mode) {
        return new ImportOptions(
                focal, mode, merge, lenient, downloaded, licence, charset, scale, indicatorSet, splitDeliveries, check);
    }

    public ImportOptions withIndicators(Set<String> codes) {
        return new ImportOptions(
                focal, mirror, merge, lenient, downloaded, licence, charset, scale, codes, splitDeliveries, check);
    }

    public ImportOptions withSplitDeliveries(boolean value) {
        return new ImportOptions(
                focal, mirror, merge, lenient, downloaded, licence, charset, scale, indicatorSet, value, check);
    }

    public ImportOptions withCheck(boolean value) {
        return new ImportOptions(
                focal,
                mirror,
                merge,
                lenient,
                downloaded,
                licence,
                charset,
                scale,
                indicatorSet,
                splitDeliveries,
                value);
    }

    public ImportOptions withScale(ImportFormat.Scale value) {
        return new ImportOptions(
                focal,
                mirror,
                merge,
                lenient,
                downloaded,
                licence,
                charset,
                value,
                indicatorSet,
                splitDeliveries,
                check);
    }

    public ImportOptions withCharset(Charset value) {
        return new ImportOptions(
                focal, mirror, merge, lenient, downloaded, licence, value, scale, indicatorSet, splitDeliveries, check);
    }

    public ImportOptions withLicence(String value) {
        return new ImportOptions(
                focal, mirror, merge, lenient, downloaded, value, charset, scale, indicatorSet, splitDeliveries, check);
    }
}
