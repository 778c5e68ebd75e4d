package com.reportqa.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent clients asking mixed numeric and text questions over HTTP for a fixed time. Every answer to
 * the same question must be the same (answer text and cited paragraphs): concurrency must not leak state
 * between requests. Heap is measured after a GC before and after, so growth shows as a difference.
 */
final class LoadBench {

    /** Numeric, comparison, list and fact questions over the shipped reports. */
    static final List<String> QUESTIONS = List.of(
            "雁峰区行政复议审结多少件？",
            "健龙镇去年调解成功的矛盾纠纷有多少件？",
            "江口镇去年按一般程序处罚了几起，罚款多少钱？",
            "健龙镇和黄溪镇，哪个镇的信访件更多？",
            "江口镇执法的“三项制度”具体是哪三项？",
            "洪口镇下一年法治政府建设准备重点抓哪几方面？",
            "江口镇请的是哪家律所做政府法律顾问？",
            "雁峰区的“三官两员”解纷工作法是由哪些人组成的？");

    private final URI ask;
    private final JsonMapper json;

    LoadBench(URI base, JsonMapper json) {
        this.ask = base.resolve("/api/ask");
        this.json = json;
    }

    record Result(int clients, int seconds, int requests, int errors, int inconsistentQuestions, double p50Ms,
            double p95Ms, double p99Ms, double requestsPerSecond, long heapBeforeMb, long heapAfterMb,
            List<String> problems) {

        void print(PrintStream out) {
            out.printf("clients %d, %d s: %d requests (%.1f/s), %d errors, %d questions with differing answers%n",
                    clients, seconds, requests, requestsPerSecond, errors, inconsistentQuestions);
            out.printf("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", p50Ms, p95Ms, p99Ms);
            out.printf("heap after GC: %d MiB before, %d MiB after%n", heapBeforeMb, heapAfterMb);
            problems.stream().limit(10).forEach(p -> out.println("problem: " + p));
        }
    }

    Result run(int clients, int seconds) throws InterruptedException {
        long heapBefore = heapAfterGc();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> firstAnswer = new ConcurrentHashMap<>();
        Map<String, Boolean> differing = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                for (int n = client; System.nanoTime() < deadline; n++) {
                    String question = QUESTIONS.get(n % QUESTIONS.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request(question),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        latencies.add(System.nanoTime() - t0);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            problems.add("HTTP " + response.statusCode() + " for " + question);
                            continue;
                        }
                        String key = fingerprint(json.readTree(response.body()));
                        if (!firstAnswer.computeIfAbsent(question, q -> key).equals(key)) {
                            differing.put(question, true);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        problems.add(e.getClass().getSimpleName() + " for " + question);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long heapAfter = heapAfterGc();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        differing.keySet().forEach(q -> problems.add("differing answers for " + q));
        return new Result(clients, seconds, sorted.size(), errors.get(), differing.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.size() / (double) seconds, heapBefore,
                heapAfter, List.copyOf(problems));
    }

    private HttpRequest request(String question) {
        return HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("question", question)),
                        StandardCharsets.UTF_8))
                .build();
    }

    /** What must not vary between two answers to one question: the text and the cited paragraphs. */
    private static String fingerprint(JsonNode answer) {
        StringBuilder key = new StringBuilder(answer.get("mode").asString()).append('\n')
                .append(answer.get("answer").asString());
        answer.get("citations").forEach(c -> key.append('\n').append(c.get("n").asInt()).append(' ')
                .append(c.get("paragraphId").asString()));
        return key.toString();
    }

    private static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
