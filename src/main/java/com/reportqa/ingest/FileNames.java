package com.reportqa.ingest;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Makes an uploaded file name safe to create in the corpus folder: the name a browser or client sends is
 * untrusted (it may carry "../", an absolute path, control or bidi characters, or be very long), so only
 * its last path segment survives, cleaned, and an existing file is never overwritten.
 */
final class FileNames {

    /** Linux allows 255 bytes; 80 characters of stem stay under it even in 3-byte UTF-8 Chinese. */
    static final int MAX_STEM_CHARS = 80;
    private static final int MAX_EXTENSION_CHARS = 10;

    private FileNames() {
    }

    /** The last path segment, without control, format or reserved characters; never empty, never hidden. */
    static String sanitize(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            if (invisible) {
                return;
            }
            clean.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 || Character.isWhitespace(cp) ? '_' : cp);
        });
        String cleaned = clean.toString().replaceAll("^[._\\-]+", "").replaceAll("[._]+$", "");
        int dot = cleaned.lastIndexOf('.');
        String stem = dot > 0 ? cleaned.substring(0, dot) : cleaned;
        String ext = dot > 0 ? cleaned.substring(dot + 1) : "";
        if (ext.length() > MAX_EXTENSION_CHARS) {
            stem = cleaned;
            ext = "";
        }
        stem = truncate(stem, MAX_STEM_CHARS);
        if (stem.isEmpty()) {
            stem = "report";
        }
        return ext.isEmpty() ? stem : stem + "." + ext;
    }

    /** {@code name} in {@code dir}, or {@code name-2}, {@code name-3}… when a file of that name exists. */
    /** A file name that reads as a report title (雁峰区2024年度法治政府建设报告.docx): its stem, else null. */
    static String titleOf(String fileName) {
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        long han = stem.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han >= 6 && HeaderLines.titleScore(stem) >= 3 ? stem.strip() : null;
    }

    static Path unusedTarget(Path dir, String name) {
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(dir.resolve(target.getFileName() + ReportIngester.SIDECAR_SUFFIX)); n++) {
            target = dir.resolve(stem + "-" + n + ext);
        }
        return target;
    }

    private static String truncate(String s, int maxCodePoints) {
        return s.codePointCount(0, s.length()) <= maxCodePoints ? s
                : s.substring(0, s.offsetByCodePoints(0, maxCodePoints));
    }
}
