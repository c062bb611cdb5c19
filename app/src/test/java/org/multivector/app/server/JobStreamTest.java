package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Long runs: progress streamed as Server-Sent Events, then the result; cancellation. */
class JobStreamTest {

    static DashboardServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = DashboardServer.start(ServerSettings.loopback(0), Fixtures.midlandCatalog(), Fixtures.tempStore());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A real computation in steps: the sum of squares 1..n, one step per term, held back by a latch. */
    static JobRegistry.Task sumOfSquares(int n, CountDownLatch go) {
        return progress -> {
            go.await(10, TimeUnit.SECONDS);
            long sum = 0;
            for (int i = 1; i <= n && !progress.cancelled(); i++) {
                sum += (long) i * i;
                progress.update(i, n, "term " + i);
                Thread.sleep(30);
            }
            return java.util.Map.of("sum", sum);
        };
    }

    @Test
    void progress_streams_as_events_until_the_job_ends_with_its_result() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        JobRegistry.Snapshot job = server.jobs().submit("test", "sum of squares", sumOfSquares(10, go));
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.base() + "/api/jobs/" + job.id() + "/events"))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        HttpResponse<InputStream> response = http.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        go.countDown();
        List<String> events = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("event:")) {
                    events.add(line.substring(6).strip());
                } else if (line.startsWith("data:")) {
                    data.add(Http.MAPPER.readTree(line.substring(5).strip()));
                }
            }
        }
        assertThat(events).contains("progress").last().isEqualTo("end");
        assertThat(data.getLast().get("state").asText()).isEqualTo("succeeded");
        assertThat(data.stream()
                        .filter(d -> d.get("state").asText().equals("running"))
                        .map(d -> d.get("done").asLong())
                        .toList())
                .isSorted()
                .isNotEmpty();
        JsonNode finished = Http.json(http.get("/api/jobs/" + job.id()));
        assertThat(finished.get("result").get("sum").asLong()).isEqualTo(385);
        assertThat(finished.get("done").asLong()).isEqualTo(10);
    }

    @Test
    void a_cancelled_job_stops_and_says_so() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        JobRegistry.Snapshot job = server.jobs().submit("test", "long sum", sumOfSquares(100_000, go));
        go.countDown();
        assertThat(http.send("DELETE", "/api/jobs/" + job.id(), null).statusCode())
                .isEqualTo(202);
        JsonNode state = null;
        for (int i = 0; i < 100; i++) {
            state = Http.json(http.get("/api/jobs/" + job.id()));
            if (!state.get("state").asText().equals("running")
                    && !state.get("state").asText().equals("queued")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(state.get("state").asText()).isEqualTo("cancelled");
        assertThat(state.get("result").isNull()).isTrue();
    }

    @Test
    void a_failing_job_reports_its_message_but_no_internals() throws Exception {
        JobRegistry.Snapshot bad = server.jobs().submit("test", "bad input", progress -> {
            throw new JobRegistry.TaskFailure("scenario.yaml:3:5: shock year 1800 lies outside the dataset's years");
        });
        JobRegistry.Snapshot bug = server.jobs().submit("test", "bug", progress -> {
            throw new IllegalStateException("internal detail that must stay on the server");
        });
        JsonNode badState = waitForEnd(bad.id());
        JsonNode bugState = waitForEnd(bug.id());
        assertThat(badState.get("state").asText()).isEqualTo("failed");
        assertThat(badState.get("error").asText()).contains("scenario.yaml:3:5");
        assertThat(bugState.get("error").asText()).contains("internal error").doesNotContain("internal detail");
    }

    private static JsonNode waitForEnd(String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode state = Http.json(http.get("/api/jobs/" + id));
            if (!state.get("finished").isNull()) {
                return state;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("job " + id + " did not end");
    }
}
