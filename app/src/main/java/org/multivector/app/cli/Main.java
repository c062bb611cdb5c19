package org.multivector.app.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of the {@code multivector} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns its exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The configured command tree. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MultivectorCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (exception instanceof UserException user) {
                err.println(commandLine.getColorScheme().errorText("multivector: " + user.getMessage()));
                return ExitCode.ERROR;
            }
            err.println("multivector: internal error: " + exception);
            if (System.getenv("MULTIVECTOR_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("This is a bug in multivector, not in your input. Run with MULTIVECTOR_DEBUG=1 for details and report it.");
            }
            return ExitCode.ERROR;
        });
        return cli;
    }
}
