package org.multivector.app.cli;

import org.multivector.report.Report;
import org.multivector.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code multivector check DIR}: validates a dataset folder and reports every problem in one pass. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validate a dataset folder (manifest.yaml + CSV files) and report every problem with file, line, column and rule.",
            "Exit code 0 when the dataset is valid, 1 when it has problems."
        })
public final class CheckCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The dataset folder.")
    Path directory;

    @Override
    public void run() {
        DatasetOption option = new DatasetOption();
        option.directory = directory;
        World world = option.load();
        spec.commandLine()
                .getOut()
                .print(TableRenderer.render(java.util.List.of(Report.text(String.format(
                        "%s: valid — %d figures, %d actors, %d dimensions, years %s (dataset %s %s)",
                        directory,
                        world.ties().size(),
                        world.actors().size(),
                        world.dimensions().size(),
                        world.years(),
                        world.info().name(),
                        world.info().version())))));
    }
}
