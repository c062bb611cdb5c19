package org.multivector.app.server;

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

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    static void waitReady(Page page) {
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
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
        assertThat(page.locator("header.mv nav a.current").textContent()).isEqualTo("Country profile");
        assertThat(page.locator("#error").isVisible()).isFalse();
        BrowserHarness.screenshot(page, "profile");
        assertThat(errors).isEmpty();
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
}
