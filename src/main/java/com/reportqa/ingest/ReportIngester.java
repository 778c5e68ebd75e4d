package com.reportqa.ingest;

import com.reportqa.divisions.Divisions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads report files into {@link Report}s. Every failure is confined to its file: it becomes a
 * {@link SkippedFile} with a Chinese reason and the other files are still read.
 */
public final class ReportIngester {

    private static final Logger log = LoggerFactory.getLogger(ReportIngester.class);
    /**
     * Optional sidecar {@code NAME.properties} next to a report: url, issuer, publishedOn, and the title, place
     * and year an editor set where the text does not reveal them (they win over what the text says).
     */
    static final String SIDECAR_SUFFIX = ".properties";

    private final ReportFileReader reader = new ReportFileReader();
    private final TextCleaner cleaner = new TextCleaner();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ReportStructureParser structureParser;
    private final Sidecar sidecars;
    private final long maxFileBytes;

    /** With the national list shipped in the jar (tests, tools); the app shares one {@link Divisions}. */
    public ReportIngester(long maxFileBytes) {
        this(maxFileBytes, Divisions.load());
    }

    public ReportIngester(long maxFileBytes, Divisions divisions) {
        this.maxFileBytes = maxFileBytes;
        this.structureParser = new ReportStructureParser(divisions);
        this.sidecars = new Sidecar(new PlaceChains(divisions));
    }

    public IngestResult ingestFolder(Path dir) {
        return ingestFolder(dir, new ReportCache(null));
    }

    /** Like {@link #ingestFolder(Path)}, taking unchanged files' reports from the cache and updating it. */
    IngestResult ingestFolder(Path dir, ReportCache cache) {
        List<Report> reports = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            skipped.add(new SkippedFile(dir.toString(), "语料目录不存在"));
            return new IngestResult(reports, skipped);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().endsWith(SIDECAR_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            skipped.add(new SkippedFile(dir.toString(), "无法读取语料目录"));
            return new IngestResult(reports, skipped);
        }
        // parsing is independent per file and most of the start-up work: spread it over the cores, keep the order
        List<Parsed> parsed = files.parallelStream().map(file -> parse(file, cache)).toList();
        Map<String, String> seen = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.report() != null) {
                String earlier = seen.putIfAbsent(p.report().id(), p.name());
                if (earlier == null) {
                    reports.add(p.report());
                    continue;
                }
                log.warn("Skipped {}: duplicate of {}", p.name(), earlier);
                skipped.add(new SkippedFile(p.name(), "与 " + earlier + " 内容相同，已忽略重复报告"));
            } else {
                skipped.add(new SkippedFile(p.name(), p.reason()));
            }
        }
        cache.save();
        return new IngestResult(reports, skipped);
    }

    /** One file's outcome: its report, or why it was skipped. */
    private record Parsed(String name, Report report, String reason) {
    }

    private Parsed parse(Path file, ReportCache cache) {
        String name = file.getFileName().toString();
        try {
            refuseNonRegular(file);
            ReportCache.Stamp stamp = stamp(file);
            Report cached = stamp == null || stamp.size() > maxFileBytes ? null : cache.get(name, stamp);
            Report report = cached != null ? cached : ingest(name, readBytes(file), readSidecar(file));
            if (cached == null && stamp != null) {
                cache.put(name, stamp, report);
            }
            return new Parsed(name, report, null);
        } catch (UnreadableFileException e) {
            log.warn("Skipped {}: {}", name, e.getMessage());
            return new Parsed(name, null, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // a file that needs a parser part the lean jar leaves out (an Outlook message inside a docx) is
            // one skipped file, never a corpus that cannot start
            log.error("Skipped {} after an unexpected error", name, e);
            return new Parsed(name, null, "读取时发生意外错误");
        }
    }

    private static ReportCache.Stamp stamp(Path file) {
        try {
            return ReportCache.Stamp.of(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads one file's bytes; sidecar metadata may be empty. */
    public Report ingest(String fileName, byte[] bytes, Properties sidecar) throws UnreadableFileException {
        if (bytes.length > maxFileBytes) {
            throw new UnreadableFileException("文件过大（超过 " + sizeLabel(maxFileBytes) + "）");
        }
        FileText fileText = reader.read(fileName, bytes);
        String text = cleaner.clean(fileText.text());
        if (text.isBlank()) {
            throw new UnreadableFileException("文件中没有可读的文字（可能是扫描件或空文档）");
        }
        String id = reportId(normalizer.normalize(text));
        ReportStructure structure;
        try {
            structure = structureParser.parse(id, text, fileName);
        } catch (ReportFormatException e) {
            throw new UnreadableFileException(e.getMessage());
        }
        Report report = sidecars.apply(sidecar, new Report(id, fileName, fileText.format(),
                structure.title() != null ? structure.title() : FileNames.titleOf(fileName), structure.issuer(),
                structure.place() == null ? Place.UNKNOWN : structure.place(),
                structure.year() == null ? Report.UNKNOWN_YEAR : structure.year(), structure.publishedOn(), null,
                structure.paragraphs()));
        if (!report.pending().isEmpty()) {
            log.warn("{}: {} not found in the text; shown as 待补充 until an editor sets them", fileName,
                    report.pending());
        }
        return report;
    }

    /**
     * A symbolic link could make the corpus read any file the server can read (and cite it to users), so
     * links are never followed; folders and devices are not reports either.
     */
    private static void refuseNonRegular(Path file) throws UnreadableFileException {
        if (Files.isSymbolicLink(file)) {
            throw new UnreadableFileException("是符号链接，出于安全原因不读取；请把报告文件本身放入语料目录");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnreadableFileException("是文件夹，不是报告文件；语料目录只读取其中的文件，不读取子文件夹");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnreadableFileException("不是普通文件，无法读取");
        }
    }

    private byte[] readBytes(Path file) throws UnreadableFileException {
        try {
            if (Files.size(file) > maxFileBytes) {
                throw new UnreadableFileException("文件过大（超过 " + sizeLabel(maxFileBytes) + "）");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException("无法读取文件");
        }
    }

    static String sizeLabel(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : Math.max(1, bytes >> 10) + " KiB";
    }

    static Properties readSidecar(Path file) {
        Properties props = new Properties();
        Path sidecar = file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
        if (Files.isRegularFile(sidecar)) {
            try (var in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Ignored unreadable sidecar {}", sidecar);
            }
        }
        return props;
    }

    static String reportId(String normalizedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalizedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
