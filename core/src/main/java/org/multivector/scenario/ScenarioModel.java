package org.multivector.scenario;

import org.multivector.corridors.CorridorNetwork;
import org.multivector.dataset.Dataset;
import org.multivector.exposure.Concentration;
import org.multivector.exposure.PowerBalance;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A scenario compiled against its dataset: the dynamic model of docs/model.md, ready to run many
 * times. Compiling reads the dataset once (initial shares and sizes); a run then touches only flat
 * arrays, so an ensemble never reloads data. One instance serves every thread: {@link #run} keeps
 * all its state in locals.
 *
 * <p>Each period the model (docs/model.md, equations 1–12):
 * <ol>
 *   <li>sets each power's engagement level per channel from its path and the active shocks (eq. 1);</li>
 *   <li>moves each channel's partner shares toward the shares that engagement, growth and the focal
 *       country's hedging imply, with channel-specific inertia (eqs. 2–4);</li>
 *   <li>derives dependence, influence and its concentration (eqs. 5–7);</li>
 *   <li>asks the bargaining model for the focal country's room to manoeuvre (eq. 8);</li>
 *   <li>updates the hedging multipliers (eq. 9);</li>
 *   <li>allocates crude exports over the corridor routes at this period's capacities and prices what
 *       cannot be carried (eqs. 10–12).</li>
 * </ol>
 */
public final class ScenarioModel {

    private static final Channel[] CHANNELS = Channel.values();
    private static final int C = CHANNELS.length;

    private final Scenario scenario;
    private final ParameterSpace parameters;
    private final String datasetVersion;
    private final int powerCount;
    private final int periods;
    private final double dt;
    private final double startYear;
    private final String[] powerCodes;
    /** Dataset share of each power per channel, [p * C + c]; NaN where the scenario must supply it. */
    private final double[] datasetShare;
    /** Dataset economic size of each power (GDP, USD million); NaN where the scenario supplies it. */
    private final double[] datasetSize;

    private final List<Series> seriesList;
    private final RoomModel roomModel;
    private final CorridorModel corridorModel;
    private final List<String> provenanceList;
    private final int routeCount;
    /** The routes as run: capacities, costs and transit read from the dataset's corridor network or stated by the analyst. */
    private final List<CompiledRoute> routeList;

    private ScenarioModel(
            Scenario scenario,
            World world,
            Optional<CorridorNetwork> network,
            String file,
            RoomModel roomModel,
            CorridorModel.Factory corridorFactory)
            throws InvalidScenarioException {
        this.scenario = scenario;
        this.parameters = new ParameterSpace(scenario);
        this.datasetVersion = world.info().name() + " " + world.info().version();
        this.roomModel = roomModel;
        this.powerCount = scenario.powerList().size();
        this.periods = scenario.horizon().periods();
        this.dt = scenario.horizon().step().years();
        this.startYear = scenario.baseYear() + 1;
        List<Problem> problems = new ArrayList<>();
        List<String> provenance = new ArrayList<>();
        String focal = scenario.focal();
        if (world.actor(focal).isEmpty()) {
            At at = scenario.at("focal");
            problems.add(new Problem(
                    file,
                    at.line(),
                    at.column(),
                    ScenarioRule.UNKNOWN_REFERENCE,
                    "focal country '" + focal + "' is not in dataset " + datasetVersion));
        }
        if (!world.years().contains(scenario.baseYear())) {
            At at = scenario.at("baseYear");
            problems.add(new Problem(
                    file,
                    at.line(),
                    at.column(),
                    ScenarioRule.OUTSIDE_DATASET,
                    "baseYear " + scenario.baseYear() + " lies outside the dataset's years " + world.years()));
        }
        powerCodes = new String[powerCount];
        datasetShare = new double[powerCount * C];
        datasetSize = new double[powerCount];
        Arrays.fill(datasetShare, Double.NaN);
        Arrays.fill(datasetSize, Double.NaN);
        String investmentDimension = Dimension.FDI_STOCK;
        if (problems.isEmpty()) {
            // one investment measure for every power: stocks when the dataset has them for all, else inflows
            for (Scenario.Power power : scenario.powerList()) {
                if (!power.initialMap().containsKey(Channel.INVESTMENT)
                        && ratio(world, focal, power.code(), Dimension.FDI_STOCK, scenario.baseYear()) == null) {
                    investmentDimension = Dimension.FDI_INFLOW;
                }
            }
            for (int p = 0; p < powerCount; p++) {
                Scenario.Power power = scenario.powerList().get(p);
                powerCodes[p] = power.code();
                if (world.actor(power.code()).isEmpty()) {
                    problems.add(new Problem(
                            file,
                            power.at().line(),
                            power.at().column(),
                            ScenarioRule.UNKNOWN_REFERENCE,
                            "power '" + power.code() + "' is not an actor of dataset " + datasetVersion));
                    continue;
                }
                for (Channel channel : CHANNELS) {
                    if (power.initialMap().containsKey(channel)) {
                        continue;
                    }
                    Share share = channel == Channel.INVESTMENT
                            ? ratio(world, focal, power.code(), investmentDimension, scenario.baseYear())
                            : datasetShare(world, focal, power.code(), channel, scenario.baseYear());
                    if (share == null) {
                        problems.add(new Problem(
                                file,
                                power.at().line(),
                                power.at().column(),
                                InputRule.MISSING_FIELD,
                                "dataset " + datasetVersion + " has no " + channel.fileName() + " figure for " + focal
                                        + "–"
                                        + power.code() + " in or before " + scenario.baseYear()
                                        + "\nMaybe state it as an assumption: initial: {" + channel.fileName()
                                        + ": SHARE}"));
                        continue;
                    }
                    datasetShare[p * C + channel.ordinal()] = share.value;
                    provenance.add(power.code() + " " + channel.fileName() + " share " + round4(share.value) + " ("
                            + share.basis + ")");
                }
                if (power.size() == null) {
                    OptionalDouble size = latest(world, power.code(), power.code(), Dimension.GDP, scenario.baseYear());
                    if (size.isEmpty()) {
                        problems.add(new Problem(
                                file,
                                power.at().line(),
                                power.at().column(),
                                InputRule.MISSING_FIELD,
                                "dataset " + datasetVersion + " has no GDP for " + power.code() + " in or before "
                                        + scenario.baseYear()
                                        + "\nMaybe state it as an assumption: size: GDP_IN_USD_MILLION"));
                    } else {
                        datasetSize[p] = size.getAsDouble();
                    }
                }
            }
            for (int c = 0; c < C; c++) {
                double sum = 0;
                boolean allKnown = true;
                for (int p = 0; p < powerCount; p++) {
                    double fixed = fixedInitial(p, CHANNELS[c]);
                    if (Double.isNaN(fixed)) {
                        allKnown = false;
                    } else {
                        sum += fixed;
                    }
                }
                if (allKnown && sum > 1 + 1e-9) {
                    At at = scenario.at("powers");
                    problems.add(new Problem(
                            file,
                            at.line(),
                            at.column(),
                            InputRule.INVALID_VALUE,
                            "the powers' initial " + CHANNELS[c].fileName() + " shares add up to " + round4(sum)
                                    + ", more than the whole\nMaybe a bloc and one of its members are both listed."));
                }
            }
        }
        this.routeList = ScenarioRoutes.compile(scenario, network, datasetVersion, file, problems);
        this.routeCount = routeList.size();
        double[] medians = parameters.medians();
        double[] cost = new double[routeCount];
        for (int r = 0; r < routeCount; r++) {
            cost[r] = parameters.resolve(routeList.get(r).cost(), medians);
        }
        this.corridorModel = corridorFactory.forCosts(cost);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        this.provenanceList = List.copyOf(provenance);
        List<Series> series = new ArrayList<>();
        for (Outcome outcome : scenario.outcomeList()) {
            if (outcome.perPower()) {
                for (String code : powerCodes) {
                    series.add(new Series(outcome, code));
                }
            } else {
                series.add(new Series(outcome, ""));
            }
        }
        this.seriesList = List.copyOf(series);
    }

    /**
     * Compiles {@code scenario} against {@code world} and its corridor network, with the given engines.
     *
     * @param network         the dataset's corridor network, where the scenario's routes find their links (empty when it has none)
     * @param file            names the scenario in messages
     * @param corridorFactory makes the corridor engine from the routes' costs (fixed values, or the medians of their distributions)
     * @throws InvalidScenarioException when the dataset lacks what the scenario needs (each problem names the line)
     */
    public static ScenarioModel compile(
            Scenario scenario,
            World world,
            Optional<CorridorNetwork> network,
            String file,
            RoomModel roomModel,
            CorridorModel.Factory corridorFactory)
            throws InvalidScenarioException {
        return new ScenarioModel(scenario, world, network, file, roomModel, corridorFactory);
    }

    /**
     * Compiles {@code scenario} against {@code world} and its corridor network with the standard engines: the
     * expected-utility bargaining module's room ({@link BargainingRoom}) and the corridor module's min-cost flow
     * ({@link MinCostRoutes}), route costs taken at their fixed values, or at the median of their distribution.
     */
    public static ScenarioModel compile(Scenario scenario, World world, Optional<CorridorNetwork> network, String file)
            throws InvalidScenarioException {
        return new ScenarioModel(scenario, world, network, file, new BargainingRoom(), MinCostRoutes::new);
    }

    /** Compiles {@code scenario} against {@code dataset} (its world and corridor network) with the standard engines. */
    public static ScenarioModel compile(Scenario scenario, Dataset dataset, String file)
            throws InvalidScenarioException {
        return compile(scenario, dataset.world(), dataset.corridors(), file);
    }

    /** The export routes as run, each capacity and cost with where it comes from (the dataset or the analyst). */
    public List<CompiledRoute> routes() {
        return routeList;
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** Its parameters, fixed and uncertain. */
    public ParameterSpace parameters() {
        return parameters;
    }

    /** The dataset it was compiled against (name and version). */
    public String datasetVersion() {
        return datasetVersion;
    }

    /** The series a run records, in output order. */
    public List<Series> series() {
        return seriesList;
    }

    /** The number of periods. */
    public int periods() {
        return periods;
    }

    /** The label of period {@code k}: {@code 2025-Q1} for quarters, {@code 2025} for years. */
    public String periodLabel(int k) {
        if (scenario.horizon().step() == Scenario.Step.YEAR) {
            return Integer.toString((int) startYear + k);
        }
        return ((int) startYear + k / 4) + "-Q" + (k % 4 + 1);
    }

    /** The decimal year at which period {@code k} ends. */
    public double periodEnd(int k) {
        return startYear + (k + 1) * dt;
    }

    /** Where each initial share read from the dataset came from, for reports. */
    public List<String> provenance() {
        return provenanceList;
    }

    /** The number of values one run writes: series × periods. */
    public int outputSize() {
        return seriesList.size() * periods;
    }

    /**
     * Runs the model once.
     *
     * @param values one run's parameter values (see {@link ParameterSpace#values})
     * @param seed   the run's seed (drives random outage arrivals)
     * @param out    receives series × periods values, series-major: {@code out[s * periods + k]}
     */
    public void run(double[] values, long seed, double[] out) {
        SplittableRandom random = new SplittableRandom(seed);
        final int P = powerCount;

        // --- parameters of this run ---
        double[] tau = {
            parameters.value(ModelParameter.TRADE_ADJUSTMENT_YEARS, values),
            parameters.value(ModelParameter.INVESTMENT_ADJUSTMENT_YEARS, values),
            parameters.value(ModelParameter.SECURITY_ADJUSTMENT_YEARS, values),
            parameters.value(ModelParameter.DIPLOMACY_ADJUSTMENT_YEARS, values)
        };
        double[] omega = {
            parameters.value(ModelParameter.WEIGHT_TRADE, values),
            parameters.value(ModelParameter.WEIGHT_INVESTMENT, values),
            parameters.value(ModelParameter.WEIGHT_SECURITY, values),
            parameters.value(ModelParameter.WEIGHT_DIPLOMACY, values)
        };
        double omegaSum = omega[0] + omega[1] + omega[2] + omega[3];
        double[] adjust = new double[C];
        for (int c = 0; c < C; c++) {
            adjust[c] = tau[c] <= 0 ? 1 : 1 - Math.exp(-dt / tau[c]);
            omega[c] = omegaSum > 0 ? omega[c] / omegaSum : 0.25;
        }
        double alpha = parameters.value(ModelParameter.CAPABILITY_EXPONENT, values);
        double elasticity = parameters.value(ModelParameter.ENGAGEMENT_ELASTICITY, values);
        double focalCapability = parameters.value(ModelParameter.FOCAL_CAPABILITY, values);
        double focalSalience = parameters.value(ModelParameter.FOCAL_SALIENCE, values);
        double restGrowth = parameters.value(ModelParameter.REST_OF_WORLD_GROWTH, values);

        double[] position = new double[P + 1];
        double[] capability = new double[P + 1];
        double[] salience = new double[P + 1];
        double[] baseAttention = new double[P];
        double[] growth = new double[P];
        double[] size = new double[P];
        double[] base = new double[P * C];
        double[] rest = new double[C];
        double sizeMean = 0;
        for (int p = 0; p < P; p++) {
            Scenario.Power power = scenario.powerList().get(p);
            position[p + 1] = parameters.resolve(power.position(), values);
            baseAttention[p] = clamp01(parameters.resolve(power.attention(), values));
            growth[p] = parameters.resolve(power.growth(), values);
            size[p] = power.size() == null ? datasetSize[p] : parameters.resolve(power.size(), values);
            sizeMean += size[p] / P;
            for (int c = 0; c < C; c++) {
                Quantity override = power.initialMap().get(CHANNELS[c]);
                base[p * C + c] =
                        override == null ? datasetShare[p * C + c] : clamp01(parameters.resolve(override, values));
            }
        }
        for (int c = 0; c < C; c++) {
            double sum = 0;
            for (int p = 0; p < P; p++) {
                sum += base[p * C + c];
            }
            rest[c] = Math.max(0, 1 - sum);
        }
        double[] capabilityFactor = new double[P];
        for (int p = 0; p < P; p++) {
            capabilityFactor[p] = sizeMean > 0 ? Math.pow(size[p] / sizeMean, alpha) : 1;
        }

        // --- this run's shocks, resolved ---
        Plan plan = new Plan(values, random);

        // --- corridors ---
        Scenario.Corridors corridors = scenario.corridors();
        double exports = parameters.resolve(corridors.exports(), values);
        double exportGrowth = parameters.resolve(corridors.exportGrowth(), values);
        double pricePerTonne = parameters.resolve(corridors.pricePerBarrel(), values)
                * parameters.resolve(corridors.barrelsPerTonne(), values);
        double[] baseCapacity = new double[routeCount];
        for (int r = 0; r < routeCount; r++) {
            baseCapacity[r] = parameters.resolve(routeList.get(r).capacity(), values);
        }
        double[] capacity = new double[routeCount];
        double[] flow = new double[routeCount];

        // --- hedging ---
        HedgingPolicy policy = scenario.levers().hedging();
        boolean hedge = policy.rule() == HedgingPolicy.Rule.EQUAL_CLOSENESS;
        double raise = parameters.resolve(policy.raiseSpeed(), values);
        double cut = parameters.resolve(policy.cutSpeed(), values);
        double minMultiplier = parameters.resolve(policy.minMultiplier(), values);
        double maxMultiplier = parameters.resolve(policy.maxMultiplier(), values);

        // --- state ---
        double[] share = base.clone();
        double[] weight = new double[P * C];
        double[] engagement = new double[P * C];
        double[] hedging = new double[P];
        Arrays.fill(hedging, 1);
        double[] dependence = new double[P];
        double[] influence = new double[P];
        double[] influenceShare = new double[P];
        double[] attention = new double[P];

        // normalise capabilities so that the powers' base total is 1 (eq. 6)
        double baseTotal = 0;
        for (int p = 0; p < P; p++) {
            baseTotal += capabilityFactor[p] * dependence(base, p, omega);
        }
        double capabilityScale = baseTotal > 0 ? 1 / baseTotal : 1;

        double cumulativeRevenueAtRisk = 0;
        for (int k = 0; k < periods; k++) {
            double from = startYear + k * dt;
            double mid = from + dt / 2;
            double elapsed = (k + 1) * dt;

            // (1) engagement levels and attention
            for (int p = 0; p < P; p++) {
                for (int c = 0; c < C; c++) {
                    engagement[p * C + c] = plan.engagement(p, c, mid);
                }
                attention[p] = plan.attention(p, baseAttention[p], mid);
            }
            // (2)-(4) target shares and inertia
            for (int c = 0; c < C; c++) {
                double restWeight = rest[c] * Math.exp(restGrowth * elapsed);
                double total = restWeight;
                for (int p = 0; p < P; p++) {
                    int i = p * C + c;
                    double level = engagement[i] * hedging[p];
                    weight[i] = base[i] * Math.pow(level, elasticity) * Math.exp(growth[p] * elapsed);
                    total += weight[i];
                }
                for (int p = 0; p < P; p++) {
                    int i = p * C + c;
                    double target = total > 0 ? weight[i] / total : 0;
                    share[i] += adjust[c] * (target - share[i]);
                }
            }
            // (5)-(7) dependence, influence, concentration
            double influenceTotal = 0;
            double capabilityTotal = 0;
            for (int p = 0; p < P; p++) {
                dependence[p] = dependence(share, p, omega);
                double grown = capabilityFactor[p] * Math.exp(alpha * growth[p] * elapsed);
                capability[p + 1] = capabilityScale * grown * dependence[p];
                salience[p + 1] = attention[p];
                influence[p] = capability[p + 1] * attention[p];
                influenceTotal += influence[p];
                capabilityTotal += capability[p + 1];
            }
            for (int p = 0; p < P; p++) {
                influenceShare[p] = influenceTotal > 0 ? influence[p] / influenceTotal : 1.0 / P;
            }
            double concentration = Concentration.hhi(influenceShare);
            // (8) room to manoeuvre
            capability[0] = focalCapability;
            salience[0] = focalSalience;
            position[0] = 50;
            double room =
                    capabilityTotal > 0 || focalCapability > 0 ? roomModel.room(position, capability, salience) : 1;

            // (9) hedging: raise ties with under-represented powers quickly, cut over-represented ones slowly
            if (hedge) {
                for (int p = 0; p < P; p++) {
                    double gap = (1.0 / P - influenceShare[p]) * P;
                    double rate = gap > 0 ? raise * gap : cut * gap;
                    hedging[p] = Math.min(maxMultiplier, Math.max(minMultiplier, hedging[p] * Math.exp(rate * dt)));
                }
            }

            // (10)-(12) corridors
            double supply = exports * Math.exp(exportGrowth * (mid - startYear));
            double undelivered = plan.undelivered(baseCapacity, from, supply, capacity, flow);
            double revenueAtRisk = undelivered * pricePerTonne / 1000;
            cumulativeRevenueAtRisk += revenueAtRisk;

            // record
            int s = 0;
            for (Outcome outcome : scenario.outcomeList()) {
                switch (outcome) {
                    case ROOM -> out[(s++) * periods + k] = room;
                    case INFLUENCE_CONCENTRATION -> out[(s++) * periods + k] = concentration;
                    case BALANCE_EVENNESS -> out[(s++) * periods + k] = PowerBalance.evenness(dependence);
                    case CRUDE_UNDELIVERED -> out[(s++) * periods + k] = undelivered;
                    case REVENUE_AT_RISK -> out[(s++) * periods + k] = revenueAtRisk;
                    case CUMULATIVE_REVENUE_AT_RISK -> out[(s++) * periods + k] = cumulativeRevenueAtRisk;
                    case INFLUENCE_SHARE -> {
                        for (int p = 0; p < P; p++) {
                            out[(s++) * periods + k] = influenceShare[p];
                        }
                    }
                    case DEPENDENCE -> {
                        for (int p = 0; p < P; p++) {
                            out[(s++) * periods + k] = dependence[p];
                        }
                    }
                    case TRADE_SHARE -> {
                        for (int p = 0; p < P; p++) {
                            out[(s++) * periods + k] = share[p * C + Channel.TRADE.ordinal()];
                        }
                    }
                    case HEDGING -> {
                        for (int p = 0; p < P; p++) {
                            out[(s++) * periods + k] = hedging[p];
                        }
                    }
                }
            }
        }
    }

    /** Power p's initial share on a channel in a run with these parameter values (dataset or scenario). */
    public double initialShare(int p, Channel channel, double[] values) {
        Quantity override = scenario.powerList().get(p).initialMap().get(channel);
        return override == null
                ? datasetShare[p * C + channel.ordinal()]
                : clamp01(parameters.resolve(override, values));
    }

    /**
     * The partner's share of the focal country's channel total in exactly {@code year}, as the dataset
     * gives it (no earlier year stands in), or null.
     */
    public static Double observedShare(World world, String focal, String partner, Channel channel, int year) {
        if (!world.years().contains(year)) {
            return null;
        }
        Share share = datasetShare(world, focal, partner, channel, year);
        return share != null && share.basis.endsWith(" " + year) ? share.value : null;
    }

    /** Channel-weighted dependence on power p (eq. 5); {@code omega} sums to 1. */
    private static double dependence(double[] share, int p, double[] omega) {
        double sum = 0;
        for (int c = 0; c < C; c++) {
            sum += omega[c] * share[p * C + c];
        }
        return sum;
    }

    private double fixedInitial(int p, Channel channel) {
        Quantity override = scenario.powerList().get(p).initialMap().get(channel);
        if (override == null) {
            return datasetShare[p * C + channel.ordinal()];
        }
        return override instanceof Quantity.Fixed fixed ? fixed.value() : Double.NaN;
    }

    /**
     * The shocks of one run with every quantity resolved, and the outage dates of recurring
     * disruptions drawn. Engagement shocks act at the period's midpoint; corridor capacities take the
     * share of the period each outage covers.
     */
    private final class Plan {
        /** Engagement windows: power, channel mask, from, to, factor. */
        private final int[] engagementPower;

        private final int[] engagementMask;
        private final double[] engagementFrom;
        private final double[] engagementTo;
        private final double[] engagementFactor;
        /** Paths: power, channel mask, years, levels. */
        private final int[] pathPower;

        private final int[] pathMask;
        private final double[][] pathYear;
        private final double[][] pathLevel;
        /** Attention ramps in start order: power, start, ramp, level. */
        private final int[] attentionPower;

        private final double[] attentionStart;
        private final double[] attentionRamp;
        private final double[] attentionLevel;
        /** Outages: route, from, to, loss. */
        private final int[] outageRoute;

        private final double[] outageFrom;
        private final double[] outageTo;
        private final double[] outageLoss;
        /** Expansions in start order: route, start, ramp, capacity. */
        private final int[] expansionRoute;

        private final double[] expansionStart;
        private final double[] expansionRamp;
        private final double[] expansionCapacity;
        /** Scratch: the period's cut points. */
        private final double[] breaks;

        Plan(double[] values, SplittableRandom random) {
            List<Scenario.EngagementPath> paths = scenario.pathList();
            pathPower = new int[paths.size()];
            pathMask = new int[paths.size()];
            pathYear = new double[paths.size()][];
            pathLevel = new double[paths.size()][];
            for (int j = 0; j < paths.size(); j++) {
                Scenario.EngagementPath path = paths.get(j);
                pathPower[j] = powerIndex(path.power());
                pathMask[j] = mask(path.channels());
                pathYear[j] = new double[path.pointList().size()];
                pathLevel[j] = new double[path.pointList().size()];
                for (int i = 0; i < path.pointList().size(); i++) {
                    pathYear[j][i] = path.pointList().get(i).year();
                    pathLevel[j][i] = Math.max(
                            0, parameters.resolve(path.pointList().get(i).level(), values));
                }
            }
            List<double[]> engagements = new ArrayList<>();
            List<double[]> attentions = new ArrayList<>();
            List<double[]> outages = new ArrayList<>();
            List<double[]> expansions = new ArrayList<>();
            double end = startYear + periods * dt;
            for (Shock shock : scenario.allShocks()) {
                double start = parameters.resolve(shock.start(), values);
                switch (shock) {
                    case Shock.EngagementChange change ->
                        engagements.add(new double[] {
                            powerIndex(change.power()),
                            mask(change.channels()),
                            start,
                            until(start, change.duration(), values),
                            Math.max(0, parameters.resolve(change.factor(), values))
                        });
                    case Shock.TradeRestriction restriction -> {
                        double to = until(start, restriction.duration(), values);
                        engagements.add(new double[] {
                            powerIndex(restriction.power()),
                            mask(restriction.channels()),
                            start,
                            to,
                            clamp01(parameters.resolve(restriction.factor(), values))
                        });
                        double loss = clamp01(parameters.resolve(restriction.corridorLoss(), values));
                        if (loss > 0) {
                            for (int r = 0; r < routeCount; r++) {
                                if (routeList.get(r).transit().contains(restriction.power())) {
                                    outages.add(new double[] {r, start, to, loss});
                                }
                            }
                        }
                    }
                    case Shock.AttentionShift shift ->
                        attentions.add(new double[] {
                            powerIndex(shift.power()),
                            start,
                            Math.max(0, parameters.resolve(shift.rampYears(), values)),
                            clamp01(parameters.resolve(shift.level(), values))
                        });
                    case Shock.CapacityExpansion expansion ->
                        expansions.add(new double[] {
                            routeIndex(expansion.link()),
                            start,
                            Math.max(0, parameters.resolve(expansion.rampYears(), values)),
                            Math.max(0, parameters.resolve(expansion.capacity(), values))
                        });
                    case Shock.CorridorDisruption disruption -> {
                        int route = routeIndex(disruption.link());
                        double duration = Math.max(0, parameters.resolve(disruption.duration(), values));
                        double loss = clamp01(parameters.resolve(disruption.capacityLoss(), values));
                        if (!disruption.recurring()) {
                            outages.add(new double[] {route, start, start + duration, loss});
                        } else {
                            double rate = Math.max(0, parameters.resolve(disruption.ratePerYear(), values));
                            // Poisson arrivals: exponential gaps between outage starts (eq. 11)
                            double t = start;
                            while (rate > 0) {
                                t += -Math.log(1 - random.nextDouble()) / rate;
                                if (t >= end) {
                                    break;
                                }
                                outages.add(new double[] {route, t, t + duration, loss});
                            }
                        }
                    }
                }
            }
            engagementPower = column(engagements, 0);
            engagementMask = column(engagements, 1);
            engagementFrom = columnD(engagements, 2);
            engagementTo = columnD(engagements, 3);
            engagementFactor = columnD(engagements, 4);
            attentions.sort((a, b) -> Double.compare(a[1], b[1]));
            attentionPower = column(attentions, 0);
            attentionStart = columnD(attentions, 1);
            attentionRamp = columnD(attentions, 2);
            attentionLevel = columnD(attentions, 3);
            outageRoute = column(outages, 0);
            outageFrom = columnD(outages, 1);
            outageTo = columnD(outages, 2);
            outageLoss = columnD(outages, 3);
            expansions.sort((a, b) -> Double.compare(a[1], b[1]));
            expansionRoute = column(expansions, 0);
            expansionStart = columnD(expansions, 1);
            expansionRamp = columnD(expansions, 2);
            expansionCapacity = columnD(expansions, 3);
            breaks = new double[2 + 2 * outageRoute.length];
        }

        /** Engagement level of power p on channel c at time t: paths times active shock factors (eq. 1). */
        double engagement(int p, int c, double t) {
            double level = 1;
            int bit = 1 << c;
            for (int j = 0; j < pathPower.length; j++) {
                if (pathPower[j] == p && (pathMask[j] & bit) != 0) {
                    level *= interpolate(pathYear[j], pathLevel[j], t);
                }
            }
            for (int j = 0; j < engagementPower.length; j++) {
                if (engagementPower[j] == p
                        && (engagementMask[j] & bit) != 0
                        && t >= engagementFrom[j]
                        && t < engagementTo[j]) {
                    level *= engagementFactor[j];
                }
            }
            return level;
        }

        /** Attention of power p at time t: each shift ramps from the level before it to its own level. */
        double attention(int p, double base, double t) {
            double level = base;
            for (int j = 0; j < attentionPower.length; j++) {
                if (attentionPower[j] != p || t < attentionStart[j]) {
                    continue;
                }
                double progress = attentionRamp[j] <= 0 ? 1 : Math.min(1, (t - attentionStart[j]) / attentionRamp[j]);
                level += (attentionLevel[j] - level) * progress;
            }
            return level;
        }

        /**
         * Crude that cannot be carried in the period [from, from + dt), in Mt: the period is cut at
         * every outage's start and end, each piece is allocated at its own capacities (an outage
         * covers a piece wholly or not at all), and the shortfalls are added up (eqs. 10–11). No
         * storage: what cannot be carried in a piece is lost to that piece.
         */
        double undelivered(double[] base, double from, double supply, double[] capacity, double[] flow) {
            double to = from + dt;
            int n = 0;
            breaks[n++] = from;
            for (int j = 0; j < outageRoute.length; j++) {
                if (outageFrom[j] > from && outageFrom[j] < to) {
                    breaks[n++] = outageFrom[j];
                }
                if (outageTo[j] > from && outageTo[j] < to) {
                    breaks[n++] = outageTo[j];
                }
            }
            breaks[n++] = to;
            Arrays.sort(breaks, 0, n);
            double lost = 0;
            for (int i = 0; i + 1 < n; i++) {
                double a = breaks[i];
                double b = breaks[i + 1];
                if (b - a <= 0) {
                    continue;
                }
                capacities(base, (a + b) / 2, capacity);
                double delivered = routeCount == 0 ? 0 : corridorModel.allocate(supply, capacity, flow);
                lost += Math.max(0, supply - delivered) * (b - a);
            }
            return lost;
        }

        /** Each route's capacity at time t: expansions ramped in, then every outage active at t. */
        void capacities(double[] base, double t, double[] capacity) {
            System.arraycopy(base, 0, capacity, 0, base.length);
            for (int j = 0; j < expansionRoute.length; j++) {
                if (t < expansionStart[j]) {
                    continue;
                }
                int r = expansionRoute[j];
                double progress = expansionRamp[j] <= 0 ? 1 : Math.min(1, (t - expansionStart[j]) / expansionRamp[j]);
                capacity[r] += (expansionCapacity[j] - capacity[r]) * progress;
            }
            for (int j = 0; j < outageRoute.length; j++) {
                if (t >= outageFrom[j] && t < outageTo[j]) {
                    capacity[outageRoute[j]] *= 1 - outageLoss[j];
                }
            }
        }

        private double until(double start, Quantity duration, double[] values) {
            return duration == null
                    ? Double.POSITIVE_INFINITY
                    : start + Math.max(0, parameters.resolve(duration, values));
        }
    }

    private static double interpolate(double[] years, double[] levels, double t) {
        if (t <= years[0]) {
            return levels[0];
        }
        for (int i = 1; i < years.length; i++) {
            if (t <= years[i]) {
                double f = (t - years[i - 1]) / (years[i] - years[i - 1]);
                return levels[i - 1] + f * (levels[i] - levels[i - 1]);
            }
        }
        return levels[levels.length - 1];
    }

    private int powerIndex(String code) {
        for (int p = 0; p < powerCount; p++) {
            if (scenario.powerList().get(p).code().equals(code)) {
                return p;
            }
        }
        throw new IllegalStateException("power " + code + " was validated but is missing");
    }

    private int routeIndex(String id) {
        for (int r = 0; r < routeCount; r++) {
            if (routeList.get(r).id().equals(id)) {
                return r;
            }
        }
        throw new IllegalStateException("route " + id + " was validated but is missing");
    }

    private static int mask(List<Channel> channels) {
        int mask = 0;
        for (Channel channel : channels) {
            mask |= 1 << channel.ordinal();
        }
        return mask;
    }

    private static int[] column(List<double[]> rows, int i) {
        int[] result = new int[rows.size()];
        for (int j = 0; j < result.length; j++) {
            result[j] = (int) rows.get(j)[i];
        }
        return result;
    }

    private static double[] columnD(List<double[]> rows, int i) {
        double[] result = new double[rows.size()];
        for (int j = 0; j < result.length; j++) {
            result[j] = rows.get(j)[i];
        }
        return result;
    }

    private static double clamp01(double value) {
        return Math.min(1, Math.max(0, value));
    }

    private static double round4(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    // ---- initial shares from the dataset ----

    private record Share(double value, String basis) {}

    /** The partner's share of the focal country's channel total, from the latest year at or before {@code year} with both figures. */
    static Share datasetShare(World world, String focal, String partner, Channel channel, int year) {
        return switch (channel) {
            case TRADE -> {
                Share trade = ratio(world, focal, partner, Dimension.TRADE, year);
                if (trade == null) {
                    trade = tradeOverTurnover(world, focal, partner, year);
                }
                yield trade != null ? trade : sumRatio(world, focal, partner, year);
            }
            case INVESTMENT -> {
                Share stock = ratio(world, focal, partner, Dimension.FDI_STOCK, year);
                yield stock != null ? stock : ratio(world, focal, partner, Dimension.FDI_INFLOW, year);
            }
            case SECURITY -> ratio(world, focal, partner, Dimension.ARMS_IMPORTS, year);
            case DIPLOMACY -> diplomacy(world, focal, partner, year);
        };
    }

    private static Share ratio(World world, String focal, String partner, String dimension, int year) {
        if (world.dimension(dimension).isEmpty()) {
            return null;
        }
        for (int y = year; y >= world.years().from(); y--) {
            OptionalDouble value = world.value(focal, partner, dimension, y, BasisChoice.DEFAULT);
            OptionalDouble total = world.value(focal, Actor.WORLD, dimension, y, BasisChoice.DEFAULT);
            if (value.isPresent() && total.isPresent() && total.getAsDouble() > 0) {
                return new Share(value.getAsDouble() / total.getAsDouble(), dimension + " " + y);
            }
        }
        return null;
    }

    /** Trade with the partner over the focal country's world exports plus imports of the same year and basis. */
    private static Share tradeOverTurnover(World world, String focal, String partner, int year) {
        if (world.dimension(Dimension.EXPORTS).isEmpty()
                || world.dimension(Dimension.IMPORTS).isEmpty()) {
            return null;
        }
        for (int y = year; y >= world.years().from(); y--) {
            java.util.Optional<Tie> trade = world.read(focal, partner, Dimension.TRADE, y, BasisChoice.DEFAULT);
            OptionalDouble tx = world.value(focal, Actor.WORLD, Dimension.EXPORTS, y, BasisChoice.DEFAULT);
            OptionalDouble tm = world.value(focal, Actor.WORLD, Dimension.IMPORTS, y, BasisChoice.DEFAULT);
            if (trade.isPresent() && tx.isPresent() && tm.isPresent() && tx.getAsDouble() + tm.getAsDouble() > 0) {
                return new Share(
                        trade.get().value() / (tx.getAsDouble() + tm.getAsDouble()),
                        "trade " + y + " over world exports+imports " + y);
            }
        }
        return null;
    }

    private static Share sumRatio(World world, String focal, String partner, int year) {
        if (world.dimension(Dimension.EXPORTS).isEmpty()
                || world.dimension(Dimension.IMPORTS).isEmpty()) {
            return null;
        }
        for (int y = year; y >= world.years().from(); y--) {
            OptionalDouble x = world.value(focal, partner, Dimension.EXPORTS, y, BasisChoice.DEFAULT);
            OptionalDouble m = world.value(focal, partner, Dimension.IMPORTS, y, BasisChoice.DEFAULT);
            OptionalDouble tx = world.value(focal, Actor.WORLD, Dimension.EXPORTS, y, BasisChoice.DEFAULT);
            OptionalDouble tm = world.value(focal, Actor.WORLD, Dimension.IMPORTS, y, BasisChoice.DEFAULT);
            if (x.isPresent()
                    && m.isPresent()
                    && tx.isPresent()
                    && tm.isPresent()
                    && tx.getAsDouble() + tm.getAsDouble() > 0) {
                return new Share(
                        (x.getAsDouble() + m.getAsDouble()) / (tx.getAsDouble() + tm.getAsDouble()),
                        "exports+imports " + y);
            }
        }
        return null;
    }

    /**
     * Diplomatic share: each organisation or format the focal country sits in counts equally, and its
     * weight is split equally among its other members; the partner's share is the sum of its parts.
     * Shares of all partners thus add up to 1.
     */
    private static Share diplomacy(World world, String focal, String partner, int year) {
        if (world.dimension(Dimension.MEMBERSHIP).isEmpty()) {
            return null;
        }
        for (int y = year; y >= world.years().from(); y--) {
            List<Tie> formats = world.crossSection(focal, Dimension.MEMBERSHIP, y, BasisChoice.DEFAULT);
            double sum = 0;
            int all = 0;
            for (Tie tie : formats) {
                if (tie.value() <= 0) {
                    continue;
                }
                all++;
                Set<String> members = new HashSet<>();
                int memberYear = y;
                world.actor(tie.partner()).ifPresent(o -> members.addAll(o.membersIn(memberYear)));
                for (Tie other : world.ties()) {
                    if (other.year() == y
                            && other.partner().equals(tie.partner())
                            && other.dimension().equals(Dimension.MEMBERSHIP)
                            && other.value() > 0) {
                        members.add(other.reporter());
                    }
                }
                members.remove(focal);
                if (members.contains(partner)) {
                    sum += 1.0 / members.size();
                }
            }
            if (all > 0) {
                return new Share(sum / all, "membership " + y);
            }
        }
        return null;
    }

    private static OptionalDouble latest(World world, String reporter, String partner, String dimension, int year) {
        if (world.dimension(dimension).isEmpty()) {
            return OptionalDouble.empty();
        }
        for (int y = year; y >= world.years().from(); y--) {
            OptionalDouble value = world.value(reporter, partner, dimension, y, BasisChoice.DEFAULT);
            if (value.isPresent()) {
                return value;
            }
        }
        return OptionalDouble.empty();
    }
}
