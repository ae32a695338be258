package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Hidden-layer nonlinearities. Names accept Spinning Up's spelling too ({@code torch.nn.ReLU}). */
public enum Activation {
  TANH,
  RELU,
  SIGMOID,
  ELU,
  IDENTITY;

  public NDArray apply(NDArray x) {
    return switch (this) {
      case TANH -> x.tanh();
      case RELU -> ai.djl.nn.Activation.relu(x);
      case SIGMOID -> ai.djl.nn.Activation.sigmoid(x);
      case ELU -> ai.djl.nn.Activation.elu(x, 1f);
      case IDENTITY -> x;
    };
  }

  /** The same function on one float, for the plain-Java acting path. */
  public float apply(float x) {
    return switch (this) {
      case TANH -> tanh(x);
      case RELU -> Math.max(0f, x);
      case SIGMOID -> (float) (1 / (1 + Math.exp(-x)));
      case ELU -> x > 0 ? x : (float) Math.expm1(x);
      case IDENTITY -> x;
    };
  }

  /**
   * tanh of one float, from {@code Math.exp} (a fast intrinsic) instead of {@code Math.tanh} (a
   * slow software routine, half of the acting time of a tanh network). Computed in double, it
   * rounds to the same float as {@code Math.tanh} but for about one argument in ten million,
   * which then differs by one unit in the last place (3 of 32 million in a test).
   */
  static float tanh(float x) {
    float ax = Math.abs(x);
    if (ax < 1e-4f) {
      return x; // tanh x = x - x^3/3 + ...: the cubic term is below half a float's last place
    }
    if (ax > 20f) {
      // 1 - tanh 20 is 8e-18, so tanh is +-1 in float from here on (and exp overflows further out).
      return Math.copySign(1f, x);
    }
    double e = Math.exp(2.0 * x);
    return (float) ((e - 1) / (e + 1));
  }

  /** The lower-case name used on the command line and in config.json. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code tanh}, {@code ReLU}, {@code torch.nn.Tanh}, ...
   *
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static Activation parse(String s) {
    String name = s.trim();
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      name = name.substring(dot + 1);
    }
    for (Activation a : values()) {
      if (a.name().equalsIgnoreCase(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown activation '" + s + "'; allowed: "
            + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")));
  }
}
