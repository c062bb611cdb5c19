package org.multivector.world;

import java.util.Objects;

/**
 * A kind of tie or attribute measured in one unit, for example goods exports in million US dollars.
 * Every figure of a dimension uses the dimension's unit; the loader rejects any other.
 *
 * @param id          the identifier used in files and on the command line ({@code exports})
 * @param name        a readable name
 * @param unit        the one unit of all its figures ({@code USD_M}, {@code Mt}, {@code TIV_M}, {@code flag})
 * @param kind        how reporter and partner relate
 * @param description what is measured and how, for readers of reports
 * @param signed      whether figures may be negative (UN General Assembly ideal points are); no other
 *                    dimension accepts a negative value
 */
public record Dimension(String id, String name, String unit, DimensionKind kind, String description, boolean signed) {

    /** Goods exports of the reporter to the partner. */
    public static final String EXPORTS = "exports";
    /** Goods imports of the reporter from the partner. */
    public static final String IMPORTS = "imports";
    /** Total goods trade (turnover) between reporter and partner, as stated by the source. */
    public static final String TRADE = "trade";
    /** Gross inflow of foreign direct investment into the reporter from the partner. */
    public static final String FDI_INFLOW = "fdi_inflow";
    /** Stock of foreign direct investment in the reporter held by the partner. */
    public static final String FDI_STOCK = "fdi_stock";
    /** Crude-oil export volume of the reporter to the partner. */
    public static final String CRUDE_EXPORTS = "crude_exports";
    /** Arms imports of the reporter from the supplier, in SIPRI trend-indicator values. */
    public static final String ARMS_IMPORTS = "arms_imports";
    /** Gross domestic product in current US dollars. */
    public static final String GDP = "gdp";
    /** Membership of an organisation or dialogue format. */
    public static final String MEMBERSHIP = "membership";
    /** Share (0–1) of UN General Assembly roll-call votes in which the reporter voted as the partner did. */
    public static final String UNGA_AGREEMENT = "unga_agreement";
    /** The reporter's UN General Assembly ideal point (Bailey, Strezhnev and Voeten 2017); signed. */
    public static final String UNGA_IDEAL_POINT = "unga_ideal_point";
    /** Absolute difference of the reporter's and the partner's UN General Assembly ideal points. */
    public static final String UNGA_IDEAL_DISTANCE = "unga_ideal_distance";

    public Dimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
    }

    /** A dimension whose figures are never negative. */
    public Dimension(String id, String name, String unit, DimensionKind kind, String description) {
        this(id, name, unit, kind, description, false);
    }
}
