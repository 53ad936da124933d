package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.NeedDocument;
import org.allianceplanner.messages.Message;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The 社区 sheet, one community a row: needs from the pairs 需求N / 优先级N, by Chinese name or code
 * (the shared vocabulary's or the problem's own, {@link ServiceNames}). */
final class CommunitySheet {

    private CommunitySheet() {
    }

    static List<CommunityDocument> read(Sheet sheet, Reading reading, ServiceNames names) {
        SheetTable table = SheetTable.of(sheet, ExcelLayout.COMMUNITIES, ExcelLayout.communityColumns(0), reading);
        int needs = Math.max(table.numbered("need"), table.numbered("priority"));
        List<CommunityDocument> communities = new ArrayList<>();
        reading.at("communities", Place.sheet(ExcelLayout.COMMUNITIES));
        for (Row row : table.rows()) {
            String path = "communities[" + communities.size() + "]";
            SheetTable.Cells r = table.cells(row, path);
            reading.item("communities", row.getRowNum() + 1);
            List<NeedDocument> needList = new ArrayList<>();
            for (int k = 1; k <= needs; k++) {
                String code = r.text("need" + k, null);
                String needPath = path + ".needs[" + needList.size() + "]";
                Integer priority = r.integer("priority" + k, needPath + ".priority");
                if (code == null) {
                    if (priority != null) {
                        r.problem("priority" + k, Message.of("excel.priorityWithoutNeed", k));
                    }
                    continue;
                }
                r.at("need" + k, needPath);
                r.at("need" + k, needPath + ".code");
                needList.add(new NeedDocument(names.code(code), priority));
            }
            communities.add(new CommunityDocument(r.text("id", path + ".id"), r.text("name", path + ".name"),
                    r.text("street", path + ".street"), r.location(path + ".location"),
                    r.integer("population", path + ".population"), needList,
                    r.integer("minMembers", path + ".minMembers"), r.integer("maxMembers", path + ".maxMembers"),
                    null));
        }
        return communities;
    }
}
