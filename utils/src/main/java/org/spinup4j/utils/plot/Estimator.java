package org.spinup4j.utils.plot;

import java.util.Arrays;
import java.util.Locale;

/** What the curve of an experiment shows at each x, over its runs ({@code --est}). */
public enum Estimator {
  MEAN,
  MEDIAN,
  MAX,
  MIN;

  /** Reads {@code mean}, {@code median}, {@code max} or {@code min}, in any case. */
  public static Estimator parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown estimator '" + name + "'; use mean, median, max or min");
    }
  }

  /** The estimate of {@code values}, which must not be empty. */
  public double apply(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return switch (this) {
      case MEAN -> Arrays.stream(v).sum() / n;
      case MEDIAN -> n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
      case MAX -> v[n - 1];
      case MIN -> v[0];
    };
  }
}
