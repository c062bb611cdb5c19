package org.multivector.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bulk downloads multivector reads, with what every figure imported from them cites: publisher,
 * database, where a reader checks it, and the licence under which it is published. The user's
 * download date and file name complete each citation. See {@code docs/importers.md}.
 */
public enum ImportFormat {

    /** UN Comtrade CSV exports (comtradeplus.un.org "Download" or the comtradeapicall bulk/API layout). */
    COMTRADE(
            "comtrade",
            "United Nations Statistics Division",
            "UN Comtrade Database",
            "https://comtradeplus.un.org/",
            "UN Comtrade policy on use and redissemination (https://comtrade.un.org/db/help/PolicyOnUseAndRedissemination.pdf)",
            StandardCharsets.UTF_8,
            Scale.UNITS),
    /** IMF Direction of Trade Statistics (DOTS, now IMTS) time-series CSV. */
    IMF_DOTS(
            "imf-dots",
            "International Monetary Fund",
            "Direction of Trade Statistics (DOTS/IMTS)",
            "https://data.imf.org/",
            "IMF Copyright and Usage, special terms for data (https://www.imf.org/en/About/copyright-and-terms)",
            StandardCharsets.UTF_8,
            Scale.MILLIONS),
    /** World Bank World Development Indicators CSV (one column per year). */
    WDI(
            "wdi",
            "World Bank",
            "World Development Indicators",
            "https://databank.worldbank.org/source/world-development-indicators",
            "CC BY 4.0 (https://datacatalog.worldbank.org/public-licenses)",
            StandardCharsets.UTF_8,
            Scale.UNITS),
    /** SIPRI Arms Transfers Database trade-register CSV. */
    SIPRI_REGISTER(
            "sipri-register",
            "Stockholm International Peace Research Institute",
            "SIPRI Arms Transfers Database, trade register",
            "https://www.sipri.org/databases/armstransfers",
            "SIPRI terms and conditions of use, non-commercial use with attribution: Information from the SIPRI Arms Transfers Database (https://www.sipri.org/databases/terms)",
            Charset.forName("windows-1252"),
            Scale.MILLIONS),
    /** Bureau of National Statistics of Kazakhstan, foreign trade by partner (.xls, thousand US$). */
    BNS_KAZ(
            "bns-kaz",
            "Bureau of National Statistics of the Republic of Kazakhstan",
            "Основные показатели внешней торговли Республики Казахстан (Main indicators of foreign trade of the Republic of Kazakhstan)",
            "https://stat.gov.kz/en/industries/economy/foreign-market/",
            "official statistics of the Republic of Kazakhstan; cite the Bureau of National Statistics",
            StandardCharsets.UTF_8,
            Scale.THOUSANDS),
    /** UN General Assembly ideal points and vote agreement (Bailey, Strezhnev and Voeten 2017). */
    UNGA(
            "unga",
            "Bailey, Strezhnev and Voeten (Harvard Dataverse)",
            "United Nations General Assembly Voting Data: ideal point estimates (Bailey, Strezhnev and Voeten, Journal of Conflict Resolution 61(2), 2017)",
            "https://hdl.handle.net/1902.1/12379",
            "Harvard Dataverse terms of use; cite Bailey, Strezhnev and Voeten (2017) and Voeten, United Nations General Assembly Voting Data",
            StandardCharsets.UTF_8,
            Scale.UNITS);

    /** How many units of the currency one figure of the file counts. */
    public enum Scale {
        UNITS(1),
        THOUSANDS(1e3),
        MILLIONS(1e6);

        private final double factor;

        Scale(double factor) {
            this.factor = factor;
        }

        /** The divisor that turns a figure of this scale into millions. */
        public double toMillions() {
            return 1e6 / factor;
        }
    }

    private final String id;
    private final String publisher;
    private final String database;
    private final String url;
    private final String licence;
    private final Charset charset;
    private final Scale scale;

    ImportFormat(
            String id, String publisher, String database, String url, String licence, Charset charset, Scale scale) {
        this.id = id;
        this.publisher = publisher;
        this.database = database;
        this.url = url;
        this.licence = licence;
        this.charset = charset;
        this.scale = scale;
    }

    /** The name on the command line ({@code comtrade}). */
    public String id() {
        return id;
    }

    /** Who publishes the data. */
    public String publisher() {
        return publisher;
    }

    /** The database the file comes from. */
    public String database() {
        return database;
    }

    /** Where a reader checks the figures. */
    public String url() {
        return url;
    }

    /** The licence the publisher states for its data. */
    public String licence() {
        return licence;
    }

    /** The encoding the publisher's downloads use. */
    public Charset defaultCharset() {
        return charset;
    }

    /** The scale of the file's money figures as published. */
    public Scale defaultScale() {
        return scale;
    }

    /** The format with this command-line name, or null. */
    public static ImportFormat fromId(String text) {
        for (ImportFormat format : values()) {
            if (format.id.equals(text.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
