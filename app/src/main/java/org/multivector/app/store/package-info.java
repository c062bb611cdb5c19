/**
 * The run store: saved ensembles in an embedded DuckDB file, with versioned SQL migrations and
 * Parquet/CSV export. Lives in the app module because the engine ({@code core}) knows no database.
 */
package org.multivector.app.store;
