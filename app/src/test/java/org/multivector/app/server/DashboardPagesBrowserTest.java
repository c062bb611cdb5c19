package org.multivector.app.server;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the dashboard in headless Chromium, over what {@code multivector serve} serves (the
 * embedded default first): each loads without console errors and draws its charts; each leaves a
 * screenshot in docs/screenshots.
 */
class DashboardPagesBrowserTest {

    static BrowserHarness harness;

    @BeforeAll
    static void start() {
        harness = BrowserHarness.start(Fixtures.servedCatalog());
    }

    @org.junit.jupiter.api.BeforeEach
    void needsBrowser() {
        BrowserHarness.assumeBrowser();
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    static void waitReady(Page page) {
        page.waitForSelector(
                "body[data-ready=true]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    }

    @Test
    void profile_page_shows_partner_shares_series_and_sources() throws Exception {
        List<String> errors = BrowserHarness.errorList();
        Page page = harness.open(errors);
        page.navigate(harness.url("/"));
        waitReady(page);
        assertThat(page.url()).endsWith("/profile.html");
        assertThat(page.locator("#entries tbody tr").count()).isGreaterThan(2);
        assertThat(page.locator("#shares-chart canvas").count()).isEqualTo(1);
        assertThat(page.locator("#series-chart canvas").count()).isEqualTo(1);
        assertThat(page.locator("#balance").isVisible()).isTrue();
        assertThat(page.locator("#closeness-chart canvas").count()).isPositive();
        assertThat(page.locator("#balance-chart canvas").count()).isPositive();
        assertThat(page.locator("#balance-note").textContent()).contains("verdict");
        assertThat(page.locator("header.mv nav a.current").textContent()).isEqualTo("Country profile");
        assertThat(page.locator("#error").isVisible()).isFalse();
        BrowserHarness.screenshot(page, "profile");
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    void bargaining_page_shows_rounds_forecast_and_room_to_manoeuvre() throws Exception {
        List<String> errors = BrowserHarness.errorList();
        Page page = harness.open(errors);
        page.navigate(harness.url("/bargaining.html"));
        waitReady(page);
        page.waitForCondition(() -> !page.locator("#kpi-robust").textContent().equals("…"));
        assertThat(page.locator("#kpi-median").textContent()).isNotBlank();
        assertThat(page.locator("#rounds-chart canvas").count()).isPositive();
        assertThat(page.locator("#room-chart canvas").count()).isPositive();
        assertThat(page.locator("#room-title").textContent()).contains("Room to manoeuvre of");
        BrowserHarness.screenshot(page, "bargaining");
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    void corridor_map_closing_a_jurisdiction_changes_the_delivered_volume() throws Exception {
        List<String> errors = BrowserHarness.errorList();
        Page page = harness.open(errors);
        page.navigate(harness.url("/corridors.html"));
        waitReady(page);
        assertThat(page.locator("#map canvas").count()).isPositive();
        assertThat(page.locator("#routes tbody tr").count()).isGreaterThan(0);
        String before = page.locator("#kpi-delivered").textContent();
        assertThat(before).isNotBlank();
        BrowserHarness.screenshot(page, "corridors");
        page.locator("#jurisdictions input[value=RUS]").check();
        page.waitForCondition(
                () -> !page.locator("#kpi-delivered").textContent().equals(before));
        assertThat(page.locator("#kpi-delivered").textContent()).isNotEqualTo(before);
        assertThat(page.locator("#title").textContent()).contains("close RUS");
        BrowserHarness.screenshot(page, "corridors-russia-closed");
        assertThat(errors).isEmpty();
        page.context().close();
    }

    /** The scenarios page once its first example has been checked by the server and found valid. */
    private static Page scenarioPageWithValidExample(List<String> errors) {
        Page page = harness.open(errors);
        page.navigate(harness.url("/scenarios.html"));
        waitReady(page);
        page.waitForCondition(() -> page.locator("#validation").textContent().startsWith("Valid"));
        return page;
    }

    @Test
    void scenario_run_completes_with_its_progress_shown() throws Exception {
        List<String> errors = BrowserHarness.errorList();
        Page page = scenarioPageWithValidExample(errors);
        page.locator("#runs").fill("400");
        page.locator("#run").click();
        page.waitForSelector(
                "body[data-run-done=true]",
                new Page.WaitForSelectorOptions()
                        .setState(WaitForSelectorState.ATTACHED)
                        .setTimeout(60_000));
        assertThat(page.locator("#progress-text").textContent()).startsWith("finished: 400 runs");
        assertThat(page.locator("#progress").getAttribute("value")).isEqualTo("400");
        assertThat(Integer.parseInt(page.locator("body").getAttribute("data-progress-events")))
                .isPositive();
        assertThat(page.locator("#runs-table tbody tr").count()).isGreaterThan(0);
        assertThat(page.locator("#fan-chart canvas").count()).isEqualTo(1);
        BrowserHarness.screenshot(page, "scenarios");
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    void scenario_editor_lists_each_route_with_its_capacity_cost_and_source() throws Exception {
        List<String> errors = BrowserHarness.errorList();
        Page page = scenarioPageWithValidExample(errors);
        Locator rows = page.locator("#scenario-routes tbody tr");
        assertThat(page.locator("#scenario-routes").isVisible()).isTrue();
        assertThat(rows.count()).isGreaterThan(1);
        String table = page.locator("#scenario-routes").textContent();
        assertThat(table).contains("CPC pipeline").contains("dataset").contains("analyst assumption");
        BrowserHarness.screenshot(page, "scenario-routes");
        assertThat(errors).isEmpty();
        page.locator("#editor").fill("name: broken\nbaseYear: soon\n"); // answered 422: the console notes it
        page.waitForCondition(() -> page.locator("#problems li").count() > 0);
        assertThat(page.locator("#scenario-routes").isVisible()).isFalse();
        page.context().close();
    }

    @Test
    void scenario_editor_shows_problems_with_line_and_column() {
        List<String> errors = BrowserHarness.errorList();
        Page page = harness.open(errors);
        page.navigate(harness.url("/scenarios.html"));
        waitReady(page);
        page.locator("#editor").fill("name: broken\nbaseYear: soon\n");
        page.waitForCondition(() -> page.locator("#problems li").count() > 0);
        assertThat(page.locator("#problems").textContent()).contains("line ");
        assertThat(page.locator("#run").isDisabled()).isTrue();
        page.context().close();
    }

    @Test
    void changing_the_year_redraws_the_table_for_that_year() {
        List<String> errors = BrowserHarness.errorList();
        Page page = harness.open(errors);
        page.navigate(harness.url("/profile.html?dataset=midland&country=MDL&dimension=exports"));
        waitReady(page);
        page.selectOption("#year", "2016");
        page.waitForCondition(() -> page.locator("#title").textContent().endsWith("2016"));
        assertThat(page.locator("#entries tbody").textContent()).contains("China (CHN)");
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    void a_dataset_added_from_the_page_is_shown_and_a_broken_one_lists_its_problems() throws Exception {
        List<String> errors = BrowserHarness.errorList();
        Page page = harness.open(errors);
        page.navigate(harness.url("/profile.html"));
        waitReady(page);
        java.nio.file.Path broken = java.nio.file.Files.createTempDirectory("broken-dataset");
        java.nio.file.Files.writeString(
                broken.resolve("manifest.yaml"),
                java.nio.file.Files.readString(Fixtures.midlandFolder().resolve("manifest.yaml"))
                        .replace("name: midland", "name: midland-broken"));
        java.nio.file.Files.writeString(
                broken.resolve("figures.csv"),
                java.nio.file.Files.readString(Fixtures.midlandFolder().resolve("figures.csv"))
                        .replaceFirst(",1500,", ",lots,"));
        page.setInputFiles(
                "#dataset-files",
                new java.nio.file.Path[] {broken.resolve("manifest.yaml"), broken.resolve("figures.csv")});
        page.locator("#dataset-upload").click();
        page.waitForCondition(() -> page.locator("#upload-problems li").count() > 0);
        assertThat(page.locator("#upload-problems").textContent())
                .contains("figures.csv:3:")
                .contains("lots");

        java.nio.file.Path good = java.nio.file.Files.createTempDirectory("good-dataset");
        java.nio.file.Files.writeString(
                good.resolve("manifest.yaml"),
                java.nio.file.Files.readString(Fixtures.midlandFolder().resolve("manifest.yaml"))
                        .replace("name: midland", "name: midland-uploaded"));
        java.nio.file.Files.copy(Fixtures.midlandFolder().resolve("figures.csv"), good.resolve("figures.csv"));
        page.setInputFiles(
                "#dataset-files",
                new java.nio.file.Path[] {good.resolve("manifest.yaml"), good.resolve("figures.csv")});
        page.locator("#dataset-upload").click();
        page.waitForURL("**/profile.html?dataset=midland-uploaded");
        waitReady(page);
        assertThat(page.locator("#title").textContent()).startsWith("Midland");
        // the broken upload leaves a 422 in the console; only the good page's console counts
        page.context().close();
    }
}
