package org.hundredparks.reporting;

import java.util.List;
import java.util.Optional;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

/**
 * The charts a reader expects, as native Office charts (POI's XDDF): the conversion funnel, the ranking, items by
 * field, activity by month. Each is drawn from one table's columns, in the document and in the workbook alike; the
 * viewer renders the Chinese labels with its own fonts.
 */
final class ReportCharts {

    /** A chart of a table: its category column and the value columns drawn as series. */
    record Chart(String table, String title, boolean line, int category, List<Integer> values) {
    }

    static final List<Chart> ALL = List.of(
            new Chart(FiguresBuilder.FUNNEL, "转化漏斗（技术攻关清单）", false, 0, List.of(1)),
            new Chart(FiguresBuilder.PROVINCE_RANKING, "各省份已发布条目与合作", false, 1, List.of(4, 5)),
            new Chart(FiguresBuilder.PARK_RANKING, "各园区已发布条目与合作", false, 1, List.of(3, 4)),
            new Chart(FieldTables.INDUSTRIES, "已发布条目（按产业领域）", false, 0, List.of(1, 2)),
            new Chart(FiguresBuilder.MONTHLY, "按月进展", true, 0, List.of(1, 2, 3)));

    /** Where a chart reads its points from: the document's embedded sheet, or the workbook's own cells. */
    interface Sources {
        XDDFDataSource<String> categories(int column, String[] values);

        XDDFNumericalDataSource<Double> values(int column, Double[] values);

        /** The series' name as the chart shows it. */
        void name(XDDFChartData.Series series, int column, String name);
    }

    private static final PresetColor[] COLOURS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN};

    private ReportCharts() {
    }

    /** The chart drawn from this table, if any and if the table has points. */
    static Optional<Chart> of(ReportFigures.Table table) {
        return table.rows().isEmpty() ? Optional.empty() : ALL.stream().filter(c -> c.table().equals(table.title())).findFirst();
    }

    static void plot(XDDFChart chart, Chart spec, ReportFigures.Table table, Sources sources) {
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        int points = table.rows().size();
        String[] categories = new String[points];
        for (int r = 0; r < points; r++) {
            categories[r] = String.valueOf(table.rows().get(r).get(spec.category()));
        }
        XDDFDataSource<String> categoryData = sources.categories(spec.category(), categories);
        XDDFChartData data = chart.createData(spec.line() ? ChartTypes.LINE : ChartTypes.BAR, bottom, left);
        data.setVaryColors(false);
        for (int i = 0; i < spec.values().size(); i++) {
            int column = spec.values().get(i);
            Double[] values = new Double[points];
            for (int r = 0; r < points; r++) {
                values[r] = table.rows().get(r).get(column) instanceof Number n ? n.doubleValue() : 0.0;
            }
            XDDFChartData.Series series = data.addSeries(categoryData, sources.values(column, values));
            sources.name(series, column, table.headers().get(column));
            // an explicit colour: without one, LibreOffice draws the axes and no bars
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length]));
            if (spec.line()) {
                XDDFLineProperties line = new XDDFLineProperties(fill);
                line.setWidth(2.0);
                series.setLineProperties(line);
                ((XDDFLineChartData.Series) series).setMarkerStyle(MarkerStyle.CIRCLE);
                ((XDDFLineChartData.Series) series).setSmooth(false);
            } else {
                series.setFillProperties(fill);
            }
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
        }
        if (spec.values().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(data);
    }
}
