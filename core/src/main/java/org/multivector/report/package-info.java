/**
 * The result contract shared by every door: the command line's {@code --format json} and the HTTP API
 * answer the same question with the same document. Analyses build their results as records
 * ({@code ProfileDocument}, {@code ExposureDocument}, {@code AllocationDocument}, ...) next to the
 * analysis; {@link org.multivector.report.ResultJson} is the one Jackson mapper that writes them; a
 * request that breaks a rule is refused with an {@link org.multivector.report.InvalidRequestException}
 * naming the field, which each door turns into its own kind of message (an option on the command line,
 * a query parameter in the API).
 */
package org.multivector.report;
