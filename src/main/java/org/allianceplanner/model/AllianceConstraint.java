package org.allianceplanner.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of constraints: the principle it serves, the name a request uses to override a
 * weight, its score level, its default weight and what it means in Chinese and English. Soft weights are in "metres of travel":
 * a default of 3000 means the preference is worth as much as 3 km of distance.
 */
public enum AllianceConstraint {
    COMMUNITY_OVER_MAX(ConstraintGroup.RULES, "communityOverMax", ConstraintLevel.HARD, 1,
            "社区成员单位超过上限", "community above its maximum members", "每超出一个单位", "per member over"),
    COMMUNITY_UNDER_MIN(ConstraintGroup.RULES, "communityUnderMin", ConstraintLevel.HARD, 1,
            "社区成员单位低于下限", "community below its minimum members", "每缺少一个单位", "per member missing"),
    EXCLUDED_COMMUNITY(ConstraintGroup.RULES, "excludedCommunity", ConstraintLevel.HARD, 1,
            "单位被分入其排除的社区", "organization in an excluded community", "每个单位", "per organization"),
    MAX_DISTANCE(ConstraintGroup.RULES, "maxDistance", ConstraintLevel.HARD, 1,
            "单位距社区超过最大距离", "organization farther than the maximum distance", "每个单位", "per organization"),
    TYPE_QUOTA(ConstraintGroup.RULES, "typeQuota", ConstraintLevel.HARD, 1,
            "联合体单位类型配额未满足", "type quota broken", "每差一个单位", "per member off quota"),
    MOVE_BUDGET(ConstraintGroup.RULES, "moveBudget", ConstraintLevel.HARD, 1,
            "调整单位数超过上限", "more organizations moved than the budget allows", "每超出一个单位",
            "per organization over the budget"),
    UNASSIGNED(ConstraintGroup.RULES, "unassigned", ConstraintLevel.MEDIUM, 1,
            "单位未分配", "organization left unassigned", "每个单位", "per organization"),
    DISTANCE(ConstraintGroup.LOCALITY, "distance", ConstraintLevel.SOFT, 1,
            "单位到社区的距离", "distance from organization to community", "每米", "per metre"),
    HOME_COMMUNITY(ConstraintGroup.LOCALITY, "homeCommunity", ConstraintLevel.SOFT, 3000,
            "驻区单位未分入所在社区", "organization not in its home community", "每个单位", "per organization"),
    OUTSIDE_STREET(ConstraintGroup.LOCALITY, "outsideStreet", ConstraintLevel.SOFT, 1500,
            "单位分到本街道以外", "organization outside its own street", "每个单位", "per organization"),
    UNCOVERED_NEED(ConstraintGroup.NEED_MATCH, "uncoveredNeed", ConstraintLevel.SOFT, 2000,
            "社区需求无成员单位满足", "community need no member covers", "每个优先级点", "per priority point"),
    IDLE_MEMBER(ConstraintGroup.NEED_MATCH, "idleMember", ConstraintLevel.SOFT, 1000,
            "成员单位职能与社区需求不匹配", "member serves none of the community's needs", "每个单位", "per organization"),
    SIZE_BALANCE(ConstraintGroup.BALANCE, "sizeBalance", ConstraintLevel.SOFT, 1500,
            "联合体成员数量不均衡", "members per alliance off target", "偏差平方", "per squared member deviation"),
    PARTY_MEMBER_BALANCE(ConstraintGroup.BALANCE, "partyMemberBalance", ConstraintLevel.SOFT, 50,
            "联合体党员人数不均衡", "party members per alliance off target", "每偏离1%",
            "per percent off"),
    TYPE_DIVERSITY(ConstraintGroup.BALANCE, "typeDiversity", ConstraintLevel.SOFT, 500,
            "同类单位扎堆", "one type crowding an alliance", "每对同类单位", "per same-type pair"),
    STABILITY(ConstraintGroup.STABILITY, "stability", ConstraintLevel.SOFT, 0,
            "单位调离现有社区", "organization moved from its current community", "每个单位", "per organization"),
    ACTIVITY_ON_HOLIDAY(ConstraintGroup.CALENDAR, "activityOnHoliday", ConstraintLevel.HARD, 1,
            "活动安排在法定节假日", "activity on a public holiday", "每项活动", "per activity"),
    ACTIVITY_DAY_KIND(ConstraintGroup.CALENDAR, "activityDayKind", ConstraintLevel.HARD, 1,
            "活动日期类型不符", "activity on a kind of day its type does not allow", "每项活动", "per activity"),
    ACTIVITY_OUTSIDE_WINDOW(ConstraintGroup.CALENDAR, "activityOutsideWindow", ConstraintLevel.HARD, 1,
            "活动不在规定时段内", "activity outside its window", "每项活动", "per activity"),
    REVIEW_PANEL_CAPACITY(ConstraintGroup.CALENDAR, "reviewPanelCapacity", ConstraintLevel.HARD, 1,
            "述职评议超过评议组每日容量", "more year-end reviews in a day than the panel holds", "每超出一项",
            "per review over"),
    ALLIANCE_SAME_DAY(ConstraintGroup.CALENDAR, "allianceSameDay", ConstraintLevel.HARD, 1,
            "同一联合体同日两项活动", "two activities of one alliance on one day", "每对活动", "per pair"),
    MEMBER_BLACKOUT(ConstraintGroup.CALENDAR, "memberBlackout", ConstraintLevel.HARD, 1,
            "活动日成员单位不便参加", "activity on a member's blackout date", "每项活动的每个单位",
            "per member and activity"),
    THEMED_PARTY_DAY(ConstraintGroup.CALENDAR, "themedPartyDay", ConstraintLevel.SOFT, 1000,
            "主题党日偏离全县固定日", "themed party day away from the county's fixed day", "每偏离一天",
            "per day away"),
    ACTIVITY_GAP(ConstraintGroup.CALENDAR, "activityGap", ConstraintLevel.SOFT, 300,
            "同一联合体活动间隔过近", "activities of one alliance too close together", "每少一天", "per day short"),
    STREET_DAILY_LOAD(ConstraintGroup.CALENDAR, "streetDailyLoad", ConstraintLevel.SOFT, 2000,
            "街道单日活动过多", "too many activities in one street on one day", "每超出一项", "per activity over"),
    ACTIVITY_SPREAD(ConstraintGroup.CALENDAR, "activitySpread", ConstraintLevel.SOFT, 100,
            "同类活动扎堆在同一天", "activities of one type piled on one day", "每对同日同类活动",
            "per same-day pair");

    private final ConstraintGroup group;
    private final String id;
    private final ConstraintLevel level;
    private final long defaultWeight;
    private final String zh;
    private final String en;
    private final String unitZh;
    private final String unitEn;

    AllianceConstraint(ConstraintGroup group, String id, ConstraintLevel level, long defaultWeight, String zh, String en, String unitZh,
            String unitEn) {
        this.group = group;
        this.id = id;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.zh = zh;
        this.en = en;
        this.unitZh = unitZh;
        this.unitEn = unitEn;
    }

    /** The name used in requests ("weights"), in the analysis and as the OptaPlanner constraint name. */
    public String id() {
        return id;
    }

    public ConstraintGroup group() {
        return group;
    }

    public ConstraintLevel level() {
        return level;
    }

    public long defaultWeight() {
        return defaultWeight;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** What one unit of the match weight is, e.g. 每米 (per metre). */
    public String unitZh() {
        return unitZh;
    }

    public String unitEn() {
        return unitEn;
    }

    public static Optional<AllianceConstraint> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
