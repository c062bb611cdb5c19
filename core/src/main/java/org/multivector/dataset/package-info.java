/**
 * Datasets as wholes: a {@link org.multivector.dataset.Dataset} (world, corridor network, origin)
 * loaded by {@link org.multivector.dataset.Datasets} with one exception type, and
 * {@link org.multivector.dataset.DatasetRepository} sources of datasets by name or country (the
 * embedded ones; folders; a world-wide dataset built per country).
 */
package org.multivector.dataset;
