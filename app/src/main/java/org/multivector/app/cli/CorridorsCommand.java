package org.multivector.app.cli;

import org.multivector.corridors.AllocationRequest;
import org.multivector.corridors.AllocationResult;
import org.multivector.corridors.CalibrationRow;
import org.multivector.corridors.Commodity;
import org.multivector.corridors.CorridorAllocator;
import org.multivector.corridors.CorridorControl;
import org.multivector.corridors.CorridorCriticality;
import org.multivector.corridors.CorridorDocuments;
import org.multivector.corridors.CorridorExposure;
import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.CorridorQuery;
import org.multivector.corridors.Disruption;
import org.multivector.corridors.Expansion;
import org.multivector.corridors.ExpansionEffect;
import org.multivector.corridors.ExpansionPlanning;
import org.multivector.corridors.ExportSupply;
import org.multivector.corridors.HistoricalDisruption;
import org.multivector.corridors.JurisdictionExposure;
import org.multivector.corridors.LinkControl;
import org.multivector.corridors.LinkCriticality;
import org.multivector.corridors.LinkFlow;
import org.multivector.corridors.MinCostFlowAllocator;
import org.multivector.corridors.Period;
import org.multivector.corridors.RouteCommitment;
import org.multivector.corridors.RouteFlow;
import org.multivector.corridors.RouteSchedule;
import org.multivector.corridors.io.ControlLoader;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.corridors.io.ScheduleLoader;
import org.multivector.input.ProblemRenderer;
import org.multivector.report.Column;
import org.multivector.report.InvalidRequestException;
import org.multivector.report.Report;
import org.multivector.report.SourceRef;
import org.multivector.world.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code multivector corridors ISO3}: export routes, disruptions, rerouting, exposure, criticality and what-ifs. */
@Command(
        name = "corridors",
        mixinStandardHelpOptions = true,
        description = {
            "Allocate a country's exports (crude oil, containers) to its corridors by min-cost flow, under disruptions and expansions.",
            "Shows delivered, rerouted and undelivered volume, the flow on each route, cost change and revenue at risk; every capacity with its source.",
            "Reports: allocation (default), exposure (per country), criticality (link failures and pairs, with min-cuts),",
            "expansion (capacity what-ifs under disruption scenarios), calibration (model vs published volumes), control (owners and operators: the share of exports under each power's infrastructure, and its shift under disruptions), history (dated disruptions), network."
        })
public final class CorridorsCommand implements Runnable {

    /** What to print. */
    enum ReportName {
        allocation,
        exposure,
        criticality,
        expansion,
        calibration,
        control,
        history,
        network
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ISO3", description = "The exporting country (e.g. KAZ).")
    String country;

    @Option(
            names = "--commodity",
            paramLabel = "C",
            description = "crude or containers. Default: the network's first (crude for Kazakhstan).")
    String commodity;

    @Option(
            names = "--year",
            paramLabel = "Y",
            description =
                    "Year of export volumes and capacities. Default: the latest year whose export volumes are all published (else the latest).")
    Integer year;

    @Option(
            names = "--close",
            paramLabel = "ISO3",
            description = "Close every link crossing this country (repeatable).")
    List<String> close = new ArrayList<>();

    @Option(names = "--close-link", paramLabel = "LINK", description = "Close a link (repeatable).")
    List<String> closeLink = new ArrayList<>();

    @Option(names = "--close-node", paramLabel = "NODE", description = "Close every link at a node (repeatable).")
    List<String> closeNode = new ArrayList<>();

    @Option(
            names = "--cut",
            paramLabel = "LINK=P%",
            description =
                    "Cut a link's capacity by a percentage, e.g. CPC_SEA=67%%; LINK alone cuts it all (repeatable; the API's cut= takes the same form).")
    List<String> cut = new ArrayList<>();

    @Option(
            names = "--reduce",
            paramLabel = "LINK:X",
            description =
                    "Leave the share X (0 to 1) of a link's capacity, e.g. CPC_SEA:0.2 leaves 20%% (repeatable; as the API's reduce=).")
    List<String> reduce = new ArrayList<>();

    @Option(
            names = "--add",
            paramLabel = "LINK=+N",
            description =
                    "Add capacity to a link, e.g. AKT_SANG=+4.8Mt; a proposed link (TCOP) is built with N (repeatable).")
    List<String> add = new ArrayList<>();

    @Option(
            names = "--event",
            paramLabel = "ID",
            description =
                    "Replay a dated disruption of the dataset (see --report history), e.g. CPC-2023-11 (repeatable).")
    List<String> event = new ArrayList<>();

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "First day of --close/--cut disruptions (MM-DD or YYYY-MM-DD). Default: 1 January.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Last day of --close/--cut disruptions (MM-DD or YYYY-MM-DD). Default: 31 December.")
    String to;

    @Option(
            names = "--fit",
            paramLabel = "YEARS",
            split = ",",
            description =
                    "With --report calibration: refit every estimated schedule share on these years (e.g. 2022), so the later years are out of sample. Default: the fit years in schedules.csv.")
    List<Integer> fit;

    @Option(
            names = "--report",
            paramLabel = "R",
            defaultValue = "allocation",
            description =
                    "allocation, exposure, criticality, expansion, calibration, control, history or network. Default: ${DEFAULT-VALUE}.")
    ReportName report;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(
            names = "--dataset",
            paramLabel = "DIR",
            description =
                    "Dataset folder whose corridors/ subfolder holds network.yaml and its CSV files. Default: the embedded Kazakhstan dataset.")
    Path dataset;

    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    @Override
    public void run() {
        CorridorNetwork network = load();
        String code = country.toUpperCase(Locale.ROOT);
        if (!code.equals(network.focal())) {
            throw new UserException("the corridor data describe the exports of " + network.focal() + ", not '" + country
                    + "'" + "\nMaybe run: multivector corridors " + network.focal());
        }
        CorridorQuery asked = CorridorQuery.of(commodity, year);
        Commodity c = asked.commodity(network);
        boolean anyYear = report == ReportName.history || report == ReportName.network;
        int y = !anyYear
                ? asked.year(network)
                : year != null ? year : network.supplyYears(c.id()).isEmpty() ? 0 : network.defaultYear(c.id());
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
        } catch (InvalidRequestException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        out.flush();
    }

    private CorridorNetwork load() {
        return DatasetOption.dataset(dataset)
                .corridors()
                .orElseThrow(() -> new UserException("dataset folder " + dataset + " has no corridors/ subfolder with "
                        + CorridorLoader.NETWORK_FILE + "\nMaybe see docs/corridors.md for the format."));
    }

    private List<LinkControl> loadControl(CorridorNetwork network) {
        try {
            return dataset == null
                    ? ControlLoader.embedded("kazakhstan", network)
                    : ControlLoader.load(dataset.resolve("corridors"), network);
        } catch (InvalidCorridorDataException e) {
            throw new UserException(
                    ProblemRenderer.refusal("the corridor control data", "nothing was loaded", e.problems()));
        }
    }

    private void control(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        CorridorControl.Report report = CorridorControl.analyse(network, allocator, loadControl(network), c.id(), y);
        ReportOutput.print(
                out,
                format,
                CorridorDocuments.control(network, c, y, report),
                () -> controlTables(network, c, y, report),
                () -> List.of(controlCsv(report)));
    }

    private static Report controlCsv(CorridorControl.Report report) {
        Report.Builder csv = Report.builder("")
                .text("scenario")
                .text("power")
                .text("stake_weighted_share")
                .text("controlled_share")
                .text("delivered_share");
        for (CorridorControl.ScenarioShares s : report.scenarioList()) {
            for (String p : report.powers()) {
                csv.row(
                        s.scenario(),
                        p,
                        Numbers.round6(s.of(p).stakeWeightedShare()),
                        Numbers.round6(s.of(p).controlledShare()),
                        Numbers.round6(s.deliveredShare()));
            }
        }
        return csv.build();
    }

    private static List<Report> controlTables(
            CorridorNetwork network, Commodity c, int y, CorridorControl.Report report) {
        List<String> powers = report.powers();
        CorridorControl.ScenarioShares base = report.scenarioList().getFirst();
        Report.Builder shares = Report.builder(String.format(
                        "%s exports of %s, %d: who controls the infrastructure they use\n",
                        network.focal(), c.name().toLowerCase(Locale.ROOT), y))
                .text("power")
                .column("stake-weighted share", Column.Kind.SHARE)
                .column("through an asset it controls", Column.Kind.SHARE);
        for (String p : powers) {
            shares.row(p, base.of(p).stakeWeightedShare(), base.of(p).controlledShare());
        }
        shares.note(
                        "'stake-weighted': each route counts with the power's largest equity stake on any of its links. 'controls': the power")
                .note(
                        "holds more than half of a link on the route, or operates it. Links without ownership data count for the states they cross.");
        List<String> top = powers.stream().limit(6).toList();
        Report.Builder shift = Report.builder(
                        "Stake-weighted shares under each disruption scenario (change in percentage points):")
                .text("scenario")
                .column("delivered", Column.Kind.SHARE);
        top.forEach(shift::text);
        for (CorridorControl.ScenarioShares s : report.scenarioList()) {
            List<Object> row = new ArrayList<>(List.of(s.scenario(), s.deliveredShare()));
            for (String p : top) {
                double now = s.of(p).stakeWeightedShare();
                double change = now - base.of(p).stakeWeightedShare();
                row.add(
                        s == base
                                ? Numbers.percent(now)
                                : Numbers.percent(now) + " (" + (change >= 0 ? "+" : "")
                                        + Numbers.grouped(change * 100, 1) + ")");
            }
            shift.row(row);
        }
        Report.Builder owners = Report.builder("Owners and operators of the links (share of the link or section):")
                .text("link")
                .text("holds")
                .text("parties");
        for (CorridorControl.LinkOwnership o : report.linkList()) {
            String holds = String.join(
                    " ",
                    o.holdList().stream()
                            .map(h ->
                                    h.power() + " " + Numbers.percent(h.stake()) + (h.operates() ? " (operator)" : ""))
                            .toList());
            String parties = o.byTerritory()
                    ? "no ownership data: the states crossed"
                            + o.controlList().stream()
                                    .filter(x -> x.role() == LinkControl.Role.OPERATOR)
                                    .map(x -> "; operator " + x.party())
                                    .reduce("", String::concat)
                    : String.join(
                                    "; ",
                                    o.controlList().stream()
                                            .limit(4)
                                            .map(x -> x.party()
                                                    + (x.role() == LinkControl.Role.OPERATOR
                                                            ? " (operator)"
                                                            : " " + Numbers.grouped(x.share() * 100, 2) + " %")
                                                    + (x.source().assumption() ? " [a]" : ""))
                                            .toList())
                            + (o.controlList().size() > 4
                                    ? "; " + (o.controlList().size() - 4) + " more (--format json lists all)"
                                    : "");
            owners.row(o.link(), holds, parties);
        }
        report.linkList().stream()
                .flatMap(o -> o.controlList().stream())
                .forEach(x -> owners.source(SourceRef.of(x.source())));
        owners.note("[a]: analyst assumption (see the row's note in control.csv).");
        return List.of(shares.build(), shift.build(), owners.build());
    }

    // ------------------------------------------------------------------ request from options

    AllocationRequest request(CorridorNetwork network, Commodity c, int y) {
        return new CorridorQuery(c.id(), y, close, closeLink, closeNode, cut, reduce, event, add, period(y))
                .allocationRequest(network);
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
        ReportOutput.print(
                out,
                format,
                CorridorDocuments.allocation(network, r),
                () -> allocationTables(network, r),
                () -> List.of(allocationCsv(r)));
    }

    private static CorridorLink linkRow(CorridorNetwork network, String commodity, int year, String id) {
        return network.links(commodity, year).stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseGet(() -> network.allLinks().stream()
                        .filter(l -> l.id().equals(id))
                        .findFirst()
                        .orElseThrow());
    }

    private static SourceRef source(Source s) {
        return SourceRef.of(s);
    }

    private static Report allocationCsv(AllocationResult r) {
        Report.Builder csv = Report.builder("")
                .text("kind")
                .text("id")
                .text("origin")
                .text("market")
                .text("jurisdictions")
                .text("flow")
                .text("baseline_flow")
                .text("unit");
        String unit = r.commodity().unit();
        csv.row("total", "demand", "", "", "", Numbers.round6(r.demand()), "", unit);
        csv.row("total", "delivered", "", "", "", Numbers.round6(r.delivered()), "", unit);
        csv.row("total", "rerouted", "", "", "", Numbers.round6(r.rerouted()), "", unit);
        csv.row(
                "total",
                "undelivered",
                "",
                "",
                "",
                Numbers.round6(r.undelivered()),
                Numbers.round6(r.baselineUndelivered()),
                unit);
        for (RouteFlow route : r.routeList()) {
            csv.row(
                    "route",
                    route.name(),
                    route.origin(),
                    route.market(),
                    String.join(";", route.jurisdictionList()),
                    Numbers.round6(route.volume()),
                    Numbers.round6(route.baselineVolume()),
                    unit);
        }
        for (LinkFlow flow : r.linkList()) {
            csv.row(
                    "link",
                    flow.link(),
                    "",
                    "",
                    "",
                    Numbers.round6(flow.flow()),
                    Numbers.round6(flow.baselineFlow()),
                    unit);
        }
        return csv.build();
    }

    private static List<Report> allocationTables(CorridorNetwork network, AllocationResult r) {
        Commodity c = r.commodity();
        String u = c.unit();
        int decimals = u.equals("TEU") ? 0 : 2;
        String heading = String.format(
                        "%s exports of %s, %d — corridor data %s %s",
                        network.focal(), c.name().toLowerCase(Locale.ROOT), r.year(), network.name(), network.version())
                + "\nDisruptions: "
                + (r.disruptionList().isEmpty()
                        ? "none"
                        : String.join(
                                "; ",
                                r.disruptionList().stream()
                                        .map(Disruption::label)
                                        .toList()))
                + (r.expansionList().isEmpty()
                        ? ""
                        : "\nExpansions:  "
                                + String.join(
                                        "; ",
                                        r.expansionList().stream()
                                                .map(Expansion::label)
                                                .toList()));
        List<ExportSupply> assumedSupplies = network.supplies(c.id(), r.year()).stream()
                .filter(s -> s.source().assumption())
                .toList();
        Report.Builder totals = Report.builder("")
                .text("")
                .number(u, decimals)
                .column("share", Column.Kind.SHARE)
                .row(
                        assumedSupplies.isEmpty()
                                ? "demand (exports to place)"
                                : "demand (exports to place) [analyst assumption]",
                        r.demand(),
                        1.0)
                .row("delivered to a market", r.delivered(), r.deliveredShare())
                .row("rerouted (moved to another route)", r.rerouted(), r.rerouted() / r.demand())
                .row("undelivered", r.undelivered(), r.undelivered() / r.demand());
        for (ExportSupply s : assumedSupplies) {
            totals.assumption(String.format(
                    "demand at %s (%s %s): %s", s.node(), Numbers.grouped(s.volume(), decimals), u, s.note()));
        }
        totals.note(String.format(
                "Transport cost %s M USD (status quo %s; change %s for the same delivered volumes).",
                Numbers.grouped(r.costMillionUsd(), 1),
                Numbers.grouped(r.baselineCostMillionUsd(), 1),
                Numbers.grouped(r.costIncreaseMillionUsd(), 1)));
        if (r.price().isPresent()) {
            var p = r.price().get();
            totals.note(String.format(
                    "Export revenue at risk %s M USD = %s %s lost x %s %s (%s %d annual average) x %s %s/%s.",
                    Numbers.grouped(r.revenueAtRiskMillionUsd(), 0),
                    Numbers.grouped(r.lostVolume(), decimals),
                    u,
                    Numbers.plain(p.value()),
                    p.unit(),
                    p.benchmark(),
                    p.year(),
                    Numbers.plain(c.priceFactor()),
                    p.unit().replace("USD/", ""),
                    u));
        } else {
            totals.note("Export revenue at risk: no price series for " + c.id() + " in the data.");
        }
        Report.Builder routes = Report.builder("Routes (" + u + "/yr; status quo = no disruption, no expansion):")
                .text("route")
                .number("flow", decimals)
                .number("status quo", decimals)
                .text("countries")
                .number("cost/" + c.costUnit().replace("USD/", ""), 2)
                .number("days", 0);
        for (RouteFlow route : r.routeList()) {
            routes.row(
                    route.name(),
                    route.volume(),
                    route.baselineVolume(),
                    String.join(" ", route.jurisdictionList()),
                    route.unitCost(),
                    route.transitDays().isPresent()
                            ? (Object) route.transitDays().getAsDouble()
                            : "n/p");
        }
        if (r.routeList().stream().anyMatch(route -> route.transitDays().isEmpty())) {
            routes.note(
                    "days 'n/p': a link on the route has no published transit time (crude pipelines and tanker legs), so the route's is not summed.");
        }
        if (r.undelivered() > 0) {
            routes.note("Undelivered by origin: "
                    + String.join(
                            ", ",
                            r.undeliveredByOrigin().entrySet().stream()
                                    .filter(e -> e.getValue() > 0)
                                    .sorted(Map.Entry.<String, Double>comparingByValue()
                                            .reversed())
                                    .map(e -> e.getKey() + " " + Numbers.grouped(e.getValue(), decimals))
                                    .toList()));
        }
        Set<String> shown = new LinkedHashSet<>();
        r.routeList().forEach(route -> shown.addAll(route.linkList()));
        Report.Builder links = Report.builder("Links on these routes (capacity " + u
                        + "/yr as built; available = after disruptions, over the year):")
                .text("link")
                .text("mode")
                .number("flow", decimals)
                .text("capacity")
                .number("available", decimals)
                .text("cost")
                .text("countries")
                .text("src");
        List<String> costNotes = new ArrayList<>();
        for (LinkFlow flow : r.linkList()) {
            if (!shown.contains(flow.link())) {
                continue;
            }
            CorridorLink link = linkRow(network, c.id(), r.year(), flow.link());
            int ref = links.source(source(link.source()));
            String cost = Numbers.plain(link.unitCost())
                    + switch (link.costBasis()) {
                        case PUBLISHED -> "";
                        case DERIVED -> " d";
                        case ASSUMPTION -> " a";
                    };
            if (link.costSource().isPresent()) {
                costNotes.add(
                        "tariff " + link.id() + ": " + link.costSource().get().citation());
            }
            links.row(
                    flow.link(),
                    link.mode().fileName(),
                    flow.flow(),
                    flow.capacity().isPresent()
                            ? Numbers.grouped(flow.capacity().getAsDouble(), decimals)
                                    + (link.source().assumption() ? " d" : "")
                            : "not binding",
                    flow.availableCapacity().isPresent()
                            ? flow.availableCapacity().getAsDouble()
                            : null,
                    cost,
                    String.join(" ", link.jurisdictionList()),
                    "[" + ref + "]");
        }
        links.note(
                "Capacity 'd': derived from published figures or an analyst reading of them (see the link's note); cost 'a': analyst assumption, 'd': derived from a published tariff.");
        costNotes.forEach(links::note);
        return List.of(Report.text(heading), totals.build(), routes.build(), links.build());
    }

    // ------------------------------------------------------------------ other reports

    private void exposure(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        List<JurisdictionExposure> rows = CorridorExposure.of(network, allocator, c.id(), y);
        String u = c.unit();
        int d = u.equals("TEU") ? 0 : 2;
        ReportOutput.print(out, format, CorridorDocuments.exposure(network, c, y, rows), () -> {
            Report.Builder t = Report.builder(String.format(
                            "%s exports of %s, %d: exposure to each country on the routes\n",
                            network.focal(), c.name().toLowerCase(Locale.ROOT), y))
                    .text("country")
                    .column(new Column(
                            "crossing_volume", "crosses (" + u + ")", "", Column.Kind.NUMBER, d, Column.Shown.BOTH))
                    .column(new Column("crossing_share", "share", "", Column.Kind.SHARE, 0, Column.Shown.BOTH))
                    .column(new Column(
                            "loss_if_closed", "lost if closed", "", Column.Kind.NUMBER, d, Column.Shown.BOTH))
                    .column(new Column("loss_share", "share lost", "", Column.Kind.SHARE, 0, Column.Shown.BOTH))
                    .column(new Column("rerouted_if_closed", "rerouted", "", Column.Kind.NUMBER, d, Column.Shown.BOTH))
                    .column(new Column(
                            "revenue_at_risk_musd",
                            "revenue at risk M USD",
                            "",
                            Column.Kind.NUMBER,
                            0,
                            Column.Shown.BOTH))
                    .csvOnly("unit");
            for (JurisdictionExposure e : rows) {
                t.row(
                        e.country(),
                        Numbers.round6(e.crossingVolume()),
                        Numbers.round6(e.crossingShare()),
                        Numbers.round6(e.lossIfClosed()),
                        Numbers.round6(e.lossShare()),
                        Numbers.round6(e.rerouted()),
                        Double.isNaN(e.revenueAtRiskMillionUsd()) ? null : Numbers.round6(e.revenueAtRiskMillionUsd()),
                        u);
            }
            t.note(
                            "'crosses': status-quo volume whose route crosses the country (territory or waters). 'lost if closed': volume no route can carry")
                    .note(
                            "when every link crossing the country closes for the whole year, after rerouting within the remaining capacities.");
            return List.of(t.build());
        });
    }

    private void criticality(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        CorridorCriticality.Report report = CorridorCriticality.analyse(network, c.id(), y, true);
        String u = c.unit();
        int d = u.equals("TEU") ? 0 : 2;
        ReportOutput.print(
                out,
                format,
                CorridorDocuments.criticality(network, c, y, report),
                () -> {
                    Report heading = Report.text(String.format(
                            "%s exports of %s, %d: link failures for the whole year (demand %s %s)",
                            network.focal(),
                            c.name().toLowerCase(Locale.ROOT),
                            y,
                            Numbers.grouped(report.demand(), d),
                            u));
                    Report.Builder single = failures("Single links (those carrying flow):", "link", d);
                    for (LinkCriticality k : report.singleList()) {
                        if (k.lostVolume() == 0 && k.rerouted() == 0) {
                            continue;
                        }
                        failure(single, "single", k, report.demand(), u);
                    }
                    Report.Builder pairs = failures("Pairs of links carrying flow (top 15 by loss):", "links", d);
                    report.pairList().stream().limit(15).forEach(k -> failure(pairs, "pair", k, report.demand(), u));
                    pairs.note(
                            "Min-cut: saturated or closed links leaving the set of nodes the stranded exports can still reach; their capacities bound what gets out.");
                    return List.of(heading, single.build(), pairs.build());
                },
                () -> {
                    Report.Builder all = failures("", "links", d);
                    report.singleList().forEach(k -> failure(all, "single", k, report.demand(), u));
                    report.pairList().forEach(k -> failure(all, "pair", k, report.demand(), u));
                    return List.of(all.build());
                });
    }

    /** The columns of a failure table; CSV keeps every failure, the table those that matter. */
    private static Report.Builder failures(String title, String links, int decimals) {
        return Report.builder(title)
                .csvOnly("failure")
                .column(new Column("links", links, "", Column.Kind.TEXT, 0, Column.Shown.BOTH))
                .column(new Column("lost", "lost", "", Column.Kind.NUMBER, decimals, Column.Shown.BOTH))
                .column(new Column("share", "share", "", Column.Kind.SHARE, 0, Column.Shown.TABLE))
                .column(new Column("rerouted", "rerouted", "", Column.Kind.NUMBER, decimals, Column.Shown.BOTH))
                .column(new Column(
                        "cost_increase_musd", "cost change M USD", "", Column.Kind.NUMBER, 1, Column.Shown.BOTH))
                .column(new Column("min_cut", "min-cut explaining the loss", "", Column.Kind.TEXT, 0, Column.Shown.CSV))
                .column(new Column(
                        "min_cut_shown", "min-cut explaining the loss", "", Column.Kind.TEXT, 0, Column.Shown.TABLE))
                .csvOnly("unit");
    }

    private static void failure(Report.Builder table, String failure, LinkCriticality k, double demand, String unit) {
        table.row(
                failure,
                k.name(),
                Numbers.round6(k.lostVolume()),
                k.lostVolume() / demand,
                Numbers.round6(k.rerouted()),
                Numbers.round6(k.costIncreaseMillionUsd()),
                String.join(";", k.minCutList()),
                String.join(" ", k.minCutList()),
                unit);
    }

    private void expansion(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        var scenarios = ExpansionPlanning.defaultScenarios(network, c.id(), y);
        AllocationRequest asked = request(network, c, y);
        if (!asked.disruptionList().isEmpty()) {
            scenarios = new LinkedHashMap<>(scenarios);
            scenarios.put(
                    String.join(
                            "; ",
                            asked.disruptionList().stream()
                                    .map(Disruption::label)
                                    .toList()),
                    asked.disruptionList());
        }
        List<org.multivector.corridors.ExpansionOption> options = new ArrayList<>(network.expansions(c.id()));
        for (Expansion e : asked.expansionList()) {
            if (e instanceof Expansion.AddCapacity a) {
                options.add(new org.multivector.corridors.ExpansionOption(
                        "add " + a.link() + " +" + Numbers.plain(a.amount()),
                        c.id(),
                        a.link(),
                        a.amount(),
                        "from --add"));
            }
        }
        List<ExpansionEffect> effects = ExpansionPlanning.evaluate(network, allocator, c.id(), y, options, scenarios);
        String u = c.unit();
        int d = u.equals("TEU") ? 0 : 2;
        List<String> scenarioNames = new ArrayList<>(scenarios.keySet());
        ReportOutput.print(
                out,
                format,
                CorridorDocuments.expansion(network, c, y, options, effects),
                () -> {
                    Report.Builder t = Report.builder(String.format(
                                    "%s exports of %s, %d: undelivered volume (%s) saved by each expansion under each scenario\n",
                                    network.focal(), c.name().toLowerCase(Locale.ROOT), y, u))
                            .text("scenario")
                            .number("undelivered", d);
                    options.forEach(o -> t.number(o.id(), d));
                    for (String s : scenarioNames) {
                        List<Object> row = new ArrayList<>();
                        row.add(s);
                        ExpansionEffect first = effects.stream()
                                .filter(e -> e.scenario().equals(s))
                                .findFirst()
                                .orElseThrow();
                        row.add(first.undeliveredWithout());
                        for (var o : options) {
                            row.add(effects.stream()
                                    .filter(x -> x.scenario().equals(s)
                                            && x.expansion().equals(o.id()))
                                    .findFirst()
                                    .orElseThrow()
                                    .saved());
                        }
                        t.row(row);
                    }
                    return List.of(
                            t.build(),
                            Report.text(
                                    "",
                                    options.stream()
                                            .map(o -> String.format(
                                                    "  %s: %s +%s %s. %s",
                                                    o.id(), o.link(), Numbers.plain(o.amount()), u, o.note()))
                                            .toArray(String[]::new)));
                },
                () -> {
                    Report.Builder csv = Report.builder("")
                            .text("expansion")
                            .text("scenario")
                            .text("undelivered_without")
                            .text("undelivered_with")
                            .text("saved")
                            .text("cost_change_musd")
                            .text("unit");
                    for (ExpansionEffect e : effects) {
                        csv.row(
                                e.expansion(),
                                e.scenario(),
                                Numbers.round6(e.undeliveredWithout()),
                                Numbers.round6(e.undeliveredWith()),
                                Numbers.round6(e.saved()),
                                Numbers.round6(e.costChangeMillionUsd()),
                                u);
                    }
                    return List.of(csv.build());
                });
    }

    private RouteSchedule loadSchedule(CorridorNetwork network) {
        try {
            return dataset == null
                    ? ScheduleLoader.embedded("kazakhstan", network)
                    : ScheduleLoader.load(dataset.resolve("corridors"), network);
        } catch (InvalidCorridorDataException e) {
            throw new UserException(
                    ProblemRenderer.refusal("the corridor schedule data", "nothing was loaded", e.problems()));
        }
    }

    private static String signed(java.util.OptionalDouble error) {
        return error.isPresent() ? (error.getAsDouble() >= 0 ? "+" : "") + Numbers.percent(error.getAsDouble()) : "";
    }

    private static String tally(
            List<CalibrationRow> rows,
            java.util.function.Predicate<CalibrationRow> which,
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
                throw new UserException(
                        "--fit " + fit + ": " + e.getMessage() + "\nMaybe fit on years with published volumes: "
                                + network.observedVolumes().stream()
                                        .map(o -> o.year())
                                        .distinct()
                                        .sorted()
                                        .toList());
            }
        }
        List<CalibrationRow> rows = CalibrationRow.all(network, schedule);
        ReportOutput.print(
                out,
                format,
                calibrationJson(network, schedule, rows),
                () -> calibrationTables(network, schedule, rows),
                () -> List.of(calibrationCsv(rows)));
    }

    /** The corridor network a document was computed on: its name and version. */
    private record NetworkVersion(String name, String version) {}

    private static Map<String, Object> calibrationJson(
            CorridorNetwork network, RouteSchedule schedule, List<CalibrationRow> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("country", network.focal());
        root.put("dataset", new NetworkVersion(network.name(), network.version()));
        root.put("tolerance", CalibrationRow.TOLERANCE);
        root.put("reproduced", rows.stream().filter(CalibrationRow::reproduced).count());
        root.put(
                "scheduledReproduced",
                rows.stream().filter(CalibrationRow::scheduledReproduced).count());
        root.put(
                "persistenceReproduced",
                rows.stream().filter(CalibrationRow::persistenceReproduced).count());
        root.put(
                "rows",
                rows.stream()
                        .map(r -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("year", r.observation().year());
                            m.put("commodity", r.observation().commodity());
                            m.put("link", r.observation().link());
                            m.put("period", r.observation().period());
                            m.put("observed", r.observed());
                            m.put("derived", r.observation().derived());
                            m.put("sample", r.sample().name().toLowerCase(Locale.ROOT));
                            m.put("modelled", r.isModelled() ? Numbers.round6(r.modelled()) : null);
                            m.put("comparable", rounded(r.comparable()));
                            m.put("relativeError", rounded(r.relativeError()));
                            m.put("reproduced", r.reproduced());
                            m.put("scheduled", rounded(r.comparable(r.scheduled())));
                            m.put("scheduledError", rounded(r.relativeError(r.scheduled())));
                            m.put("scheduledReproduced", r.scheduledReproduced());
                            m.put("persistence", rounded(r.comparable(r.persistence())));
                            m.put("persistenceError", rounded(r.relativeError(r.persistence())));
                            m.put("persistenceReproduced", r.persistenceReproduced());
                            m.put(
                                    "scheduledMiss",
                                    r.missReason(network, schedule).orElse(null));
                            m.put("source", source(r.observation().source()));
                            m.put("note", r.observation().note());
                            return m;
                        })
                        .toList());
        root.put(
                "schedule",
                schedule.rows().stream()
                        .map(row -> {
                            RouteSchedule.Entry e = schedule.entries(row.commodity(), row.year())
                                    .get(row.link());
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("year", row.year());
                            m.put("link", row.link());
                            m.put("kind", row.kind().name().toLowerCase(Locale.ROOT));
                            m.put("volume", Numbers.round6(e.volume()));
                            m.put("share", rounded(e.share()));
                            m.put("fitYears", row.fitYears());
                            m.put("source", source(row.source()));
                            m.put("note", row.note());
                            return m;
                        })
                        .toList());
        return root;
    }

    private static Report calibrationCsv(List<CalibrationRow> rows) {
        Report.Builder csv = Report.builder("");
        for (String name : List.of(
                "year",
                "commodity",
                "link",
                "period",
                "observed",
                "derived",
                "sample",
                "modelled",
                "comparable",
                "relative_error",
                "reproduced",
                "scheduled",
                "scheduled_error",
                "scheduled_reproduced",
                "persistence",
                "persistence_error",
                "persistence_reproduced",
                "publisher",
                "url")) {
            csv.text(name);
        }
        for (CalibrationRow r : rows) {
            csv.row(
                    r.observation().year(),
                    r.observation().commodity(),
                    r.observation().link(),
                    r.observation().period(),
                    r.observed(),
                    r.observation().derived(),
                    r.sample().name().toLowerCase(Locale.ROOT),
                    r.isModelled() ? Numbers.round6(r.modelled()) : null,
                    rounded(r.comparable()),
                    rounded(r.relativeError()),
                    r.reproduced(),
                    rounded(r.comparable(r.scheduled())),
                    rounded(r.relativeError(r.scheduled())),
                    r.scheduledReproduced(),
                    rounded(r.comparable(r.persistence())),
                    rounded(r.relativeError(r.persistence())),
                    r.persistenceReproduced(),
                    r.observation().source().publisher(),
                    r.observation().source().url());
        }
        return csv.build();
    }

    private static List<Report> calibrationTables(
            CorridorNetwork network, RouteSchedule schedule, List<CalibrationRow> rows) {
        Report heading = Report.text(
                String.format(
                        "%s corridors: each year's status quo against every published link volume (tolerance %s)",
                        network.focal(), Numbers.percent(CalibrationRow.TOLERANCE)),
                "least cost = the min-cost-flow allocation; scheduled = the same with each scheduled link held at its volume",
                "(schedules.csv: published contracts and plans, else an estimate fitted on the in-sample years); persistence =",
                "last year's share of exports on the link times this year's exports (the naive baseline).");
        if (rows.isEmpty()) {
            return List.of(heading, Report.text("No published link volumes in the data."));
        }
        Report.Builder t = Report.builder("")
                .column("year", Column.Kind.INTEGER)
                .text("link")
                .text("unit")
                .text("period")
                .text("published")
                .text("least cost")
                .text("error")
                .text("scheduled")
                .column(new Column("scheduled error", "error", "", Column.Kind.TEXT, 0, Column.Shown.BOTH))
                .text("persistence")
                .column(new Column("persistence error", "error", "", Column.Kind.TEXT, 0, Column.Shown.BOTH))
                .text("sample");
        for (CalibrationRow r : rows) {
            Commodity rc = network.commodity(r.observation().commodity()).orElseThrow();
            int d = rc.unit().equals("TEU") ? 0 : 3;
            java.util.function.DoubleFunction<String> shown =
                    v -> r.comparable(v).isPresent()
                            ? Numbers.grouped(r.comparable(v).getAsDouble(), d)
                            : "n/a";
            t.row(
                    r.observation().year(),
                    r.observation().link(),
                    rc.unit(),
                    r.observation().period(),
                    Numbers.grouped(r.observed(), d) + (r.observation().derived() ? " d" : ""),
                    shown.apply(r.modelled()),
                    signed(r.relativeError()),
                    shown.apply(r.scheduled()),
                    signed(r.relativeError(r.scheduled())),
                    shown.apply(r.persistence()),
                    signed(r.relativeError(r.persistence())),
                    switch (r.sample()) {
                        case IN -> "in";
                        case OUT -> "out";
                        case NONE -> "none";
                    });
        }
        t.note(
                        "d = derived by arithmetic from published figures (the note says how); n/a = not computable (no supplies for the")
                .note(
                        "year, or no figure the year before). 'model' figures are annual flows, times the months covered / 12 for a partial year.");
        Report.Builder s = Report.builder("")
                .text("within " + Numbers.percent(CalibrationRow.TOLERANCE))
                .text("in-sample")
                .text("out-of-sample")
                .text("no schedule")
                .text("all")
                .text("published only (no d)");
        java.util.function.Predicate<CalibrationRow> in = r -> r.sample() == CalibrationRow.Sample.IN;
        java.util.function.Predicate<CalibrationRow> outSample = r -> r.sample() == CalibrationRow.Sample.OUT;
        java.util.function.Predicate<CalibrationRow> none = r -> r.sample() == CalibrationRow.Sample.NONE;
        java.util.function.Predicate<CalibrationRow> published =
                r -> !r.observation().derived();
        for (var model : List.<Map.Entry<String, java.util.function.Predicate<CalibrationRow>>>of(
                Map.entry("least cost", CalibrationRow::reproduced),
                Map.entry("scheduled", CalibrationRow::scheduledReproduced),
                Map.entry("persistence", CalibrationRow::persistenceReproduced))) {
            s.row(
                    model.getKey(),
                    tally(rows, in, model.getValue()),
                    tally(rows, outSample, model.getValue()),
                    tally(rows, none, model.getValue()),
                    tally(rows, r -> true, model.getValue()),
                    tally(rows, published, model.getValue()));
        }
        s.note("in-sample: the years the schedule's estimates were fitted on ("
                        + schedule.rows().stream()
                                .flatMap(r -> r.fitYears().stream())
                                .distinct()
                                .sorted()
                                .map(String::valueOf)
                                .toList()
                        + "); out-of-sample: the other")
                .note(
                        "years of the same commodity; no schedule: a commodity without estimates. Every row counts; a figure the model")
                .note("cannot compute (n/a) is a miss. More on each miss in docs/corridors.md (\"Calibration\").");
        List<Report> reports = new ArrayList<>(List.of(heading, t.build(), s.build()));
        List<String> misses = rows.stream()
                .flatMap(r -> r.missReason(network, schedule).stream()
                        .map(reason -> String.format(
                                "  %d %s %s: %s",
                                r.observation().year(),
                                r.observation().link(),
                                r.observation().period(),
                                reason)))
                .toList();
        if (!misses.isEmpty()) {
            reports.add(
                    Report.text("Why the scheduled allocation misses these figures:", misses.toArray(String[]::new)));
        }
        if (!schedule.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (RouteCommitment row : schedule.rows()) {
                RouteSchedule.Entry e =
                        schedule.entries(row.commodity(), row.year()).get(row.link());
                String unit =
                        network.commodity(row.commodity()).map(Commodity::unit).orElse("");
                String how = row.kind() == RouteCommitment.Kind.ESTIMATE
                        ? "estimate: "
                                + String.format(Locale.ROOT, "%.2f%%", e.share().getAsDouble() * 100)
                                + " of exports (mean share " + row.fitYears() + ")"
                        : row.kind().name().toLowerCase(Locale.ROOT) + ": "
                                + row.source().citation();
                lines.add(String.format(
                        "  %d %s %s %s, %s", row.year(), row.link(), Numbers.grouped(e.volume(), 3), unit, how));
            }
            reports.add(Report.text("Schedule:", lines.toArray(String[]::new)));
        }
        reports.add(Report.text(
                "Publishers' notes:",
                rows.stream()
                        .map(r -> String.format(
                                "  %d %s: %s. %s",
                                r.observation().year(),
                                r.observation().link(),
                                r.observation().note(),
                                r.observation().source().citation()))
                        .toArray(String[]::new)));
        return reports;
    }

    /** The value rounded to six decimals, or null when there is none. */
    private static Double rounded(java.util.OptionalDouble value) {
        return value.isPresent() ? Numbers.round6(value.getAsDouble()) : null;
    }

    private void history(PrintWriter out, CorridorNetwork network) {
        ReportOutput.print(out, format, CorridorDocuments.history(network), () -> {
            Report.Builder t = Report.builder("Dated disruptions in the corridor data (replay one with --event ID):")
                    .text("id")
                    .text("start")
                    .text("end")
                    .text("asset")
                    .column(new Column("cut_percent", "cut", "", Column.Kind.TEXT, 0, Column.Shown.CSV))
                    .tableOnly("cut", Column.Kind.SHARE)
                    .text("event")
                    .csvOnly("publisher", "url", "assumption");
            for (HistoricalDisruption h : network.history()) {
                t.row(
                        h.id(),
                        h.start().toString(),
                        h.end().toString(),
                        h.asset(),
                        h.cutShare() * 100,
                        h.cutShare(),
                        h.event(),
                        h.source().publisher(),
                        h.source().url(),
                        h.source().assumption());
                t.note(h.id() + ": " + h.source().citation() + (h.note().isEmpty() ? "" : " — " + h.note()));
            }
            return List.of(t.build());
        });
    }

    private void network(PrintWriter out, CorridorNetwork network, Commodity c, int y) {
        List<CorridorLink> links = network.links(c.id(), y);
        ReportOutput.print(out, format, CorridorDocuments.network(network, c, y), () -> {
            Report.Builder t = Report.builder(String.format(
                            "%s corridor network for %s, %d (%s/yr)\n",
                            network.focal(), c.name().toLowerCase(Locale.ROOT), y, c.unit()))
                    .csvOnly("id")
                    .tableOnly("link", Column.Kind.TEXT)
                    .text("from")
                    .text("to")
                    .text("mode")
                    .column(new Column("capacity", "capacity", "", Column.Kind.TEXT, 0, Column.Shown.CSV))
                    .tableOnly("capacity", Column.Kind.TEXT)
                    .csvOnly("unit", "status", "unit_cost", "cost_basis")
                    .tableOnly("cost", Column.Kind.TEXT)
                    .csvOnly("jurisdictions")
                    .tableOnly("countries", Column.Kind.TEXT)
                    .csvOnly("publisher", "url", "assumption")
                    .tableOnly("src", Column.Kind.TEXT);
            for (CorridorLink l : links) {
                Double capacity = l.capacity().isPresent() ? l.capacity().getAsDouble() : null;
                t.row(
                        l.id(),
                        l.id() + (l.proposed() ? " (proposed)" : ""),
                        l.from(),
                        l.to(),
                        l.mode().fileName(),
                        capacity,
                        capacity != null ? Numbers.plain(capacity) : "not binding",
                        c.unit(),
                        l.proposed() ? "proposed" : "operating",
                        l.unitCost(),
                        l.costBasis().fileName(),
                        Numbers.plain(l.unitCost()) + " " + l.costBasis().fileName(),
                        String.join(";", l.jurisdictionList()),
                        String.join(" ", l.jurisdictionList()),
                        l.source().publisher(),
                        l.source().url(),
                        l.source().assumption(),
                        "[" + t.source(source(l.source())) + "]");
            }
            return List.of(t.build());
        });
    }
}
