package org.spinup4j.algos.nn;

import java.util.Arrays;

/**
 * Spinning Up's {@code ac_kwargs}: hidden layer sizes and the activation between them.
 *
 * @param hiddenSizes widths of the hidden layers, e.g. {@code {64, 64}}
 * @param activation nonlinearity after each hidden layer
 */
public record NetworkSpec(int[] hiddenSizes, Activation activation) {
  public NetworkSpec {
    hiddenSizes = hiddenSizes.clone();
    for (int h : hiddenSizes) {
      if (h <= 0) {
        throw new IllegalArgumentException(
            "hidden sizes must be positive, got " + Arrays.toString(hiddenSizes));
      }
    }
  }

  @Override
  public int[] hiddenSizes() {
    return hiddenSizes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkSpec s
        && Arrays.equals(hiddenSizes, s.hiddenSizes)
        && activation == s.activation;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(hiddenSizes) + activation.hashCode();
  }

  @Override
  public String toString() {
    return "hidden_sizes=" + Arrays.toString(hiddenSizes) + ", activation=" + activation.id();
  }
}
