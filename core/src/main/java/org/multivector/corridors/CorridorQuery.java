package org.multivector.corridors;

import org.multivector.report.InvalidRequestException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question to the corridor model as both doors ask it: the command line ({@code multivector
 * corridors --close RUS --cut CPC_SEA=67% ...}) and the API ({@code GET .../corridors/allocation?close=RUS&cut=CPC_SEA=67%}).
 * The texts are the user's, in the one {@link DisruptionSyntax}; {@link #commodity}, {@link #year} and
 * {@link #allocationRequest} check them against the network, naming the field at fault. How the period
 * is written differs by door (dates on the command line, day numbers in the API) and arrives here parsed.
 *
 * @param commodity the commodity id, or null for the network's first
 * @param year      the year, or null for the latest year with export volumes
 * @param close     jurisdictions (ISO3) whose every link closes
 * @param closeLink links that close
 * @param closeNode nodes whose every link closes
 * @param cut       {@code LINK=P%} texts (cut P percent)
 * @param reduce    {@code LINK:X} texts (leave the share X)
 * @param events    ids of dated disruptions of the network
 * @param add       {@code LINK=+N[UNIT]} texts (add capacity; a proposed link alone is built at its design capacity)
 * @param period    when the close, cut and reduce disruptions apply
 */
public record CorridorQuery(
        String commodity,
        Integer year,
        List<String> close,
        List<String> closeLink,
        List<String> closeNode,
        List<String> cut,
        List<String> reduce,
        List<String> events,
        List<String> add,
        Period period) {

    /** At most this many disruptions in one question. */
    public static final int MAX_DISRUPTIONS = 64;

    private static final Pattern ADD =
            Pattern.compile("([A-Za-z0-9_]+)(?:=\\+?([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*))?");

    public CorridorQuery {
        close = List.copyOf(close);
        closeLink = List.copyOf(closeLink);
        closeNode = List.copyOf(closeNode);
        cut = List.copyOf(cut);
        reduce = List.copyOf(reduce);
        events = List.copyOf(events);
        add = List.copyOf(add);
        Objects.requireNonNull(period, "period");
    }

    /** A question with no disruption: the status quo of a commodity and year. */
    public static CorridorQuery of(String commodity, Integer year) {
        return new CorridorQuery(
                commodity,
                year,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Period.fullYear());
    }

    /** The commodity asked about. @throws InvalidRequestException when the network has no such commodity */
    public Commodity commodity(CorridorNetwork network) {
        if (commodity == null || commodity.isBlank()) {
            return network.commodities().getFirst();
        }
        return network.commodity(commodity.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidRequestException(
                        "commodity",
                        "commodity '" + commodity + "' is not in the corridor data\nMaybe one of: "
                                + String.join(
                                        ", ",
                                        network.commodities().stream()
                                                .map(Commodity::id)
                                                .toList())));
    }

    /**
     * The year asked about; by default the latest year whose export volumes are all published
     * ({@link CorridorNetwork#defaultYear}). @throws InvalidRequestException when the commodity has no export volumes that year
     */
    public int year(CorridorNetwork network) {
        Commodity c = commodity(network);
        var years = network.supplyYears(c.id());
        if (years.isEmpty()) {
            throw new InvalidRequestException(
                    "commodity", "commodity " + c.id() + " has no export volumes in any year");
        }
        if (year == null) {
            return network.defaultYear(c.id());
        }
        if (!years.contains(year)) {
            throw new InvalidRequestException(
                    "year",
                    "no " + c.id() + " export volumes for " + year + "\nMaybe one of the years with data: " + years);
        }
        return year;
    }

    /** The allocation request: every disruption and expansion checked against the network's links, nodes and jurisdictions in that year. */
    public AllocationRequest allocationRequest(CorridorNetwork network) {
        Commodity c = commodity(network);
        int y = year(network);
        Set<String> jurisdictions = network.jurisdictions(c.id(), y);
        Set<String> linkIds = new LinkedHashSet<>();
        network.links(c.id(), y).forEach(l -> linkIds.add(l.id()));
        List<Disruption> disruptions = new ArrayList<>();
        for (String text : close) {
            String code = text.strip().toUpperCase(Locale.ROOT);
            if (!jurisdictions.contains(code)) {
                throw new InvalidRequestException(
                        "close",
                        "no " + c.id() + " link crosses " + code + " in " + y + "\nMaybe one of: "
                                + String.join(", ", jurisdictions));
            }
            disruptions.add(new Disruption.CloseJurisdiction(code, period));
        }
        for (String link : closeLink) {
            disruptions.add(new Disruption.CloseLink(knownLink("closeLink", link.strip(), linkIds, c, y), period));
        }
        for (String node : closeNode) {
            if (network.node(node.strip()).isEmpty()) {
                throw new InvalidRequestException("closeNode", "'" + node + "' is not a node of this network");
            }
            disruptions.add(new Disruption.CloseNode(node.strip(), period));
        }
        for (String text : cut) {
            knownLink("cut", DisruptionSyntax.link(text), linkIds, c, y);
            disruptions.add(parsed("cut", () -> DisruptionSyntax.cut(text, period)));
        }
        for (String text : reduce) {
            knownLink("reduce", DisruptionSyntax.link(text), linkIds, c, y);
            disruptions.add(parsed("reduce", () -> DisruptionSyntax.leave(text, period)));
        }
        for (String id : events) {
            HistoricalDisruption h = network.historical(id.strip())
                    .orElseThrow(() -> new InvalidRequestException(
                            "event",
                            "'" + id + "' is no dated disruption of the data\nMaybe one of: "
                                    + String.join(
                                            ", ",
                                            network.history().stream()
                                                    .map(HistoricalDisruption::id)
                                                    .toList())));
            disruptions.add(h.toDisruption());
        }
        if (disruptions.size() > MAX_DISRUPTIONS) {
            throw new InvalidRequestException("close", disruptions.size() + " disruptions; at most " + MAX_DISRUPTIONS);
        }
        List<Expansion> expansions = new ArrayList<>();
        for (String text : add) {
            expansions.add(expansion(network, c, y, text));
        }
        return new AllocationRequest(c.id(), y, disruptions, expansions);
    }

    private static String knownLink(String field, String link, Set<String> linkIds, Commodity c, int y) {
        if (!linkIds.contains(link)) {
            throw new InvalidRequestException(
                    field,
                    "no " + c.id() + " link '" + link + "' in " + y + "\nMaybe one of: " + String.join(", ", linkIds));
        }
        return link;
    }

    private static Disruption parsed(String field, java.util.function.Supplier<Disruption> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }

    private static Expansion expansion(CorridorNetwork network, Commodity c, int y, String text) {
        Matcher m = ADD.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidRequestException("add", text + ": expected LINK=+AMOUNT[UNIT], e.g. AKT_SANG=+4.8Mt");
        }
        String link = m.group(1);
        String unit = m.group(3);
        if (unit != null && !unit.isEmpty() && !unit.equalsIgnoreCase(c.unit())) {
            throw new InvalidRequestException(
                    "add", text + ": " + c.id() + " volumes are in " + c.unit() + ", not " + unit);
        }
        double amount;
        if (m.group(2) != null) {
            amount = Double.parseDouble(m.group(2));
        } else {
            CorridorLink proposed = network.links(c.id(), y).stream()
                    .filter(l ->
                            l.id().equals(link) && l.proposed() && l.capacity().isPresent())
                    .findFirst()
                    .orElseThrow(
                            () -> new InvalidRequestException(
                                    "add",
                                    text
                                            + ": give an amount (LINK=+N); only proposed links with a design capacity can be built without one"));
            amount = proposed.capacity().getAsDouble();
        }
        if (amount <= 0) {
            throw new InvalidRequestException("add", text + ": the amount must be positive");
        }
        return new Expansion.AddCapacity(link, amount);
    }
}
