package org.multivector.app.cli;

/** The exit codes of every subcommand. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Bad input or a failed analysis; the message says which. */
    public static final int ERROR = 1;
    /** The command line itself is wrong (unknown option, missing argument). */
    public static final int USAGE = 2;

    private ExitCode() {}
}
