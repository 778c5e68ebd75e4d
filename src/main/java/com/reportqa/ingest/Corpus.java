package com.reportqa.ingest;

import com.reportqa.divisions.Divisions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The reports currently known, as an immutable snapshot replaced as a whole on every change, so readers
 * never see a half-updated corpus. Other features subscribe to changes instead of reading files.
 */
@Service
public class Corpus {

    private static final Logger log = LoggerFactory.getLogger(Corpus.class);

    private final CorpusSettings settings;
    private final ReportIngester ingester;
    private final Divisions divisions;
    private final List<Consumer<CorpusSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile CorpusSnapshot snapshot;

    Corpus(CorpusSettings settings, Divisions divisions) {
        this.settings = settings;
        this.divisions = divisions;
        this.ingester = new ReportIngester(settings.maxFileBytes(), divisions);
        reload();
    }

    /** The national list the reports' places were completed with; questions read places with the same one. */
    public Divisions divisions() {
        return divisions;
    }

    public synchronized IngestResult reload() {
        IngestResult result = ingester.ingestFolder(settings.dir(), new ReportCache(settings.cache()));
        log.info("Corpus {}: {}", settings.dir().toAbsolutePath().normalize(), result.summary());
        publish(result.reports(), result.skipped());
        return result;
    }

    /** Adds one report (already written to the corpus folder) without re-reading the other files. */
    synchronized void put(Report report) {
        List<Report> reports = new ArrayList<>(snapshot.reports());
        reports.removeIf(r -> r.id().equals(report.id()) || r.file().equals(report.file()));
        reports.add(report);
        publish(reports, snapshot.skipped().stream().filter(s -> !s.file().equals(report.file())).toList());
    }

    /** Removes one report (its file is already gone); false when it was not in the corpus. */
    synchronized boolean remove(String reportId) {
        List<Report> reports = snapshot.reports().stream().filter(r -> !r.id().equals(reportId)).toList();
        if (reports.size() == snapshot.reports().size()) {
            return false;
        }
        publish(reports, snapshot.skipped());
        return true;
    }

    private void publish(List<Report> reports, List<SkippedFile> skipped) {
        snapshot = new CorpusSnapshot(reports, skipped);
        listeners.forEach(l -> l.accept(snapshot));
    }

    /** Subscribes and immediately receives the current snapshot. */
    public void subscribe(Consumer<CorpusSnapshot> listener) {
        listeners.add(listener);
        listener.accept(snapshot);
    }

    public CorpusSnapshot snapshot() {
        return snapshot;
    }

    public List<Report> reports() {
        return snapshot.reports();
    }

    public Optional<Report> report(String id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }

    public Path dir() {
        return settings.dir();
    }

    long maxFileBytes() {
        return settings.maxFileBytes();
    }

    /** An immutable view of the corpus at one moment. */
    public record CorpusSnapshot(List<Report> reports, List<SkippedFile> skipped, Map<String, Report> byId,
            Map<String, Paragraph> paragraphs, Map<String, Report> reportOfParagraph) {

        CorpusSnapshot(List<Report> reports, List<SkippedFile> skipped) {
            this(List.copyOf(reports), List.copyOf(skipped), index(reports), paragraphIndex(reports),
                    paragraphOwners(reports));
        }

        private static Map<String, Report> index(List<Report> reports) {
            Map<String, Report> map = new LinkedHashMap<>();
            reports.forEach(r -> map.put(r.id(), r));
            return Map.copyOf(map);
        }

        private static Map<String, Paragraph> paragraphIndex(List<Report> reports) {
            Map<String, Paragraph> map = new LinkedHashMap<>();
            reports.forEach(r -> r.paragraphs().forEach(p -> map.put(p.id(), p)));
            return Map.copyOf(map);
        }

        private static Map<String, Report> paragraphOwners(List<Report> reports) {
            Map<String, Report> map = new LinkedHashMap<>();
            reports.forEach(r -> r.paragraphs().forEach(p -> map.put(p.id(), r)));
            return Map.copyOf(map);
        }

        public IngestResult result() {
            return new IngestResult(reports, skipped);
        }
    }
}
