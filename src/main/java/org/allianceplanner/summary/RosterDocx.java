package org.allianceplanner.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The roster as the attachment an organization department files with its notice (附件：城市基层党建
 * 联合体成员单位名单): for each street, a page headed 附件, the title, the street and date, and a table
 * of its alliances — the community once, its member units under it with their type and party
 * members, and whether each stands in the community. A4 portrait, the table header repeated on every
 * page, each street starting on a new page.
 */
public final class RosterDocx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TITLE = "城市基层党建联合体成员单位名单";
    static final List<String> HEADERS = List.of("序号", "联合体（社区）", "成员单位", "单位类型", "党员人数", "备注");
    /** Column widths in twentieths of a point; they add up to the A4 text width. */
    private static final int[] WIDTHS = {650, 1750, 3200, 1150, 950, 1100};
    private static final String HEITI = "黑体";
    private static final String SONGTI = "宋体";
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private RosterDocx() {
    }

    /** Every street's table, or only {@code street}'s. */
    public static byte[] write(AlliancePlan plan, String street, LocalDate date) {
        Map<String, Map<Community, List<Organization>>> streets = new LinkedHashMap<>();
        for (Community c : plan.getCommunities()) {
            streets.computeIfAbsent(PlanSummary.street(c), k -> new LinkedHashMap<>()).put(c, new ArrayList<>());
        }
        for (Organization o : plan.getOrganizations()) {
            Community c = o.getCommunity();
            if (c != null && streets.containsKey(PlanSummary.street(c))) {
                streets.get(PlanSummary.street(c)).get(c).add(o);
            }
        }
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            boolean first = true;
            for (Map.Entry<String, Map<Community, List<Organization>>> e : streets.entrySet()) {
                if (street != null && !street.equals(e.getKey())) {
                    continue;
                }
                streetPages(doc, plan, e.getKey(), e.getValue(), date, !first);
                first = false;
            }
            doc.getProperties().getCoreProperties().setTitle(TITLE);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void streetPages(XWPFDocument doc, AlliancePlan plan, String street,
            Map<Community, List<Organization>> alliances, LocalDate date, boolean newPage) {
        XWPFParagraph attachment = doc.createParagraph();
        attachment.setPageBreak(newPage);
        run(attachment, "附件", HEITI, 16, false);
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(200);
        run(title, TITLE, "方正小标宋简体", 20, true);
        XWPFParagraph subtitle = doc.createParagraph();
        subtitle.setAlignment(ParagraphAlignment.CENTER);
        subtitle.setSpacingAfter(200);
        int members = alliances.values().stream().mapToInt(List::size).sum();
        run(subtitle, "（%s · %s · %d个联合体 · %d个成员单位 · %d年%d月%d日）".formatted(plan.getName(), street,
                alliances.size(), members, date.getYear(), date.getMonthValue(), date.getDayOfMonth()), "楷体", 12, false);

        XWPFTable table = doc.createTable(1, HEADERS.size());
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < HEADERS.size(); i++) {
            cell(header.getCell(i), HEADERS.get(i), HEITI, true, i);
        }
        int number = 1;
        for (Map.Entry<Community, List<Organization>> a : alliances.entrySet()) {
            List<Organization> list = new ArrayList<>(a.getValue());
            list.sort(Comparator.comparing(Organization::getType).thenComparing(Organization::getName, CHINESE));
            boolean firstOfAlliance = true;
            for (Organization o : list) {
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                cell(row.getCell(0), String.valueOf(number++), SONGTI, false, 0);
                cell(row.getCell(1), firstOfAlliance ? a.getKey().getName() + "\n（" + list.size() + "个）" : "", SONGTI,
                        false, 1);
                // The community once, merged down its members' rows.
                row.getCell(1).getCTTc().addNewTcPr().addNewVMerge()
                        .setVal(firstOfAlliance ? STMerge.RESTART : STMerge.CONTINUE);
                cell(row.getCell(2), o.getName(), SONGTI, false, 2);
                cell(row.getCell(3), o.getType().zh(), SONGTI, false, 3);
                cell(row.getCell(4), String.valueOf(o.getPartyMembers()), SONGTI, false, 4);
                cell(row.getCell(5), a.getKey().equals(o.getHomeCommunity()) ? "驻区单位" : "", SONGTI, false, 5);
                firstOfAlliance = false;
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, String font, boolean bold, int column) {
        cell.setWidth(String.valueOf(WIDTHS[column]));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(column == 2 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], font, 10.5, bold);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    /** A4 portrait with the margins of official documents (公文: 3.7 cm top, 2.8 cm left). */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }
}
