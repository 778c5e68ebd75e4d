package com.reportqa.question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The one normalisation of what a user typed, applied before any check: the UI, REST, the event stream and
 * the CLI all reach it through {@code AnswerService.check} and {@link QuestionParser#parse}.
 *
 * <p>Invisible characters are removed because they change nothing a reader sees but everything a matcher
 * sees: a NUL-only question looked non-empty and then failed deep in retrieval, and a zero-width space inside
 * 健龙镇 hides the place. Removed: C0/C1 controls (NUL included), format characters (zero-width spaces and
 * joiners, bidi marks and overrides, BOM, soft hyphen, tag characters) and unpaired surrogates. Whitespace of
 * any kind (tab, line breaks, full-width U+3000, no-break spaces) becomes one ASCII space, runs of it one
 * space, and the ends are stripped.
 */
public final class QuestionText {

    private QuestionText() {
    }

    /**
     * @param raw what the user typed; null gives ""
     * @return the question as it is checked, parsed and echoed; "" when nothing visible is left
     */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = !out.isEmpty();
            } else if (!isInvisible(cp)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Words of a question as an answer may quote them (报告中没有写明“…”的数字): square brackets become full-width,
     * because in an answer {@code [1]} is a citation marker, and a question's {@code [1]} — typed, or left when
     * the parser took a place out of {@code [健龙镇1]} — would point at a citation that may not exist.
     *
     * @param words taken from the question; null stays null
     * @return the same words without ASCII square brackets
     */
    public static String quotable(String words) {
        return words == null ? null : words.replace('[', '［').replace(']', '］');
    }

    /**
     * Two actions sharing one 率 written out as two rate words, the second in brackets as the first's alternative:
     * 化解（办结）率, 化解/办结率 and 化解/办结的比例 become 化解率（办结率）, so that the rate and its alternative are read as
     * any other.
     *
     * @param question the cleaned question
     * @return the question with every shared 率 written out; the same text when it has none
     */
    public static String sharedRateSpelledOut(String question) {
        String spelled = SHARED_RATE.matcher(question).replaceAll(
                m -> m.group(1) + "率（" + (m.group(2) != null ? m.group(2) : m.group(3)) + "率）");
        // 人民调解（调处）成功率: the alternative shares the words after it too (调解成功率, 调处成功率)
        return SHARED_TAIL.matcher(spelled).replaceAll("$1$3率（$2$3率）");
    }

    private static final Pattern SHARED_TAIL = Pattern.compile(
            "(\\p{IsHan}{2})\\s*[（(]\\s*(\\p{IsHan}{2})\\s*[）)]\\s*(\\p{IsHan}{1,2})率");

    private static final Pattern SHARED_RATE = Pattern.compile(
            // 化解（调解成功）率: the alternative in brackets may be a longer action
            "(\\p{IsHan}{2})(?<!率)\\s*(?:[（(]\\s*(\\p{IsHan}{2,4})\\s*[）)]|[/／或](\\p{IsHan}{2}))"
                    + "\\s*(?:的\\s*)?(?:率|比例)");

    /**
     * A short, stable fingerprint of a question for logs, which must not hold what users asked.
     *
     * @param question the cleaned question
     * @return the first 12 hex digits of its SHA-256
     */
    public static String hash(String question) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((question == null ? "" : question).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isInvisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> true;
            default -> false;
        };
    }
}
