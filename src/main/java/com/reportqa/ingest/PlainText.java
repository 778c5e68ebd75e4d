package com.reportqa.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A content check that tells plain text from everything else, cheaper than a full magic scan. */
final class PlainText {

    private static final int PROBE = 8192;

    private PlainText() {
    }

    /**
     * True for UTF-8 text with no control bytes other than tab, line breaks, form feed and escape in its first
     * 8 KiB, that does not open like markup ({@code <}), a PDF ({@code %PDF}) or RTF ({@code {\rtf}). Binary
     * formats (zip, OLE, ELF, EXE, images) carry control bytes early, and GBK or UTF-16 text is not valid
     * UTF-8 — all of these go to the full detection.
     */
    static boolean looksLikePlainText(byte[] bytes) {
        int n = Math.min(bytes.length, PROBE);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int first = -1;
        for (int i = start; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                return false;
            }
            if (first < 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                first = i;
            }
        }
        if (first < 0 || !utf8(bytes, n)) {
            return false;
        }
        return !(opensWith(bytes, first, "<") || opensWith(bytes, first, "%PDF") || opensWith(bytes, first, "{\\rtf"));
    }

    /** Valid UTF-8 as far as the probe goes (a character cut at its end is fine). */
    private static boolean utf8(byte[] bytes, int n) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var result = decoder.decode(ByteBuffer.wrap(bytes, 0, n), CharBuffer.allocate(n), false);
        return !result.isError();
    }

    private static boolean opensWith(byte[] bytes, int at, String prefix) {
        if (at + prefix.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase((char) (bytes[at + i] & 0xFF)) != Character.toLowerCase(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
