package org.spinup4j.utils.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Learning curves as Spinning Up draws them: one figure per logged value; in it, one curve per
 * experiment showing the estimate over its runs (the mean by default) with a shaded band of one
 * standard deviation either side.
 */
public final class Plot {
  /** "Performance" stands for the test return where the run has one, else the training return. */
  public static final String PERFORMANCE = "Performance";

  // Seaborn's "deep" palette, the colours of the reference's plots.
  private static final Color[] PALETTE = {
    new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52),
    new Color(0x8172B3), new Color(0x937860), new Color(0xDA8BC3), new Color(0x8C8C8C),
    new Color(0xCCB974), new Color(0x64B5CD)
  };

  private Plot() {}

  /**
   * Moving average over a window of {@code window} points centred as NumPy's {@code
   * convolve(y, ones(window), 'same')}: point i averages y[i - window/2 .. i - window/2 + window
   * - 1]. Near the ends the window holds fewer points, and the average divides by the number it
   * holds, so the curve is not dragged towards zero there.
   */
  public static double[] smooth(double[] y, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("--smooth must be at least 1, got " + window);
    }
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      int from = Math.max(0, i - window / 2);
      int to = Math.min(y.length - 1, i - window / 2 + window - 1);
      double sum = 0;
      for (int j = from; j <= to; j++) {
        sum += y[j];
      }
      out[i] = sum / (to - from + 1);
    }
    return out;
  }

  /** The column {@code value} of a run, resolving {@link #PERFORMANCE}. */
  static double[] values(ProgressFile progress, String value) {
    if (value.equals(PERFORMANCE) && !progress.has(PERFORMANCE)) {
      boolean tested = progress.has("AverageTestEpRet");
      return progress.column(tested ? "AverageTestEpRet" : "AverageEpRet");
    }
    return progress.column(value);
  }

  /**
   * The curves of {@code value} against {@code xaxis}: one per experiment, or with {@code
   * perRun} one per run. Each run is smoothed first; then, at each x, the estimator and the
   * standard deviation are taken over the runs that logged that x (NaN and infinite values left
   * out, so a run that stopped early does not end its experiment's curve).
   */
  public static List<Curve> curves(
      List<Run> runs, String xaxis, String value, boolean perRun, int smooth, Estimator estimator) {
    Map<String, TreeMap<Double, List<Double>>> byLabel = new LinkedHashMap<>();
    for (Run run : runs) {
      double[] x = run.progress().column(xaxis);
      double[] y = smooth(values(run.progress(), value), smooth);
      TreeMap<Double, List<Double>> points =
          byLabel.computeIfAbsent(perRun ? run.runLabel() : run.condition(), k -> new TreeMap<>());
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
          points.computeIfAbsent(x[i], k -> new ArrayList<>()).add(y[i]);
        }
      }
    }
    List<Curve> curves = new ArrayList<>();
    byLabel.forEach((label, points) -> curves.add(curve(label, points, estimator)));
    return curves;
  }

  private static Curve curve(String label, TreeMap<Double, List<Double>> points, Estimator est) {
    int n = points.size();
    double[] x = new double[n];
    double[] estimate = new double[n];
    double[] std = new double[n];
    int i = 0;
    for (Map.Entry<Double, List<Double>> point : points.entrySet()) {
      double[] ys = point.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      x[i] = point.getKey();
      estimate[i] = est.apply(ys);
      std[i] = populationStd(ys);
      i++;
    }
    return new Curve(label, x, estimate, std);
  }

  private static double populationStd(double[] ys) {
    double mean = Estimator.MEAN.apply(ys);
    double squares = 0;
    for (double y : ys) {
      squares += (y - mean) * (y - mean);
    }
    return Math.sqrt(squares / ys.length);
  }

  /**
   * A figure of the curves: the estimate as a line, the band estimate +- std shaded in the same
   * colour, axes titled with the column names, and a legend below the plot where no curve can
   * hide it.
   */
  public static XYChart chart(String xaxis, String value, List<Curve> curves) {
    XYChart chart =
        new XYChartBuilder().width(900).height(600).xAxisTitle(xaxis).yAxisTitle(value)
            .theme(Styler.ChartTheme.GGPlot2).build();
    style(chart.getStyler(), curves);
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      Color color = PALETTE[i % PALETTE.length];
      if (hasSpread(c)) {
        addBand(chart, c, color);
      }
      XYSeries line = chart.addSeries(c.label(), c.x(), c.estimate());
      line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(color);
      line.setLineStyle(new BasicStroke(2.5f));
    }
    keepTicksOnRoundNumbers(chart, curves);
    return chart;
  }

  /**
   * XChart puts the x ticks on the data points themselves when all x values are equally spaced,
   * which epochs always are: ticks then land on 16000, 32000, ... instead of round numbers. One
   * invisible point between the first two x values breaks the spacing, so that XChart chooses
   * round ticks as it does for any other data.
   */
  private static void keepTicksOnRoundNumbers(XYChart chart, List<Curve> curves) {
    Curve first = curves.isEmpty() ? null : curves.get(0);
    if (first == null || first.x().length < 2) {
      return;
    }
    double between = (first.x()[0] + first.x()[1]) / 2;
    double[] y = {first.estimate()[0]};
    XYSeries anchor = chart.addSeries("\u0000tick anchor", new double[] {between}, y);
    anchor.setMarker(SeriesMarkers.NONE);
    anchor.setLineColor(new Color(0, 0, 0, 0));
    anchor.setShowInLegend(false);
  }

  private static void style(XYStyler styler, List<Curve> curves) {
    styler.setChartTitleVisible(false);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setXAxisTickMarkSpacingHint(150);
    double minX = curves.stream().flatMapToDouble(c -> Arrays.stream(c.x())).min().orElse(0);
    double maxX = curves.stream().flatMapToDouble(c -> Arrays.stream(c.x())).max().orElse(0);
    if (minX > 0 && minX < 0.1 * maxX) {
      styler.setXAxisMin(0.0); // ticks on round numbers, not on the first epoch's step count
    }
    if (maxX > 5e3) {
      // As the reference: scientific notation for long runs' step counts.
      styler.setxAxisTickLabelsFormattingFunction(Plot::scientific);
    }
  }

  /** A tick label in short scientific notation: 0, 5e4, 1.5e5. */
  static String scientific(double value) {
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
  }

  private static boolean hasSpread(Curve c) {
    return Arrays.stream(c.std()).anyMatch(s -> s > 0);
  }

  /** The band as one closed polygon: along the upper edge, then back along the lower one. */
  private static void addBand(XYChart chart, Curve c, Color color) {
    int n = c.x().length;
    double[] xs = new double[2 * n];
    double[] ys = new double[2 * n];
    for (int i = 0; i < n; i++) {
      xs[i] = c.x()[i];
      ys[i] = c.estimate()[i] + c.std()[i];
      xs[2 * n - 1 - i] = c.x()[i];
      ys[2 * n - 1 - i] = c.estimate()[i] - c.std()[i];
    }
    XYSeries band = chart.addSeries(c.label() + " \u00b11 std", xs, ys);
    band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    band.setMarker(SeriesMarkers.NONE);
    Color translucent = new Color(color.getRed(), color.getGreen(), color.getBlue(), 64);
    band.setFillColor(translucent);
    band.setLineColor(translucent);
    band.setLineStyle(new BasicStroke(0.5f));
    band.setShowInLegend(false);
  }

  /**
   * Writes the chart to {@code dir/<name>.<format>} ({@code png} or {@code svg}), creating the
   * directory, and returns the file.
   */
  public static Path save(XYChart chart, Path dir, String name, String format) {
    String ext = format.toLowerCase(Locale.ROOT);
    if (!ext.equals("png") && !ext.equals("svg")) {
      throw new IllegalArgumentException("Unknown --format '" + format + "'; use png or svg");
    }
    Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + "." + ext);
    try {
      Files.createDirectories(dir);
      try (OutputStream out = Files.newOutputStream(file)) {
        if (ext.equals("png")) {
          BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        } else {
          VectorGraphicsEncoder.saveVectorGraphic(
              chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return file;
  }
}
