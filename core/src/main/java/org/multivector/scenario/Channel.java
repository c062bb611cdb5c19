package org.multivector.scenario;

import java.util.Locale;

/**
 * A channel through which a power engages the focal country. Each has its own initial figure in the
 * dataset, its own adjustment speed and its own weight in dependence (see docs/model.md).
 */
public enum Channel {
    /** Goods trade: the partner's share of the focal country's trade turnover. */
    TRADE,
    /** Direct investment: the partner's share of the focal country's FDI stock (inflows when no stock). */
    INVESTMENT,
    /** Security: the partner's share of the focal country's arms imports. */
    SECURITY,
    /** Diplomacy: the partner's share of the dialogue formats and organisations the focal country sits in with the powers. */
    DIPLOMACY;

    /** The spelling in scenario files, e.g. {@code trade}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling; null when unknown. */
    public static Channel fromFileName(String text) {
        for (Channel channel : values()) {
            if (channel.fileName().equals(text)) {
                return channel;
            }
        }
        return null;
    }
}
