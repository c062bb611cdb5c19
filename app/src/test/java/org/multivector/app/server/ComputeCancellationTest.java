package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every computing endpoint has a deadline and stops when its client goes away (issue 17): the
 * proofs are the server's own counts of how computations ended and how often they polled their
 * stop signal, never the clock.
 */
class ComputeCancellationTest {

    private static final String ISSUE =
            "Actor,Capability,Position,Salience\nA,10,0,0.9\nB,30,40,0.5\nC,20,100,0.7\nD,15,70,0.6\n";

    /** The waiting below bounds how long a broken server could hang the test; it asserts nothing about speed. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long give = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > give) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void with_a_zero_deadline_every_computing_endpoint_stops_at_its_first_poll_with_503() {
        try (DashboardServer server = DashboardServer.start(
                ServerSettings.loopback(0),
                Fixtures.servedCatalog(),
                Fixtures.tempStore(),
                Duration.ZERO,
                JobRegistry.DEFAULT_LIMIT)) {
            Http http = new Http(server.port());
            String kaz = "/api/datasets/kazakhstan/corridors";
            List<HttpResponse<String>> answers = List.of(
                    http.send("POST", "/api/bargaining/forecast", ISSUE, "Content-Type", "text/csv"),
                    http.send("POST", "/api/bargaining/montecarlo?runs=50", ISSUE, "Content-Type", "text/csv"),
                    http.send("POST", "/api/bargaining/manoeuvre?focal=A&vary=B", ISSUE, "Content-Type", "text/csv"),
                    http.get(kaz + "/allocation?close=RUS"),
                    http.get(kaz + "/exposure"),
                    http.get(kaz + "/control"),
                    http.get(kaz + "/criticality?pairs=true"));
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.statusCode())
                        .as(answer.uri() + " " + answer.body())
                        .isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .startsWith(DashboardServer.PROBLEM_JSON);
                assertThat(answer.body())
                        .contains("longer than the server allows (0 s)")
                        .doesNotContain("Exception");
            }
            ComputeGuard guard = server.compute();
            assertThat(guard.stoppedByDeadline()).isEqualTo(answers.size());
            assertThat(guard.inFlight()).isZero();
            assertThat(guard.ended())
                    .extracting(ComputeGuard.Ended::route)
                    .containsExactly(
                            "POST /api/bargaining/forecast",
                            "POST /api/bargaining/montecarlo",
                            "POST /api/bargaining/manoeuvre",
                            "GET /api/datasets/{dataset}/corridors/allocation",
                            "GET /api/datasets/{dataset}/corridors/exposure",
                            "GET /api/datasets/{dataset}/corridors/control",
                            "GET /api/datasets/{dataset}/corridors/criticality");
            assertThat(guard.ended()).allSatisfy(ended -> {
                assertThat(ended.stop()).isEqualTo(ComputeGuard.Stop.DEADLINE);
                assertThat(ended.polls())
                        .as(ended.route())
                        .isBetween(1L, 4L); // the first poll stops it (Monte Carlo: one per worker)
            });
            assertThat(http.get("/api/health").statusCode()).isEqualTo(200);
        }
    }

    /** Reading and compiling a scenario or a study is computing too: the validation endpoints and the runs' compile step have the same deadline. */
    @Test
    void with_a_zero_deadline_the_validation_endpoints_stop_with_503_and_within_it_they_answer() {
        String scenario;
        String study;
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore())) {
            Http http = new Http(server.port());
            scenario = example(http, "/api/scenarios/examples", "baseline.yaml");
            study = example(http, "/api/strategy/examples", "kazakhstan-autonomy.yaml");
            assertThat(http.send("POST", "/api/scenarios/validate", scenario, "Content-Type", "application/yaml")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.send("POST", "/api/strategy/validate", study, "Content-Type", "application/yaml")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(server.compute().ended())
                    .extracting(ComputeGuard.Ended::route)
                    .containsExactly("POST /api/scenarios/validate", "POST /api/strategy/validate");
            assertThat(server.compute().ended())
                    .allSatisfy(ended -> assertThat(ended.stop()).isNull());
        }
        try (DashboardServer server = DashboardServer.start(
                ServerSettings.loopback(0),
                Fixtures.servedCatalog(),
                Fixtures.tempStore(),
                Duration.ZERO,
                JobRegistry.DEFAULT_LIMIT)) {
            Http http = new Http(server.port());
            List<HttpResponse<String>> answers = List.of(
                    http.send("POST", "/api/scenarios/validate", scenario, "Content-Type", "application/yaml"),
                    http.send("POST", "/api/strategy/validate", study, "Content-Type", "application/yaml"),
                    http.send("POST", "/api/scenarios/runs?runs=10", scenario, "Content-Type", "application/yaml"));
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.statusCode())
                        .as(answer.uri() + " " + answer.body())
                        .isEqualTo(503);
                assertThat(answer.body())
                        .contains("longer than the server allows (0 s)")
                        .doesNotContain("Exception");
            }
            ComputeGuard guard = server.compute();
            assertThat(guard.stoppedByDeadline()).isEqualTo(3);
            assertThat(guard.inFlight()).isZero();
            // the YAML reader polls before its first node: nothing of the document is read past it
            assertThat(guard.ended())
                    .allSatisfy(
                            ended -> assertThat(ended.polls()).as(ended.route()).isEqualTo(1L));
            assertThat(Http.json(http.get("/api/jobs")).size())
                    .as("no job was started")
                    .isZero();
        }
    }

    private static String example(Http http, String path, String name) {
        for (JsonNode example : Http.json(http.get(path))) {
            if (example.get("name").asText().equals(name)) {
                return example.get("text").asText();
            }
        }
        throw new AssertionError("no example " + name);
    }

    @Test
    void within_the_deadline_the_same_endpoints_answer_and_count_no_stop() {
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore())) {
            Http http = new Http(server.port());
            assertThat(http.send("POST", "/api/bargaining/forecast", ISSUE, "Content-Type", "text/csv")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/api/datasets/kazakhstan/corridors/criticality")
                            .statusCode())
                    .isEqualTo(200);
            ComputeGuard guard = server.compute();
            assertThat(guard.ended()).hasSize(2).allSatisfy(ended -> {
                assertThat(ended.stop()).isNull();
                assertThat(ended.polls()).isPositive();
            });
            assertThat(guard.stoppedByDeadline() + guard.stoppedByClient()).isZero();
        }
    }

    @Test
    void a_monte_carlo_whose_client_disconnects_stops_long_before_its_last_run() throws Exception {
        int runs = (int) (BargainingApi.MAX_WORK / (100L * 100 * 100));
        String body = largeIssue(100);
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore())) {
            ComputeGuard guard = server.compute();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/bargaining/montecarlo?runs=" + runs + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                + server.port() + "\r\nContent-Type: text/csv\r\nContent-Length: " + bytes.length
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                await(() -> guard.inFlight() == 1, "the Monte Carlo started");
            } // the client goes away: the socket closes with the computation under way
            await(() -> guard.stoppedByClient() == 1 && guard.inFlight() == 0, "the Monte Carlo stopped");
            ComputeGuard.Ended ended = guard.ended().getLast();
            assertThat(ended.route()).isEqualTo("POST /api/bargaining/montecarlo");
            assertThat(ended.stop()).isEqualTo(ComputeGuard.Stop.CLIENT_GONE);
            // a poll starts each run: far fewer than the runs asked for were started
            assertThat(ended.polls()).isLessThan(runs / 2);
            assertThat(guard.stoppedByDeadline()).isZero();
            // its compute slot is free again: as many computations as there are slots are admitted at once
            Http http = new Http(server.port());
            assertThat(http.send("POST", "/api/bargaining/forecast", ISSUE, "Content-Type", "text/csv")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    /**
     * A client that shuts only its sending side after the request (a half-close) still waits for the
     * answer: its computation goes on and the answer comes after the interim 102 Processing answers
     * with which the server told it apart from a client that closed the connection.
     */
    @Test
    void a_client_that_only_shuts_its_sending_side_gets_its_answer() throws Exception {
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore())) {
            ComputeGuard guard = server.compute();
            byte[] bytes = largeIssue(60).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                socket.setSoTimeout(120_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/bargaining/montecarlo?runs=300 HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                                + "\r\nContent-Type: text/csv\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                await(() -> guard.inFlight() == 1, "the Monte Carlo started");
                socket.shutdownOutput();
                String answer = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
                assertThat(RawHttp.status(answer)).as(answer).isEqualTo(200);
                assertThat(answer).startsWith("HTTP/1.1 102 Processing\r\n\r\n").contains("\"finalMedian\"");
            }
            assertThat(guard.stoppedByClient()).isZero();
            assertThat(guard.ended().getLast().stop()).isNull();
        }
    }

    @Test
    void a_request_pipelined_behind_a_computation_is_not_lost_the_connection_closes_after_the_first_answer()
            throws Exception {
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore())) {
            ComputeGuard guard = server.compute();
            String body = largeIssue(60);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                socket.setSoTimeout(120_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/bargaining/montecarlo?runs=300 HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                                + "\r\nContent-Type: text/csv\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                await(() -> guard.inFlight() == 1, "the Monte Carlo started");
                out.write(("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
                assertThat(RawHttp.status(answer)).as(answer).isEqualTo(200);
                assertThat(answer).containsIgnoringCase("Connection: close").contains("\"finalMedian\"");
            }
            assertThat(guard.stoppedByClient()).isZero();
        }
    }

    @Test
    void a_job_past_its_time_limit_stops_like_a_cancelled_one_and_fails_saying_why() throws Exception {
        try (DashboardServer server = DashboardServer.start(
                ServerSettings.loopback(0),
                Fixtures.servedCatalog(),
                Fixtures.tempStore(),
                ComputeGuard.DEFAULT_DEADLINE,
                Duration.ZERO)) {
            Http http = new Http(server.port());
            HttpResponse<String> submitted = http.send(
                    "POST",
                    "/api/scenarios/runs?runs=500",
                    AbstractApiTestExamples.baseline(http),
                    "Content-Type",
                    "application/yaml");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
            JsonNode job = AbstractApiTestExamples.await(
                    http, Http.json(submitted).get("id").asText());
            assertThat(job.get("state").asText()).isEqualTo("failed");
            assertThat(job.get("error").asText()).contains("limit of 0 minutes", "stored as an interrupted ensemble");
            JsonNode stored = Http.json(http.get("/api/runs")).get(0);
            assertThat(stored.get("status").asText()).isEqualTo("interrupted");
            assertThat(stored.get("runsCompleted").asInt()).isLessThan(500);
        }
    }

    /** An issue of {@code n} stakeholders with seeded random figures. */
    static String largeIssue(int n) {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("Actor,Capability,Position,Salience\n");
        for (int i = 0; i < n; i++) {
            csv.append("Actor")
                    .append(i)
                    .append(',')
                    .append(1 + random.nextInt(100))
                    .append(',')
                    .append(random.nextInt(101))
                    .append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", 0.1 + 0.9 * random.nextDouble()))
                    .append('\n');
        }
        return csv.toString();
    }

    private static byte[] readAll(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // what arrived counts
        }
        return all.toByteArray();
    }
}
