package org.allianceplanner.model;

/** The fields a grassroots party organization comes from (机关、学校、医院、国企、非公企业、社会组织). */
public enum OrganizationType {
    AGENCY("机关", "agency"),
    SCHOOL("学校", "school"),
    HOSPITAL("医院", "hospital"),
    STATE_ENTERPRISE("国有企业", "state enterprise"),
    PRIVATE_ENTERPRISE("非公企业", "private enterprise"),
    SOCIAL_ORGANIZATION("社会组织", "social organization"),
    /** A county-level leader serving as a community's first secretary (第一书记), as in Hejiang. */
    COUNTY_LEADER("县级领导", "county leader");

    private final String zh;
    private final String en;

    OrganizationType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
