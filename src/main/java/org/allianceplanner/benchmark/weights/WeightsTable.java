package org.allianceplanner.benchmark.weights;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as a console table: short Chinese and English headers on two lines, one row per
 * profile, columns padded by display width (a Chinese character takes two).
 */
public final class WeightsTable {

    private WeightsTable() {
    }

    public static void print(WeightsComparison comparison, PrintWriter out) {
        List<WeightsColumn> columns = new ArrayList<>();
        for (WeightsColumn column : WeightsColumn.values()) {
            if (column.shortZh() != null) {
                columns.add(column);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(WeightsColumn::shortZh).toList());
        rows.add(columns.stream().map(WeightsColumn::shortEn).toList());
        for (ProfileResult result : comparison.results()) {
            rows.add(columns.stream().map(c -> {
                String text = c.text(result, comparison);
                return text.isEmpty() ? "–" : text;
            }).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - width(cell));
                // Names and scores read left to right; numbers line up on the right.
                boolean left = i == 0 || columns.get(i) == WeightsColumn.SCORE;
                line.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("得分按各自权重计算，不可跨方案比较 / Scores use each profile's own weights: not comparable across profiles.");
        if (!comparison.hasCurrent()) {
            out.println("未给出现行方案(--current)，不统计调整单位数 / No current plan (--current): moved vs current not measured.");
        }
        out.flush();
    }

    /** Display width in a terminal: East Asian wide characters count two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
