package org.multivector.input;

/**
 * What every text input (YAML or CSV) must satisfy before its own format's rules apply: it can be read,
 * it is UTF-8, it is within the size limits, its syntax is sound, its keys and columns are the
 * documented ones, and its values are of the documented kind.
 */
public enum InputRule implements Rule {
    /** The file is missing or cannot be read, or its CSV quoting or YAML syntax is broken. */
    UNREADABLE_FILE("the file must exist and be valid UTF-8 CSV or YAML"),
    /** The bytes are not UTF-8. */
    ENCODING("text files must be encoded as UTF-8"),
    /** The file, or one value in it, is above the stated size limit. */
    TOO_LARGE("a file must stay within the size limits (see ReadLimits)"),
    /** The CSV header lacks a required column or repeats one. */
    HEADER("the header must name every required column once"),
    /** A CSV row has more or fewer fields than the header. */
    FIELD_COUNT("every row must have as many fields as the header"),
    /** A required key or field is missing or empty. */
    MISSING_FIELD("required fields must be present and non-empty"),
    /** A key that the format does not define. */
    UNKNOWN_KEY("only the documented keys may appear"),
    /** The same key twice in one mapping. */
    DUPLICATE_KEY("a key may appear once in a mapping"),
    /** A value is of the wrong kind or not one of the allowed words. */
    INVALID_VALUE("values must be of the documented kind"),
    /** A number is expected. */
    NOT_A_NUMBER("numbers must be numbers"),
    /** A value is negative where none can be. */
    NEGATIVE_VALUE("values must not be negative");

    private final String statement;

    InputRule(String statement) {
        this.statement = statement;
    }

    @Override
    public String id() {
        return Rule.idOf(this);
    }

    @Override
    public String statement() {
        return statement;
    }
}
