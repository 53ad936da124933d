package org.allianceplanner.testing;

import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small made-up county that solves in a second or two: six communities in two streets about a
 * kilometre apart, thirty organizations near them. Built in code, so that tests of adoption,
 * rebalancing and durability do not depend on the shipped datasets. Each call gives its own scope.
 */
public final class SmallCounty {

    public static final int COMMUNITIES = 6;
    public static final int ORGANIZATIONS = 30;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TYPES = {"AGENCY", "SCHOOL", "HOSPITAL", "STATE_ENTERPRISE", "PRIVATE_ENTERPRISE",
            "SOCIAL_ORGANIZATION"};
    private static final String[] SERVICES = {"ELDERLY_CARE", "LEGAL_AID", "HEALTH_CARE", "CHILDREN_YOUTH",
            "SANITATION", "SAFETY_PATROL", "CULTURE_SPORTS", "ROADS_FACILITIES"};

    private SmallCounty() {
    }

    /** The problem for {@code scope} (also its name). */
    public static ObjectNode problem(String scope) {
        Random random = new Random(42);
        ObjectNode plan = JSON.createObjectNode();
        plan.put("name", "测试县 " + scope);
        plan.put("scope", scope);
        ArrayNode communities = plan.putArray("communities");
        for (int i = 0; i < COMMUNITIES; i++) {
            ObjectNode c = communities.addObject();
            c.put("id", "c" + (i + 1));
            c.put("name", "社区" + (i + 1));
            c.put("street", street(i));
            location(c, i, 0, 0);
            c.put("population", 3000 + 500 * i);
            ArrayNode needs = c.putArray("needs");
            needs.addObject().put("code", SERVICES[i % SERVICES.length]).put("priority", 3);
            needs.addObject().put("code", SERVICES[(i + 3) % SERVICES.length]).put("priority", 1);
            c.put("minMembers", 2);
            c.put("maxMembers", 8);
        }
        ArrayNode organizations = plan.putArray("organizations");
        for (int k = 0; k < ORGANIZATIONS; k++) {
            int near = k % COMMUNITIES;
            organizations.add(organization("o" + (k + 1), "单位" + (k + 1), TYPES[k % TYPES.length], near,
                    (random.nextDouble() - 0.5) * 0.004, (random.nextDouble() - 0.5) * 0.004,
                    SERVICES[(k * 5 + 1) % SERVICES.length], k % 3 == 0 ? "c" + (near + 1) : null,
                    10 + random.nextInt(50)));
        }
        plan.putObject("rules").put("sizeBalance", "EQUAL").put("maxDistanceKm", 20);
        return plan;
    }

    /** An organization standing next to community index {@code near} (0-based), offset in degrees. */
    public static ObjectNode organization(String id, String name, String type, int near, double dLat, double dLon,
            String capability, String homeCommunity, int partyMembers) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("name", name);
        o.put("type", type);
        o.put("street", street(near));
        location(o, near, dLat, dLon);
        if (homeCommunity != null) {
            o.put("homeCommunity", homeCommunity);
        }
        o.put("partyMembers", partyMembers);
        o.putArray("capabilities").add(capability);
        return o;
    }

    public static String street(int community) {
        return community < COMMUNITIES / 2 ? "桂溪街道" : "桂阳街道";
    }

    public static ObjectNode location(ObjectNode node, int community, double dLat, double dLon) {
        node.putObject("location").put("lat", 30.300 + 0.011 * community + dLat).put("lon", 107.340 + dLon);
        return node;
    }

    public static String json(String scope) {
        return problem(scope).toString();
    }
}
