package org.multivector.app.cli;

import org.multivector.scenario.Backtest;
import org.multivector.scenario.ScenarioModel;
import org.multivector.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code multivector backtest SCENARIO.yaml}: the model's trade shares against the dataset's, beside persistence. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        header = "Compare a scenario's trade shares with the dataset's, beside a persistence forecast.",
        description = {"Run a yearly scenario from its base year at median parameters and compare its trade shares with the",
                "dataset's in every later year the dataset covers, beside a persistence forecast (the base year's shares)."})
public final class BacktestCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "A scenario with horizon.step: year and trade-share among its outcomes.")
    Path scenarioFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        ScenarioFiles.Loaded loaded = ScenarioFiles.read(scenarioFile);
        World world = ScenarioFiles.world(loaded, dataset.directory);
        ScenarioModel model = ScenarioFiles.compile(loaded, world);
        Backtest.Result result;
        try {
            result = Backtest.run(model, world);
        } catch (IllegalArgumentException e) {
            throw new UserException(scenarioFile + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("power", "year", "observed", "model", "persistence"));
                for (Backtest.Point p : result.pointList()) {
                    csv.row(List.of(p.power(), p.year(), Numbers.plain(Numbers.round6(p.observed())), Numbers.plain(Numbers.round6(p.model())),
                            Numbers.plain(Numbers.round6(p.persistence()))));
                }
            }
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("scenario", model.scenario().name());
                root.put("dataset", model.datasetVersion());
                root.put("points", result.pointList());
                root.put("missing", result.missingList());
                root.put("modelMae", result.pointList().isEmpty() ? null : Numbers.round6(result.modelMae()));
                root.put("persistenceMae", result.pointList().isEmpty() ? null : Numbers.round6(result.persistenceMae()));
                root.put("modelRmse", result.pointList().isEmpty() ? null : Numbers.round6(result.modelRmse()));
                root.put("persistenceRmse", result.pointList().isEmpty() ? null : Numbers.round6(result.persistenceRmse()));
                out.println(Json.write(root));
            }
            case table -> {
                out.printf("Backtest of %s from %d on dataset %s (model at median parameters)%n%n", model.scenario().name(),
                        model.scenario().baseYear(), model.datasetVersion());
                if (result.pointList().isEmpty()) {
                    out.println("No year after the base year has an observed trade share in the dataset (the partner's trade and the");
                    out.println("focal country's world total in the same year), so there is nothing to compare.");
                } else {
                    TextTable table = new TextTable(List.of("power", "year", "observed", "model", "persistence"));
                    for (Backtest.Point p : result.pointList()) {
                        table.row(List.of(p.power(), Integer.toString(p.year()), Numbers.percent(p.observed()), Numbers.percent(p.model()),
                                Numbers.percent(p.persistence())));
                    }
                    out.print(table.render());
                    out.printf("%nMean absolute error: model %.2f points, persistence %.2f points (RMSE %.2f vs %.2f) over %d points.%n",
                            100 * result.modelMae(), 100 * result.persistenceMae(), 100 * result.modelRmse(), 100 * result.persistenceRmse(),
                            result.pointList().size());
                }
                out.printf("Years without an observed share: %d (%s)%n", result.missingList().size(),
                        result.missingList().size() > 12 ? String.join(", ", result.missingList().subList(0, 12)) + ", ..." : String.join(", ", result.missingList()));
            }
        }
        out.flush();
    }
}
