/**
 * A country's partner profile: per dimension, each partner's figure, its share of the country's
 * reported world total and its rank, with the source of each figure.
 */
package org.multivector.profile;
