package org.spinup4j.utils.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimatorTest {
  private static final double[] VALUES = {4, 1, 3, 10};

  @Test
  void eachEstimatorSummarisesTheRuns() {
    assertEquals(4.5, Estimator.MEAN.apply(VALUES));
    assertEquals(3.5, Estimator.MEDIAN.apply(VALUES));
    assertEquals(3, Estimator.MEDIAN.apply(new double[] {5, 3, 1}));
    assertEquals(10, Estimator.MAX.apply(VALUES));
    assertEquals(1, Estimator.MIN.apply(VALUES));
  }

  @Test
  void namesParseInAnyCaseAndUnknownOnesAreNamed() {
    assertEquals(Estimator.MEDIAN, Estimator.parse("Median"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Estimator.parse("mode"));
    assertTrue(e.getMessage().contains("'mode'"), e.getMessage());
  }

  @Test
  void applyLeavesItsInputInOrder() {
    double[] values = {3, 1, 2};
    Estimator.MEDIAN.apply(values);
    assertEquals(3, values[0]);
  }
}
