package org.multivector.bench.imports;

import org.multivector.imports.CountryCodes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic UN Comtrade CSV in the exact bulk/API layout (47 columns) for benchmarks: for each
 * reporter, partner (World included), year and flow, one all-commodities TOTAL row followed by nine
 * HS-chapter rows, as a reporter/partner/HS2 bulk download has. Seeded, so every run writes the same
 * file. The figures are random: the file measures speed, it is not data.
 *
 * <p>Usage: {@code ComtradeFileGenerator FILE ROWS}
 */
public final class ComtradeFileGenerator {

    static final String HEADER =
            "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,"
                    + "flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
                    + "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
                    + "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
                    + "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

    private static final String[] CHAPTERS = {"01", "10", "27", "28", "39", "72", "84", "85", "87"};

    private ComtradeFileGenerator() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        System.out.println("wrote " + write(file, rows) + " rows to " + file);
    }

    static long write(Path file, long target) throws IOException {
        List<CountryCodes.Country> countries = new ArrayList<>();
        for (CountryCodes.Country c : CountryCodes.standard().countries()) {
            if (c.status() == CountryCodes.Status.CURRENT && c.m49().isPresent()) {
                countries.add(c);
            }
        }
        CountryCodes.Country world = CountryCodes.standard().byCode("WLD").orElseThrow();
        List<CountryCodes.Country> reporters = countries.subList(0, 60);
        List<CountryCodes.Country> partners = new ArrayList<>(countries.subList(0, Math.min(200, countries.size())));
        partners.add(0, world);
        if (reporters.stream().noneMatch(c -> c.code().equals("KAZ"))) {
            reporters = new ArrayList<>(reporters);
            reporters.set(0, CountryCodes.standard().byCode("KAZ").orElseThrow());
        }
        Random random = new Random(42);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int year = 2023; written < target; year--) {
                for (CountryCodes.Country reporter : reporters) {
                    for (CountryCodes.Country partner : partners) {
                        if (partner == reporter) {
                            continue;
                        }
                        for (String flow : new String[] {"X", "M"}) {
                            long total = 0;
                            long[] parts = new long[CHAPTERS.length];
                            for (int k = 0; k < parts.length; k++) {
                                parts[k] = 1000 + (long) (random.nextDouble() * 1e9);
                                total += parts[k];
                            }
                            written += row(out, year, reporter, partner, flow, "TOTAL", "All Commodities", 0, total);
                            for (int k = 0; k < CHAPTERS.length && written < target; k++) {
                                written += row(
                                        out,
                                        year,
                                        reporter,
                                        partner,
                                        flow,
                                        CHAPTERS[k],
                                        "Chapter " + CHAPTERS[k],
                                        2,
                                        parts[k]);
                            }
                            if (written >= target) {
                                return written;
                            }
                        }
                    }
                }
            }
        }
        return written;
    }

    private static int row(
            BufferedWriter out,
            int year,
            CountryCodes.Country reporter,
            CountryCodes.Country partner,
            String flow,
            String cmd,
            String cmdDesc,
            int level,
            long value)
            throws IOException {
        int reporterCode = reporter.comtrade().orElse(reporter.m49().getAsInt());
        int partnerCode = partner.comtrade().orElse(partner.m49().getAsInt());
        String partnerIso = partnerCode == 0 ? "W00" : partner.code();
        String v = Long.toString(value);
        out.write("C,A," + year + "0101," + year + ",52," + year + "," + reporterCode + "," + reporter.code() + ","
                + quote(reporter.name()) + "," + flow + "," + (flow.equals("X") ? "Export" : "Import") + ","
                + partnerCode + ","
                + partnerIso + "," + quote(partner.name()) + ",0,W00,World,H6,HS,True," + cmd + "," + cmdDesc + ","
                + level + ","
                + (level == 0 ? "False" : "True")
                + ",C00,TOTAL CPC,0,0,TOTAL MOT,-1,N/A,0,False,-1,,0,False,0,False,0,False,"
                + (flow.equals("M") ? v : "") + "," + (flow.equals("X") ? v : "") + "," + v + ",0,True,False\r\n");
        return 1;
    }

    private static String quote(String text) {
        return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
