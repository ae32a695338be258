package org.spinup4j.utils.logx;

/**
 * Summary of the values stored under one key during an epoch. {@code std} is the population
 * standard deviation (divide by {@code count}), as Spinning Up's {@code mpi_statistics_scalar}.
 * With nothing stored, mean and std are NaN, min is +infinity and max is -infinity.
 */
public record Stats(double mean, double std, double min, double max, int count) {

  /** Computes the statistics of {@code values[0..count)}. */
  public static Stats of(double[] values, int count) {
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      sum += values[i];
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    double mean = sum / count;
    double squares = 0;
    for (int i = 0; i < count; i++) {
      squares += (values[i] - mean) * (values[i] - mean);
    }
    return new Stats(mean, Math.sqrt(squares / count), min, max, count);
  }
}
