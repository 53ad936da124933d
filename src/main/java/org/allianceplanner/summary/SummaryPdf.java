package org.allianceplanner.summary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.summary.PlanSummary.AllianceRow;
import org.allianceplanner.summary.PlanSummary.Figures;
import org.allianceplanner.summary.PlanSummary.MapPoint;
import org.allianceplanner.summary.PlanSummary.Move;
import org.allianceplanner.summary.PlanSummary.StreetTable;
import org.allianceplanner.summary.PlanSummary.UncoveredNeed;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The leadership summary as an A4 PDF with its Chinese font embedded (a subset of Noto Sans SC):
 * title, the principles in plain words beside a small map, a table per street, the uncovered needs
 * and the moves against the plan in force. A county fits on one page; a larger plan runs on to more,
 * each table's header repeated.
 */
public final class SummaryPdf {

    private static final float MARGIN = 32;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x6b, 0x77, 0x85);
    private static final Color RED = new Color(0xb0, 0x3a, 0x2e);
    private static final Color LINE = new Color(0xc8, 0xce, 0xd4);
    private static final Color[] STREETS = {new Color(0xc0, 0x39, 0x2b), new Color(0x1f, 0x6f, 0xb2),
        new Color(0x1e, 0x84, 0x49), new Color(0xb9, 0x77, 0x0e), new Color(0x7d, 0x3c, 0x98),
        new Color(0x11, 0x7a, 0x65), new Color(0xa0, 0x40, 0x00), new Color(0x2e, 0x40, 0x53)};
    /** How many moves the first page lists; the rest are counted. */
    private static final int MOVES_LISTED = 12;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final CmapLookup glyphs;
    private final CmapLookup boldGlyphs;
    /** Per face, each glyph drawn and the character it was drawn for (see {@link #fixToUnicode}). */
    private final Map<Integer, Integer> regularUsed = new java.util.TreeMap<>();
    private final Map<Integer, Integer> boldUsed = new java.util.TreeMap<>();
    private PDPageContentStream out;
    private float y;
    private int pageNumber;
    private final String footer;

    private SummaryPdf(String footer) throws IOException {
        TrueTypeFont regularFace = SummaryFonts.regular();
        TrueTypeFont boldFace = SummaryFonts.bold();
        this.regular = SummaryFonts.load(document, regularFace);
        this.bold = SummaryFonts.load(document, boldFace);
        this.glyphs = regularFace.getUnicodeCmapLookup();
        this.boldGlyphs = boldFace.getUnicodeCmapLookup();
        this.footer = footer;
    }

    public static byte[] write(PlanSummary summary) {
        try {
            SummaryPdf pdf = new SummaryPdf(summary.name() + " · 领导审阅汇总");
            return pdf.render(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(PlanSummary s) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(s.name() + " · 领导审阅汇总");
        info.setSubject("城市基层党建联合体规划");
        info.setCreator("alliance-planner");
        newPage();
        text(bold, 18, MARGIN, y - 18, "领导审阅汇总", RED);
        y -= 26;
        text(bold, 13, MARGIN, y - 13, s.name(), INK);
        y -= 20;
        String status = s.status() + (s.feasible() == null ? "" : s.feasible() ? "（可行，全部硬约束满足）" : "（不可行：有硬约束未满足）")
                + (s.adopted() ? " · 已确定为现行方案" : " · 尚未确定");
        text(regular, 9.5f, MARGIN, y - 10, "日期：" + dateText(s) + "　　状态：" + status, MUTED);
        y -= 20;
        rule();

        // The three principles in plain words, the map beside them.
        float mapSize = 150;
        float top = y;
        float textWidth = WIDTH - mapSize - 14;
        Figures f = s.figures();
        paragraph("分配", "%d个单位%s分入%d个联合体。".formatted(f.organizations(),
                f.unassigned() == 0 ? "全部" : "中" + f.assigned() + "个", f.communities())
                + (f.unassigned() == 0 ? "" : "另有" + f.unassigned() + "个单位未分配，需另行安排。"), textWidth);
        paragraph("属地优先", "单位到所在联合体社区平均%s公里，最远%s公里；%d个驻区单位中%d个分入所在社区；%d个单位在本街道的联合体。"
                .formatted(km(f.meanDistanceKm()), km(f.maxDistanceKm()), f.withHomeCommunity(), f.inHomeCommunity(),
                        f.inOwnStreet()), textWidth);
        paragraph("职能与需求相匹配", "社区登记需求%d项，其中%d项有成员单位职能对应（按优先级计满足%s%%）；%d项尚无对应单位（见下）。"
                .formatted(f.needs(), f.needsCovered(), f.needsCoveredPercent() == null ? "—" : number(f.needsCoveredPercent(), 1), f.needs() - f.needsCovered()),
                textWidth);
        paragraph("数量均衡", "每个联合体%d至%d个成员单位，平均%s个；成员单位党员共%,d人。".formatted(f.minMembers(),
                f.maxMembers(), number(f.meanMembers(), 1), f.partyMembers()), textWidth);
        float textBottom = y;
        drawMap(s, MARGIN + WIDTH - mapSize, top - 4, mapSize, mapSize * 0.72f);
        y = Math.min(textBottom, top - 4 - mapSize * 0.72f - 14);
        rule();

        for (StreetTable street : s.streets()) {
            streetTable(street);
        }

        heading("尚无成员单位对应的社区需求（" + s.uncovered().size() + "项）");
        if (s.uncovered().isEmpty()) {
            line(regular, 9, "每个社区登记的需求都有成员单位职能对应。", INK);
        } else {
            // By community, the most pressing first; a need of priority 3 is marked ★.
            Map<String, List<String>> byCommunity = new java.util.LinkedHashMap<>();
            for (UncoveredNeed u : s.uncovered()) {
                byCommunity.computeIfAbsent(u.communityName(), k -> new ArrayList<>())
                        .add(u.needZh() + (u.priority() >= 3 ? "★" : ""));
            }
            StringBuilder text = new StringBuilder();
            byCommunity.forEach((community, needs) -> text.append(text.length() == 0 ? "" : "；").append(community)
                    .append("：").append(String.join("、", needs)));
            text.append("。（★ 优先级最高）");
            wrapped(regular, 8.5f, text.toString(), WIDTH, INK);
        }
        y -= 4;

        PlanSummary.Comparison c = s.comparison();
        if (c == null) {
            heading("与现行方案对比");
            line(regular, 9, s.adopted() ? "本方案即现行（已确定）方案。" : "该范围尚无已确定的现行方案，确定后可在此对比调整情况。", INK);
        } else {
            needSpace(16 + 14 + 13);
            heading("与现行方案「" + c.adoptedPlanName() + "」对比：调整%d个单位，新增%d个，撤出%d个".formatted(c.moved(),
                    c.added(), c.removed()));
            if (c.moves().isEmpty()) {
                line(regular, 9, "与现行方案的分配相同，无单位调整。", INK);
            } else {
                float[] widths = {WIDTH * 0.34f, WIDTH * 0.12f, WIDTH * 0.27f, WIDTH * 0.27f};
                String[] headers = {"单位", "变化", "原联合体", "新联合体"};
                tableHeader(headers, widths);
                int listed = 0;
                for (Move m : c.moves()) {
                    if (listed++ == MOVES_LISTED) {
                        line(regular, 8.5f, "……另有%d个单位，详见“对比与确定”页。".formatted(c.moves().size() - MOVES_LISTED), MUTED);
                        break;
                    }
                    row(new String[] {m.name(), changeZh(m.change()), dash(m.from()), dash(m.to())}, widths, headers);
                }
            }
        }
        out.close();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.save(bytes);
            document.close();
            return fixToUnicode(bytes.toByteArray());
        }
    }

    /**
     * Text copied or searched in the PDF reads as the characters that were drawn. The CJK font maps
     * some glyphs from two characters (无 and the Kangxi radical ⽆, 长 and ⻓); the ToUnicode map
     * PDFBox writes takes the lower code, a radical, so 尚无 would copy as 尚⽆. Each font's map is
     * rewritten from the characters this document actually drew (content codes are the original
     * glyph ids under Identity-H).
     */
    private byte[] fixToUnicode(byte[] pdf) throws IOException {
        try (PDDocument saved = org.apache.pdfbox.Loader.loadPDF(pdf);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (PDPage page : saved.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    boolean isBold = font.getName() != null && font.getName().contains("Bold");
                    org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(
                            saved, new java.io.ByteArrayInputStream(toUnicode(isBold ? boldUsed : regularUsed)
                                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                            org.apache.pdfbox.cos.COSName.FLATE_DECODE);
                    font.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
                }
            }
            saved.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static String toUnicode(Map<Integer, Integer> used) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(used.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> e : block) {
                StringBuilder utf16 = new StringBuilder();
                for (char c : Character.toChars(e.getValue())) {
                    utf16.append("%04X".formatted((int) c));
                }
                cmap.append("<%04X> <%s>\n".formatted(e.getKey(), utf16));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return cmap.toString();
    }

    private void streetTable(StreetTable street) throws IOException {
        float[] widths = {WIDTH * 0.14f, WIDTH * 0.08f, WIDTH * 0.08f, WIDTH * 0.09f, WIDTH * 0.41f, WIDTH * 0.10f,
            WIDTH * 0.10f};
        String[] headers = {"联合体（社区）", "成员单位", "党员", "需求满足", "尚无对应的需求", "平均距离", "驻区入本社区"};
        needSpace(14 + 14 + 13 * Math.min(3, street.alliances().size()));
        heading("%s（%d个联合体，%d个成员单位，党员%,d人）".formatted(street.street(), street.alliances().size(),
                street.members(), street.partyMembers()));
        tableHeader(headers, widths);
        for (AllianceRow a : street.alliances()) {
            row(new String[] {a.name(), String.valueOf(a.members()), "%,d".formatted(a.partyMembers()),
                a.needsCovered() + " / " + a.needs(), a.uncovered().isEmpty() ? "—" : String.join("、", a.uncovered()),
                km(a.meanDistanceKm()) + " 公里", String.valueOf(a.inHomeCommunity())}, widths, headers);
        }
        y -= 4;
    }

    // ---- the map ----

    /** Units as small dots joined to their community, communities as dots coloured by street. */
    private void drawMap(PlanSummary s, float left, float top, float width, float height) throws IOException {
        List<MapPoint> all = new ArrayList<>(s.map().communities());
        all.addAll(s.map().organizations());
        double minLat = all.stream().mapToDouble(MapPoint::lat).min().orElse(0);
        double maxLat = all.stream().mapToDouble(MapPoint::lat).max().orElse(1);
        double minLon = all.stream().mapToDouble(MapPoint::lon).min().orElse(0);
        double maxLon = all.stream().mapToDouble(MapPoint::lon).max().orElse(1);
        double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max(1e-4, (maxLon - minLon) * kx);
        double spanY = Math.max(1e-4, maxLat - minLat);
        double scale = Math.min((width - 12) / spanX, (height - 12) / spanY);
        float ox = (float) (left + (width - spanX * scale) / 2);
        float oy = (float) (top - height + (height - spanY * scale) / 2);
        out.setStrokingColor(LINE);
        out.setLineWidth(0.6f);
        out.addRect(left, top - height, width, height);
        out.stroke();
        Map<String, MapPoint> communities = new HashMap<>();
        Map<String, Color> colours = new java.util.LinkedHashMap<>();
        for (MapPoint c : s.map().communities()) {
            communities.put(c.id(), c);
            colours.computeIfAbsent(c.street(), k -> STREETS[colours.size() % STREETS.length]);
        }
        out.setLineWidth(0.3f);
        for (MapPoint o : s.map().organizations()) {
            MapPoint c = communities.get(o.community());
            if (c == null) {
                continue;
            }
            out.setStrokingColor(colours.get(c.street()));
            out.moveTo(x(o, minLon, kx, scale, ox), y(o, minLat, scale, oy));
            out.lineTo(x(c, minLon, kx, scale, ox), y(c, minLat, scale, oy));
            out.stroke();
        }
        out.setNonStrokingColor(MUTED);
        for (MapPoint o : s.map().organizations()) {
            dot(x(o, minLon, kx, scale, ox), y(o, minLat, scale, oy), 0.9f);
        }
        for (MapPoint c : s.map().communities()) {
            out.setNonStrokingColor(colours.get(c.street()));
            dot(x(c, minLon, kx, scale, ox), y(c, minLat, scale, oy), 2.4f);
        }
        // The legend: streets and their colours.
        float ly = top - height - 10;
        float lx = left;
        for (Map.Entry<String, Color> e : colours.entrySet()) {
            out.setNonStrokingColor(e.getValue());
            dot(lx + 3, ly + 3, 2.4f);
            text(regular, 7.5f, lx + 8, ly, e.getKey(), MUTED);
            lx += 14 + width(regular, 7.5f, e.getKey());
            if (lx > left + width - 30) {
                break;
            }
        }
    }

    private static float x(MapPoint p, double minLon, double kx, double scale, float ox) {
        return (float) (ox + (p.lon() - minLon) * kx * scale);
    }

    private static float y(MapPoint p, double minLat, double scale, float oy) {
        return (float) (oy + (p.lat() - minLat) * scale);
    }

    private void dot(float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.fill();
    }

    // ---- text, tables, pages ----

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        pageNumber++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        String foot = footer + " · 第" + pageNumber + "页";
        text(regular, 7.5f, MARGIN + (WIDTH - width(regular, 7.5f, foot)) / 2, MARGIN / 2, foot, MUTED);
    }

    private void needSpace(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void rule() throws IOException {
        out.setStrokingColor(LINE);
        out.setLineWidth(0.6f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + WIDTH, y);
        out.stroke();
        y -= 8;
    }

    private void heading(String text) throws IOException {
        needSpace(30);
        text(bold, 10f, MARGIN, y - 10.5f, text, INK);
        y -= 15;
    }

    private void line(PDFont font, float size, String text, Color colour) throws IOException {
        needSpace(size + 4);
        text(font, size, MARGIN, y - size, text, colour);
        y -= size + 4;
    }

    /** A principle's name in bold, then its sentence, wrapped to {@code width}. */
    private void paragraph(String label, String text, float width) throws IOException {
        text(bold, 9f, MARGIN, y - 9.5f, label, RED);
        y -= 12;
        wrapped(regular, 9f, text, width, INK);
        y -= 2;
    }

    private void wrapped(PDFont font, float size, String text, float width, Color colour) throws IOException {
        for (String line : wrap(font, size, text, width)) {
            needSpace(size + 3);
            text(font, size, MARGIN, y - size, line, colour);
            y -= size + 3.5f;
        }
    }

    private void tableHeader(String[] headers, float[] widths) throws IOException {
        needSpace(30);
        out.setNonStrokingColor(new Color(0xee, 0xf0, 0xf2));
        out.addRect(MARGIN, y - 14, WIDTH, 14);
        out.fill();
        float x = MARGIN;
        for (int i = 0; i < headers.length; i++) {
            text(bold, 8.5f, x + 3, y - 10.5f, headers[i], INK);
            x += widths[i];
        }
        y -= 14;
    }

    /** A table row, each cell wrapped to its column; a row that would cross the foot starts a new page. */
    private void row(String[] cells, float[] widths, String[] headers) throws IOException {
        float size = 8f;
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> wrappedCell = wrap(regular, size, cells[i], widths[i] - 6);
            lines.add(wrappedCell);
            height = Math.max(height, wrappedCell.size());
        }
        float rowHeight = height * (size + 2f) + 2.5f;
        if (y - rowHeight < MARGIN) {
            newPage();
            tableHeader(headers, widths);
        }
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float ly = y - size - 1.5f;
            for (String l : lines.get(i)) {
                text(regular, size, x + 3, ly, l, INK);
                ly -= size + 2f;
            }
            x += widths[i];
        }
        y -= rowHeight;
        out.setStrokingColor(LINE);
        out.setLineWidth(0.4f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + WIDTH, y);
        out.stroke();
    }

    private void text(PDFont font, float size, float x, float baseline, String text, Color colour) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(colour);
        out.newLineAtOffset(x, baseline);
        String shown = printable(text);
        out.showText(shown);
        out.endText();
        CmapLookup lookup = font == bold ? boldGlyphs : glyphs;
        Map<Integer, Integer> used = font == bold ? boldUsed : regularUsed;
        shown.codePoints().forEach(cp -> used.putIfAbsent(lookup.getGlyphId(cp), cp));
    }

    private float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /** Lines of at most {@code width} points, broken between any two characters (Chinese has no spaces). */
    private List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String clean = printable(text);
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (current.length() > 0 && width(font, size, current + ch) > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(ch);
            i += Character.charCount(cp);
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The text with characters the font has no glyph for (and control characters) replaced. */
    private String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || Character.isISOControl(cp)) {
                clean.append(' ');
            } else if (glyphs.getGlyphId(cp) > 0) {
                clean.appendCodePoint(cp);
            } else {
                clean.append('?');
            }
        });
        return clean.toString();
    }

    private static String dateText(PlanSummary s) {
        return "%d年%d月%d日".formatted(s.date().getYear(), s.date().getMonthValue(), s.date().getDayOfMonth());
    }

    private static String km(double value) {
        return number(value, 2);
    }

    private static String number(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    static String changeZh(String change) {
        return switch (change) {
            case "MOVED" -> "调整";
            case "ADDED" -> "新增";
            case "REMOVED" -> "撤出";
            case "ASSIGNED" -> "新分入";
            case "UNASSIGNED" -> "未分配";
            default -> change;
        };
    }
}
