package org.multivector.imports;

import org.multivector.input.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: rows read, figures written, rows set aside with the reason, and every problem
 * with its file, line and column. In strict mode any problem fails the import; in lenient mode bad rows
 * are skipped and listed here.
 */
public final class ImportReport {

    /** How many problems are kept with their place; the rest are only counted. */
    static final int KEPT_PROBLEMS = 200;

    private final boolean lenient;
    private final List<Problem> errorList = new ArrayList<>();
    private long errorCount;
    private final List<Problem> skippedList = new ArrayList<>();
    private long skippedCount;
    private final Map<String, Long> setAsideMap = new LinkedHashMap<>();
    private final List<String> fileList = new ArrayList<>();
    private final List<String> updatedList = new ArrayList<>();
    long rowsRead;
    long figuresWritten;
    long keptExisting;
    long replacedExisting;
    long conflicts;

    ImportReport(boolean lenient) {
        this.lenient = lenient;
    }

    /** A bad row: an error in strict mode, a skipped row in lenient mode. */
    void bad(Problem problem) {
        if (lenient) {
            skippedCount++;
            if (skippedList.size() < KEPT_PROBLEMS) {
                skippedList.add(problem);
            }
        } else {
            fatal(problem);
        }
    }

    /** A problem that fails the import in any mode (wrong layout, unreadable bytes). */
    void fatal(Problem problem) {
        errorCount++;
        if (errorList.size() < KEPT_PROBLEMS) {
            errorList.add(problem);
        }
    }

    /** A row that is valid but not imported (commodity detail, a flow not imported, an aggregate partner), counted by reason. */
    void setAside(String reason) {
        setAsideMap.merge(reason, 1L, Long::sum);
    }

    void fileWritten(String name) {
        fileList.add(name);
    }

    void fileUpdated(String name) {
        updatedList.add(name);
    }

    /** Existing dataset files rewritten without the figures an import replaced. */
    public List<String> updatedFiles() {
        return Collections.unmodifiableList(updatedList);
    }

    /** Whether the import fails. */
    public boolean failed() {
        return errorCount > 0;
    }

    /** Problems that fail the import (the first {@value #KEPT_PROBLEMS}). */
    public List<Problem> errors() {
        return Collections.unmodifiableList(errorList);
    }

    /** How many problems fail the import. */
    public long errorCount() {
        return errorCount;
    }

    /** Rows skipped in lenient mode, with their place (the first {@value #KEPT_PROBLEMS}). */
    public List<Problem> skipped() {
        return Collections.unmodifiableList(skippedList);
    }

    /** How many rows lenient mode skipped. */
    public long skippedCount() {
        return skippedCount;
    }

    /** Valid rows not imported, counted by reason. */
    public Map<String, Long> setAside() {
        return Collections.unmodifiableMap(setAsideMap);
    }

    /** Data rows read from the input files. */
    public long rowsRead() {
        return rowsRead;
    }

    /** Figures written to the dataset. */
    public long figuresWritten() {
        return figuresWritten;
    }

    /** Imported figures dropped because the dataset already had them ({@code --merge keep}). */
    public long keptExisting() {
        return keptExisting;
    }

    /** Figures of the dataset replaced by imported ones ({@code --merge replace}). */
    public long replacedExisting() {
        return replacedExisting;
    }

    /** The new dataset files written, in order. */
    public List<String> files() {
        return Collections.unmodifiableList(fileList);
    }
}
