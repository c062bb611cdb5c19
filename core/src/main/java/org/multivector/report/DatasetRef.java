package org.multivector.report;

/**
 * The dataset a document was computed from: its name and version (part of what makes a result reproducible).
 *
 * @param name    the dataset's name, e.g. {@code kazakhstan}
 * @param version its version string
 */
public record DatasetRef(String name, String version) {}
