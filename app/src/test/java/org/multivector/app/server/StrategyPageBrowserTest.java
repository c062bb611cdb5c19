package org.multivector.app.server;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The strategy page in headless Chromium: a small study runs as a job and every chart is drawn. */
class StrategyPageBrowserTest {

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

    @Test
    void a_study_runs_and_draws_the_pareto_set_prim_and_sobol_charts() throws Exception {
        List<String> errors = BrowserHarness.errorList();
        Page page = harness.open(errors);
        page.navigate(harness.url("/strategy.html"));
        page.waitForSelector(
                "body[data-ready=true]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForCondition(() -> page.locator("#validation").textContent().startsWith("Valid"));
        // small settings, so the page's run takes seconds
        page.evaluate("() => { const e = document.getElementById('editor'); e.value = e.value"
                + ".replace('population: 16, generations: 8, scenarios: 12', 'population: 8, generations: 2, scenarios: 2')"
                + ".replace('samples: 64, bootstrap: 200, trajectories: 10', 'samples: 8, bootstrap: 50, trajectories: 2');"
                + " e.dispatchEvent(new Event('input')); }");
        page.locator("#scenarios").fill("4");
        page.locator("#run").click();
        page.waitForSelector(
                "body[data-study-done=true]",
                new Page.WaitForSelectorOptions()
                        .setState(WaitForSelectorState.ATTACHED)
                        .setTimeout(180_000));

        assertThat(page.locator("#robustness tbody tr").count()).isEqualTo(8);
        for (String chart :
                List.of("western-chart", "pareto-chart", "hypervolume-chart", "prim-chart", "sobol-chart")) {
            assertThat(page.locator("#" + chart + " canvas").count()).as(chart).isEqualTo(1);
        }
        assertThat(page.locator("#convergence").textContent()).startsWith("Convergence:");
        BrowserHarness.screenshot(page, "strategy");
        assertThat(errors).isEmpty();
        page.context().close();
    }
}
