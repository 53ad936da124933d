package org.allianceplanner.benchmark.weights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * The comparison as one self-contained HTML page: no script, no external style sheet or font, the
 * charts as inline SVG drawn here. Chinese first with English beside. Every text that comes from a
 * profile, a file name or a result is escaped.
 * <p>
 * One small horizontal bar chart per KPI, a bar per profile, the best profile's bar in green, so that
 * what a weighting gains and what it costs shows at a glance; then the full table and how it was run.
 */
public final class WeightsHtml {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", system-ui, sans-serif;
                   margin: 24px auto; max-width: 1240px; padding: 0 16px; color: #1f2328; line-height: 1.5; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d8dee4; padding-bottom: 4px; }
            .en { color: #57606a; font-weight: normal; }
            table { border-collapse: collapse; font-size: 14px; }
            th, td { border: 1px solid #d8dee4; padding: 4px 8px; vertical-align: top; }
            th { background: #f6f8fa; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.name { white-space: nowrap; font-weight: 600; }
            .note { color: #57606a; font-size: 13px; }
            .wide { overflow-x: auto; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(380px, 1fr)); gap: 14px; }
            figure { margin: 0; border: 1px solid #d8dee4; border-radius: 6px; padding: 8px 10px; background: #fff; }
            figcaption { font-weight: 600; font-size: 14px; }
            figcaption small { font-weight: normal; color: #57606a; margin-left: 6px; }
            svg { display: block; width: 100%; height: auto; }
            svg text { font-size: 12px; fill: #1f2328; }
            svg .bar { fill: #8fa8c8; }
            svg .bar.best { fill: #2e7d32; }
            svg .axis { stroke: #adb5bd; stroke-width: 1; }
            svg .delta { font-size: 11px; }
            svg .delta.better { fill: #2e7d32; }
            svg .delta.worse { fill: #c62828; }
            """;

    /** The profile the others are measured against when it is in the comparison; else the first one. */
    static final String REFERENCE = "balanced-default";

    private static final int CHART_WIDTH = 400;
    private static final int LABEL_WIDTH = 124;
    private static final int VALUE_WIDTH = 112;
    private static final int ROW_HEIGHT = 22;

    private WeightsHtml() {
    }

    public static void write(WeightsComparison comparison, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(comparison), StandardCharsets.UTF_8);
    }

    public static String render(WeightsComparison c) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>权重对比 Weights comparison · ").append(esc(c.dataset())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>权重对比 <span class=\"en\">Weights comparison</span></h1>\n")
                .append("<p>同一问题、同样的求解时间，每个权重方案各求解一次；指标只由分配结果计算，可以跨方案比较。")
                .append(" <span class=\"en\">The same problem solved once per weight profile with the same time;")
                .append(" the KPIs come from the assignment alone, so they compare across profiles.</span></p>\n");
        parameters(html, c);
        profiles(html, c);
        charts(html, c);
        table(html, c);
        html.append("<footer class=\"note\"><p>alliance-planner benchmark weights · ").append(esc(DATE.format(c.date())))
                .append("</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void parameters(StringBuilder html, WeightsComparison c) {
        html.append("<h2>运行参数 <span class=\"en\">Run parameters</span></h2>\n<table id=\"parameters\">\n");
        row(html, "数据集", "dataset", c.dataset());
        row(html, "规模", "size", c.communities() + " 个社区 communities, " + c.organizations() + " 个单位 organizations");
        row(html, "每个方案求解时间", "time per profile", seconds(c.timePerProfile()) + " s");
        row(html, "日期", "date", DATE.format(c.date()));
        row(html, "处理器核数", "machine cores", String.valueOf(c.cores()));
        row(html, "现行方案", "current plan", c.hasCurrent()
                ? c.currentPlan() + "（" + c.currentMatched() + " 个单位有现所在社区 organizations with a current community）"
                : "无（不统计调整单位数） none (moved vs current not measured)");
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, String zh, String en, String value) {
        html.append("<tr><th>").append(esc(zh)).append(" <span class=\"en\">").append(esc(en)).append("</span></th><td>")
                .append(esc(value)).append("</td></tr>\n");
    }

    private static void profiles(StringBuilder html, WeightsComparison c) {
        html.append("<h2>权重方案 <span class=\"en\">Profiles</span></h2>\n<table id=\"profiles\">\n<thead><tr>")
                .append("<th>方案 <span class=\"en\">profile</span></th><th>名称 <span class=\"en\">title</span></th>")
                .append("<th>与默认权重不同 <span class=\"en\">changed from the defaults</span></th>")
                .append("<th>说明 <span class=\"en\">description</span></th></tr></thead>\n<tbody>\n");
        for (ProfileResult r : c.results()) {
            WeightProfile p = r.profile();
            String changes = p.changesFromDefaults();
            html.append("<tr><td class=\"name\">").append(esc(p.name())).append("</td><td>").append(esc(p.title()))
                    .append("</td><td>").append(esc(changes.isEmpty() ? "（默认 defaults）" : changes)).append("</td><td>")
                    .append(esc(p.description() == null ? "" : p.description())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void charts(StringBuilder html, WeightsComparison c) {
        int reference = reference(c);
        String referenceName = c.results().get(reference).profile().name();
        html.append("<h2>取舍一览 <span class=\"en\">Trade-offs at a glance</span></h2>\n")
                .append("<p class=\"note\">每个指标一张图，每个方案一条；绿色为该指标最好的方案（各方案相同时不标）。数值旁为与参照方案")
                .append(esc(referenceName)).append("之差，绿色更好、红色更差。")
                .append(" <span class=\"en\">One chart per KPI, one bar per profile; green marks the best profile for that KPI")
                .append(" (none when all are equal). Beside each value, the difference from the reference profile ")
                .append(esc(referenceName)).append(": green better, red worse.</span></p>\n<div class=\"charts\">\n");
        for (WeightsColumn column : WeightsColumn.values()) {
            if (column.better() == null || (column == WeightsColumn.MOVED_FROM_CURRENT && !c.hasCurrent())) {
                continue;
            }
            chart(html, c, column, reference);
        }
        html.append("</div>\n");
    }

    /** The index of {@link #REFERENCE} among the results, else 0. */
    static int reference(WeightsComparison c) {
        for (int i = 0; i < c.results().size(); i++) {
            if (REFERENCE.equals(c.results().get(i).profile().name())) {
                return i;
            }
        }
        return 0;
    }

    private static void chart(StringBuilder html, WeightsComparison c, WeightsColumn column, int reference) {
        List<Double> values = new ArrayList<>();
        for (ProfileResult r : c.results()) {
            values.add(column.number(r, c));
        }
        double scale = column == WeightsColumn.NEEDS_COVERED ? 100
                : values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        Double best = best(values, column.better());
        int barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = c.results().size() * ROW_HEIGHT + 8;
        String caption = column.zh() + " " + column.en() + (column.unit() == null ? "" : " (" + column.unit() + ")");
        html.append("<figure class=\"chart\" data-kpi=\"").append(esc(column.name())).append("\">\n<figcaption>")
                .append(esc(column.zh())).append(" <span class=\"en\">").append(esc(column.en()))
                .append(column.unit() == null ? "" : " (" + esc(column.unit()) + ")").append("</span><small>")
                .append(column.better() == WeightsColumn.Better.LOWER ? "越低越好 lower is better" : "越高越好 higher is better")
                .append("</small></figcaption>\n");
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
                .append(height).append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
                .append("\"><title>").append(esc(caption)).append("</title>\n");
        html.append("<line class=\"axis\" x1=\"").append(LABEL_WIDTH).append("\" y1=\"2\" x2=\"").append(LABEL_WIDTH)
                .append("\" y2=\"").append(height - 2).append("\"/>\n");
        for (int i = 0; i < c.results().size(); i++) {
            ProfileResult r = c.results().get(i);
            Double value = values.get(i);
            int y = 4 + i * ROW_HEIGHT;
            double bar = value == null || scale <= 0 ? 0 : Math.max(0, Math.min(1, value / scale)) * barSpace;
            boolean isBest = best != null && value != null && value.doubleValue() == best.doubleValue();
            String text = column.text(r, c);
            html.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(esc(r.profile().name())).append("</text>");
            html.append("<rect class=\"bar").append(isBest ? " best" : "").append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y + 2).append("\" width=\"").append(fmt(bar)).append("\" height=\"16\"/>");
            html.append("<text x=\"").append(fmt(LABEL_WIDTH + bar + 4)).append("\" y=\"").append(y + 14).append("\">")
                    .append(esc(text.isEmpty() ? "–" : text + (column.unit() == null ? "" : " " + column.unit())));
            Double base = values.get(reference);
            if (i != reference && value != null && base != null) {
                delta(html, column, value - base);
            }
            html.append("</text>\n");
        }
        html.append("</svg>\n</figure>\n");
    }

    /** " +0.12" after a value, coloured by whether the change is for the better; nothing when equal. */
    private static void delta(StringBuilder html, WeightsColumn column, double difference) {
        String text = String.format(Locale.ROOT, "%+." + column.decimals() + "f", difference);
        if (Double.parseDouble(text) == 0) {
            return;
        }
        boolean better = column.better() == WeightsColumn.Better.LOWER ? difference < 0 : difference > 0;
        html.append("<tspan class=\"delta ").append(better ? "better" : "worse").append("\" dx=\"6\">")
                .append(esc(text.replace('-', '−'))).append("</tspan>");
    }

    /** The best value, or null when there is nothing to choose between (no values, or all equal). */
    static Double best(List<Double> values, WeightsColumn.Better better) {
        List<Double> present = values.stream().filter(v -> v != null).toList();
        if (present.stream().distinct().count() <= 1) {
            return null;
        }
        return better == WeightsColumn.Better.LOWER ? present.stream().min(Double::compare).orElseThrow()
                : present.stream().max(Double::compare).orElseThrow();
    }

    private static void table(StringBuilder html, WeightsComparison c) {
        html.append("<h2>指标表 <span class=\"en\">KPI table</span></h2>\n<div class=\"wide\">\n<table id=\"kpi-table\">\n<thead><tr>");
        for (WeightsColumn column : WeightsColumn.values()) {
            html.append("<th>").append(esc(column.zh())).append("<br><span class=\"en\">").append(esc(column.en()))
                    .append(column.unit() == null ? "" : " (" + esc(column.unit()) + ")").append("</span></th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ProfileResult r : c.results()) {
            html.append("<tr data-profile=\"").append(esc(r.profile().name())).append("\">");
            for (WeightsColumn column : WeightsColumn.values()) {
                String text = column.text(r, c);
                String cls = column == WeightsColumn.PROFILE ? "name"
                        : column.better() != null || column == WeightsColumn.MIN_MEMBERS
                                || column == WeightsColumn.MAX_MEMBERS ? "num" : "";
                html.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">").append(esc(text.isEmpty() ? "–" : text))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n<p class=\"note\">得分按各自的权重计算，不可跨方案比较。可行：没有硬约束与中约束违反（规则都满足、单位全部分配）。")
                .append("达到可行用时：首次找到这样的方案的时间。")
                .append(" <span class=\"en\">Scores use each profile's own weights and are not comparable across profiles.")
                .append(" Feasible: no hard and no medium penalty (every rule kept, every organization placed);")
                .append(" time to feasible: when the first such plan was found.</span></p>\n");
    }

    private static String seconds(java.time.Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
