package org.multivector.input;

import java.util.List;

/**
 * One CSV record with where it stands in the file.
 *
 * @param line        1-based line on which the record starts
 * @param fieldList   the fields, unquoted
 * @param columnList  the 1-based column at which each field starts
 */
public record CsvRecord(int line, List<String> fieldList, List<Integer> columnList) {

    public CsvRecord {
        fieldList = List.copyOf(fieldList);
        columnList = List.copyOf(columnList);
    }

    /** The number of fields. */
    public int size() {
        return fieldList.size();
    }

    /** The field at {@code index} (0-based). */
    public String field(int index) {
        return fieldList.get(index);
    }

    /** The 1-based column where the field at {@code index} starts. */
    public int column(int index) {
        return columnList.get(index);
    }
}
