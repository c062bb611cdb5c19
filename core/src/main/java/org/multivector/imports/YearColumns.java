package org.multivector.imports;

import org.multivector.input.CsvRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year columns of a wide layout (one column per year): {@code 1960} as in World Bank and IMF bulk
 * files, or {@code 1960 [YR1960]} as in World Bank DataBank exports. Quarterly and monthly columns
 * ({@code 1990Q1}, {@code 1990M01}) are not years and are ignored.
 */
final class YearColumns {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?: \\[YR\\d{4}])?");

    final int[] indexArray;
    final int[] yearArray;

    private YearColumns(int[] indexes, int[] years) {
        this.indexArray = indexes;
        this.yearArray = years;
    }

    static YearColumns of(CsvRecord header) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher m = YEAR.matcher(header.field(i).strip());
            if (m.matches()) {
                found.add(new int[] {i, Integer.parseInt(m.group(1))});
            }
        }
        int[] indexes = new int[found.size()];
        int[] years = new int[found.size()];
        for (int k = 0; k < found.size(); k++) {
            indexes[k] = found.get(k)[0];
            years[k] = found.get(k)[1];
        }
        return new YearColumns(indexes, years);
    }

    boolean isEmpty() {
        return indexArray.length == 0;
    }

    /** Whether a cell holds no figure: empty, or the ".." DataBank writes for a missing value. */
    static boolean missing(String text) {
        String t = text.strip();
        return t.isEmpty() || t.equals("..");
    }
}
