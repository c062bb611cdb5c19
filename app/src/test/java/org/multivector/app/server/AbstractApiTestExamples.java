package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;

/** Helpers shared by the hardening tests: an example scenario from the server, and waiting for a job. */
final class AbstractApiTestExamples {

    private AbstractApiTestExamples() {}

    static String baseline(Http http) {
        for (JsonNode example : Http.json(http.get("/api/scenarios/examples"))) {
            if (example.get("name").asText().equals("baseline.yaml")) {
                return example.get("text").asText();
            }
        }
        throw new AssertionError("no baseline example");
    }

    static JsonNode await(Http http, String job) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode state = Http.json(http.get("/api/jobs/" + job));
            if (!state.get("state").asText().equals("queued")
                    && !state.get("state").asText().equals("running")) {
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " did not finish");
    }
}
