package com.reportqa.ingest;

import com.reportqa.divisions.Division;
import com.reportqa.divisions.DivisionNames;
import com.reportqa.divisions.Divisions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Completes a written place with the national list: 徐家湾街道 → 陕西省西安市未央区徐家湾街道. Only when the list
 * decides one division that agrees with every written level; otherwise the place stays as written.
 */
final class PlaceChains {

    private final Divisions divisions;

    PlaceChains(Divisions divisions) {
        this.divisions = divisions;
    }

    /**
     * @param written   the place as the report writes it (never null, may be empty)
     * @param context   other place names the report writes (addressee, body), which may only narrow the choice
     * @param mentioned whether the report's text names a word (a county a same-named town lies in)
     */
    Place complete(Place written, List<String> context, Predicate<String> mentioned) {
        String lowest = written.name();
        if (lowest == null) {
            return written;
        }
        List<String> upper = new ArrayList<>(written.levels().subList(0, written.levels().size() - 1));
        List<String> narrowing = new ArrayList<>(upper);
        context.stream().filter(c -> !c.equals(lowest)).forEach(narrowing::add);
        Optional<Division> decided = divisions.decide(lowest, narrowing, mentioned);
        if (decided.isEmpty() && !context.isEmpty()) {
            decided = divisions.decide(lowest, upper, mentioned); // a context name may be a neighbour, not a parent
        }
        if (decided.isEmpty()) {
            return written;
        }
        Place chain = toPlace(divisions.chain(decided.get()));
        return agrees(written, chain) ? chain : written;
    }

    /**
     * Every written level names one of the chain's divisions (fully or shortly); the level may differ, since
     * a county-level city (宜兴市) is written where a city stands.
     */
    private static boolean agrees(Place written, Place chain) {
        return written.levels().stream().allMatch(w -> chain.levels().stream()
                .anyMatch(c -> c.equals(w) || DivisionNames.aliases(c).contains(w)));
    }

    static Place toPlace(List<Division> chain) {
        String[] levels = new String[4];
        for (Division d : chain) {
            int at = d.municipality() ? Division.Level.CITY.ordinal() : d.level().ordinal();
            levels[at] = d.name();
        }
        return new Place(levels[0], levels[1], levels[2], levels[3]);
    }
}
