package org.multivector.app.cli;

import picocli.CommandLine.Command;

/** The top-level {@code multivector} command; every analysis is a subcommand. */
@Command(
        name = "multivector",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Strategic analysis for a middle power that balances great powers.",
            "Runs on the embedded Kazakhstan dataset unless --dataset names another."
        },
        subcommands = {
            ProfileCommand.class,
            ExposureCommand.class,
            CoverageCommand.class,
            CheckCommand.class,
            ServeCommand.class,
            CorridorsCommand.class,
            BargainCommand.class,
            ManoeuvreCommand.class,
            BargainValidateCommand.class,
            ImportCommand.class,
            SimulateCommand.class,
            RunsCommand.class,
            BacktestCommand.class,
            StrategyCommand.class,
            SweepCommand.class,
        })
public final class MultivectorCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing command: say which analysis to run.");
    }
}
