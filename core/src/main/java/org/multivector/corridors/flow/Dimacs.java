package org.multivector.corridors.flow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;

/**
 * Reads and writes the DIMACS minimum-cost-flow format (the 1st DIMACS Implementation Challenge,
 * 1990-91): {@code p min NODES ARCS}, {@code n ID SUPPLY}, {@code a FROM TO LOW CAP COST}, comments
 * {@code c ...}; nodes numbered from 1. Lower bounds must be zero here.
 */
public final class Dimacs {

    private Dimacs() {}

    /** Parses a DIMACS min-cost-flow problem; errors name the line. */
    public static FlowNetwork read(BufferedReader in) throws IOException {
        FlowNetwork.Builder builder = null;
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.charAt(0) == 'c') {
                continue;
            }
            String[] part = fields(line);
            try {
                switch (part[0]) {
                    case "p" -> {
                        if (part.length < 4 || !part[1].equals("min")) {
                            throw new IOException("line " + number + ": expected 'p min NODES ARCS'");
                        }
                        builder = FlowNetwork.builder(Integer.parseInt(part[2]));
                    }
                    case "n" -> require(builder, number).supply(Integer.parseInt(part[1]) - 1, Long.parseLong(part[2]));
                    case "a" -> {
                        if (Long.parseLong(part[3]) != 0) {
                            throw new IOException("line " + number + ": lower bounds other than 0 are not supported");
                        }
                        require(builder, number)
                                .arc(
                                        Integer.parseInt(part[1]) - 1,
                                        Integer.parseInt(part[2]) - 1,
                                        Long.parseLong(part[4]),
                                        Long.parseLong(part[5]));
                    }
                    default -> throw new IOException("line " + number + ": unknown line type '" + part[0] + "'");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("line " + number + ": malformed: " + line, e);
            }
        }
        if (builder == null) {
            throw new IOException("no 'p min' line");
        }
        return builder.build();
    }

    /** Writes the network in DIMACS form. */
    public static void write(FlowNetwork network, Writer out) throws IOException {
        out.write("p min " + network.nodeCount() + " " + network.arcCount() + "\n");
        for (int v = 0; v < network.nodeCount(); v++) {
            if (network.supply(v) != 0) {
                out.write("n " + (v + 1) + " " + network.supply(v) + "\n");
            }
        }
        for (int e = 0; e < network.arcCount(); e++) {
            out.write("a " + (network.tail(e) + 1) + " " + (network.head(e) + 1) + " 0 " + network.capacity(e) + " "
                    + network.cost(e) + "\n");
        }
    }

    /** Splits on spaces and tabs, faster than a regular expression on million-line files. */
    private static String[] fields(String line) {
        String[] part = new String[6];
        int count = 0;
        int i = 0;
        int length = line.length();
        while (i < length) {
            while (i < length && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            while (i < length && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            if (i > start) {
                if (count == part.length) {
                    part = java.util.Arrays.copyOf(part, count * 2);
                }
                part[count++] = line.substring(start, i);
            }
        }
        return java.util.Arrays.copyOf(part, count);
    }

    private static FlowNetwork.Builder require(FlowNetwork.Builder builder, int number) throws IOException {
        if (builder == null) {
            throw new IOException("line " + number + ": the 'p min' line must come first");
        }
        return builder;
    }
}
