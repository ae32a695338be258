package org.spinup4j.algos.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Converting hyperparameter values given by name (from the command line or a map) to the types
 * the configs hold, with one clear message for a value of the wrong kind.
 */
public final class Values {
  private Values() {}

  public static int toInt(String name, Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    if (value instanceof String s) {
      try {
        double d = Double.parseDouble(s.trim());
        if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
          return (int) d;
        }
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw bad(name, value, "an integer");
  }

  public static double toDouble(String name, Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw bad(name, value, "a number");
  }

  public static boolean toBoolean(String name, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      if (s.equalsIgnoreCase("true")) {
        return true;
      }
      if (s.equalsIgnoreCase("false")) {
        return false;
      }
    }
    throw bad(name, value, "true or false");
  }

  public static String toStringValue(String name, Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw bad(name, value, "a string");
  }

  /**
   * A list of integers (their sign is checked where they are used): a List of numbers, or text such
   * as "[64,64]" or "(64, 64)".
   */
  public static int[] toIntList(String name, Object value) {
    List<Object> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      items.addAll(list);
    } else if (value instanceof Number) {
      items.add(value);
    } else if (value instanceof String s) {
      String t = s.trim();
      if ((t.startsWith("[") && t.endsWith("]")) || (t.startsWith("(") && t.endsWith(")"))) {
        t = t.substring(1, t.length() - 1);
      }
      for (String part : t.split(",")) {
        if (!part.isBlank()) {
          items.add(part.trim());
        }
      }
    } else {
      throw bad(name, value, "a list of integers such as [64,64]");
    }
    int[] out = new int[items.size()];
    for (int i = 0; i < out.length; i++) {
      try {
        out[i] = toInt(name, items.get(i));
      } catch (IllegalArgumentException e) {
        throw bad(name, value, "a list of integers such as [64,64]");
      }
    }
    return out;
  }

  /** Checks {@code value >= min}, naming the flag otherwise. */
  public static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException("--" + name + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  /** Checks {@code lo <= value <= hi}. */
  public static double within(String name, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw new IllegalArgumentException(
          "--" + name + " must be in [" + lo + ", " + hi + "], got " + value);
    }
    return value;
  }

  /** Checks {@code value >= 0}. */
  public static double nonNegative(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("--" + name + " must be >= 0, got " + value);
    }
    return value;
  }

  /** Checks {@code value > 0}. */
  public static double positive(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("--" + name + " must be > 0, got " + value);
    }
    return value;
  }

  private static IllegalArgumentException bad(String name, Object value, String expected) {
    return new IllegalArgumentException(
        "--" + name + ": '" + value + "' is not " + expected);
  }
}
