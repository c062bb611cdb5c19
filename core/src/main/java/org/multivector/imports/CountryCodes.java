package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One table mapping the country codes of every source multivector imports: ISO 3166-1 alpha-3 (the
 * codes of the dataset), UN M49 numeric (UN Comtrade), IMF country codes (Direction of Trade
 * Statistics), Correlates-of-War state numbers, UN Comtrade's own numbers where they differ from M49
 * (842 for the United States), and the names and spellings the sources use (SIPRI writes "Turkiye").
 *
 * <p>The table lives in {@code country-codes.csv} beside this class. Its codes were compiled from the
 * UN M49 standard and ISO 3166 (as tabulated in {@code vincentarelbundock/countrycode}
 * {@code dictionary/data_iso.csv}), the IMF country codes ({@code dictionary/data_imf.csv}) and the
 * COW state list ({@code dictionary/codelist_without_cldr.csv}, columns {@code cown}, {@code imf},
 * {@code iso3n}); historical entities (the Soviet Union, Yugoslavia, Czechoslovakia, the German
 * Democratic Republic, Serbia and Montenegro, the Netherlands Antilles) carry their former ISO 3166-3
 * alpha-3 codes and are marked {@link Status#HISTORICAL}. See {@code docs/importers.md}.
 */
public final class CountryCodes {

    /** What an entry of the table stands for. */
    public enum Status {
        /** A state or territory with a current ISO 3166-1 code. */
        CURRENT,
        /** A state that no longer exists (former ISO 3166-3 code), kept for historical series. */
        HISTORICAL,
        /** An economy some sources report with a code outside ISO 3166 (Kosovo XKX, Channel Islands CHI). */
        OTHER,
        /** The world total, imported as partner {@code WLD}. */
        WORLD,
        /** A bloc that reports as one (the EU). */
        BLOC,
        /** A statistical aggregate or residual ("Areas, nes", a World Bank income group): not an actor; rows are skipped and reported. */
        AGGREGATE;

        /** Whether figures for this entry become actors of a dataset. */
        public boolean isActor() {
            return this != AGGREGATE;
        }
    }

    /**
     * One entry of the table.
     *
     * @param code     ISO 3166-1 alpha-3 (or former ISO 3166-3 code, or the source's own code for non-ISO economies and aggregates)
     * @param m49      UN M49 numeric code, if any
     * @param imf      IMF country code, if any
     * @param cow      Correlates-of-War state number, if any
     * @param comtrade UN Comtrade's own number where it differs from M49, if any
     * @param status   what the entry stands for
     * @param name     the English short name
     * @param aliasList other spellings used by sources
     */
    public record Country(
            String code,
            OptionalInt m49,
            OptionalInt imf,
            OptionalInt cow,
            OptionalInt comtrade,
            Status status,
            String name,
            List<String> aliasList) {
        public Country {
            aliasList = List.copyOf(aliasList);
        }
    }

    private static final String RESOURCE = "country-codes.csv";
    private static final String NAMES = "country-names.csv";
    private static volatile CountryCodes standard;

    private final List<Country> countryList;
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<Integer, Country> byM49 = new HashMap<>();
    private final Map<Integer, Country> byImf = new HashMap<>();
    private final Map<Integer, Country> byCow = new HashMap<>();
    private final Map<Integer, Country> byComtrade = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byPublisherName = new HashMap<>();

    private CountryCodes(List<Country> countries) {
        this.countryList = List.copyOf(countries);
        for (Country c : countries) {
            byCode.put(c.code(), c);
            c.m49().ifPresent(n -> byM49.putIfAbsent(n, c));
            c.imf().ifPresent(n -> byImf.putIfAbsent(n, c));
            // COW numbers continue across a state's history (365 is Russia and the Soviet Union): current entries win.
            c.cow().ifPresent(n -> {
                Country old = byCow.get(n);
                if (old == null || (old.status() == Status.HISTORICAL && c.status() == Status.CURRENT)) {
                    byCow.put(n, c);
                }
            });
            c.comtrade().ifPresent(n -> byComtrade.put(n, c));
            byName.putIfAbsent(normalise(c.name()), c);
            for (String alias : c.aliasList()) {
                byName.putIfAbsent(normalise(alias), c);
            }
        }
    }

    /** The table shipped with multivector. */
    public static CountryCodes standard() {
        CountryCodes table = standard;
        if (table == null) {
            synchronized (CountryCodes.class) {
                table = standard;
                if (table == null) {
                    table = load();
                    standard = table;
                }
            }
        }
        return table;
    }

    private static CountryCodes load() {
        try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the class path");
            }
            CsvReader reader = CsvReader.utf8(in);
            CsvRecord header = reader.next();
            List<String> columns = header.fieldList();
            if (!columns.equals(List.of("iso3", "m49", "imf", "cow", "comtrade", "status", "name", "aliases"))) {
                throw new IllegalStateException(RESOURCE + " has an unexpected header " + columns);
            }
            List<Country> countries = new ArrayList<>();
            CsvRecord row;
            while ((row = reader.next()) != null) {
                List<String> aliases = row.field(7).isBlank()
                        ? List.of()
                        : List.of(row.field(7).split(";"));
                countries.add(new Country(
                        row.field(0),
                        number(row.field(1)),
                        number(row.field(2)),
                        number(row.field(3)),
                        number(row.field(4)),
                        Status.valueOf(row.field(5).toUpperCase(Locale.ROOT)),
                        row.field(6),
                        aliases.stream().map(String::strip).toList()));
            }
            CountryCodes table = new CountryCodes(countries);
            table.loadNames();
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvFormatException e) {
            throw new IllegalStateException(RESOURCE + ":" + e.line() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code country-names.csv} ({@code iso3,publisher,name}): the names each publisher prints
     * (IMF DOTS "China, P.R.: Mainland", the Kazakh statistics bureau's "Китай", SIPRI's, the World
     * Bank's, the UN-voting data's), each checked by hand against the publisher's file.
     */
    private void loadNames() throws IOException, CsvFormatException {
        try (InputStream in = CountryCodes.class.getResourceAsStream(NAMES)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + NAMES + " is missing from the class path");
            }
            CsvReader reader = CsvReader.utf8(in);
            CsvRecord header = reader.next();
            if (!header.fieldList().equals(List.of("iso3", "publisher", "name"))) {
                throw new IllegalStateException(NAMES + " has an unexpected header " + header.fieldList());
            }
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (row.size() == 1 && row.field(0).isBlank()) {
                    continue;
                }
                Country country = byCode.get(row.field(0).strip());
                if (country == null) {
                    throw new IllegalStateException(
                            NAMES + ":" + row.line() + ": code " + row.field(0) + " is not in " + RESOURCE);
                }
                Country old = byPublisherName.put(row.field(1).strip() + "|" + normalise(row.field(2)), country);
                if (old != null && old != country) {
                    throw new IllegalStateException(
                            NAMES + ":" + row.line() + ": name " + row.field(2) + " given to two codes");
                }
            }
        }
    }

    /**
     * The entry a publisher ({@code imf}, {@code bns}, {@code sipri}, {@code wdi}, {@code unga}) names
     * this way, ignoring case and accents; falls back to the names every source shares.
     */
    public Optional<Country> byName(String publisher, String name) {
        Country own = byPublisherName.get(publisher + "|" + normalise(name));
        return own != null ? Optional.of(own) : byName(name);
    }

    private static OptionalInt number(String text) {
        return text.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text.strip()));
    }

    /** Every entry, in table order. */
    public List<Country> countries() {
        return Collections.unmodifiableList(countryList);
    }

    /** The entry with this ISO 3166 alpha-3 (or table) code, e.g. {@code KAZ}, {@code SUN}, {@code WLD}. */
    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The entry with this UN M49 numeric code ({@code 398} is Kazakhstan, {@code 0} the world). */
    public Optional<Country> byM49(int code) {
        return Optional.ofNullable(byM49.get(code));
    }

    /**
     * The entry for a UN Comtrade reporter or partner code: Comtrade's own number where it differs
     * from M49 (842 the United States, 251 France, 699 India, 757 Switzerland, 579 Norway), else M49.
     */
    public Optional<Country> byComtrade(int code) {
        Country own = byComtrade.get(code);
        return own != null ? Optional.of(own) : byM49(code);
    }

    /** The entry with this IMF country code ({@code 916} is Kazakhstan, {@code 1} the world). */
    public Optional<Country> byImf(int code) {
        return Optional.ofNullable(byImf.get(code));
    }

    /** The entry with this Correlates-of-War state number; a number shared across history gives the current state. */
    public Optional<Country> byCow(int code) {
        return Optional.ofNullable(byCow.get(code));
    }

    /** The entry a source names this way ("Russia", "Russian Federation", "Turkiye"), ignoring case and accents. */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(normalise(name)));
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The entries keyed by code, in table order (for documentation and tests). */
    Map<String, Country> asMap() {
        Map<String, Country> map = new LinkedHashMap<>();
        countryList.forEach(c -> map.put(c.code(), c));
        return map;
    }
}
