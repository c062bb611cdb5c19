package org.multivector.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a CSV format defines: the required ones must each appear once in the header, the
 * optional ones may; any other column is ignored (datasets may carry extra columns for people).
 *
 * @param requiredList columns every file must have
 * @param optionalList columns a file may have
 */
public record CsvColumns(List<String> requiredList, List<String> optionalList) {

    public CsvColumns {
        requiredList = List.copyOf(requiredList);
        optionalList = List.copyOf(optionalList);
    }

    /** Columns that are all required. */
    public static CsvColumns required(String... names) {
        return new CsvColumns(List.of(names), List.of());
    }

    /** These columns plus optional ones. */
    public CsvColumns optional(String... names) {
        List<String> all = new ArrayList<>(optionalList);
        all.addAll(List.of(names));
        return new CsvColumns(requiredList, all);
    }

    /** Required then optional columns. */
    public List<String> all() {
        List<String> all = new ArrayList<>(requiredList);
        all.addAll(optionalList);
        return all;
    }

    /** The header a file should have: the required columns, comma-separated. */
    public String headerText() {
        return String.join(",", requiredList);
    }
}
