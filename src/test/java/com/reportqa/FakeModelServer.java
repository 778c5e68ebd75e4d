package com.reportqa;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat server on 127.0.0.1 for the tests: {@code POST /v1/chat/completions}, a JSON
 * completion or, for {@code "stream": true}, server-sent chunks ending in {@code data: [DONE]}. Each test
 * scripts the reply; every request body is recorded.
 */
public final class FakeModelServer implements AutoCloseable {

    /** What the server does with one request. */
    public sealed interface Reply {
    }

    /** The answer; streamed in pieces of {@code pieceChars} characters when the client asks for a stream. */
    public record Text(String text, int pieceChars) implements Reply {
        public Text(String text) {
            this(text, 3);
        }
    }

    public record Status(int code, String body) implements Reply {
    }

    public record Delayed(long millis, Reply then) implements Reply {
    }

    /** 200 with a body that is neither JSON nor server-sent events. */
    public record Garbage(String body) implements Reply {
    }

    /** A stream that never ends: one piece every {@code intervalMillis} until the client goes away. */
    public record Endless(String piece, long intervalMillis) implements Reply {
    }

    /** One recorded request. */
    public record Request(JsonNode body) {
        public boolean stream() {
            return body.path("stream").asBoolean(false);
        }

        public String message(String role) {
            for (JsonNode m : body.path("messages")) {
                if (m.path("role").asString().equals(role)) {
                    return m.path("content").asString();
                }
            }
            return "";
        }

        public String system() {
            return message("system");
        }

        public String user() {
            return message("user");
        }

        /** The marker of the first passage in the prompt that contains {@code needle}, e.g. "[3]"; else "". */
        public String marker(String needle) {
            for (String line : user().split("\n")) {
                if (line.matches("^\\[\\d+]（.*") && line.contains(needle)) {
                    return line.substring(0, line.indexOf(']') + 1);
                }
            }
            return "";
        }
    }

    private static final long ENDLESS_SAFETY_MILLIS = 60_000;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-model");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> script = r -> new Status(500, "not scripted");
    private final java.util.concurrent.atomic.AtomicInteger endlessOpen = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    private FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public static FakeModelServer start() {
        try {
            return new FakeModelServer();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fake model server", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Replies to every following request with {@code reply}; forgets the requests recorded so far. */
    public void reply(Reply reply) {
        reply(r -> reply);
    }

    public void reply(Function<Request, Reply> script) {
        requests.clear();
        this.script = script;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "text/plain", "POST only");
                return;
            }
            Request request = new Request(json.readTree(exchange.getRequestBody().readAllBytes()));
            requests.add(request);
            respond(exchange, request, script.apply(request));
        } catch (IOException e) {
            // the client hung up (a cancelled stream, a timeout): nothing left to answer
        }
    }

    private void respond(HttpExchange exchange, Request request, Reply reply) throws IOException {
        switch (reply) {
            case Text t when request.stream() -> stream(exchange, t);
            case Text t -> send(exchange, 200, "application/json", completion(t.text()));
            case Status s -> send(exchange, s.code(), "application/json", s.body());
            case Garbage g -> send(exchange, 200, "text/html", g.body());
            case Delayed d -> {
                sleep(d.millis());
                respond(exchange, request, d.then());
            }
            case Endless e -> endless(exchange, e);
        }
    }

    private void stream(HttpExchange exchange, Text t) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < t.text().length(); i += t.pieceChars()) {
            String piece = t.text().substring(i, Math.min(t.text().length(), i + t.pieceChars()));
            event(out, chunk(piece, null));
            sleep(5);
        }
        event(out, chunk(null, "stop"));
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void endless(HttpExchange exchange, Endless e) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long until = System.currentTimeMillis() + ENDLESS_SAFETY_MILLIS;
        endlessOpen.incrementAndGet();
        try {
            while (!closed && System.currentTimeMillis() < until) {
                event(out, chunk(e.piece(), null));
                sleep(e.intervalMillis());
            }
        } finally {
            endlessOpen.decrementAndGet();
        }
    }

    /** Endless streams still being written: a client that gave up must also have hung up. */
    public int endlessStreamsOpen() {
        return endlessOpen.get();
    }

    private void event(OutputStream out, Object data) throws IOException {
        out.write(("data: " + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Map<String, Object> chunk(String content, String finishReason) {
        Map<String, Object> choice = new java.util.HashMap<>();
        choice.put("index", 0);
        choice.put("delta", content == null ? Map.of() : Map.of("role", "assistant", "content", content));
        choice.put("finish_reason", finishReason);
        return Map.of("id", "chatcmpl-test", "object", "chat.completion.chunk", "created", 1, "model", "test",
                "choices", List.of(choice));
    }

    private String completion(String text) {
        return json.writeValueAsString(Map.of("id", "chatcmpl-test", "object", "chat.completion", "created", 1,
                "model", "test", "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", text))),
                "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
