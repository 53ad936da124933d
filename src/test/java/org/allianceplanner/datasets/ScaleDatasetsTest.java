package org.allianceplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.ServiceVocabulary;
import org.junit.jupiter.api.Test;

class ScaleDatasetsTest {

    private static final Set<OrganizationType> ORDINARY_TYPES =
            EnumSet.complementOf(EnumSet.of(OrganizationType.COUNTY_LEADER));

    @Test
    void cityHasTheStatedSizeAndShape() {
        PlanDocument city = Datasets.generate(Datasets.CITY, 7);

        assertShape(city, 8, 300, 2_000);
    }

    @Test
    void cityStreetsAreClusteredAreasWithUnitsNearTheirCommunities() {
        PlanDocument city = Datasets.generate(Datasets.CITY, 7);
        Map<String, List<CommunityDocument>> byStreet = city.communities().stream()
                .collect(Collectors.groupingBy(CommunityDocument::street));
        double radiusMetres = ScaleDataset.CITY.streetRadiusKm() * 1000;

        byStreet.forEach((street, communities) -> {
            LocationDocument centroid = new LocationDocument(
                    communities.stream().mapToDouble(c -> c.location().lat()).average().orElseThrow(),
                    communities.stream().mapToDouble(c -> c.location().lon()).average().orElseThrow());
            assertThat(communities).as(street).allSatisfy(c ->
                    assertThat(Geo.metres(c.location(), centroid)).isLessThan(2 * radiusMetres));
        });
        assertThat(city.organizations()).allSatisfy(o -> assertThat(byStreet.get(o.street()).stream()
                .mapToDouble(c -> Geo.metres(c.location(), o.location())).min().orElseThrow())
                .isLessThanOrEqualTo(ScaleGenerator.UNIT_RADIUS_METRES + 1));
    }

    @Test
    void cityIsDeterministicForASeedAndDiffersBetweenSeeds() {
        byte[] first = Datasets.toJson(Datasets.generate(Datasets.CITY, 7));

        assertThat(Datasets.toJson(Datasets.generate(Datasets.CITY, 7))).isEqualTo(first);
        assertThat(Datasets.toJson(Datasets.generate(Datasets.CITY, 8))).isNotEqualTo(first);
    }

    @Test
    void cityReadsAndMapsToAModel() {
        AlliancePlan plan = PlanMapper.read(Datasets.toJson(Datasets.generate(Datasets.CITY, 7)));

        assertThat(plan.getCommunities()).hasSize(300);
        assertThat(plan.getOrganizations()).hasSize(2_000);
    }

    /**
     * The province is generated, checked for size, determinism and validity (every field and
     * cross-field check of PlanMapper.readDocument). Mapping it to a model builds a 20,000 × 2,600
     * distance table, about 10 s and 260 MB, so that step is tested on a half-size province below.
     */
    @Test
    void provinceHasTheStatedSizeIsDeterministicAndValid() {
        long start = System.nanoTime();
        PlanDocument province = Datasets.generate(Datasets.PROVINCE, 7);
        long generationMillis = (System.nanoTime() - start) / 1_000_000;
        byte[] json = Datasets.toJson(province);

        assertShape(province, 100, 2_600, 20_000);
        assertThat(generationMillis).as("generation time in ms").isLessThan(5_000);
        assertThat(Datasets.toJson(Datasets.generate(Datasets.PROVINCE, 7))).isEqualTo(json);
        assertThat(Datasets.toJson(Datasets.generate(Datasets.PROVINCE, 8))).isNotEqualTo(json);
        assertThat(PlanMapper.readDocument(json).organizations()).hasSize(20_000);
    }

    @Test
    void halfAProvinceMapsToAModel() {
        ScaleDataset half = new ScaleDataset("province-half", "半个省", 50, 1_300, 10_000,
                ScaleDataset.PROVINCE.centre(), 140, 2.0);
        PlanDocument document = ScaleGenerator.generate(half, 7);

        AlliancePlan plan = PlanMapper.toModel(document);

        assertShape(document, 50, 1_300, 10_000);
        assertThat(plan.getOrganizations()).hasSize(10_000);
        assertThat(plan.getCommunities()).hasSize(1_300);
    }

    private static void assertShape(PlanDocument plan, int streets, int communities, int organizations) {
        Set<String> streetNames = plan.communities().stream().map(CommunityDocument::street).collect(Collectors.toSet());
        Set<String> communityIds = plan.communities().stream().map(CommunityDocument::id).collect(Collectors.toSet());
        Set<OrganizationType> types = plan.organizations().stream().map(OrganizationDocument::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationType.class)));
        int maxMembers = (int) Math.ceil(2.0 * organizations / communities);
        double homedShare = DatasetFacts.homedShare(plan.organizations());

        assertThat(streetNames).hasSize(streets).contains("第1街道", "第" + streets + "街道");
        assertThat(communityIds).hasSize(communities);
        assertThat(plan.organizations()).hasSize(organizations);
        assertThat(plan.organizations()).extracting(OrganizationDocument::id).doesNotHaveDuplicates();
        assertThat(types).isEqualTo(ORDINARY_TYPES);
        assertThat(homedShare).isBetween(0.45, 0.55);
        assertThat(plan.communities()).allSatisfy(c -> {
            assertThat(c.name()).startsWith(c.street()).endsWith("社区");
            assertThat(c.minMembers()).isEqualTo(3);
            assertThat(c.maxMembers()).isEqualTo(maxMembers);
            assertThat(c.needs()).hasSizeBetween(2, 5);
        });
        assertThat(DatasetFacts.codesUsed(plan)).allMatch(ServiceVocabulary::isKnown);
        Map<String, CommunityDocument> byId = plan.communities().stream()
                .collect(Collectors.toMap(CommunityDocument::id, c -> c));
        assertThat(plan.organizations()).allSatisfy(o -> {
            assertThat(o.name()).matches("单位\\d+（" + o.type().zh() + "）");
            assertThat(o.capabilities()).hasSizeBetween(1, 3);
            if (o.homeCommunity() != null) {
                assertThat(byId.get(o.homeCommunity()).street()).isEqualTo(o.street());
            }
            if (o.excludedCommunities() != null) {
                assertThat(byId).containsKeys(o.excludedCommunities().toArray(String[]::new));
            }
        });
    }
}
