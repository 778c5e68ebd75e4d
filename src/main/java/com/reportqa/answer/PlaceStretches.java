package com.reportqa.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a comparison says of each place it names: the words after each mention of the place, up to the next
 * mention of any place named (江口镇搞的法治宣讲和雁峰区的“法治护企”专题讲座 → 搞的法治宣讲和, 的“法治护企”专题讲座).
 */
final class PlaceStretches {

    private PlaceStretches() {
    }

    /**
     * The question's words after each mention of the i-th place, up to the next mention of any place named (我看江口和
     * 健龙都有…：江口新增的…, 健龙走访的…: 江口 has the stretches 和 and 新增的…).
     */
    static List<String> of(String text, List<String> places, int i) {
        List<String> out = new ArrayList<>();
        for (int from = text.indexOf(places.get(i)); from >= 0; from = text.indexOf(places.get(i), from + 1)) {
            int start = from + places.get(i).length();
            int end = text.length();
            for (String other : places) {
                int at = text.indexOf(other, start);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            out.add(text.substring(start, end));
        }
        return out;
    }

}
