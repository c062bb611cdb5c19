package org.multivector.app.cli;

import org.multivector.input.ProblemRenderer;
import org.multivector.corridors.AllocationRequest;
import org.multivector.corridors.AllocationResult;
import org.multivector.corridors.CalibrationRow;
import org.multivector.corridors.DisruptionSyntax;
import org.multivector.corridors.Commodity;
import org.multivector.corridors.CorridorAllocator;
import org.multivector.corridors.CorridorCriticality;
import org.multivector.corridors.CorridorExposure;
import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.CorridorNode;
import org.multivector.corridors.Disruption;
import org.multivector.corridors.Expansion;
import org.multivector.corridors.ExpansionEffect;
import org.multivector.corridors.ExpansionPlanning;
import org.multivector.corridors.HistoricalDisruption;
import org.multivector.corridors.JurisdictionExposure;
import org.multivector.corridors.LinkCriticality;
import org.multivector.corridors.LinkFlow;
import org.multivector.corridors.MinCostFlowAllocator;
import org.multivector.corridors.Period;
import org.multivector.corridors.RouteFlow;
import org.multivector.corridors.CorridorControl;
import org.multivector.corridors.ExportSupply;
import org.multivector.corridors.LinkControl;
import org.multivector.corridors.io.ControlLoader;
import org.multivector.corridors.io.ScheduleLoader;
import org.multivector.corridors.RouteCommitment;
import org.multivector.corridors.RouteSchedule;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.world.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code multivector corridors ISO3}: export routes, disruptions, rerouting, exposure, criticality and what-ifs. */
@Command(name = "corridors", mixinStandardHelpOptions = true,
        description = {"Allocate a country's exports (crude oil, containers) to its corridors by min-cost flow, under disruptions and expansions.",
                "Shows delivered, rerouted and undelivered volume, the flow on each route, cost change and revenue at risk; every capacity with its source.",
                "Reports: allocation (default), exposure (per country), criticality (link failures and pairs, with min-cuts),",
                "expansion (capacity what-ifs under disruption scenarios), calibration (model vs published volumes), control (owners and operators: the share of exports under each power's infrastructure, and its shift under disruptions), history (dated disruptions), network."})
public final class CorridorsCommand implements Runnable {

    /** What to print. */
    enum Report { allocation, exposure, criticality, expansion, calibration, control, history, network }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ISO3", description = "The exporting country (e.g. KAZ).")
    String country;

    @Option(names = "--commodity", paramLabel = "C", defaultValue = "crude", description = "crude or containers. Default: ${DEFAULT-VALUE}.")
    String commodity;

    @Option(names = "--year", paramLabel = "Y", description = "Year of export volumes and capacities. Default: the latest year whose export volumes are all published (else the latest).")
    Integer year;

    @Option(names = "--close", paramLabel = "ISO3", description = "Close every link crossing this country (repeatable).")
    List<String> close = new ArrayList<>();

    @Option(names = "--close-link", paramLabel = "LINK", description = "Close a link (repeatable).")
    List<String> closeLink = new ArrayList<>();

    @Option(names = "--close-node", paramLabel = "NODE", description = "Close every link at a node (repeatable).")
    List<String> closeNode = new ArrayList<>();

    @Option(names = "--cut", paramLabel = "LINK=P%", description = "Cut a link's capacity by a percentage, e.g. CPC_SEA=67%; LINK alone cuts it all (repeatable; the API's cut= takes the same form).")
    List<String> cut = new ArrayList<>();

    @Option(names = "--reduce", paramLabel = "LINK:X", description = "Leave the share X (0 to 1) of a link's capacity, e.g. CPC_SEA:0.2 leaves 20% (repeatable; as the API's reduce=).")
    List<String> reduce = new ArrayList<>();

    @Option(names = "--add", paramLabel = "LINK=+N", description = "Add capacity to a link, e.g. AKT_SANG=+4.8Mt; a proposed link (TCOP) is built with N (repeatable).")
    List<String> add = new ArrayList<>();

    @Option(names = "--event", paramLabel = "ID", description = "Replay a dated disruption of the dataset (see --report history), e.g. CPC-2023-11 (repeatable).")
    List<String> event = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "First day of --close/--cut disruptions (MM-DD or YYYY-MM-DD). Default: 1 January.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of --close/--cut disruptions (MM-DD or YYYY-MM-DD). Default: 31 December.")
    String to;

    @Option(names = "--fit", paramLabel = "YEARS", split = ",",
            description = "With --report calibration: refit every estimated schedule share on these years (e.g. 2022), so the later years are out of sample. Default: the fit years in schedules.csv.")
    List<Integer> fit;

    @Option(names = "--report", paramLabel = "R", defaultValue = "allocation",
            description = "allocation, exposure, criticality, expansion, calibration, control, history or network. Default: ${DEFAULT-VALUE}.")
    Report report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Dataset folder whose corridors/ subfolder holds network.yaml and its CSV files. Default: the embedded Kazakhstan dataset.")
    Path dataset;

    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    @Override
    public void run() {
        CorridorNetwork network = load();
        String code = country.toUpperCase(Locale.ROOT);
        if (!code.equals(network.focal())) {
            throw new UserException("the corridor data describe the exports of " + network.focal() + ", not '" + country + "'"
                    + "\nMaybe run: multivector corridors " + network.focal());
        }
        Commodity c = network.commodity(commodity.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UserException(
                "commodity '" + commodity + "' is not in the corridor data\nMaybe one of: "
                        + String.join(", ", network.commodities().stream().map(Commodity::id).toList())));
        int y = year != null ? year : network.defaultYear(c.id());
        if (report != Report.history && report != Report.network && !network.supplyYears(c.id()).contains(y)) {
            throw new UserException("no " + c.id() + " export volumes for " + (year == null ? "any year" : year)
                    + "\nMaybe one of the years with data: " + network.supplyYears(c.id()));
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            switch (report) {
                case allocation -> allocation(out, network, c, y);
                case exposure -> exposure(out, network, c, y);
                case criticality -> criticality(out, network, c, y);
                case expansion -> expansion(out, network, c, y);
                case calibration -> calibration(out, network, c, y);
                case control -> control(out, network, c, y);
                case history -> history(out, network);
                case network -> network(out, network, c, year != null ? year : y);
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        out.flush();
    }

    private CorridorNetwork load() {
        return DatasetOption.dataset(dataset).corridors().orElseThrow(() -> new UserException("dataset folder " + dataset
                + " has no corridors/ subfolder with " + CorridorLoader.NETWORK_FILE + "\nMaybe see docs/corridors.md for the format."));
    }

    private List<LinkControl> loadControl(CorridorNetwork network) {
        try {
            return dataset == null ? ControlLoader.embedded("kazakhstan", network) : ControlLoader.load(dataset.resolve("corridors"), network);
        } catch (InvalidCorridorDataException e) {
            throw new UserException(ProblemRenderer.refusal("the corridor control data", "nothing was loaded", e.problems()));
        }
    }

    private void control(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        CorridorControl.Report report = CorridorControl.analyse(network, allocator, loadControl(network), c.id(), y);
        List<String> powers = report.powers();
        switch (format) {
            case json -> {
                Map<String, Object> root = header(network, c, y);
                root.putAll(controlJson(report));
                out.println(Json.write(root));
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("scenario", "power", "stake_weighted_share", "controlled_share", "delivered_share"));
                for (CorridorControl.ScenarioShares s : report.scenarioList()) {
                    for (String p : powers) {
                        csv.row(List.of(s.scenario(), p, Numbers.plain(Numbers.round6(s.of(p).stakeWeightedShare())),
                                Numbers.plain(Numbers.round6(s.of(p).controlledShare())), Numbers.plain(Numbers.round6(s.deliveredShare()))));
                    }
                }
            }
            case table -> {
                out.printf("%s exports of %s, %d: who controls the infrastructure they use%n%n", network.focal(), c.name().toLowerCase(Locale.ROOT), y);
                CorridorControl.ScenarioShares base = report.scenarioList().getFirst();
                TextTable t = new TextTable(List.of("power", "stake-weighted share", "through an asset it controls"));
                for (String p : powers) {
                    t.row(List.of(p, Numbers.percent(base.of(p).stakeWeightedShare()), Numbers.percent(base.of(p).controlledShare())));
                }
                out.print(t.render());
                out.println("'stake-weighted': each route counts with the power's largest equity stake on any of its links. 'controls': the power");
                out.println("holds more than half of a link on the route, or operates it. Links without ownership data count for the states they cross.");
                out.println();
                List<String> top = powers.stream().limit(6).toList();
                List<String> head = new ArrayList<>(List.of("scenario", "delivered"));
                top.forEach(p -> head.add(p));
                TextTable shift = new TextTable(head);
                for (CorridorControl.ScenarioShares s : report.scenarioList()) {
                    List<String> row = new ArrayList<>(List.of(s.scenario(), Numbers.percent(s.deliveredShare())));
                    for (String p : top) {
                        double now = s.of(p).stakeWeightedShare();
                        double change = now - base.of(p).stakeWeightedShare();
                        row.add(s == base ? Numbers.percent(now) : Numbers.percent(now) + " (" + (change >= 0 ? "+" : "") + Numbers.grouped(change * 100, 1) + ")");
                    }
                    shift.row(row);
                }
                out.println("Stake-weighted shares under each disruption scenario (change in percentage points):");
                out.print(shift.render());
                out.println();
                out.println("Owners and operators of the links (share of the link or section):");
                TextTable owners = new TextTable(List.of("link", "holds", "parties"));
                for (CorridorControl.LinkOwnership o : report.linkList()) {
                    String holds = String.join(" ", o.holdList().stream().map(h -> h.power() + " " + Numbers.percent(h.stake()) + (h.operates() ? " (operator)" : "")).toList());
                    String parties = o.byTerritory() ? "no ownership data: the states crossed" + o.controlList().stream()
                            .filter(x -> x.role() == LinkControl.Role.OPERATOR).map(x -> "; operator " + x.party()).reduce("", String::concat)
                            : String.join("; ", o.controlList().stream().limit(4).map(x -> x.party() + (x.role() == LinkControl.Role.OPERATOR ? " (operator)"
                            : " " + Numbers.grouped(x.share() * 100, 2) + " %") + (x.source().assumption() ? " [a]" : "")).toList())
                            + (o.controlList().size() > 4 ? "; " + (o.controlList().size() - 4) + " more (--format json lists all)" : "");
                    owners.row(List.of(o.link(), holds, parties));
                }
                out.print(owners.render());
                out.println("[a]: analyst assumption (see the row's note in control.csv). Sources:");
                new LinkedHashSet<>(report.linkList().stream().flatMap(o -> o.controlList().stream()).map(x -> x.source().citation()).toList())
                        .forEach(cite -> out.println("  " + cite));
            }
        }
    }

    /** The control report as JSON, shared by `--report control --format json` and `GET /api/datasets/{dataset}/corridors/control`. */
    public static Map<String, Object> controlJson(CorridorControl.Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("demand", Numbers.round6(report.demand()));
        root.put("powers", report.powers());
        root.put("scenarios", report.scenarioList().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", s.scenario());
            m.put("deliveredShare", Numbers.round6(s.deliveredShare()));
            m.put("shares", report.powers().stream().map(p -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("power", p);
                x.put("stakeWeightedShare", Numbers.round6(s.of(p).stakeWeightedShare()));
                x.put("controlledShare", Numbers.round6(s.of(p).controlledShare()));
                return x;
            }).toList());
            return m;
        }).toList());
        root.put("links", report.linkList().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("link", o.link());
            m.put("byTerritory", o.byTerritory());
            m.put("holds", o.holdList().stream().map(h -> Map.of("power", h.power(), "stake", Numbers.round6(h.stake()), "operates", h.operates())).toList());
            m.put("parties", o.controlList().stream().map(x -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("party", x.party());
                p.put("role", x.role().name().toLowerCase(Locale.ROOT));
                p.put("section", x.section());
                p.put("power", x.power().orElse(null));
                p.put("share", Numbers.round6(x.share()));
                p.put("source", source(x.source()));
                p.put("note", x.note());
                return p;
            }).toList());
            return m;
        }).toList());
        return root;
    }

    // ------------------------------------------------------------------ request from options

    AllocationRequest request(CorridorNetwork network, Commodity c, int y) {
        Period period = period(y);
        List<Disruption> disruptions = new ArrayList<>();
        for (String iso : close) {
            String code = iso.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}")) {
                throw new UserException("--close " + iso + ": expected an ISO3 country code such as RUS");
            }
            if (!network.jurisdictions(c.id(), y).contains(code)) {
                throw new UserException("--close " + code + ": no " + c.id() + " link crosses " + code + " in " + y
                        + "\nMaybe one of: " + String.join(", ", network.jurisdictions(c.id(), y)));
            }
            disruptions.add(new Disruption.CloseJurisdiction(code, period));
        }
        closeLink.forEach(l -> disruptions.add(new Disruption.CloseLink(l, period)));
        closeNode.forEach(n -> disruptions.add(new Disruption.CloseNode(n, period)));
        for (String text : cut) {
            try {
                disruptions.add(DisruptionSyntax.cut(text, period));
            } catch (IllegalArgumentException e) {
                throw new UserException("--cut " + e.getMessage());
            }
        }
        for (String text : reduce) {
            try {
                disruptions.add(DisruptionSyntax.leave(text, period));
            } catch (IllegalArgumentException e) {
                throw new UserException("--reduce " + e.getMessage());
            }
        }
        for (String id : event) {
            HistoricalDisruption h = network.historical(id).orElseThrow(() -> new UserException("--event " + id
                    + ": no such dated disruption\nMaybe one of: " + String.join(", ", network.history().stream().map(HistoricalDisruption::id).toList())));
            disruptions.add(h.toDisruption());
        }
        List<Expansion> expansions = new ArrayList<>();
        Pattern addPattern = Pattern.compile("([A-Za-z0-9_]+)(?:=\\+?([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*))?");
        for (String text : add) {
            Matcher m = addPattern.matcher(text.strip());
            if (!m.matches()) {
                throw new UserException("--add " + text + ": expected LINK=+AMOUNT[UNIT], e.g. AKT_SANG=+4.8Mt");
            }
            String link = m.group(1);
            String unit = m.group(3);
            if (unit != null && !unit.isEmpty() && !unit.equalsIgnoreCase(c.unit())) {
                throw new UserException("--add " + text + ": " + c.id() + " volumes are in " + c.unit() + ", not " + unit);
            }
            double amount;
            if (m.group(2) != null) {
                amount = Double.parseDouble(m.group(2));
            } else {
                CorridorLink proposed = network.links(c.id(), y).stream().filter(l -> l.id().equals(link) && l.proposed()
                        && l.capacity().isPresent()).findFirst().orElseThrow(() -> new UserException("--add " + text
                        + ": give an amount (LINK=+N); only proposed links with a design capacity can be built without one"));
                amount = proposed.capacity().getAsDouble();
            }
            if (amount <= 0) {
                throw new UserException("--add " + text + ": the amount must be positive");
            }
            expansions.add(new Expansion.AddCapacity(link, amount));
        }
        return new AllocationRequest(c.id(), y, disruptions, expansions);
    }

    private Period period(int y) {
        if (from == null && to == null) {
            return Period.fullYear();
        }
        LocalDate first = from == null ? LocalDate.of(y, 1, 1) : date(from, y, "--from");
        LocalDate last = to == null ? LocalDate.of(y, 12, 31) : date(to, y, "--to");
        if (first.getYear() != y || last.getYear() != y) {
            throw new UserException("--from/--to must lie in the year analysed (" + y + ")");
        }
        if (last.isBefore(first)) {
            throw new UserException("--to " + to + " comes before --from " + from);
        }
        return Period.of(first, last);
    }

    private static LocalDate date(String text, int y, String option) {
        try {
            if (text.length() == 5) {
                return MonthDay.parse("--" + text).atYear(y);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " " + text + ": expected MM-DD or YYYY-MM-DD");
        }
    }

    // ------------------------------------------------------------------ allocation

    private void allocation(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        AllocationResult r = allocator.allocate(network, request(network, c, y));
        switch (format) {
            case json -> out.println(Json.write(allocationJson(network, r)));
            case csv -> allocationCsv(out, r);
            case table -> allocationTable(out, network, r);
        }
    }

    private Map<String, Object> allocationJson(CorridorNetwork network, AllocationResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("country", network.focal());
        root.put("commodity", r.commodity().id());
        root.put("unit", r.commodity().unit());
        root.put("year", r.year());
        root.put("dataset", Map.of("name", network.name(), "version", network.version()));
        root.put("disruptions", r.disruptionList().stream().map(d -> Map.of("label", d.label(), "startDay", d.period().startDay(),
                "endDay", d.period().endDay(), "yearFraction", Numbers.round6(d.period().fraction()))).toList());
        root.put("expansions", r.expansionList().stream().map(Expansion::label).toList());
        root.put("demand", Numbers.round6(r.demand()));
        root.put("demandIsAssumption", network.supplies(r.commodity().id(), r.year()).stream().anyMatch(s -> s.source().assumption()));
        root.put("delivered", Numbers.round6(r.delivered()));
        root.put("rerouted", Numbers.round6(r.rerouted()));
        root.put("undelivered", Numbers.round6(r.undelivered()));
        root.put("baselineUndelivered", Numbers.round6(r.baselineUndelivered()));
        root.put("costMillionUsd", Numbers.round6(r.costMillionUsd()));
        root.put("baselineCostMillionUsd", Numbers.round6(r.baselineCostMillionUsd()));
        root.put("costIncreaseMillionUsd", Numbers.round6(r.costIncreaseMillionUsd()));
        root.put("revenueAtRiskMillionUsd", Double.isNaN(r.revenueAtRiskMillionUsd()) ? null : Numbers.round6(r.revenueAtRiskMillionUsd()));
        root.put("price", r.price().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", p.benchmark());
            m.put("value", p.value());
            m.put("unit", p.unit());
            m.put("source", source(p.source()));
            return m;
        }).orElse(null));
        List<Map<String, Object>> routes = new ArrayList<>();
        for (RouteFlow route : r.routeList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("route", route.name());
            m.put("links", route.linkList());
            m.put("origin", route.origin());
            m.put("market", route.market());
            m.put("jurisdictions", route.jurisdictionList());
            m.put("flow", Numbers.round6(route.volume()));
            m.put("baselineFlow", Numbers.round6(route.baselineVolume()));
            m.put("unitCost", Numbers.round6(route.unitCost()));
            m.put("transitDays", route.transitDays().isPresent() ? route.transitDays().getAsDouble() : null);
            routes.add(m);
        }
        root.put("routes", routes);
        root.put("undeliveredByOrigin", r.undeliveredByOrigin().entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Numbers.round6(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
        List<Map<String, Object>> links = new ArrayList<>();
        for (LinkFlow flow : r.linkList()) {
            CorridorLink link = linkRow(network, r.commodity().id(), r.year(), flow.link());
            Map<String, Object> m = linkJson(link);
            m.put("flow", Numbers.round6(flow.flow()));
            m.put("baselineFlow", Numbers.round6(flow.baselineFlow()));
            m.put("capacity", flow.capacity().isPresent() ? flow.capacity().getAsDouble() : null);
            m.put("availableCapacity", flow.availableCapacity().isPresent() ? Numbers.round6(flow.availableCapacity().getAsDouble()) : null);
            links.add(m);
        }
        root.put("links", links);
        root.put("nodes", nodesJson(network, r.linkList().stream().map(f -> linkRow(network, r.commodity().id(), r.year(), f.link())).toList()));
        return root;
    }

    private static CorridorLink linkRow(CorridorNetwork network, String commodity, int year, String id) {
        return network.links(commodity, year).stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseGet(() -> network.allLinks().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow());
    }

    private static Map<String, Object> linkJson(CorridorLink link) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", link.id());
        m.put("from", link.from());
        m.put("to", link.to());
        m.put("mode", link.mode().fileName());
        m.put("jurisdictions", link.jurisdictionList());
        m.put("unitCost", link.unitCost());
        m.put("costBasis", link.costBasis().fileName());
        m.put("transitDays", link.transitDays().isPresent() ? link.transitDays().getAsDouble() : null);
        m.put("source", source(link.source()));
        m.put("costSource", link.costSource().map(CorridorsCommand::source).orElse(null));
        m.put("note", link.note());
        return m;
    }

    private static List<Map<String, Object>> nodesJson(CorridorNetwork network, List<CorridorLink> links) {
        Set<String> ids = new LinkedHashSet<>();
        links.forEach(l -> {
            ids.add(l.from());
            ids.add(l.to());
        });
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String id : ids) {
            CorridorNode n = network.node(id).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("name", n.name());
            m.put("kind", n.kind().fileName());
            m.put("country", n.country());
            m.put("lat", n.latitude());
            m.put("lon", n.longitude());
            m.put("location", n.location());
            nodes.add(m);
        }
        return nodes;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publisher", s.publisher());
        m.put("title", s.title());
        m.put("year", s.year());
        m.put("url", s.url());
        m.put("assumption", s.assumption());
        return m;
    }

    private static void allocationCsv(PrintWriter out, AllocationResult r) {
        CsvOutput csv = new CsvOutput(out, List.of("kind", "id", "origin", "market", "jurisdictions", "flow", "baseline_flow", "unit"));
        String unit = r.commodity().unit();
        csv.row(List.of("total", "demand", "", "", "", Numbers.plain(Numbers.round6(r.demand())), "", unit));
        csv.row(List.of("total", "delivered", "", "", "", Numbers.plain(Numbers.round6(r.delivered())), "", unit));
        csv.row(List.of("total", "rerouted", "", "", "", Numbers.plain(Numbers.round6(r.rerouted())), "", unit));
        csv.row(List.of("total", "undelivered", "", "", "", Numbers.plain(Numbers.round6(r.undelivered())),
                Numbers.plain(Numbers.round6(r.baselineUndelivered())), unit));
        for (RouteFlow route : r.routeList()) {
            csv.row(List.of("route", route.name(), route.origin(), route.market(), String.join(";", route.jurisdictionList()),
                    Numbers.plain(Numbers.round6(route.volume())), Numbers.plain(Numbers.round6(route.baselineVolume())), unit));
        }
        for (LinkFlow flow : r.linkList()) {
            csv.row(List.of("link", flow.link(), "", "", "", Numbers.plain(Numbers.round6(flow.flow())),
                    Numbers.plain(Numbers.round6(flow.baselineFlow())), unit));
        }
    }

    private void allocationTable(PrintWriter out, CorridorNetwork network, AllocationResult r) {
        Commodity c = r.commodity();
        String u = c.unit();
        int decimals = u.equals("TEU") ? 0 : 2;
        out.printf("%s exports of %s, %d — corridor data %s %s%n", network.focal(), c.name().toLowerCase(Locale.ROOT), r.year(), network.name(), network.version());
        out.println("Disruptions: " + (r.disruptionList().isEmpty() ? "none" : String.join("; ", r.disruptionList().stream().map(Disruption::label).toList())));
        if (!r.expansionList().isEmpty()) {
            out.println("Expansions:  " + String.join("; ", r.expansionList().stream().map(Expansion::label).toList()));
        }
        out.println();
        TextTable totals = new TextTable(List.of("", u, "share"));
        List<ExportSupply> assumedSupplies = network.supplies(c.id(), r.year()).stream().filter(s -> s.source().assumption()).toList();
        totals.row(List.of(assumedSupplies.isEmpty() ? "demand (exports to place)" : "demand (exports to place) [analyst assumption]",
                Numbers.grouped(r.demand(), decimals), "100.0%"));
        totals.row(List.of("delivered to a market", Numbers.grouped(r.delivered(), decimals), Numbers.percent(r.deliveredShare())));
        totals.row(List.of("rerouted (moved to another route)", Numbers.grouped(r.rerouted(), decimals), Numbers.percent(r.rerouted() / r.demand())));
        totals.row(List.of("undelivered", Numbers.grouped(r.undelivered(), decimals), Numbers.percent(r.undelivered() / r.demand())));
        out.print(totals.render());
        for (ExportSupply s : assumedSupplies) {
            out.printf("Demand at %s (%s %s) is an analyst assumption: %s%n", s.node(), Numbers.grouped(s.volume(), decimals), u, s.note());
        }
        out.printf("Transport cost %s M USD (status quo %s; change %s for the same delivered volumes).%n", Numbers.grouped(r.costMillionUsd(), 1),
                Numbers.grouped(r.baselineCostMillionUsd(), 1), Numbers.grouped(r.costIncreaseMillionUsd(), 1));
        if (r.price().isPresent()) {
            var p = r.price().get();
            out.printf("Export revenue at risk %s M USD = %s %s lost x %s %s (%s %d annual average) x %s %s/%s.%n",
                    Numbers.grouped(r.revenueAtRiskMillionUsd(), 0), Numbers.grouped(r.lostVolume(), decimals), u, Numbers.plain(p.value()), p.unit(),
                    p.benchmark(), p.year(), Numbers.plain(c.priceFactor()), p.unit().replace("USD/", ""), u);
        } else {
            out.println("Export revenue at risk: no price series for " + c.id() + " in the data.");
        }
        out.println();
        out.println("Routes (" + u + "/yr; status quo = no disruption, no expansion):");
        TextTable routes = new TextTable(List.of("route", "flow", "status quo", "countries", "cost/" + c.costUnit().replace("USD/", ""), "days"));
        for (RouteFlow route : r.routeList()) {
            routes.row(List.of(route.name(), Numbers.grouped(route.volume(), decimals), Numbers.grouped(route.baselineVolume(), decimals),
                    String.join(" ", route.jurisdictionList()), Numbers.grouped(route.unitCost(), 2),
                    route.transitDays().isPresent() ? Numbers.grouped(route.transitDays().getAsDouble(), 0) : "n/p"));
        }
        out.print(routes.render());
        if (r.routeList().stream().anyMatch(route -> route.transitDays().isEmpty())) {
            out.println("days 'n/p': a link on the route has no published transit time (crude pipelines and tanker legs), so the route's is not summed.");
        }
        if (r.undelivered() > 0) {
            out.println("Undelivered by origin: " + String.join(", ", r.undeliveredByOrigin().entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + Numbers.grouped(e.getValue(), decimals)).toList()));
        }
        out.println();
        out.println("Links on these routes (capacity " + u + "/yr as built; available = after disruptions, over the year):");
        Set<String> shown = new LinkedHashSet<>();
        r.routeList().forEach(route -> shown.addAll(route.linkList()));
        TextTable links = new TextTable(List.of("link", "mode", "flow", "capacity", "available", "cost", "countries", "src"));
        List<Source> sources = new ArrayList<>();
        List<String> costNotes = new ArrayList<>();
        for (LinkFlow flow : r.linkList()) {
            if (!shown.contains(flow.link())) {
                continue;
            }
            CorridorLink link = linkRow(network, c.id(), r.year(), flow.link());
            int ref = index(sources, link.source());
            String cost = Numbers.plain(link.unitCost()) + switch (link.costBasis()) {
                case PUBLISHED -> "";
                case DERIVED -> " d";
                case ASSUMPTION -> " a";
            };
            if (link.costSource().isPresent()) {
                costNotes.add(link.id() + ": " + link.costSource().get().citation());
            }
            links.row(List.of(flow.link(), link.mode().fileName(), Numbers.grouped(flow.flow(), decimals),
                    flow.capacity().isPresent() ? Numbers.grouped(flow.capacity().getAsDouble(), decimals) + (link.source().assumption() ? " d" : "") : "not binding",
                    flow.availableCapacity().isPresent() ? Numbers.grouped(flow.availableCapacity().getAsDouble(), decimals) : "",
                    cost, String.join(" ", link.jurisdictionList()), "[" + ref + "]"));
        }
        out.print(links.render());
        out.println("Capacity 'd': derived from published figures or an analyst reading of them (see the link's note); cost 'a': analyst assumption, 'd': derived from a published tariff.");
        for (int i = 0; i < sources.size(); i++) {
            out.printf("  [%d] %s%n", i + 1, sources.get(i).citation());
        }
        for (String note : costNotes) {
            out.println("  tariff " + note);
        }
    }

    private static int index(List<Source> sources, Source source) {
        int i = sources.indexOf(source);
        if (i < 0) {
            sources.add(source);
            i = sources.size() - 1;
        }
        return i + 1;
    }

    // ------------------------------------------------------------------ other reports

    private void exposure(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        List<JurisdictionExposure> rows = CorridorExposure.of(network, allocator, c.id(), y);
        String u = c.unit();
        switch (format) {
            case json -> {
                Map<String, Object> root = header(network, c, y);
                root.put("jurisdictions", rows.stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("country", e.country());
                    m.put("crossingVolume", Numbers.round6(e.crossingVolume()));
                    m.put("crossingShare", Numbers.round6(e.crossingShare()));
                    m.put("lossIfClosed", Numbers.round6(e.lossIfClosed()));
                    m.put("lossShare", Numbers.round6(e.lossShare()));
                    m.put("reroutedIfClosed", Numbers.round6(e.rerouted()));
                    m.put("revenueAtRiskMillionUsd", Double.isNaN(e.revenueAtRiskMillionUsd()) ? null : Numbers.round6(e.revenueAtRiskMillionUsd()));
                    return m;
                }).toList());
                out.println(Json.write(root));
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("country", "crossing_volume", "crossing_share", "loss_if_closed", "loss_share",
                        "rerouted_if_closed", "revenue_at_risk_musd", "unit"));
                for (JurisdictionExposure e : rows) {
                    csv.row(List.of(e.country(), Numbers.plain(Numbers.round6(e.crossingVolume())), Numbers.plain(Numbers.round6(e.crossingShare())),
                            Numbers.plain(Numbers.round6(e.lossIfClosed())), Numbers.plain(Numbers.round6(e.lossShare())),
                            Numbers.plain(Numbers.round6(e.rerouted())),
                            Double.isNaN(e.revenueAtRiskMillionUsd()) ? "" : Numbers.plain(Numbers.round6(e.revenueAtRiskMillionUsd())), u));
                }
            }
            case table -> {
                out.printf("%s exports of %s, %d: exposure to each country on the routes%n%n", network.focal(), c.name().toLowerCase(Locale.ROOT), y);
                TextTable t = new TextTable(List.of("country", "crosses (" + u + ")", "share", "lost if closed", "share lost", "rerouted", "revenue at risk M USD"));
                for (JurisdictionExposure e : rows) {
                    int d = u.equals("TEU") ? 0 : 2;
                    t.row(List.of(e.country(), Numbers.grouped(e.crossingVolume(), d), Numbers.percent(e.crossingShare()),
                            Numbers.grouped(e.lossIfClosed(), d), Numbers.percent(e.lossShare()), Numbers.grouped(e.rerouted(), d),
                            Double.isNaN(e.revenueAtRiskMillionUsd()) ? "" : Numbers.grouped(e.revenueAtRiskMillionUsd(), 0)));
                }
                out.print(t.render());
                out.println("'crosses': status-quo volume whose route crosses the country (territory or waters). 'lost if closed': volume no route can carry");
                out.println("when every link crossing the country closes for the whole year, after rerouting within the remaining capacities.");
            }
        }
    }

    private void criticality(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        CorridorCriticality.Report report = CorridorCriticality.analyse(network, c.id(), y, true);
        String u = c.unit();
        int d = u.equals("TEU") ? 0 : 2;
        switch (format) {
            case json -> {
                Map<String, Object> root = header(network, c, y);
                root.put("demand", Numbers.round6(report.demand()));
                root.put("singleFailures", report.singleList().stream().map(CorridorsCommand::criticalityJson).toList());
                root.put("pairFailures", report.pairList().stream().map(CorridorsCommand::criticalityJson).toList());
                out.println(Json.write(root));
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("failure", "links", "lost", "rerouted", "cost_increase_musd", "min_cut", "unit"));
                for (LinkCriticality k : report.singleList()) {
                    csv.row(List.of("single", k.name(), Numbers.plain(Numbers.round6(k.lostVolume())), Numbers.plain(Numbers.round6(k.rerouted())),
                            Numbers.plain(Numbers.round6(k.costIncreaseMillionUsd())), String.join(";", k.minCutList()), u));
                }
                for (LinkCriticality k : report.pairList()) {
                    csv.row(List.of("pair", k.name(), Numbers.plain(Numbers.round6(k.lostVolume())), Numbers.plain(Numbers.round6(k.rerouted())),
                            Numbers.plain(Numbers.round6(k.costIncreaseMillionUsd())), String.join(";", k.minCutList()), u));
                }
            }
            case table -> {
                out.printf("%s exports of %s, %d: link failures for the whole year (demand %s %s)%n%n", network.focal(),
                        c.name().toLowerCase(Locale.ROOT), y, Numbers.grouped(report.demand(), d), u);
                out.println("Single links (those carrying flow):");
                TextTable t = new TextTable(List.of("link", "lost", "share", "rerouted", "cost change M USD", "min-cut explaining the loss"));
                for (LinkCriticality k : report.singleList()) {
                    if (k.lostVolume() == 0 && k.rerouted() == 0) {
                        continue;
                    }
                    t.row(List.of(k.name(), Numbers.grouped(k.lostVolume(), d), Numbers.percent(k.lostVolume() / report.demand()),
                            Numbers.grouped(k.rerouted(), d), Numbers.grouped(k.costIncreaseMillionUsd(), 1), String.join(" ", k.minCutList())));
                }
                out.print(t.render());
                out.println();
                out.println("Pairs of links carrying flow (top 15 by loss):");
                TextTable p = new TextTable(List.of("links", "lost", "share", "rerouted", "cost change M USD", "min-cut explaining the loss"));
                report.pairList().stream().limit(15).forEach(k -> p.row(List.of(k.name(), Numbers.grouped(k.lostVolume(), d),
                        Numbers.percent(k.lostVolume() / report.demand()), Numbers.grouped(k.rerouted(), d),
                        Numbers.grouped(k.costIncreaseMillionUsd(), 1), String.join(" ", k.minCutList()))));
                out.print(p.render());
                out.println("Min-cut: saturated or closed links leaving the set of nodes the stranded exports can still reach; their capacities bound what gets out.");
            }
        }
    }

    private static Map<String, Object> criticalityJson(LinkCriticality k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("links", k.linkList());
        m.put("lost", Numbers.round6(k.lostVolume()));
        m.put("rerouted", Numbers.round6(k.rerouted()));
        m.put("costIncreaseMillionUsd", Numbers.round6(k.costIncreaseMillionUsd()));
        m.put("minCut", k.minCutList());
        return m;
    }

    private void expansion(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        var scenarios = ExpansionPlanning.defaultScenarios(network, c.id(), y);
        AllocationRequest asked = request(network, c, y);
        if (!asked.disruptionList().isEmpty()) {
            scenarios = new LinkedHashMap<>(scenarios);
            scenarios.put(String.join("; ", asked.disruptionList().stream().map(Disruption::label).toList()), asked.disruptionList());
        }
        List<org.multivector.corridors.ExpansionOption> options = new ArrayList<>(network.expansions(c.id()));
        for (Expansion e : asked.expansionList()) {
            if (e instanceof Expansion.AddCapacity a) {
                options.add(new org.multivector.corridors.ExpansionOption("add " + a.link() + " +" + Numbers.plain(a.amount()), c.id(), a.link(), a.amount(), "from --add"));
            }
        }
        List<ExpansionEffect> effects = ExpansionPlanning.evaluate(network, allocator, c.id(), y, options, scenarios);
        String u = c.unit();
        int d = u.equals("TEU") ? 0 : 2;
        switch (format) {
            case json -> {
                Map<String, Object> root = header(network, c, y);
                root.put("options", options.stream().map(o -> Map.of("id", o.id(), "link", o.link(), "amount", o.amount(), "note", o.note())).toList());
                root.put("effects", effects.stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("expansion", e.expansion());
                    m.put("scenario", e.scenario());
                    m.put("undeliveredWithout", Numbers.round6(e.undeliveredWithout()));
                    m.put("undeliveredWith", Numbers.round6(e.undeliveredWith()));
                    m.put("saved", Numbers.round6(e.saved()));
                    m.put("costChangeMillionUsd", Numbers.round6(e.costChangeMillionUsd()));
                    return m;
                }).toList());
                out.println(Json.write(root));
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("expansion", "scenario", "undelivered_without", "undelivered_with", "saved", "cost_change_musd", "unit"));
                for (ExpansionEffect e : effects) {
                    csv.row(List.of(e.expansion(), e.scenario(), Numbers.plain(Numbers.round6(e.undeliveredWithout())),
                            Numbers.plain(Numbers.round6(e.undeliveredWith())), Numbers.plain(Numbers.round6(e.saved())),
                            Numbers.plain(Numbers.round6(e.costChangeMillionUsd())), u));
                }
            }
            case table -> {
                out.printf("%s exports of %s, %d: undelivered volume (%s) saved by each expansion under each scenario%n%n", network.focal(),
                        c.name().toLowerCase(Locale.ROOT), y, u);
                List<String> scenarioNames = new ArrayList<>(scenarios.keySet());
                List<String> header = new ArrayList<>(List.of("scenario", "undelivered"));
                options.forEach(o -> header.add(o.id()));
                TextTable t = new TextTable(header);
                for (String s : scenarioNames) {
                    List<String> row = new ArrayList<>();
                    row.add(s);
                    ExpansionEffect first = effects.stream().filter(e -> e.scenario().equals(s)).findFirst().orElseThrow();
                    row.add(Numbers.grouped(first.undeliveredWithout(), d));
                    for (var o : options) {
                        ExpansionEffect e = effects.stream().filter(x -> x.scenario().equals(s) && x.expansion().equals(o.id())).findFirst().orElseThrow();
                        row.add(Numbers.grouped(e.saved(), d));
                    }
                    t.row(row);
                }
                out.print(t.render());
                out.println();
                for (var o : options) {
                    out.printf("  %s: %s +%s %s. %s%n", o.id(), o.link(), Numbers.plain(o.amount()), u, o.note());
                }
            }
        }
    }

    private RouteSchedule loadSchedule(CorridorNetwork network) {
        try {
            return dataset == null ? ScheduleLoader.embedded("kazakhstan", network) : ScheduleLoader.load(dataset.resolve("corridors"), network);
        } catch (InvalidCorridorDataException e) {
            throw new UserException(ProblemRenderer.refusal("the corridor schedule data", "nothing was loaded", e.problems()));
        }
    }

    private static String signed(java.util.OptionalDouble error) {
        return error.isPresent() ? (error.getAsDouble() >= 0 ? "+" : "") + Numbers.percent(error.getAsDouble()) : "";
    }

    private static Object jsonNumber(java.util.OptionalDouble value) {
        return value.isPresent() ? Numbers.round6(value.getAsDouble()) : null;
    }

    private static String tally(List<CalibrationRow> rows, java.util.function.Predicate<CalibrationRow> which,
                                java.util.function.Predicate<CalibrationRow> hit) {
        List<CalibrationRow> chosen = rows.stream().filter(which).toList();
        return chosen.stream().filter(hit).count() + " of " + chosen.size();
    }

    private void calibration(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        RouteSchedule loaded = loadSchedule(network);
        RouteSchedule schedule;
        if (fit == null || fit.isEmpty()) {
            schedule = loaded;
        } else {
            try {
                schedule = loaded.refit(network, fit);
            } catch (IllegalArgumentException e) {
                throw new UserException("--fit " + fit + ": " + e.getMessage() + "\nMaybe fit on years with published volumes: "
                        + network.observedVolumes().stream().map(o -> o.year()).distinct().sorted().toList());
            }
        }
        List<CalibrationRow> rows = CalibrationRow.all(network, schedule);
        switch (format) {
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("country", network.focal());
                root.put("dataset", Map.of("name", network.name(), "version", network.version()));
                root.put("tolerance", CalibrationRow.TOLERANCE);
                root.put("reproduced", rows.stream().filter(CalibrationRow::reproduced).count());
                root.put("scheduledReproduced", rows.stream().filter(CalibrationRow::scheduledReproduced).count());
                root.put("persistenceReproduced", rows.stream().filter(CalibrationRow::persistenceReproduced).count());
                root.put("rows", rows.stream().map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("year", r.observation().year());
                    m.put("commodity", r.observation().commodity());
                    m.put("link", r.observation().link());
                    m.put("period", r.observation().period());
                    m.put("observed", r.observed());
                    m.put("derived", r.observation().derived());
                    m.put("sample", r.sample().name().toLowerCase(Locale.ROOT));
                    m.put("modelled", r.isModelled() ? Numbers.round6(r.modelled()) : null);
                    m.put("comparable", jsonNumber(r.comparable()));
                    m.put("relativeError", jsonNumber(r.relativeError()));
                    m.put("reproduced", r.reproduced());
                    m.put("scheduled", jsonNumber(r.comparable(r.scheduled())));
                    m.put("scheduledError", jsonNumber(r.relativeError(r.scheduled())));
                    m.put("scheduledReproduced", r.scheduledReproduced());
                    m.put("persistence", jsonNumber(r.comparable(r.persistence())));
                    m.put("persistenceError", jsonNumber(r.relativeError(r.persistence())));
                    m.put("persistenceReproduced", r.persistenceReproduced());
                    m.put("source", source(r.observation().source()));
                    m.put("note", r.observation().note());
                    return m;
                }).toList());
                root.put("schedule", schedule.rows().stream().map(row -> {
                    RouteSchedule.Entry e = schedule.entries(row.commodity(), row.year()).get(row.link());
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("year", row.year());
                    m.put("link", row.link());
                    m.put("kind", row.kind().name().toLowerCase(Locale.ROOT));
                    m.put("volume", Numbers.round6(e.volume()));
                    m.put("share", jsonNumber(e.share()));
                    m.put("fitYears", row.fitYears());
                    m.put("source", source(row.source()));
                    m.put("note", row.note());
                    return m;
                }).toList());
                out.println(Json.write(root));
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("year", "commodity", "link", "period", "observed", "derived", "sample", "modelled",
                        "comparable", "relative_error", "reproduced", "scheduled", "scheduled_error", "scheduled_reproduced", "persistence",
                        "persistence_error", "persistence_reproduced", "publisher", "url"));
                for (CalibrationRow r : rows) {
                    csv.row(List.of(Integer.toString(r.observation().year()), r.observation().commodity(), r.observation().link(),
                            r.observation().period(), Numbers.plain(r.observed()), Boolean.toString(r.observation().derived()),
                            r.sample().name().toLowerCase(Locale.ROOT), r.isModelled() ? Numbers.plain(Numbers.round6(r.modelled())) : "",
                            csvNumber(r.comparable()), csvNumber(r.relativeError()), Boolean.toString(r.reproduced()),
                            csvNumber(r.comparable(r.scheduled())), csvNumber(r.relativeError(r.scheduled())), Boolean.toString(r.scheduledReproduced()),
                            csvNumber(r.comparable(r.persistence())), csvNumber(r.relativeError(r.persistence())),
                            Boolean.toString(r.persistenceReproduced()), r.observation().source().publisher(), r.observation().source().url()));
                }
            }
            case table -> {
                out.printf("%s corridors: each year's status quo against every published link volume (tolerance %s)%n", network.focal(),
                        Numbers.percent(CalibrationRow.TOLERANCE));
                out.println("least cost = the min-cost-flow allocation; scheduled = the same with each scheduled link held at its volume");
                out.println("(schedules.csv: published contracts and plans, else an estimate fitted on the in-sample years); persistence =");
                out.println("last year's share of exports on the link times this year's exports (the naive baseline).");
                out.println();
                if (rows.isEmpty()) {
                    out.println("No published link volumes in the data.");
                    return;
                }
                TextTable t = new TextTable(List.of("year", "link", "unit", "period", "published", "least cost", "error", "scheduled", "error",
                        "persistence", "error", "sample"));
                for (CalibrationRow r : rows) {
                    Commodity rc = network.commodity(r.observation().commodity()).orElseThrow();
                    int d = rc.unit().equals("TEU") ? 0 : 3;
                    java.util.function.DoubleFunction<String> shown = v -> r.comparable(v).isPresent() ? Numbers.grouped(r.comparable(v).getAsDouble(), d) : "n/a";
                    t.row(List.of(Integer.toString(r.observation().year()), r.observation().link(), rc.unit(), r.observation().period(),
                            Numbers.grouped(r.observed(), d) + (r.observation().derived() ? " d" : ""),
                            shown.apply(r.modelled()), signed(r.relativeError()),
                            shown.apply(r.scheduled()), signed(r.relativeError(r.scheduled())),
                            shown.apply(r.persistence()), signed(r.relativeError(r.persistence())),
                            switch (r.sample()) { case IN -> "in"; case OUT -> "out"; case NONE -> "none"; }));
                }
                out.print(t.render());
                out.println("d = derived by arithmetic from published figures (the note says how); n/a = not computable (no supplies for the");
                out.println("year, or no figure the year before). 'model' figures are annual flows, times the months covered / 12 for a partial year.");
                out.println();
                TextTable s = new TextTable(List.of("within " + Numbers.percent(CalibrationRow.TOLERANCE), "in-sample", "out-of-sample",
                        "no schedule", "all", "published only (no d)"));
                java.util.function.Predicate<CalibrationRow> in = r -> r.sample() == CalibrationRow.Sample.IN;
                java.util.function.Predicate<CalibrationRow> outSample = r -> r.sample() == CalibrationRow.Sample.OUT;
                java.util.function.Predicate<CalibrationRow> none = r -> r.sample() == CalibrationRow.Sample.NONE;
                java.util.function.Predicate<CalibrationRow> published = r -> !r.observation().derived();
                for (var model : List.<Map.Entry<String, java.util.function.Predicate<CalibrationRow>>>of(
                        Map.entry("least cost", CalibrationRow::reproduced), Map.entry("scheduled", CalibrationRow::scheduledReproduced),
                        Map.entry("persistence", CalibrationRow::persistenceReproduced))) {
                    s.row(List.of(model.getKey(), tally(rows, in, model.getValue()), tally(rows, outSample, model.getValue()),
                            tally(rows, none, model.getValue()), tally(rows, r -> true, model.getValue()), tally(rows, published, model.getValue())));
                }
                out.print(s.render());
                out.println("in-sample: the years the schedule's estimates were fitted on (" + schedule.rows().stream()
                        .flatMap(r -> r.fitYears().stream()).distinct().sorted().map(String::valueOf).toList() + "); out-of-sample: the other");
                out.println("years of the same commodity; no schedule: a commodity without estimates. Every row counts; a figure the model");
                out.println("cannot compute (n/a) is a miss. Why each miss happens is in docs/corridors.md (\"Calibration\").");
                if (!schedule.isEmpty()) {
                    out.println();
                    out.println("Schedule:");
                    for (RouteCommitment row : schedule.rows()) {
                        RouteSchedule.Entry e = schedule.entries(row.commodity(), row.year()).get(row.link());
                        String unit = network.commodity(row.commodity()).map(Commodity::unit).orElse("");
                        String how = row.kind() == RouteCommitment.Kind.ESTIMATE
                                ? "estimate: " + String.format(Locale.ROOT, "%.2f%%", e.share().getAsDouble() * 100) + " of exports (mean share " + row.fitYears() + ")"
                                : row.kind().name().toLowerCase(Locale.ROOT) + ": " + row.source().citation();
                        out.printf("  %d %s %s %s, %s%n", row.year(), row.link(), Numbers.grouped(e.volume(), 3), unit, how);
                    }
                }
                out.println();
                out.println("Publishers' notes:");
                for (CalibrationRow r : rows) {
                    out.printf("  %d %s: %s. %s%n", r.observation().year(), r.observation().link(), r.observation().note(), r.observation().source().citation());
                }
            }
        }
    }

    private static String csvNumber(java.util.OptionalDouble value) {
        return value.isPresent() ? Numbers.plain(Numbers.round6(value.getAsDouble())) : "";
    }

    private void history(PrintWriter out, CorridorNetwork network) {
        switch (format) {
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("country", network.focal());
                root.put("disruptions", network.history().stream().map(h -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", h.id());
                    m.put("start", h.start().toString());
                    m.put("end", h.end().toString());
                    m.put("asset", h.asset());
                    m.put("cutShare", h.cutShare());
                    m.put("event", h.event());
                    m.put("effect", h.effect());
                    m.put("source", source(h.source()));
                    m.put("note", h.note());
                    return m;
                }).toList());
                out.println(Json.write(root));
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("id", "start", "end", "asset", "cut_percent", "event", "publisher", "url", "assumption"));
                for (HistoricalDisruption h : network.history()) {
                    csv.row(Arrays.asList(h.id(), h.start(), h.end(), h.asset(), Numbers.plain(h.cutShare() * 100), h.event(),
                            h.source().publisher(), h.source().url(), h.source().assumption()));
                }
            }
            case table -> {
                out.println("Dated disruptions in the corridor data (replay one with --event ID):");
                TextTable t = new TextTable(List.of("id", "start", "end", "asset", "cut", "event"));
                for (HistoricalDisruption h : network.history()) {
                    t.row(List.of(h.id(), h.start().toString(), h.end().toString(), h.asset(), Numbers.percent(h.cutShare()), h.event()));
                }
                out.print(t.render());
                for (HistoricalDisruption h : network.history()) {
                    out.printf("  %s: %s%s%n", h.id(), h.source().citation(), h.note().isEmpty() ? "" : " — " + h.note());
                }
            }
        }
    }

    private void network(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        List<CorridorLink> links = network.links(c.id(), y);
        switch (format) {
            case json -> {
                Map<String, Object> root = header(network, c, y);
                root.put("links", links.stream().map(l -> {
                    Map<String, Object> m = linkJson(l);
                    m.put("capacity", l.capacity().isPresent() ? l.capacity().getAsDouble() : null);
                    m.put("proposed", l.proposed());
                    return m;
                }).toList());
                root.put("nodes", nodesJson(network, links));
                out.println(Json.write(root));
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("id", "from", "to", "mode", "capacity", "unit", "status", "unit_cost", "cost_basis",
                        "jurisdictions", "publisher", "url", "assumption"));
                for (CorridorLink l : links) {
                    csv.row(Arrays.asList(l.id(), l.from(), l.to(), l.mode().fileName(), l.capacity().isPresent() ? Numbers.plain(l.capacity().getAsDouble()) : "",
                            c.unit(), l.proposed() ? "proposed" : "operating", Numbers.plain(l.unitCost()), l.costBasis().fileName(),
                            String.join(";", l.jurisdictionList()), l.source().publisher(), l.source().url(), l.source().assumption()));
                }
            }
            case table -> {
                out.printf("%s corridor network for %s, %d (%s/yr)%n%n", network.focal(), c.name().toLowerCase(Locale.ROOT), y, c.unit());
                TextTable t = new TextTable(List.of("link", "from", "to", "mode", "capacity", "cost", "countries", "src"));
                List<Source> sources = new ArrayList<>();
                for (CorridorLink l : links) {
                    t.row(List.of(l.id() + (l.proposed() ? " (proposed)" : ""), l.from(), l.to(), l.mode().fileName(),
                            l.capacity().isPresent() ? Numbers.plain(l.capacity().getAsDouble()) : "not binding",
                            Numbers.plain(l.unitCost()) + " " + l.costBasis().fileName(), String.join(" ", l.jurisdictionList()),
                            "[" + index(sources, l.source()) + "]"));
                }
                out.print(t.render());
                for (int i = 0; i < sources.size(); i++) {
                    out.printf("  [%d] %s%n", i + 1, sources.get(i).citation());
                }
            }
        }
    }

    private static Map<String, Object> header(CorridorNetwork network, Commodity c, int y) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("country", network.focal());
        root.put("commodity", c.id());
        root.put("unit", c.unit());
        root.put("year", y);
        root.put("dataset", Map.of("name", network.name(), "version", network.version()));
        return root;
    }

}
