/**
 * The {@code multivector} command line: one subcommand per analysis, each with
 * {@code --format table|json|csv}. Exit codes: 0 success, 1 error (bad input, failed analysis),
 * 2 usage (unknown option, missing argument).
 */
package org.multivector.app.cli;
