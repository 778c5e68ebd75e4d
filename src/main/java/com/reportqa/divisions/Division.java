package com.reportqa.divisions;

/**
 * One administrative division of the national list: a province, city, county (区/县/县级市/旗) or town (镇/乡/街道).
 *
 * @param code GB/T 2260 code: 2 digits for a province, 4 for a city, 6 for a county, 9 for a town or street
 * @param name the official name, e.g. "澧浦镇", "金东区", "重庆市"
 */
public record Division(String code, String name) {

    /** Levels top-down, as the code length says. */
    public enum Level { PROVINCE, CITY, COUNTY, TOWN }

    public Level level() {
        return switch (code.length()) {
            case 2 -> Level.PROVINCE;
            case 4 -> Level.CITY;
            case 6 -> Level.COUNTY;
            default -> Level.TOWN;
        };
    }

    /** 北京市, 天津市, 上海市, 重庆市: provinces by code, written as cities in report titles. */
    public boolean municipality() {
        return level() == Level.PROVINCE && name.endsWith("市");
    }
}
