package org.multivector.scenario;

import java.util.List;
import java.util.Objects;

/**
 * An export route as the model runs it, after {@link ScenarioRoutes} has read its links from the
 * dataset's corridor network: its capacity, cost and transit countries, each figure with where it
 * comes from (docs/model.md, "Routes from the corridor network").
 *
 * @param id             the route's id in the scenario (shocks name it)
 * @param name           a readable name
 * @param linkList       the corridor-network links it follows, from the fields to the market (empty for an analyst's route)
 * @param capacity       Mt/yr in the base year
 * @param cost           USD per tonne (relative where tariffs are unpublished)
 * @param transit        the countries crossed other than the focal country
 * @param capacityOrigin where the capacity comes from
 * @param costOrigin     where the cost comes from
 */
public record CompiledRoute(
        String id,
        String name,
        List<String> linkList,
        Quantity capacity,
        Quantity cost,
        List<String> transit,
        Origin capacityOrigin,
        Origin costOrigin) {

    public CompiledRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(cost, "cost");
        linkList = List.copyOf(linkList);
        transit = List.copyOf(transit);
        Objects.requireNonNull(capacityOrigin, "capacityOrigin");
        Objects.requireNonNull(costOrigin, "costOrigin");
    }

    /** Whether a figure was read from the dataset, or stated by the scenario's analyst. */
    public enum Basis {
        /** Read from the dataset, whose source gives it as a published or derived figure. */
        DATASET("dataset"),
        /** Read from the dataset, which itself marks the figure (or one of the summed unit costs) as an analyst assumption. */
        DATASET_ASSUMPTION("dataset (an assumption there)"),
        /** Stated in the scenario file (an override, or a route the network does not have). */
        ANALYST_ASSUMPTION("analyst assumption");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        /** The words reports print. */
        public String label() {
            return label;
        }
    }

    /**
     * Where one figure of a route comes from.
     *
     * @param basis dataset or analyst assumption
     * @param text  the citation (publisher, title, year, URL, and which link binds), or the analyst's note
     */
    public record Origin(Basis basis, String text) {
        public Origin {
            Objects.requireNonNull(basis, "basis");
            text = text == null ? "" : text;
        }

        /** {@code "analyst assumption: <note>"}, {@code "dataset: <citation>"}. */
        public String label() {
            return text.isEmpty() ? basis.label() : basis.label() + ": " + text;
        }
    }

    /** The route as result documents show it (simulate and strategy {@code --format json}, the scenario API). */
    public Document document() {
        return new Document(
                id, name, linkList, Figure.of(capacity, capacityOrigin), Figure.of(cost, costOrigin), transit);
    }

    /**
     * A route in a result document.
     *
     * @param links    the corridor-network links it follows (empty for an analyst's route)
     * @param capacity Mt/yr, with its basis and source
     * @param cost     USD/t, with its basis and source
     * @param transit  the countries crossed other than the focal country
     */
    public record Document(
            String id, String name, List<String> links, Figure capacity, Figure cost, List<String> transit) {}

    /**
     * One figure of a route in a result document.
     *
     * @param value     the number, or null when it is a parameter
     * @param parameter the parameter's name when the figure is {@code {param: NAME}}, else null
     * @param basis     "dataset", "dataset (an assumption there)" or "analyst assumption"
     * @param source    the citation, or the analyst's note
     */
    public record Figure(Double value, String parameter, String basis, String source) {
        static Figure of(Quantity quantity, Origin origin) {
            return switch (quantity) {
                case Quantity.Fixed fixed ->
                    new Figure(fixed.value(), null, origin.basis().label(), origin.text());
                case Quantity.Parameter parameter ->
                    new Figure(null, parameter.name(), origin.basis().label(), origin.text());
            };
        }

        /** {@code 72.5} or {@code {param: name}}. */
        public String shown() {
            return value != null ? trim(value) : "{param: " + parameter + "}";
        }

        private static String trim(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
