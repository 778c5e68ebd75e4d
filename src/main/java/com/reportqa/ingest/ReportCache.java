package com.reportqa.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports as parsed at the last start, by file name, size and modification time (of the file and of its
 * sidecar): a start with an unchanged corpus reads one file instead of detecting, decoding, cleaning and
 * parsing every report again. A changed, added or removed file is parsed as usual; a damaged or outdated
 * cache is ignored and rewritten.
 */
final class ReportCache {

    private static final Logger log = LoggerFactory.getLogger(ReportCache.class);
    /** Bump whenever parsing changes what a Report holds: cached reports of another version are re-parsed. */
    private static final String VERSION = "report-qa reports 10";

    /** What identifies a file's content without reading it. */
    record Stamp(long size, long modified, long sidecarModified) {
        static Stamp of(Path file) throws IOException {
            var attrs = Files.readAttributes(file, BasicFileAttributes.class);
            Path sidecar = file.resolveSibling(file.getFileName() + ReportIngester.SIDECAR_SUFFIX);
            // nanoseconds where the file system keeps them: a file rewritten within the same millisecond still differs
            long side = Files.isRegularFile(sidecar)
                    ? Files.getLastModifiedTime(sidecar).to(TimeUnit.NANOSECONDS) : -1;
            return new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), side);
        }
    }

    private record Entry(Stamp stamp, Report report) {
    }

    private final Path file;
    private final Map<String, Entry> loaded;
    private final Map<String, Entry> used = new HashMap<>();
    private boolean changed;

    ReportCache(Path file) {
        this.file = file;
        this.loaded = file == null ? Map.of() : load(file);
    }

    /** The cached report of this file if the file is unchanged since it was parsed, else null. */
    synchronized Report get(String name, Stamp stamp) {
        Entry e = loaded.get(name);
        if (e == null || !e.stamp().equals(stamp)) {
            return null;
        }
        used.put(name, e);
        return e.report();
    }

    synchronized void put(String name, Stamp stamp, Report report) {
        used.put(name, new Entry(stamp, report));
        changed = true;
    }

    /** Writes the reports of this run (dropping removed files) when anything changed. */
    synchronized void save() {
        if (file == null || (!changed && used.size() == loaded.size())) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
                out.writeUTF(VERSION);
                out.writeInt(used.size());
                for (var e : used.entrySet()) {
                    ReportCodec.writeString(out, e.getKey());
                    out.writeLong(e.getValue().stamp().size());
                    out.writeLong(e.getValue().stamp().modified());
                    out.writeLong(e.getValue().stamp().sidecarModified());
                    ReportCodec.write(out, e.getValue().report());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not write the report cache {}: {}", file, e.toString());
        }
    }

    private static Map<String, Entry> load(Path file) {
        Map<String, Entry> map = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return map;
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (!VERSION.equals(in.readUTF())) {
                log.info("Report cache {} is of another version: reports are parsed again", file);
                return map;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = ReportCodec.readString(in);
                Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readLong());
                map.put(name, new Entry(stamp, ReportCodec.read(in)));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Report cache {} is damaged ({}): reports are parsed again", file, e.toString());
            map.clear();
        }
        return map;
    }
}
