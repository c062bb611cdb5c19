package org.multivector.input;

/**
 * A rule an input file must follow; every {@link Problem} names the one it breaks. Each format keeps
 * its own rule set as an enum implementing this interface ({@link InputRule} for what every text file
 * must satisfy, {@code DatasetRule}, {@code CorridorRule}, {@code ScenarioRule}, ...), so a message can
 * say exactly which documented rule was broken while all readers share one problem type.
 */
public interface Rule {

    /** The rule's identifier as printed in messages, lower case with hyphens, e.g. {@code unknown-key}. */
    String id();

    /** The rule in one sentence, as documented. */
    String statement();

    /** The conventional identifier of an enum constant: {@code UNKNOWN_KEY} becomes {@code unknown-key}. */
    static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
