package org.spinup4j.algos.core;

/**
 * The values a hyperparameter allows. A failed check throws IllegalArgumentException naming the
 * flag, e.g. {@code --gamma must be in [0.0, 1.0], got 1.5}.
 *
 * @param <T> the value's type
 */
@FunctionalInterface
public interface Check<T> {
  /** Throws IllegalArgumentException if {@code value} is not allowed for {@code --flag}. */
  void check(String flag, T value);

  /** This check, then {@code next}: the first that fails names the problem. */
  default Check<T> and(Check<? super T> next) {
    return (flag, value) -> {
      check(flag, value);
      next.check(flag, value);
    };
  }

  /** Any value of the type. */
  static <T> Check<T> any() {
    return (flag, value) -> {};
  }

  static Check<Integer> atLeast(int min) {
    return (flag, value) -> Values.atLeast(flag, value, min);
  }

  static Check<Double> within(double lo, double hi) {
    return (flag, value) -> Values.within(flag, value, lo, hi);
  }

  static Check<Double> positive() {
    return Values::positive;
  }

  static Check<Double> nonNegative() {
    return Values::nonNegative;
  }
}
