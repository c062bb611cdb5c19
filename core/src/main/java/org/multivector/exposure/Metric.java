package org.multivector.exposure;

import java.util.Locale;

/**
 * Every metric of the exposure analysis. Each value of a metric is a {@link MetricValue}; the
 * {@link Scale} says how readers should see the number. The equations are in {@code docs/metrics.md}.
 */
public enum Metric {
    /** A partner's share of the country's reported world total of a dimension. */
    SHARE("share", Scale.FRACTION, "partner's share of the country's reported world total"),
    /** Herfindahl–Hirschman index over state partners plus the rest-of-world residual (0–1). */
    HHI("hhi", Scale.INDEX, "Herfindahl–Hirschman index, states + rest of world (0–1)"),
    /** Hirschman's concentration index {@code 100·√HHI}. */
    HIRSCHMAN("hirschman", Scale.NUMBER, "Hirschman index 100·√HHI"),
    /** The effective number of partners {@code 1/HHI}. */
    EFFECTIVE_PARTNERS("effective_partners", Scale.NUMBER, "effective number of partners 1/HHI"),
    /** Bilateral trade over the country's GDP: its dependence on the partner. */
    DEPENDENCE_ON_PARTNER("dependence_on_partner", Scale.FRACTION, "trade with partner / own GDP"),
    /** Bilateral trade over the partner's GDP: the partner's dependence on the country. */
    DEPENDENCE_OF_PARTNER("dependence_of_partner", Scale.FRACTION, "trade with partner / partner's GDP"),
    /** Dependence on the partner minus the partner's dependence; positive: the country needs the tie more. */
    ASYMMETRY("asymmetry", Scale.FRACTION, "dependence on partner − dependence of partner"),
    /** Barbieri's salience √(s_A·s_B) of trade shares. */
    SALIENCE("salience", Scale.INDEX, "Barbieri salience √(share_A·share_B)"),
    /** Barbieri's symmetry 1 − |s_A − s_B|. */
    SYMMETRY("symmetry", Scale.INDEX, "Barbieri symmetry 1 − |share_A − share_B|"),
    /** Barbieri's interdependence: salience × symmetry. */
    INTERDEPENDENCE("interdependence", Scale.INDEX, "Barbieri interdependence salience × symmetry"),
    /** FBIC-style economic bandwidth of the partner's influence on the country (0–1). */
    BANDWIDTH_ECONOMIC("bandwidth_economic", Scale.INDEX, "FBIC-style economic bandwidth (trade, FDI stock)"),
    /** FBIC-style political bandwidth: shared organisations (0–1). */
    BANDWIDTH_POLITICAL("bandwidth_political", Scale.INDEX, "FBIC-style political bandwidth (shared organisations)"),
    /** FBIC-style security bandwidth: arms transfers (0–1). */
    BANDWIDTH_SECURITY("bandwidth_security", Scale.INDEX, "FBIC-style security bandwidth (arms transfers)"),
    /** Mean of the available bandwidth sub-indices. */
    BANDWIDTH("bandwidth", Scale.INDEX, "FBIC-style bandwidth (mean of economic, political, security)"),
    /** FBIC-style economic dependence of the country on the partner (0–1). */
    DEPENDENCE_ECONOMIC("dependence_economic", Scale.INDEX, "FBIC-style economic dependence (trade/GDP, FDI share)"),
    /** FBIC-style security dependence: the partner's share of the country's arms imports (0–1). */
    DEPENDENCE_SECURITY("dependence_security", Scale.INDEX, "FBIC-style security dependence (arms-import share)"),
    /** Mean of the available dependence sub-indices. */
    DEPENDENCE("dependence", Scale.INDEX, "FBIC-style dependence (mean of economic, security)"),
    /** The FBIC-style influence capacity of the partner over the country: mean of bandwidth and dependence. */
    INFLUENCE("influence", Scale.INDEX, "FBIC-style influence capacity of partner over country"),
    /** How deep the country's ties with one power are: its mean share over the balance dimensions. */
    CLOSENESS("closeness", Scale.FRACTION, "power's mean share over the balance dimensions"),
    /** How deep the ties with the powers are together: the sum of their closeness. */
    CLOSENESS_LEVEL("closeness_level", Scale.FRACTION, "sum of the powers' closeness"),
    /** How evenly the ties are spread over the powers: normalised Shannon entropy (0–1). */
    EVENNESS("evenness", Scale.INDEX, "normalised entropy of closeness over the powers");

    /** How a metric's numbers read. */
    public enum Scale {
        /** A ratio usually shown as a percentage. */
        FRACTION,
        /** A unit-free index, mostly in [0, 1]. */
        INDEX,
        /** A plain number. */
        NUMBER
    }

    private final String id;
    private final Scale scale;
    private final String description;

    Metric(String id, Scale scale, String description) {
        this.id = id;
        this.scale = scale;
        this.description = description;
    }

    /** The identifier used in CSV and JSON output ({@code effective_partners}). */
    public String id() {
        return id;
    }

    /** How the numbers read. */
    public Scale scale() {
        return scale;
    }

    /** A one-line description for reports. */
    public String description() {
        return description;
    }

    /** The metric with this id, or null. */
    public static Metric fromId(String id) {
        for (Metric metric : values()) {
            if (metric.id.equals(id.toLowerCase(Locale.ROOT))) {
                return metric;
            }
        }
        return null;
    }
}
