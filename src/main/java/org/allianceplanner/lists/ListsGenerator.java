package org.allianceplanner.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.NeedDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.model.ServiceVocabulary;

/**
 * Synthetic three lists for a county from a seed: needs raised in its communities (mostly in the
 * categories each community needs), resources its units offer in their capabilities, and projects
 * already claimed and done, each taken by a resource of the need's alliance first, then the street,
 * then the county. The sizes are what a county reports (Dianjiang, end of 2018: 292 needs, 353
 * resources, 149 projects, 115 completed); titles, dates and capacities are invented.
 */
public final class ListsGenerator {

    /** How many of each to make. */
    public record Sizes(int needs, int resources, int projects, int completed) {
    }

    /** Dianjiang's reported figures (三个做什么任务清单, end of 2018). */
    public static final Sizes DIANJIANG = new Sizes(292, 353, 149, 115);

    private static final Map<String, List<String>> NEED_TITLES = new LinkedHashMap<>();
    private static final Map<String, List<String>> RESOURCE_TITLES = new LinkedHashMap<>();

    static {
        titles("PARTY_BUILDING", List.of("党员活动室改造", "流动党员联系服务", "党建宣传栏更新"),
                List.of("党课宣讲", "支部共建指导", "党员教育培训"));
        titles("LEGAL_AID", List.of("物业纠纷法律咨询", "老年人防诈骗讲座", "邻里纠纷调解"),
                List.of("法律咨询进社区", "普法讲座", "纠纷调解志愿者"));
        titles("EMPLOYMENT_ASSISTANCE", List.of("困难家庭就业帮扶", "残疾人居家就业培训", "失业人员技能培训"),
                List.of("就业岗位推荐", "技能培训课程", "帮困慰问"));
        titles("GOVERNANCE", List.of("小区业委会组建指导", "网格员培训", "楼栋长议事会"),
                List.of("社区治理指导", "议事协商培训", "网格化管理支持"));
        titles("HEALTH_CARE", List.of("老年人义诊", "慢病随访", "母婴健康讲座"),
                List.of("义诊进社区", "健康讲座", "家庭医生签约服务"));
        titles("ELDERLY_CARE", List.of("独居老人定期探访", "老年助餐点", "日间照料中心水电费"),
                List.of("敬老志愿服务", "助餐配送", "适老化改造支持"));
        titles("CHILDREN_YOUTH", List.of("四点半学校", "留守儿童课业辅导", "暑期安全教育"),
                List.of("课业辅导志愿者", "多彩课堂", "青少年心理辅导"));
        titles("CULTURE_SPORTS", List.of("社区书吧", "广场舞场地照明", "健身器材增设"),
                List.of("文艺演出进社区", "图书捐赠", "体育器材捐赠"));
        titles("SAFETY_PATROL", List.of("夜间治安巡逻", "消防安全检查", "电动车飞线充电整治"),
                List.of("平安巡逻队", "消防演练", "安全宣传"));
        titles("ROADS_FACILITIES", List.of("进山道路硬化", "小区路灯维修", "人行道破损修补"),
                List.of("市政设施维修", "道路养护", "路灯检修"));
        titles("SANITATION", List.of("老旧院落环境整治", "垃圾分类宣传", "背街小巷清扫"),
                List.of("环境整治志愿服务", "清运车辆支持", "绿化修剪"));
        titles("HOUSING_PROPERTY", List.of("老旧小区物业引入", "公租房安全隐患整改", "下水管道破裂维修"),
                List.of("物业管理指导", "房屋安全排查", "维修资金协调"));
        titles("UTILITIES", List.of("天然气开通", "老旧水管更换", "高龄老人水电维修"),
                List.of("水电气上门服务", "管网检修", "用电安全检查"));
        titles("MARKET_SAFETY", List.of("农贸市场周边秩序", "食品安全宣传", "占道经营整治"),
                List.of("食品安全检查", "市场秩序整治", "消费维权宣传"));
        titles("VOLUNTEERING", List.of("爱心超市物品捐赠", "志愿服务站建设", "节日慰问"),
                List.of("志愿服务队", "爱心物资捐赠", "节日慰问活动"));
    }

    private ListsGenerator() {
    }

    private static void titles(String code, List<String> needs, List<String> resources) {
        NEED_TITLES.put(code, needs);
        RESOURCE_TITLES.put(code, resources);
    }

    /** The lists of {@code county} for {@code year}: sizes as given, everything else from {@code seed}. */
    public static ThreeLists generate(PlanDocument county, int year, Sizes sizes, long seed) {
        Random random = new Random(seed);
        List<String> codes = List.copyOf(NEED_TITLES.keySet());
        List<CommunityDocument> communities = county.communities();
        int totalPopulation = communities.stream().mapToInt(c -> c.population() == null ? 1000 : c.population()).sum();

        List<ListNeed> needs = new ArrayList<>();
        for (int i = 0; i < sizes.needs(); i++) {
            CommunityDocument c = byPopulation(communities, totalPopulation, random);
            String code;
            int priority;
            List<NeedDocument> own = c.needs() == null ? List.of() : c.needs();
            if (!own.isEmpty() && random.nextDouble() < 0.7) {
                NeedDocument n = own.get(random.nextInt(own.size()));
                code = n.code();
                priority = n.priorityOrDefault();
            } else {
                code = codes.get(random.nextInt(codes.size()));
                priority = 1 + random.nextInt(3);
            }
            List<String> titles = NEED_TITLES.getOrDefault(code, List.of(ServiceVocabulary.zh(code)));
            String title = c.name() + titles.get(random.nextInt(titles.size()));
            LocalDate raised = LocalDate.of(year - 1, 10, 1).plusDays(random.nextInt(365 + 30));
            NeedSource source = pick(random, NeedSource.JOINT_VISIT, 50, NeedSource.FORUM, 25, NeedSource.HOTLINE, 15,
                    NeedSource.JOINT_MEETING, 10);
            Integer effort = random.nextDouble() < 0.8 ? null : 2 + random.nextInt(2);
            Long budget = code.equals("ROADS_FACILITIES") || code.equals("UTILITIES")
                    ? 10_000L * (1 + random.nextInt(40)) : null;
            needs.add(new ListNeed("N%03d".formatted(i + 1), c.id(), c.street(), title, code, priority, raised, source,
                    effort, budget));
        }

        List<OrganizationDocument> units = county.organizations();
        List<ListResource> resources = new ArrayList<>();
        for (int i = 0; i < sizes.resources(); i++) {
            OrganizationDocument o = units.get(i < units.size() ? i : random.nextInt(units.size()));
            List<String> capabilities = o.capabilities() == null || o.capabilities().isEmpty() ? List.of("VOLUNTEERING")
                    : o.capabilities();
            String code = capabilities.get(random.nextInt(capabilities.size()));
            List<String> titles = RESOURCE_TITLES.getOrDefault(code, List.of(ServiceVocabulary.zh(code)));
            List<Integer> months = random.nextDouble() < 0.7 ? null : someMonths(random);
            String alliance = o.currentCommunity() != null ? o.currentCommunity() : o.homeCommunity();
            CapacityUnit unit = code.equals("VOLUNTEERING") ? CapacityUnit.VOLUNTEER_DAYS : CapacityUnit.TIMES;
            resources.add(new ListResource("R%03d".formatted(i + 1), o.id(), o.name(), alliance, o.street(),
                    titles.get(random.nextInt(titles.size())), code, 1 + random.nextInt(unit == CapacityUnit.TIMES ? 4 : 8),
                    unit, months));
        }

        ThreeLists lists = new ThreeLists(year, needs, resources, List.of(), List.of());
        return lists.withProjects(projects(lists, sizes, random));
    }

    /** Claimed projects for the needs raised first, each with the nearest resource that still has capacity. */
    private static List<ListProject> projects(ThreeLists lists, Sizes sizes, Random random) {
        List<ListNeed> byAge = lists.needs().stream()
                .sorted(Comparator.comparing(ListNeed::raisedOn).thenComparing(ListNeed::id)).toList();
        Map<String, Integer> used = new HashMap<>();
        List<ListProject> projects = new ArrayList<>();
        for (ListNeed n : byAge) {
            if (projects.size() >= sizes.projects()) {
                break;
            }
            ListResource best = null;
            int bestTier = Integer.MAX_VALUE;
            for (ListResource r : lists.resources()) {
                if (!r.capability().equals(n.category())
                        || used.getOrDefault(r.id(), 0) + n.effortOrDefault() > r.capacity()) {
                    continue;
                }
                int tier = n.community().equals(r.alliance()) ? 0 : n.street() != null && n.street().equals(r.street()) ? 1 : 2;
                if (tier < bestTier) {
                    best = r;
                    bestTier = tier;
                }
            }
            if (best == null) {
                continue;
            }
            used.merge(best.id(), n.effortOrDefault(), Integer::sum);
            int k = projects.size();
            boolean done = k < sizes.completed();
            ProjectStatus status = done ? ProjectStatus.DONE : k % 2 == 0 ? ProjectStatus.IN_PROGRESS : ProjectStatus.CLAIMED;
            LocalDate after = n.raisedOn().isBefore(LocalDate.of(lists.year(), 1, 1)) ? LocalDate.of(lists.year(), 1, 1)
                    : n.raisedOn();
            int month = meetingMonthFrom(after.getMonthValue());
            LocalDate claimed = LocalDate.of(lists.year(), month, 10 + random.nextInt(15));
            LocalDate started = status == ProjectStatus.CLAIMED ? null : claimed.plusDays(3 + random.nextInt(20));
            LocalDate completed = done ? started.plusDays(7 + random.nextInt(60)) : null;
            if (completed != null && completed.getYear() > lists.year()) {
                completed = LocalDate.of(lists.year(), 12, 31);
            }
            String meeting = "%s/%d-%02d".formatted(n.community(), lists.year(), month);
            projects.add(new ListProject("P%03d".formatted(k + 1), n.id(), List.of(best.id()), best.organization(), month,
                    status, claimed, meeting, started, completed, null,
                    done ? "已落实：" + n.title() : null, null));
        }
        return projects;
    }

    private static int meetingMonthFrom(int month) {
        for (int m : MeetingMonths.QUARTERLY) {
            if (m >= month) {
                return m;
            }
        }
        return 12;
    }

    private static List<Integer> someMonths(Random random) {
        int start = 1 + random.nextInt(6);
        List<Integer> months = new ArrayList<>();
        for (int m = start; m < start + 6 + random.nextInt(4) && m <= 12; m++) {
            months.add(m);
        }
        return months;
    }

    private static CommunityDocument byPopulation(List<CommunityDocument> communities, int total, Random random) {
        int at = random.nextInt(total);
        for (CommunityDocument c : communities) {
            at -= c.population() == null ? 1000 : c.population();
            if (at < 0) {
                return c;
            }
        }
        return communities.get(communities.size() - 1);
    }

    private static <T> T pick(Random random, Object... choicesAndWeights) {
        int total = 0;
        for (int i = 1; i < choicesAndWeights.length; i += 2) {
            total += (Integer) choicesAndWeights[i];
        }
        int at = random.nextInt(total);
        for (int i = 0; i < choicesAndWeights.length; i += 2) {
            at -= (Integer) choicesAndWeights[i + 1];
            if (at < 0) {
                @SuppressWarnings("unchecked")
                T choice = (T) choicesAndWeights[i];
                return choice;
            }
        }
        throw new IllegalStateException();
    }
}
