package org.multivector.app.cli;

/** How a report is printed: an aligned table for people, JSON or tidy CSV for programs. */
public enum OutputFormat {
    table,
    json,
    csv
}
