package org.multivector.input;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt keys, columns, options and words: the closest candidate by Levenshtein
 * edit distance (commons-text), offered only when it is close enough to be a plausible typo.
 */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(8);

    private Suggestions() {}

    /**
     * The candidate nearest to {@code word} (case-insensitive), if within a third of its length (at
     * least 2 edits: {@code yeras} finds {@code years}).
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, lower.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "\nMaybe years?"} when a candidate is close, else {@code "\nMaybe one of: a, b, c."} (empty for no candidates). */
    public static String maybe(String word, Collection<String> candidates) {
        Optional<String> near = closest(word, candidates);
        if (near.isPresent()) {
            return "\nMaybe " + near.get() + "?";
        }
        return candidates.isEmpty() ? "" : "\nMaybe one of: " + String.join(", ", candidates) + ".";
    }
}
