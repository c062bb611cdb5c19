/**
 * The result contract shared by every door: the command line's {@code --format json} and the HTTP API
 * answer the same question with the same document. Analyses build their results as records
 * ({@code ProfileDocument}, {@code ExposureDocument}, {@code AllocationDocument}, ...) next to the
 * analysis; {@link org.multivector.report.ResultJson} is the one Jackson mapper that writes them; a
 * request that breaks a rule is refused with an {@link org.multivector.report.InvalidRequestException}
 * naming the field, which each door turns into its own kind of message (an option on the command line,
 * a query parameter in the API). A {@link org.multivector.report.Report} is the same result as people
 * (a table) and spreadsheets (CSV) read it, built from the document: typed columns and cells, the
 * sources, the analyst assumptions and the notes.
 */
package org.multivector.report;
