/**
 * The one input layer every reader stands on: a {@link org.multivector.input.Problem} (file, line and
 * column, byte offset or spreadsheet cell, rule, message), a {@link org.multivector.input.Rule} set per
 * format, one {@link org.multivector.input.InvalidInputException}, one
 * {@link org.multivector.input.ProblemRenderer} (text and JSON), located YAML with typed accessors and
 * "did you mean" ({@link org.multivector.input.YamlInput}), one CSV table reader
 * ({@link org.multivector.input.CsvTable}), strict UTF-8 decoding that names the offending byte, and
 * size limits checked before parsing ({@link org.multivector.input.ReadLimits}).
 */
package org.multivector.input;
