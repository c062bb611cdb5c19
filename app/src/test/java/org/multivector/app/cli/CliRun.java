package org.multivector.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of running the command line in-process: exit code, standard output and error. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
