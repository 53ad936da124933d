package org.allianceplanner.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of constraints: the name a request uses to override a weight, its score level, its
 * default weight and what it means in Chinese and English. Soft weights are in "metres of travel":
 * a default of 3000 means the preference is worth as much as 3 km of distance.
 */
public enum AllianceConstraint {
    COMMUNITY_OVER_MAX("communityOverMax", ConstraintLevel.HARD, 1,
            "社区成员单位超过上限", "community above its maximum members", "每超出一个单位", "per member over"),
    COMMUNITY_UNDER_MIN("communityUnderMin", ConstraintLevel.HARD, 1,
            "社区成员单位低于下限", "community below its minimum members", "每缺少一个单位", "per member missing"),
    EXCLUDED_COMMUNITY("excludedCommunity", ConstraintLevel.HARD, 1,
            "单位被分入其排除的社区", "organization in an excluded community", "每个单位", "per organization"),
    MAX_DISTANCE("maxDistance", ConstraintLevel.HARD, 1,
            "单位距社区超过最大距离", "organization farther than the maximum distance", "每个单位", "per organization"),
    TYPE_QUOTA("typeQuota", ConstraintLevel.HARD, 1,
            "联合体单位类型配额未满足", "type quota broken", "每差一个单位", "per member off quota"),
    MOVE_BUDGET("moveBudget", ConstraintLevel.HARD, 1,
            "调整单位数超过上限", "more organizations moved than the budget allows", "每超出一个单位",
            "per organization over the budget"),
    UNASSIGNED("unassigned", ConstraintLevel.MEDIUM, 1,
            "单位未分配", "organization left unassigned", "每个单位", "per organization"),
    DISTANCE("distance", ConstraintLevel.SOFT, 1,
            "单位到社区的距离", "distance from organization to community", "每米", "per metre"),
    HOME_COMMUNITY("homeCommunity", ConstraintLevel.SOFT, 3000,
            "驻区单位未分入所在社区", "organization not in its home community", "每个单位", "per organization"),
    OUTSIDE_STREET("outsideStreet", ConstraintLevel.SOFT, 1500,
            "单位分到本街道以外", "organization outside its own street", "每个单位", "per organization"),
    UNCOVERED_NEED("uncoveredNeed", ConstraintLevel.SOFT, 2000,
            "社区需求无成员单位满足", "community need no member covers", "每个优先级点", "per priority point"),
    IDLE_MEMBER("idleMember", ConstraintLevel.SOFT, 1000,
            "成员单位职能与社区需求不匹配", "member serves none of the community's needs", "每个单位", "per organization"),
    SIZE_BALANCE("sizeBalance", ConstraintLevel.SOFT, 1500,
            "联合体成员数量不均衡", "members per alliance off target", "偏差平方", "per squared member deviation"),
    PARTY_MEMBER_BALANCE("partyMemberBalance", ConstraintLevel.SOFT, 50,
            "联合体党员人数不均衡", "party members per alliance off target", "偏差(以10人计)平方", "per squared deviation in tens of party members"),
    TYPE_DIVERSITY("typeDiversity", ConstraintLevel.SOFT, 500,
            "同类单位扎堆", "one type crowding an alliance", "每对同类单位", "per same-type pair"),
    STABILITY("stability", ConstraintLevel.SOFT, 0,
            "单位调离现有社区", "organization moved from its current community", "每个单位", "per organization");

    private final String id;
    private final ConstraintLevel level;
    private final long defaultWeight;
    private final String zh;
    private final String en;
    private final String unitZh;
    private final String unitEn;

    AllianceConstraint(String id, ConstraintLevel level, long defaultWeight, String zh, String en, String unitZh,
            String unitEn) {
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
