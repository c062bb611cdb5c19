package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Actor;
import org.multivector.world.Basis;
import org.multivector.world.Dimension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SIPRI Arms Transfers Database trade register, CSV export: some lines of notes, then the header
 * {@code Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description,Number
 * delivered,,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of
 * delivered weapons}, one row per deal. SIPRI writes the file in windows-1252.
 *
 * <p>Imported: {@code arms_imports} of the recipient from the supplier per year, in millions of SIPRI
 * trend-indicator values (TIV_M), basis independent, summing "SIPRI TIV of delivered weapons" over deals.
 * A deal whose deliveries fall in one year gives that year its TIV. The register does not split a deal's
 * delivered TIV across several delivery years, so such deals are set aside and counted unless the user
 * asks {@code --split-deliveries}, which divides it evenly and labels those figures as an assumption. The
 * recipient's world total ({@code WLD}) is the sum over every supplier in the file, including unknown
 * suppliers: export the register for all suppliers of the country, or shares will be of a partial total.
 */
final class SipriRegisterReader implements SourceReader {

    static final String LAYOUT =
            "SIPRI trade register CSV (Recipient, Supplier, ..., Year(s) of delivery, ..., SIPRI TIV of delivered weapons)";

    @Override
    public void read(ReadContext ctx) throws IOException {
        // recipient|supplier|year -> {TIV sum, 1 when any part rests on the even-split assumption}
        Map<String, double[]> sums = new TreeMap<>();
        try (CsvReader reader = ctx.open()) {
            CsvRecord header = reader.next();
            int preamble = 0;
            while (header != null && !isHeader(header) && preamble < 40) {
                header = reader.next();
                preamble++;
            }
            if (header == null || !isHeader(header)) {
                ctx.report.fatal(new Problem(
                        ctx.file,
                        1,
                        1,
                        InputRule.HEADER,
                        "no header with 'Recipient' and 'Supplier' in the first lines\nMaybe this is not a " + LAYOUT
                                + "."));
                return;
            }
            ReadContext.Columns columns = new ReadContext.Columns(header);
            if (columns.find("TIV delivery values") >= 0) {
                read2025(ctx, reader, header, columns);
                return;
            }
            int recipient = columns.require(ctx, LAYOUT, "Recipient");
            int supplier = columns.require(ctx, LAYOUT, "Supplier");
            int deliveryYears = columns.require(ctx, LAYOUT, "Year(s) of delivery", "Year(s) of deliveries");
            int delivered = columns.require(ctx, LAYOUT, "SIPRI TIV of delivered weapons");
            if (ctx.report.failed()) {
                return;
            }
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (ReadContext.blank(row)) {
                    continue;
                }
                ctx.report.rowsRead++;
                if (!ctx.fieldCountOk(row, header)) {
                    continue;
                }
                if (row.field(delivered).isBlank()) {
                    ctx.report.setAside("deals with no deliveries identified (empty 'SIPRI TIV of delivered weapons')");
                    continue;
                }
                String recipientName = row.field(recipient).strip();
                Optional<CountryCodes.Country> to = ctx.codes.byName(recipientName);
                to = ctx.actor(row, recipient, to, "recipient", "'" + recipientName + "'");
                if (to.isEmpty()) {
                    continue;
                }
                String supplierName = row.field(supplier).strip();
                Optional<CountryCodes.Country> from = ctx.codes.byName(supplierName);
                if (from.isEmpty()) {
                    ctx.actor(row, supplier, from, "supplier", "'" + supplierName + "'");
                    continue;
                }
                Double tiv = ctx.number(row, delivered, "SIPRI TIV of delivered weapons");
                if (tiv == null) {
                    continue;
                }
                List<Integer> years = years(ctx, row, deliveryYears);
                if (years == null) {
                    continue;
                }
                boolean split = years.size() > 1;
                if (split && !ctx.options.splitDeliveries()) {
                    ctx.report.setAside(
                            "deals delivered over several years (the register gives one TIV for all; "
                                    + "use the SIPRI TIV tables for exact years, or --split-deliveries to divide evenly as a labelled assumption)");
                    continue;
                }
                String r = to.get().code();
                for (int year : years) {
                    double part = tiv / years.size();
                    // the world total counts every supplier, aggregates such as "unknown supplier(s)" included
                    add(sums, r, Actor.WORLD, year, part, split);
                    if (from.get().status().isActor()) {
                        add(sums, r, from.get().code(), year, part, split);
                    } else {
                        ctx.report.setAside("deliveries from the aggregate "
                                + from.get().name() + " (counted in the recipient's world total only)");
                    }
                }
            }
        } catch (CsvFormatException e) {
            ctx.unreadable(e);
            return;
        }
        for (Map.Entry<String, double[]> entry : sums.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            boolean assumption = entry.getValue()[1] > 0;
            String note = key[1].equals(Actor.WORLD) ? "sum over all suppliers in the register file" : "";
            if (assumption) {
                note = (note.isEmpty() ? "" : note + "; ")
                        + "includes deals whose delivered TIV was split evenly across their delivery years (analyst assumption)";
            }
            ctx.emit(
                    new Figure(
                            key[0],
                            key[1],
                            Dimension.ARMS_IMPORTS,
                            Integer.parseInt(key[2]),
                            entry.getValue()[0],
                            Basis.INDEPENDENT,
                            assumption,
                            note),
                    0);
        }
    }

    static final String LAYOUT_2025 =
            "SIPRI trade register CSV, 2025 layout (SIPRI AT Database ID, Supplier, Recipient, ..., Delivery year, ..., TIV delivery values)";

    /**
     * The 2025 layout: one row per deal and delivery year, so "TIV delivery values" sums exactly to
     * supplier, recipient and year with no assumption. A '0' is, in SIPRI's words, a volume between 0
     * and 0.5 million TIV; the note of a figure that includes such lines says how many.
     */
    private static void read2025(ReadContext ctx, CsvReader reader, CsvRecord header, ReadContext.Columns columns)
            throws IOException, CsvFormatException {
        int recipient = columns.require(ctx, LAYOUT_2025, "Recipient");
        int supplier = columns.require(ctx, LAYOUT_2025, "Supplier");
        int year = columns.require(ctx, LAYOUT_2025, "Delivery year");
        int tivColumn = columns.require(ctx, LAYOUT_2025, "TIV delivery values");
        if (ctx.report.failed()) {
            return;
        }
        // recipient|supplier|year -> {TIV sum, lines listed as 0}
        Map<String, double[]> sums = new TreeMap<>();
        CsvRecord row;
        while ((row = reader.next()) != null) {
            if (ReadContext.blank(row)) {
                continue;
            }
            ctx.report.rowsRead++;
            if (!ctx.fieldCountOk(row, header)) {
                continue;
            }
            if (row.field(tivColumn).isBlank() || row.field(year).isBlank()) {
                ctx.report.setAside(
                        "orders with no delivery identified (empty 'Delivery year' or 'TIV delivery values')");
                continue;
            }
            String recipientName = row.field(recipient).strip();
            Optional<CountryCodes.Country> to =
                    ctx.actor(row, recipient, sipriName(ctx, recipientName), "recipient", "'" + recipientName + "'");
            if (to.isEmpty()) {
                continue;
            }
            String supplierName = row.field(supplier).strip();
            Optional<CountryCodes.Country> from = sipriName(ctx, supplierName);
            if (from.isEmpty()) {
                ctx.actor(row, supplier, from, "supplier", "'" + supplierName + "'");
                continue;
            }
            Integer delivered = ctx.year(row, year);
            Double tiv = ctx.number(row, tivColumn, "TIV delivery values");
            if (delivered == null || tiv == null) {
                continue;
            }
            String r = to.get().code();
            boolean zero = tiv == 0;
            add2025(sums, r + "|" + Actor.WORLD + "|" + delivered, tiv, zero);
            if (from.get().status().isActor()) {
                add2025(sums, r + "|" + from.get().code() + "|" + delivered, tiv, zero);
            } else {
                ctx.report.setAside("deliveries from the aggregate "
                        + from.get().name() + " (counted in the recipient's world total only)");
            }
        }
        for (Map.Entry<String, double[]> entry : sums.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            StringBuilder note = new StringBuilder(
                    key[1].equals(Actor.WORLD)
                            ? "sum of 'TIV delivery values' over every supplier in the register (unknown suppliers included)"
                            : "sum of 'TIV delivery values' of the register's deliveries in the year");
            int zeros = (int) entry.getValue()[1];
            if (zeros > 0) {
                note.append("; includes ")
                        .append(zeros)
                        .append(zeros == 1 ? " delivery" : " deliveries")
                        .append(" listed as 0, which SIPRI uses for a volume between 0 and 0.5 million TIV");
            }
            ctx.emit(
                    new Figure(
                            key[0],
                            key[1],
                            Dimension.ARMS_IMPORTS,
                            Integer.parseInt(key[2]),
                            entry.getValue()[0],
                            Basis.INDEPENDENT,
                            false,
                            note.toString()),
                    0);
        }
    }

    /** SIPRI marks non-state armed groups with * and international organisations with **: not states, set aside. */
    private static Optional<CountryCodes.Country> sipriName(ReadContext ctx, String name) {
        return name.endsWith("*") ? ctx.codes.byCode("XNSA") : ctx.codes.byName("sipri", name);
    }

    private static void add2025(Map<String, double[]> sums, String key, double tiv, boolean zero) {
        double[] cell = sums.computeIfAbsent(key, k -> new double[2]);
        cell[0] += tiv;
        if (zero) {
            cell[1]++;
        }
    }

    private static boolean isHeader(CsvRecord row) {
        boolean recipient = false;
        boolean supplier = false;
        for (String field : row.fieldList()) {
            recipient |= field.strip().equals("Recipient");
            supplier |= field.strip().equals("Supplier");
        }
        return recipient && supplier;
    }

    private static void add(
            Map<String, double[]> sums, String recipient, String supplier, int year, double tiv, boolean split) {
        double[] cell = sums.computeIfAbsent(recipient + "|" + supplier + "|" + year, k -> new double[2]);
        cell[0] += tiv;
        if (split) {
            cell[1] = 1;
        }
    }

    /**
     * The delivery years of a deal: "2020", "2020; 2021", a range "2017-2019", with SIPRI's marks of
     * uncertainty ("2019?", "(2019)") dropped. Null after reporting a bad row.
     */
    private static List<Integer> years(ReadContext ctx, CsvRecord row, int index) {
        String text = row.field(index).strip();
        List<Integer> years = new ArrayList<>();
        boolean ok = true;
        for (String token : text.split("[;,]")) {
            String t = token.replaceAll("[?()\\[\\]]", "").strip();
            if (t.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = YEARS.matcher(t);
            if (!m.matches()) {
                ok = false;
                break;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || from < 1800 || to > 2200) {
                ok = false;
                break;
            }
            for (int year = from; year <= to; year++) {
                if (!years.contains(year)) {
                    years.add(year);
                }
            }
        }
        if (!ok || years.isEmpty()) {
            ctx.report.bad(ctx.problem(
                    row,
                    index,
                    InputRule.INVALID_VALUE,
                    "'Year(s) of delivery' is '" + text
                            + "', not a list of years\nMaybe the row is shifted by a missing or extra field."));
            return null;
        }
        return years;
    }

    private static final java.util.regex.Pattern YEARS =
            java.util.regex.Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");
}
