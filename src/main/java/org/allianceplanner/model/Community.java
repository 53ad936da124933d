package org.allianceplanner.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;

/**
 * An urban community (社区); with its member organizations it forms one alliance (联合体).
 * <p>
 * It is a planning entity only for its shadow list of members, kept up to date by the solver, so
 * that constraints over whole alliances (size, coverage, quotas) also see empty communities.
 */
@PlanningEntity
public class Community {

    @PlanningId
    private String id;
    private String name;
    private String street;
    private GeoPoint location;
    private int population;
    private List<Need> needs = List.of();
    private Integer minMembers;
    private Integer maxMembers;
    private List<TypeQuota> typeQuotas = List.of();

    // Derived once per problem by PlanPreparation.
    private int index;
    private List<TypeQuota> effectiveQuotas = List.of();
    private int targetMembers;
    private int targetPartyMembers;

    /** The plan's vocabulary, so that a sentence about this one names codes as the problem does. */
    private Vocabulary vocabulary = Vocabulary.SHARED;

    @InverseRelationShadowVariable(sourceVariableName = "community")
    private List<Organization> members = new ArrayList<>();

    public Community() {
    }

    public Community(String id, String name, String street, GeoPoint location, int population, List<Need> needs) {
        this.id = id;
        this.name = name;
        this.street = street;
        this.location = location;
        this.population = population;
        this.needs = List.copyOf(needs);
    }

    public int memberCount() {
        return members.size();
    }

    public int partyMemberCount() {
        int sum = 0;
        for (Organization member : members) {
            sum += member.getPartyMembers();
        }
        return sum;
    }

    /**
     * The party members as the balance counts them: each member at most this alliance's target, so that
     * one unit larger than a whole alliance's share (a university) weighs as one full share.
     */
    public long balancedPartyMemberCount() {
        long sum = 0;
        for (Organization member : members) {
            sum += Math.min(member.getPartyMembers(), targetPartyMembers);
        }
        return sum;
    }

    public boolean isCoveredBy(Need need) {
        for (Organization member : members) {
            if (member.getCapabilities().contains(need.code())) {
                return true;
            }
        }
        return false;
    }

    /** The needs no member's capabilities serve, most pressing first. */
    public List<Need> uncoveredNeeds() {
        List<Need> uncovered = new ArrayList<>();
        for (Need need : needs) {
            if (!isCoveredBy(need)) {
                uncovered.add(need);
            }
        }
        uncovered.sort((a, b) -> Integer.compare(b.priority(), a.priority()));
        return uncovered;
    }

    public int uncoveredPriority() {
        int sum = 0;
        for (Need need : needs) {
            if (!isCoveredBy(need)) {
                sum += need.priority();
            }
        }
        return sum;
    }

    public int countOfType(OrganizationType type) {
        int count = 0;
        for (Organization member : members) {
            if (member.getType() == type) {
                count++;
            }
        }
        return count;
    }

    /** Quotas this alliance breaks, with the member count of that type. */
    public List<QuotaBreach> quotaBreaches() {
        if (effectiveQuotas.isEmpty()) {
            return List.of();
        }
        Map<OrganizationType, Integer> counts = new EnumMap<>(OrganizationType.class);
        for (Organization member : members) {
            counts.merge(member.getType(), 1, Integer::sum);
        }
        List<QuotaBreach> breaches = new ArrayList<>();
        for (TypeQuota quota : effectiveQuotas) {
            int count = counts.getOrDefault(quota.type(), 0);
            if (quota.violation(count) > 0) {
                breaches.add(new QuotaBreach(quota, count));
            }
        }
        return breaches;
    }

    public int quotaViolation() {
        int sum = 0;
        for (QuotaBreach breach : quotaBreaches()) {
            sum += breach.violation();
        }
        return sum;
    }

    /** A type quota this alliance breaks, with how many members of that type it has. */
    public record QuotaBreach(TypeQuota quota, int count) {
        public int violation() {
            return quota.violation(count);
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public int getPopulation() {
        return population;
    }

    public List<Need> getNeeds() {
        return needs;
    }

    public Integer getMinMembers() {
        return minMembers;
    }

    public void setMinMembers(Integer minMembers) {
        this.minMembers = minMembers;
    }

    public Integer getMaxMembers() {
        return maxMembers;
    }

    public void setMaxMembers(Integer maxMembers) {
        this.maxMembers = maxMembers;
    }

    public List<TypeQuota> getTypeQuotas() {
        return typeQuotas;
    }

    public void setTypeQuotas(List<TypeQuota> typeQuotas) {
        this.typeQuotas = List.copyOf(typeQuotas);
    }

    public int getIndex() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    public List<TypeQuota> getEffectiveQuotas() {
        return effectiveQuotas;
    }

    void setEffectiveQuotas(List<TypeQuota> effectiveQuotas) {
        this.effectiveQuotas = List.copyOf(effectiveQuotas);
    }

    public int getTargetMembers() {
        return targetMembers;
    }

    void setTargetMembers(int targetMembers) {
        this.targetMembers = targetMembers;
    }

    public int getTargetPartyMembers() {
        return targetPartyMembers;
    }

    void setTargetPartyMembers(int targetPartyMembers) {
        this.targetPartyMembers = targetPartyMembers;
    }

    public List<Organization> getMembers() {
        return members;
    }

    public Vocabulary getVocabulary() {
        return vocabulary;
    }

    void setVocabulary(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
