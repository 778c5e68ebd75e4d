package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes web-page debris from a report copied from a government site and otherwise keeps the text verbatim.
 *
 * <p>Output contract: lines separated by "\n", each line trimmed of leading and trailing whitespace
 * (indentation is layout, not content), at most one blank line in a row, no leading or trailing blank lines.
 * Inside a line only invisible characters change: zero-width and control characters are removed and
 * non-breaking/typographic spaces become a plain space, so words never get glued together.
 */
public final class TextCleaner {

    /** "您当前的位置: 首页 > …" and friends. */
    private static final Pattern BREADCRUMB_LABEL =
            Pattern.compile("^您?(当前|现在|所在)?的?位置\\s*[:：]");
    /** "首页 > 专题专栏 > …" without a label. */
    private static final Pattern BREADCRUMB_HOME = Pattern.compile("^(网站)?首页\\s*(>|＞|»|›|/|\\\\|\\|)");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]{0,200}\\]");
    private static final Pattern SCAN_QR = Pattern.compile("扫一扫在手机上?(打开|查看|浏览)(当前页面|当前页|本页)?");
    /**
     * A line starting with one of these ends the article: what follows is the site's link list. Only words no
     * report body starts a line with are listed (not e.g. "相关信息", which a paragraph may begin with).
     */
    private static final Pattern END_OF_ARTICLE =
            Pattern.compile("^(相关文章|相关链接|相关阅读|相关新闻|相关推荐)\\s*([:：].*)?$");
    /** "【字体：大 中 小】"; starts with a required character and uses possessive spaces to stay linear. */
    private static final Pattern FONT_SIZE = Pattern.compile(
            "(?:[【\\[]\\s*+)?字[体号]\\s*+[:：]?\\s*+[【\\[]?\\s*+大\\s*+[】\\]]?\\s*+[【\\[]?\\s*+中\\s*+[】\\]]?"
                    + "\\s*+[【\\[]?\\s*+小\\s*+[】\\]]?\\s*+[】\\]]?");
    private static final Pattern BRACKETED_CHROME =
            Pattern.compile("[【\\[]\\s*+(打印本页|打印|关闭窗口|关闭|收藏|返回顶部|分享|保存)\\s*+[】\\]]");
    private static final Pattern BARE_CHROME = Pattern.compile("打印本页|关闭窗口|返回顶部|【】|\\[\\]");
    /** Lines that are pure site chrome once their words are removed. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "^((打印|关闭|收藏|分享到?|浏览次数|阅读次数|访问次数|点击数|浏览量)\\s*+[:：]?\\s*+\\d*+[\\s|｜/、]*+)+$");
    /** Entities left over from HTML copy-paste that stand for spaces. */
    private static final Pattern SPACE_ENTITY = Pattern.compile("&(nbsp|ensp|emsp|#160|#12288);");
    private static final Pattern PREV_NEXT = Pattern.compile("^(上一篇|下一篇)\\s*[:：]");

    /**
     * Cleans one raw report text.
     *
     * @param raw the text as copied from the web page; null is treated as empty
     * @return the cleaned text, possibly empty
     */
    public String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String unified = normalizeInvisibles(raw.indexOf('&') < 0 ? raw : SPACE_ENTITY.matcher(raw).replaceAll(" "));
        List<String> kept = new ArrayList<>();
        for (String line : unified.split("\n", -1)) {
            if (END_OF_ARTICLE.matcher(line.strip()).matches()) {
                break; // end-of-article marker: everything after it is site navigation
            }
            String cleaned = cleanLine(line);
            if (cleaned != null) {
                kept.add(cleaned); // debris lines vanish without leaving a blank line behind
            }
        }
        return joinCollapsingBlanks(kept);
    }

    /** Returns the cleaned line, "" for a blank line, or null when the whole line is debris. */
    private static String cleanLine(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return "";
        }
        if (BREADCRUMB_LABEL.matcher(s).lookingAt() || BREADCRUMB_HOME.matcher(s).lookingAt()
                || PREV_NEXT.matcher(s).lookingAt()) {
            return null;
        }
        // each pattern runs only on lines holding a word it needs: almost no report line has any, and scanning
        // every line with every pattern was a tenth of ingesting a large corpus
        s = removeIf(s, s.contains("[bookmark:"), BOOKMARK);
        s = removeIf(s, s.contains("扫一扫"), SCAN_QR);
        s = removeIf(s, s.contains("字体") || s.contains("字号"), FONT_SIZE);
        s = removeIf(s, s.indexOf('【') >= 0 || s.indexOf('[') >= 0, BRACKETED_CHROME);
        s = removeIf(s, s.contains("打印本页") || s.contains("关闭窗口") || s.contains("返回顶部") || s.contains("【】")
                || s.contains("[]"), BARE_CHROME);
        s = s.strip(); // String.strip() also trims U+3000, the usual Chinese indentation
        return s.isEmpty() || CHROME_LINE.matcher(s).matches() ? null : s;
    }

    private static String removeIf(String line, boolean candidate, Pattern debris) {
        return candidate ? debris.matcher(line).replaceAll("") : line;
    }

    /**
     * Unifies line breaks, drops zero-width and control characters and turns exotic spaces into a plain space.
     * The ideographic space U+3000 is kept inside lines because Chinese typesetting uses it deliberately.
     */
    private static String normalizeInvisibles(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else if (isInvisible(c)) {
                continue;
            } else if (c != ' ' && c != '\u3000' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || Character.getType(c) == Character.CONTROL;
    }

    private static String joinCollapsingBlanks(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }
}
