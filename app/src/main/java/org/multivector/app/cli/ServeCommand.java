package org.multivector.app.cli;

import org.multivector.app.server.DashboardServer;
import org.multivector.app.server.DatasetCatalog;
import org.multivector.app.server.ServedDatasets;
import org.multivector.app.server.ServerSettings;
import org.multivector.app.store.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** {@code multivector serve}: the dashboard and REST API over the embedded dataset and any dataset folders given. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the dashboard (web pages) and the REST API (described at /openapi.json) until stopped with Ctrl-C.",
            "Listens on 127.0.0.1 only, unless --host says otherwise; then an API token is required (--token or MULTIVECTOR_TOKEN)",
            "and every API request but /api/health must send it as 'Authorization: Bearer TOKEN'.",
            "Requests must name the server by its address (the Host header; --allow-host adds names) and come from its own pages (Origin)."
        })
public final class ServeCommand implements Runnable {

    /** The environment variable holding the API token. */
    public static final String TOKEN_VARIABLE = "MULTIVECTOR_TOKEN";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "7070",
            description = "TCP port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = ServerSettings.DEFAULT_HOST,
            description =
                    "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only). Any other address needs a token.")
    String host;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description =
                    "API token required on every API request but /api/health (at least 16 characters). Default: the environment variable "
                            + TOKEN_VARIABLE + ".")
    String token;

    @Option(
            names = "--store",
            paramLabel = "PATH",
            description =
                    "Run store file (DuckDB) where scenario runs are kept. Default: $XDG_DATA_HOME/multivector/runs.duckdb (~/.local/share/...).")
    Path store;

    @Option(
            names = "--allow-host",
            paramLabel = "NAME",
            description =
                    "A further name clients use to reach the server (the Host header), beside the --host address; repeat for several.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(
            names = "--dataset",
            paramLabel = "DIR",
            description = "A dataset folder to serve beside the embedded one; repeat for several.")
    List<Path> datasetDirs = new ArrayList<>();

    @Override
    public void run() {
        String chosenToken = token != null ? token : System.getenv(TOKEN_VARIABLE);
        ServerSettings settings;
        try {
            settings = new ServerSettings(
                    host,
                    port,
                    Optional.ofNullable(chosenToken),
                    ServerSettings.DEFAULT_MAX_REQUEST_BYTES,
                    allowedHosts);
            settings.checkSafe();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserException(e.getMessage());
        }
        DatasetCatalog catalog = catalog();
        DashboardServer server;
        try {
            server = DashboardServer.start(settings, catalog, store != null ? store : RunStore.defaultPath());
        } catch (IllegalStateException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.printf(
                "multivector dashboard on http://%s:%d/  (datasets: %s; API: /openapi.json; Ctrl-C stops)%n",
                shownHost,
                server.port(),
                String.join(
                        ", ",
                        catalog.worlds().stream().map(w -> w.info().name()).toList()));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "multivector-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DatasetCatalog catalog() {
        try {
            return ServedDatasets.load(datasetDirs);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
