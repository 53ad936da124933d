package org.allianceplanner.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared vocabulary of community needs and unit capabilities, so that a need and the capability
 * that serves it carry the same code. Problems may use other codes; they are shown as written.
 * The categories follow the in-service party members' reporting categories in DOMAIN.md plus the
 * needs the source reports name (elderly care, children, roads, sanitation, utilities…).
 */
public final class ServiceVocabulary {

    private record Label(String zh, String en) {
    }

    private static final Map<String, Label> LABELS = new LinkedHashMap<>();

    static {
        add("PARTY_BUILDING", "组织建设", "organization building");
        add("LEGAL_AID", "法律咨询与援助", "legal advice and aid");
        add("EMPLOYMENT_ASSISTANCE", "帮困扶残与就业", "poverty and disability help, employment");
        add("GOVERNANCE", "社区治理", "community governance");
        add("HEALTH_CARE", "医疗卫生", "health care");
        add("ELDERLY_CARE", "养老服务", "elderly care");
        add("CHILDREN_YOUTH", "青少年与儿童服务", "children and youth");
        add("CULTURE_SPORTS", "文化体育", "culture and sports");
        add("SAFETY_PATROL", "平安宣传与治安巡逻", "safety publicity and patrols");
        add("ROADS_FACILITIES", "道路与市政设施", "roads and municipal facilities");
        add("SANITATION", "环境卫生", "sanitation and environment");
        add("HOUSING_PROPERTY", "住房与物业", "housing and property management");
        add("UTILITIES", "水电气服务", "water, power and gas");
        add("MARKET_SAFETY", "食品安全与市场秩序", "food safety and market order");
        add("VOLUNTEERING", "志愿服务", "volunteering");
    }

    private ServiceVocabulary() {
    }

    private static void add(String code, String zh, String en) {
        LABELS.put(code, new Label(zh, en));
    }

    public static Map<String, String> chineseLabels() {
        Map<String, String> map = new LinkedHashMap<>();
        LABELS.forEach((code, label) -> map.put(code, label.zh()));
        return map;
    }

    public static boolean isKnown(String code) {
        return LABELS.containsKey(code);
    }

    public static String zh(String code) {
        Label label = LABELS.get(code);
        return label == null ? code : label.zh();
    }

    public static String en(String code) {
        Label label = LABELS.get(code);
        return label == null ? code : label.en();
    }
}
