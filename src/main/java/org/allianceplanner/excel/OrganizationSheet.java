package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.allianceplanner.model.OrganizationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 单位 sheet, one organization a row: types and capabilities by Chinese name or code, 锁定 as
 * 是/否, lists in one cell, and community references by id or by the community's name.
 */
final class OrganizationSheet {

    private OrganizationSheet() {
    }

    static List<OrganizationDocument> read(Sheet sheet, Reading reading, List<CommunityDocument> communities,
            ServiceNames names) {
        SheetTable table = SheetTable.of(sheet, ExcelLayout.ORGANIZATIONS, ExcelLayout.organizationColumns(0), reading);
        int capabilityColumns = table.numbered("capability");
        List<OrganizationDocument> organizations = new ArrayList<>();
        reading.at("organizations", Place.sheet(ExcelLayout.ORGANIZATIONS));
        for (Row row : table.rows()) {
            String path = "organizations[" + organizations.size() + "]";
            SheetTable.Cells r = table.cells(row, path);
            reading.item("organizations", row.getRowNum() + 1);
            organizations.add(new OrganizationDocument(r.text("id", path + ".id"), r.text("name", path + ".name"),
                    type(r, path), r.text("street", path + ".street"), r.location(path + ".location"),
                    r.text("homeCommunity", path + ".homeCommunity"), r.integer("partyMembers", path + ".partyMembers"),
                    capabilities(r, path, capabilityColumns, names), r.text("currentCommunity", path + ".currentCommunity"),
                    pinned(r, path), r.list("excludedCommunities", path + ".excludedCommunities", false),
                    r.list("blackoutDates", path + ".blackoutDates", true), r.text("community", path + ".community")));
        }
        return resolveCommunityReferences(communities, organizations);
    }

    private static OrganizationType type(SheetTable.Cells r, String path) {
        String text = r.text("type", path + ".type");
        if (text == null) {
            return null;
        }
        OrganizationType type = ExcelLayout.type(text).orElse(null);
        if (type == null) {
            r.unreadable("type", path + ".type", Message.of("excel.badType", text, Localized.list(
                    Arrays.stream(OrganizationType.values()).map(t -> Localized.term(t.zh(), t.en())).toList())));
        }
        return type;
    }

    private static List<String> capabilities(SheetTable.Cells r, String path, int columns, ServiceNames names) {
        List<String> capabilities = new ArrayList<>();
        for (int k = 1; k <= columns; k++) {
            String code = r.text("capability" + k, null);
            if (code != null) {
                r.at("capability" + k, path + ".capabilities[" + capabilities.size() + "]");
                capabilities.add(names.code(code));
            }
        }
        return capabilities.isEmpty() ? null : capabilities;
    }

    private static Boolean pinned(SheetTable.Cells r, String path) {
        String text = r.text("pinned", path + ".pinned");
        if (text == null) {
            return null;
        }
        Boolean pinned = ExcelLayout.yesNo(text).orElse(null);
        if (pinned == null) {
            r.unreadable("pinned", path + ".pinned", Message.of("excel.badPinned", text));
        }
        return Boolean.TRUE.equals(pinned) ? true : null;
    }

    /** Community references may name the community instead of giving its id. */
    private static List<OrganizationDocument> resolveCommunityReferences(List<CommunityDocument> communities,
            List<OrganizationDocument> organizations) {
        Set<String> ids = communities.stream().map(CommunityDocument::id).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, List<String>> byName = communities.stream().filter(c -> c.id() != null && c.name() != null)
                .collect(Collectors.groupingBy(c -> c.name().trim(), Collectors.mapping(CommunityDocument::id,
                        Collectors.toList())));
        UnaryOperator<String> resolve = ref -> {
            if (ref == null || ids.contains(ref)) {
                return ref;
            }
            List<String> named = byName.get(ref.trim());
            return named != null && named.size() == 1 ? named.get(0) : ref;
        };
        return organizations.stream().map(o -> o.withHomeCommunity(resolve.apply(o.homeCommunity()))
                .withCurrentCommunity(resolve.apply(o.currentCommunity()))
                .withExcludedCommunities(o.excludedCommunities() == null ? null
                        : o.excludedCommunities().stream().map(resolve).toList())
                .withCommunity(resolve.apply(o.community()))).toList();
    }
}
