package org.multivector.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multivector.world.Actor;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

    private final CountryCodes codes = CountryCodes.standard();

    @ParameterizedTest(name = "{0} is M49 {1}, IMF {2}, COW {3}")
    @CsvSource({
        "KAZ, 398, 916, 705",
        "CHN, 156, 924, 710",
        "RUS, 643, 922, 365",
        "USA, 840, 111, 2",
        "DEU, 276, 134, 255",
        "TUR, 792, 186, 640",
        "UZB, 860, 927, 704",
        "GBR, 826, 112, 200",
    })
    void mapsEverySchemeToTheSameCountry(String iso3, int m49, int imf, int cow) {
        assertThat(codes.byM49(m49))
                .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(iso3));
        assertThat(codes.byImf(imf))
                .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(iso3));
        assertThat(codes.byCow(cow))
                .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(iso3));
        assertThat(codes.byCode(iso3.toLowerCase()))
                .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CountryCodes.Status.CURRENT));
    }

    @Test
    void knowsComtradesOwnNumbersBesideM49() {
        assertThat(codes.byComtrade(842).orElseThrow().code()).isEqualTo("USA");
        assertThat(codes.byComtrade(251).orElseThrow().code()).isEqualTo("FRA");
        assertThat(codes.byComtrade(699).orElseThrow().code()).isEqualTo("IND");
        assertThat(codes.byComtrade(398).orElseThrow().code()).isEqualTo("KAZ");
        assertThat(codes.byComtrade(0).orElseThrow().status()).isEqualTo(CountryCodes.Status.WORLD);
        assertThat(codes.byComtrade(899).orElseThrow().status()).isEqualTo(CountryCodes.Status.AGGREGATE);
    }

    @Test
    void marksHistoricalEntitiesWithTheirFormerCodes() {
        assertThat(codes.byCode("SUN").orElseThrow()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CountryCodes.Status.HISTORICAL);
            assertThat(c.m49()).hasValue(810);
        });
        assertThat(codes.byM49(890).orElseThrow().code()).isEqualTo("YUG");
        assertThat(codes.byImf(188).orElseThrow().code()).isEqualTo("YUG");
        assertThat(codes.byM49(200).orElseThrow().code()).isEqualTo("CSK");
        assertThat(codes.byCow(315).orElseThrow().code()).isEqualTo("CSK");
        assertThat(codes.byCode("DDR").orElseThrow().status()).isEqualTo(CountryCodes.Status.HISTORICAL);
        // COW numbers run on through a state's history: 365 is the Russian Federation today
        assertThat(codes.byCow(365).orElseThrow().code()).isEqualTo("RUS");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Russia|RUS",
                "Russian Federation|RUS",
                "Soviet Union|SUN",
                "Türkiye|TUR",
                "Turkiye|TUR",
                "UAE|ARE",
                "United States|USA",
                "UK|GBR",
                "South Korea|KOR",
                "Korea, Rep.|KOR",
                "Cote d'Ivoire|CIV",
                "Viet Nam|VNM",
                "DR Congo|COD",
            })
    void findsCountriesByTheNamesSourcesUse(String name, String code) {
        assertThat(codes.byName(name))
                .hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(code));
    }

    @Test
    void reportsUnknownCodesAsAbsent() {
        assertThat(codes.byM49(999)).isEmpty();
        assertThat(codes.byImf(5)).isEmpty();
        assertThat(codes.byCode("ZZZ")).isEmpty();
        assertThat(codes.byName("Narnia")).isEmpty();
    }

    @Test
    void isAConsistentTable() {
        Set<Integer> m49 = new HashSet<>();
        Set<Integer> imf = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CountryCodes.Country c : codes.countries()) {
            if (c.status().isActor()) {
                assertThat(Actor.CODE.matcher(c.code()).matches())
                        .as("actor code %s", c.code())
                        .isTrue();
            }
            if (c.status() == CountryCodes.Status.CURRENT) {
                assertThat(c.code()).as("ISO alpha-3 of %s", c.name()).matches("[A-Z]{3}");
            }
            c.m49()
                    .ifPresent(n ->
                            assertThat(m49.add(n)).as("M49 %d used once", n).isTrue());
            c.imf()
                    .ifPresent(n ->
                            assertThat(imf.add(n)).as("IMF %d used once", n).isTrue());
            assertThat(names.add(CountryCodes.normalise(c.name())))
                    .as("name %s used once", c.name())
                    .isTrue();
            // every code resolves back to its own entry
            assertThat(codes.byCode(c.code())).hasValue(c);
            c.m49().ifPresent(n -> assertThat(codes.byM49(n)).hasValue(c));
            c.imf().ifPresent(n -> assertThat(codes.byImf(n)).hasValue(c));
        }
        assertThat(codes.countries()).hasSizeGreaterThan(250);
    }
}
