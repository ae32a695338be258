package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ObsNormalizerTest {
  @Test
  void switchedOffItReturnsTheObservationItselfAndKeepsNoStatistics() {
    ObsNormalizer off = new ObsNormalizer(false, 2);
    float[] o = {3f, -4f};
    off.update(new float[][] {o});
    assertSame(o, off.apply(o));
    assertEquals(null, off.mean());
  }

  @Test
  void batchUpdatesGiveTheMeanAndVarianceOfEveryObservationSeen() {
    Random rng = new Random(1);
    ObsNormalizer norm = new ObsNormalizer(true, 2);
    double[] sum = new double[2];
    double[] sumSq = new double[2];
    int count = 0;
    for (int step = 0; step < 300; step++) {
      int copies = 1 + step % 4; // batches of 1 to 4 copies
      float[][] batch = new float[copies][];
      for (int i = 0; i < copies; i++) {
        batch[i] = new float[] {(float) (5 + 2 * rng.nextGaussian()), (float) rng.nextDouble()};
        for (int j = 0; j < 2; j++) {
          sum[j] += batch[i][j];
          sumSq[j] += batch[i][j] * batch[i][j];
        }
        count++;
      }
      norm.update(batch);
    }
    for (int j = 0; j < 2; j++) {
      double mean = sum[j] / count;
      double var = sumSq[j] / count - mean * mean;
      // The statistics start from a prior of count 1e-4 (mean 0, variance 1), as SB3's do.
      assertEquals(mean, norm.mean()[j], 1e-5 * Math.abs(mean) + 1e-6);
      assertEquals(var, norm.var()[j], 1e-4 * var);
    }
  }

  @Test
  void normalisedObservationsAreStandardisedThenClippedToTen() {
    ObsNormalizer norm = ObsNormalizer.of(new double[] {1, -2}, new double[] {4, 0.01});
    float[] x = norm.apply(new float[] {5, 3});
    assertEquals((float) (4 / Math.sqrt(4 + 1e-8)), x[0]);
    assertEquals(10f, x[1]); // 5 / 0.1 = 50, clipped
    float[] rows = {5, 3, 1, -2};
    norm.applyToRows(rows);
    assertArrayEquals(new float[] {x[0], 10f, 0f, 0f}, rows);
  }
}
