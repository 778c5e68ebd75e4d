package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * An administrative place as written in a report. Every level may be null: we only keep levels the text
 * actually names, so a missing level means "not written", never "unknown but guessed".
 *
 * @param province 省 / 自治区
 * @param city     市 / 自治州 / 州 / 盟 / 地区; a 直辖市 such as 重庆市 is also stored here
 * @param county   区 / 县 / 旗 / 县级市 / 自治县
 * @param town     镇 / 乡 / 街道
 */
public record Place(String province, String city, String county, String town) {

    /** A report whose text names no place at all, until an editor sets one. */
    public static final Place UNKNOWN = new Place(null, null, null, null);
    /** How a level or a metadata field that is not known is shown to users. */
    public static final String PENDING = "待补充";

    public boolean known() {
        return !levels().isEmpty();
    }

    /** {@link #display()}, or 待补充 for an unknown place. */
    public String displayOrPending() {
        return known() ? display() : PENDING;
    }

    /** The lowest known level, e.g. "健龙镇"; null only when no level is known. */
    public String name() {
        List<String> known = levels();
        return known.isEmpty() ? null : known.get(known.size() - 1);
    }

    /**
     * The name, with the level above it when another of {@code others} has the same name and is another place:
     * two 增福镇 side by side in a table are 增福镇（长葛市） and 增福镇（涪陵区）.
     */
    public String nameAmong(Collection<Place> others) {
        String name = name();
        boolean shared = others.stream().anyMatch(o -> !o.equals(this) && name != null && name.equals(o.name()));
        List<String> known = levels();
        return shared && known.size() >= 2 ? name + "（" + known.get(known.size() - 2) + "）" : name;
    }

    /** All known levels joined without separator, e.g. "重庆市璧山区健龙镇". */
    public String display() {
        // 怀化市洪江管理区 is listed with its city's name in it: written once
        List<String> levels = levels();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            if (i + 1 < levels.size() && levels.get(i + 1).startsWith(levels.get(i))) {
                continue;
            }
            sb.append(levels.get(i));
        }
        return sb.toString();
    }

    /** Non-null levels, top-down. */
    public List<String> levels() {
        List<String> known = new ArrayList<>(4);
        for (String level : new String[] {province, city, county, town}) {
            if (level != null && !level.isEmpty()) {
                known.add(level);
            }
        }
        return Collections.unmodifiableList(known);
    }
}
