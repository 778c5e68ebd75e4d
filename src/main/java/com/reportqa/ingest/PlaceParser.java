package com.reportqa.ingest;

import com.reportqa.ingest.PlaceGrammar.Level;
import com.reportqa.ingest.PlaceGrammar.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the administrative place at the start of an organisation name or report title, e.g.
 * "中共云阳县江口镇委员会" → 云阳县 / 江口镇, "重庆市璧山区健龙镇人民政府关于2024年度…" → 重庆市 / 璧山区 / 健龙镇.
 *
 * <p>Works without a gazetteer: among all ways to cut the leading Han characters into "name + suffix" tokens
 * with strictly descending levels it keeps the chain with the most tokens, then the least unusual one (see
 * {@link PlaceGrammar}). Parsing stops at the first word that is not a place (人民政府, 委员会, 关于, a year …).
 * Only levels that are written are returned.
 */
public final class PlaceParser {

    /** Words in front of the place that are not part of it. */
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:[\\s\"'“”‘’《〈「『（(【\\[]+|(?:信息)?来源\\s*[:：]|发布机构\\s*[:：]|中国共产党|中共|关于)");

    /** A chain of four levels never needs more characters than this; bounds the work for huge inputs. */
    private static final int MAX_CHAIN_CHARS = 80;

    private record Chain(List<Token> tokens, int penalty) {
        static final Chain EMPTY = new Chain(List.of(), 0);

        boolean betterThan(Chain other) {
            if (tokens.size() != other.tokens.size()) {
                return tokens.size() > other.tokens.size();
            }
            return penalty < other.penalty;
        }
    }

    /**
     * @param orgOrTitle an organisation name, title, "来源: …" value or signature line; null or garbage is fine
     * @return the written place, or empty when the text does not start with a place
     */
    public Optional<Place> parse(String orgOrTitle) {
        if (orgOrTitle == null || orgOrTitle.isBlank()) {
            return Optional.empty();
        }
        String s = stripLeadingNoise(orgOrTitle);
        if (s.length() > MAX_CHAIN_CHARS) {
            s = s.substring(0, MAX_CHAIN_CHARS);
        }
        Chain best = bestChain(s, 0, null, 0);
        if (best.tokens().isEmpty()) {
            return Optional.empty();
        }
        String[] levels = new String[Level.values().length];
        for (Token token : best.tokens()) {
            levels[token.level().ordinal()] = token.text();
        }
        return Optional.of(new Place(levels[0], levels[1], levels[2], levels[3]));
    }

    private static String stripLeadingNoise(String text) {
        String s = text.length() > 4 * MAX_CHAIN_CHARS ? text.substring(0, 4 * MAX_CHAIN_CHARS) : text;
        for (int guard = 0; guard < 8; guard++) {
            String stripped = LEADING_NOISE.matcher(s).replaceFirst("");
            if (stripped.equals(s)) {
                break;
            }
            s = stripped;
        }
        return s;
    }

    /** Best chain starting at {@code pos} below {@code parent}; depth is at most four levels. */
    private static Chain bestChain(String s, int pos, Level parent, int depth) {
        Chain best = Chain.EMPTY;
        if (depth >= Level.values().length || pos >= s.length()) {
            return best;
        }
        for (Token token : PlaceGrammar.tokensAt(s, pos, parent)) {
            Chain rest = bestChain(s, token.end(), token.level(), depth + 1);
            if (token.bare() && rest.tokens().isEmpty()) {
                continue; // "重庆" or "湖南" alone is just a word
            }
            List<Token> tokens = new ArrayList<>(rest.tokens().size() + 1);
            tokens.add(token);
            tokens.addAll(rest.tokens());
            Chain candidate = new Chain(tokens, token.penalty() + rest.penalty());
            if (candidate.betterThan(best)) {
                best = candidate;
            }
        }
        return best;
    }
}
