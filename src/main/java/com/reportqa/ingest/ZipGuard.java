package com.reportqa.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses zip bombs before Tika or POI see a zip-based file (docx). Sizes are counted while inflating,
 * not taken from the headers, which an attacker writes. POI's own ZipSecureFile check only runs when POI
 * opens the package, after Tika's detector has already read entries, so this check comes first.
 */
final class ZipGuard {

    /** No real report unpacks to more than this; a Word file of 20 MiB of text is already huge. */
    static final long MAX_TOTAL_BYTES = 200L << 20;
    /** Text XML compresses about 10:1; POI refuses above 100:1 (its minimum inflate ratio of 0.01). */
    static final long MAX_RATIO = 100;
    /** Ratios are only judged above this size, so a tiny, very repetitive part is not refused. */
    private static final long RATIO_FLOOR_BYTES = 1L << 20;
    private static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static void check(byte[] bytes) throws UnreadableFileException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_TOTAL_BYTES || (total > RATIO_FLOOR_BYTES && total > MAX_RATIO * bytes.length)) {
                        throw bomb();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a zip that Java cannot walk is reported by the parser as damaged, with its own message
        }
    }

    private static UnreadableFileException bomb() {
        return new UnreadableFileException("文件解压后异常庞大（疑似压缩炸弹），已拒绝；请上传正常的 Word 文档");
    }
}
