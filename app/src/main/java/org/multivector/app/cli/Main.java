package org.multivector.app.cli;

import org.multivector.report.InvalidRequestException;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of the {@code multivector} command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns its exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A wrong command line: the message, "Maybe --year?" for a misspelt option or command (the nearest
     * by edit distance), and where to read more; exit code 2.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(cli.getColorScheme().errorText("multivector: " + e.getMessage()));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            java.util.List<String> candidates = new java.util.ArrayList<>();
            cli.getCommandSpec().options().forEach(o -> candidates.addAll(java.util.List.of(o.names())));
            candidates.addAll(cli.getSubcommands().keySet());
            for (String word : unmatched.getUnmatched()) {
                String bare = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                org.multivector.input.Suggestions.closest(bare, candidates)
                        .ifPresent(near -> err.println("Maybe " + near + "?"));
            }
        }
        String name = cli.getCommandSpec().qualifiedName(" ");
        err.println("Try '" + name + " --help' for the options.");
        return ExitCode.USAGE;
    }

    /** The configured command tree. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new MultivectorCommand()));
    }

    /**
     * The command tree for these arguments: when the first names a subcommand, a root with only that
     * subcommand, so that picocli introspects one command instead of all of them (most of a short
     * command's start-up; docs/performance.md); otherwise (help, version, unknown names) the full tree.
     * Parsing and output are the same either way.
     */
    static CommandLine commandLine(String... args) {
        Object only = args.length == 0 ? null : subcommandNamed(args[0]);
        if (only == null) {
            return commandLine();
        }
        return configure(new CommandLine(new SingleCommandRoot()).addSubcommand(only));
    }

    /**
     * A new instance of the subcommand called {@code name}, read from {@link MultivectorCommand}'s
     * annotation (the one list of subcommands), or null when there is none.
     */
    private static Object subcommandNamed(String name) {
        for (Class<?> type : MultivectorCommand.class
                .getAnnotation(CommandLine.Command.class)
                .subcommands()) {
            CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
            if (command != null && command.name().equals(name)) {
                try {
                    return type.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("subcommand " + type.getName() + " cannot be created", e);
                }
            }
        }
        return null;
    }

    /** The top-level command with no subcommands declared: {@link #commandLine(String...)} adds the one that runs. */
    @picocli.CommandLine.Command(
            name = "multivector",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class)
    static final class SingleCommandRoot implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("the single-command root runs only its subcommand");
        }
    }

    /** The command-line option of a request field: {@code closeNode} is {@code --close-node}. */
    static String option(String field) {
        return "--" + field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static CommandLine configure(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (exception instanceof UsageException usage) {
                err.println(commandLine.getColorScheme().errorText("multivector: " + usage.getMessage()));
                err.println("Try '" + commandLine.getCommandSpec().qualifiedName(" ") + " --help' for the options.");
                return ExitCode.USAGE;
            }
            if (exception instanceof UserException user) {
                err.println(commandLine.getColorScheme().errorText("multivector: " + user.getMessage()));
                return ExitCode.ERROR;
            }
            if (exception instanceof InvalidRequestException bad) {
                err.println(commandLine
                        .getColorScheme()
                        .errorText("multivector: " + option(bad.field()) + ": " + bad.getMessage()));
                return ExitCode.ERROR;
            }
            err.println("multivector: internal error: " + exception);
            if (System.getenv("MULTIVECTOR_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println(
                        "This is a bug in multivector, not in your input. Run with MULTIVECTOR_DEBUG=1 for details and report it.");
            }
            return ExitCode.ERROR;
        });
        return cli;
    }
}
