/**
 * The world model: actors, dimensions, ties by year and the provenance of every figure.
 *
 * <p>A {@link org.multivector.world.World} is an immutable, indexed snapshot of a dataset. Figures
 * keep their {@link org.multivector.world.Basis}: a country's own statistics and the mirror figures
 * from its partner's statistics stay side by side and are never merged silently; a
 * {@link org.multivector.world.BasisChoice} says which side an analysis reads.
 */
package org.multivector.world;
