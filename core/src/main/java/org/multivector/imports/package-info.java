/**
 * Importers that turn the standard bulk downloads analysts already use (UN Comtrade, IMF Direction of
 * Trade Statistics, World Bank WDI, the SIPRI arms-transfer register) into figures of a multivector
 * dataset, each with its source.
 *
 * <p>Every importer streams its file: memory does not grow with the number of rows read, only with the
 * number of distinct figures written. Country codes of every scheme (ISO 3166 alpha-3, UN M49, IMF, COW,
 * names) go through one tested table, {@link org.multivector.imports.CountryCodes}; a code it does not
 * know is reported with its file, line and column, never dropped silently. A bad file (wrong layout,
 * missing column, broken row, bytes not in the expected encoding) imports nothing unless the user asks
 * for lenient mode, in which case each skipped row is reported. See {@code docs/importers.md}.
 */
package org.multivector.imports;
