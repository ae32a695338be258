package org.spinup4j.utils.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class PlotTest {
  @TempDir Path tmp;

  private static final double[] Y = {1, 2, 4, 8, 16, 32};

  @Test
  void smoothingWithWindowOneChangesNothing() {
    assertArrayEquals(Y, Plot.smooth(Y, 1));
  }

  @Test
  void smoothingAveragesOnlyThePointsInsideTheWindow() {
    // Window 3 centred on i: the ends average two points, not three with a zero.
    assertArrayEquals(
        new double[] {1.5, 7.0 / 3, 14.0 / 3, 28.0 / 3, 56.0 / 3, 24}, Plot.smooth(Y, 3), 1e-12);
  }

  @Test
  void evenWindowsLeanBackwardsAsNumpyConvolveSame() {
    // np.convolve(y, ones(w), 'same') covers y[i - w/2 .. i - w/2 + w - 1].
    assertArrayEquals(new double[] {1, 1.5, 3, 6, 12, 24}, Plot.smooth(Y, 2), 1e-12);
    assertArrayEquals(
        new double[] {1.5, 7.0 / 3, 3.75, 7.5, 15, 56.0 / 3}, Plot.smooth(Y, 4), 1e-12);
  }

  @Test
  void aWindowWiderThanTheRunAveragesWhatThereIs() {
    assertArrayEquals(new double[] {2, 2, 2}, Plot.smooth(new double[] {1, 2, 3}, 9), 1e-12);
  }

  @Test
  void anExperimentCurveIsTheMeanOfItsRunsWithPopulationStd() {
    Synthetic.run(tmp, "a", 0, 3, 100);
    Synthetic.run(tmp, "a", 1, 3, 100);
    List<Run> runs = LogDirs.findRuns(List.of(tmp), null, s -> {});
    List<Curve> curves = Plot.curves(runs, "Epoch", "AverageEpRet", false, 1, Estimator.MEAN);
    assertEquals(1, curves.size());
    double[] r0 = runs.get(0).progress().column("AverageEpRet");
    double[] r1 = runs.get(1).progress().column("AverageEpRet");
    Curve c = curves.get(0);
    assertArrayEquals(new double[] {0, 1, 2}, c.x());
    for (int i = 0; i < 3; i++) {
      assertEquals((r0[i] + r1[i]) / 2, c.estimate()[i], 1e-9);
      assertEquals(Math.abs(r0[i] - r1[i]) / 2, c.std()[i], 1e-9);
    }
  }

  @Test
  void countGivesEachRunItsOwnCurve() {
    Synthetic.run(tmp, "a", 0, 3, 100);
    Synthetic.run(tmp, "a", 1, 3, 100);
    List<Run> runs = LogDirs.findRuns(List.of(tmp), null, s -> {});
    List<Curve> curves = Plot.curves(runs, "Epoch", "LossPi", true, 1, Estimator.MEAN);
    assertEquals(List.of("a-0", "a-1"), curves.stream().map(Curve::label).toList());
    assertArrayEquals(new double[] {0, 0, 0}, curves.get(0).std());
  }

  @Test
  void aRunThatStoppedEarlyLeavesTheOthersToCarryTheCurve() throws Exception {
    Synthetic.run(tmp, "a", 0, 5, 100);
    Synthetic.run(tmp, "a", 1, 2, 100);
    List<Run> runs = LogDirs.findRuns(List.of(tmp), null, s -> {});
    Curve c = Plot.curves(runs, "Epoch", "LossPi", false, 1, Estimator.MEAN).get(0);
    assertArrayEquals(new double[] {0, 1, 2, 3, 4}, c.x());
    assertEquals(-0.04, c.estimate()[4], 1e-12);
  }

  @Test
  void performanceIsTheTestReturnWhenLoggedElseTheTrainingReturn() throws Exception {
    Path file = Files.writeString(tmp.resolve("progress.txt"),
        "AverageEpRet\tAverageTestEpRet\n1.0\t2.0\n");
    assertArrayEquals(new double[] {2}, Plot.values(ProgressFile.read(file), "Performance"));
    Files.writeString(file, "AverageEpRet\tLossPi\n1.0\t2.0\n");
    assertArrayEquals(new double[] {1}, Plot.values(ProgressFile.read(file), "Performance"));
  }

  @Test
  void chartHasTitledAxesAndOneLegendEntryPerExperiment() {
    Curve a = new Curve("a", new double[] {1, 2}, new double[] {3, 4}, new double[] {1, 1});
    Curve b = new Curve("b", new double[] {1, 2}, new double[] {5, 6}, new double[] {0, 0});
    XYChart chart = Plot.chart("Epoch", "Performance", List.of(a, b));
    assertEquals("Epoch", chart.getXAxisTitle());
    assertEquals("Performance", chart.getYAxisTitle());
    long inLegend = chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend()).count();
    assertEquals(2, inLegend);
    // a has a band (a closed polygon of 2n points), b has none.
    assertEquals(4, chart.getSeriesMap().get("a \u00b11 std").getXData().length);
  }

  @Test
  void largeStepCountsGetShortScientificLabels() {
    assertEquals("0", Plot.scientific(0));
    assertEquals("5e4", Plot.scientific(50000));
    assertEquals("1.5e5", Plot.scientific(150000));
    assertEquals("1e6", Plot.scientific(1e6));
  }

  @Test
  void unknownFormatIsRejected() {
    XYChart chart = Plot.chart("x", "y", List.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Plot.save(chart, tmp, "y", "gif"));
    assertEquals("Unknown --format 'gif'; use png or svg", e.getMessage());
  }
}
