package com.reportqa.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a raw server-sent event stream as it arrives: each event's name, data, and when it came. */
final class SseEvents {

    record Event(String name, String data, long atMillis) {
    }

    record Stream(int status, String contentType, List<Event> events, String body) {
        List<Event> named(String name) {
            return events.stream().filter(e -> e.name().equals(name)).toList();
        }
    }

    private SseEvents() {
    }

    static Stream post(int port, String body) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask/stream"))
                        .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofLines());
        long start = System.nanoTime();
        List<Event> events = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        String name = "message";
        StringBuilder data = new StringBuilder();
        try (java.util.stream.Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                raw.append(line).append('\n');
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString(), (System.nanoTime() - start) / 1_000_000));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        }
        return new Stream(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                List.copyOf(events), raw.toString());
    }
}
