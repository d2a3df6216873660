package io.stepline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium against the real server: the pipelines page, a run started
 * from the UI turning green live, a caught failure read from its state, a broken definition's
 * diagnostic on the graph and in the text, and the executions list. Saves a screenshot of each
 * page to target/ui-screenshots (or to -Dstepline.screenshots=DIR, e.g. docs/screenshots).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final ChromeDriver browser = Browser.get();
    private final String url = UiServer.url();

    @Test
    @Order(1)
    void pipelinesPageListsEveryPipelineWithItsScheduleAndStatus() {
        // "/ui/" itself: see docs/ui.md (the server redirected /ui/ to itself when this was written).
        open("/ui/index.html");
        WebElement orders = waitFor(By.cssSelector("tr[data-pipeline='orders']"));
        assertThat(orders.getText()).contains("nightly", "0 30 2 * * ?", "Europe/Amsterdam");
        WebElement broken = waitFor(By.cssSelector("tr[data-pipeline='broken']"));
        assertThat(broken.getText()).contains("error");
        screenshot("pipelines");
    }

    @Test
    @Order(2)
    void aRunStartedFromTheUiTurnsGreenLiveAndItsCaughtFailureShowsErrorAndCause() {
        open("/ui/pipelines/orders");
        waitFor(By.cssSelector("[data-testid='graph'][data-drawn]"));
        assertThat(browser.findElements(By.cssSelector("[data-state]"))).extracting(e -> e.getAttribute("data-state"))
                .contains("FetchOrders", "AnyOrders", "Enrich", "Price", "Stock", "LoadWarehouse", "Quarantine");
        screenshot("pipeline");

        browser.findElement(By.cssSelector("[data-testid='start']")).click();
        until("the new run's page", d -> d.getCurrentUrl().contains("/ui/executions/"));
        String executionArn = URLDecoder.decode(browser.getCurrentUrl().replaceFirst(".*/ui/executions/", ""),
                StandardCharsets.UTF_8);
        assertThat(executionArn).startsWith("arn:aws:states:local:000000000000:execution:orders:");

        // Live, without reloading: the task shows running while the run waits on it (the test holds
        // it), then turns green once released, and the run finishes on the same page.
        waitFor(By.cssSelector("[data-state='FetchOrders'][data-status='running']"));
        assertThat(browser.findElement(By.cssSelector("h1 .badge")).getText()).isEqualTo("RUNNING");
        screenshot("execution-running");
        OrderFunctions.FETCH.release();
        waitFor(By.cssSelector("[data-state='FetchOrders'][data-status='succeeded']"));
        waitFor(By.cssSelector("[data-state='Done'][data-status='succeeded']"));
        until("the run to succeed", d -> d.findElement(By.cssSelector("h1 .badge")).getText().equals("SUCCEEDED"));
        assertThat(status("Price")).isEqualTo("succeeded");
        assertThat(status("NothingToDo")).isEqualTo("notReached");
        // The state where the error happened is marked, not only the handler that took it.
        assertThat(status("LoadWarehouse")).isEqualTo("caught");
        assertThat(status("Quarantine")).isEqualTo("succeeded");

        browser.findElement(By.cssSelector("[data-state='LoadWarehouse']")).click();
        WebElement error = waitFor(By.cssSelector("[data-testid='state-panel'] [data-testid='state-error']"));
        assertThat(error.getText()).contains("Warehouse.ReadOnly", "table analytics.orders is read-only");
        WebElement panel = browser.findElement(By.cssSelector("[data-testid='state-panel']"));
        assertThat(panel.findElements(By.cssSelector(".attempts li.attempt-failed"))).hasSize(2);
        until("the state's log lines", d -> panel.findElement(By.cssSelector("[data-testid='state-logs']")).getText()
                .contains("loading 3 orders into analytics.orders"));
        assertThat(browser.findElements(By.cssSelector("[data-testid='timeline'] .timeline-bar"))).hasSizeGreaterThanOrEqualTo(8);
        screenshot("execution");

        browser.findElement(By.xpath("//nav[@class='tabs']/button[starts-with(., 'Event history')]")).click();
        assertThat(waitFor(By.cssSelector("[data-testid='history']")).getText())
                .contains("ExecutionStarted", "TaskFailed", "Warehouse.ReadOnly", "ExecutionSucceeded");
    }

    @Test
    @Order(3)
    void aBrokenDefinitionShowsItsDiagnosticOnTheGraphAndAtItsLine() {
        open("/ui/pipelines/broken");
        waitFor(By.cssSelector("[data-testid='graph'][data-drawn]"));
        WebElement diagnostics = waitFor(By.cssSelector("[data-testid='diagnostics'] li"));
        assertThat(diagnostics.getText()).contains("Lod").contains("line 10");
        waitFor(By.cssSelector("[data-state='Transform'] [data-diagnostic]"));
        WebElement marked = waitFor(By.cssSelector(".cm-line .cm-lintRange-error"));
        assertThat(marked.findElement(By.xpath("ancestor::div[contains(@class,'cm-line')]")).getText()).contains("\"Next\": \"Lod\"");
        assertThat(browser.findElement(By.cssSelector("[data-testid='start']")).isEnabled()).isFalse();
        screenshot("diagnostics");
    }

    @Test
    @Order(4)
    void theExecutionsListFiltersByPipelineStatusAndName() {
        open("/ui/executions?pipeline=orders&status=SUCCEEDED");
        WebElement table = waitFor(By.cssSelector("[data-testid='executions'] tbody tr"));
        assertThat(table.getText()).contains("orders", "SUCCEEDED");
        screenshot("executions");
        open("/ui/executions?pipeline=orders&status=FAILED");
        waitFor(By.xpath("//p[contains(., 'No executions match')]"));
        open("/ui/executions?name=no-such-run");
        waitFor(By.xpath("//p[contains(., 'No executions match')]"));
    }

    private void open(String path) {
        browser.get(url + path);
    }

    private WebElement waitFor(By selector) {
        return until(selector.toString(), d -> {
            List<WebElement> found = d.findElements(selector);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Waits for a condition; on timeout fails saying what was awaited and what the page showed. */
    private <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, WAIT).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + " on " + browser.getCurrentUrl()
                    + "; the page says:\n" + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private String status(String state) {
        return browser.findElement(By.cssSelector("[data-state='" + state + "']")).getAttribute("data-status");
    }

    private void screenshot(String name) {
        Path folder = Path.of(System.getProperty("stepline.screenshots", "target/ui-screenshots"));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
