package org.spinup4j.utils.logx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's text forms of values, so that our files read exactly like Spinning Up's.
 *
 * <p>{@code progress.txt} holds {@code str(value)} of each logged value, and the console table
 * shows {@code "%8.3g" % value}. Java's own {@code Double.toString} and {@code %g} differ from
 * both ({@code 1.0E-5} against {@code 1e-05}, {@code 1.00} against {@code 1}), hence this class.
 *
 * <p>Python prints a float with the fewest digits that read back as the same float; it uses
 * positional notation when the decimal exponent lies in [-4, 16) and otherwise {@code 1e-05}
 * style, with a sign and at least two exponent digits. {@code %g} rounds to the given number of
 * significant digits, chooses the notation by the same kind of rule and drops trailing zeros.
 */
public final class PyFormat {
  private static final RoundingMode[] NEAREST_DOWN_UP = {
    RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP
  };

  private PyFormat() {}

  /**
   * Python's {@code str(value)}: {@code None}, {@code True}/{@code False}, integers as is, floats
   * in repr form ({@code 0.1}, {@code 1e-05}, {@code inf}, {@code nan}), strings unquoted, lists
   * and maps in Python's bracket forms with their elements in {@link #repr} form.
   */
  public static String str(Object value) {
    if (value instanceof CharSequence text) {
      return text.toString();
    }
    return repr(value);
  }

  /** Python's {@code repr(value)}: as {@link #str}, except that strings are quoted. */
  public static String repr(Object value) {
    if (value == null) {
      return "None";
    } else if (value instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (value instanceof Double d) {
      return reprDouble(d);
    } else if (value instanceof Float f) {
      return reprFloat(f);
    } else if (value instanceof CharSequence text) {
      return quote(text.toString());
    } else if (value instanceof Path) {
      return value.toString(); // before Iterable: a Path iterates over its names
    } else if (value instanceof Map<?, ?> map) {
      return reprMap(map);
    } else if (value instanceof Iterable<?> items) {
      return reprSequence(items.iterator());
    } else if (value instanceof Object[] items) {
      return reprSequence(Arrays.asList(items).iterator());
    } else if (value instanceof double[] items) {
      return reprSequence(Arrays.stream(items).boxed().iterator());
    } else if (value instanceof int[] items) {
      return reprSequence(Arrays.stream(items).boxed().iterator());
    } else if (value instanceof long[] items) {
      return reprSequence(Arrays.stream(items).boxed().iterator());
    }
    return value.toString();
  }

  /** Python's {@code repr(float)}: the shortest digits that round-trip. */
  public static String reprDouble(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
      return special(value, "0.0");
    }
    return layout(shortestDigits(value, false), value < 0, 16, true);
  }

  /**
   * The shortest round-trip form of a single-precision float (what NumPy prints for a {@code
   * float32}), laid out like {@link #reprDouble}: {@code 3e-4f} gives {@code 0.0003}, not the
   * digits of the nearest double.
   */
  public static String reprFloat(float value) {
    if (Float.isNaN(value) || Float.isInfinite(value) || value == 0) {
      return special(value, "0.0");
    }
    return layout(shortestDigits(value, true), value < 0, 16, true);
  }

  /**
   * Python's {@code "%<width>.<precision>g" % value}: rounds to {@code precision} significant
   * digits, uses exponent notation when the exponent is below -4 or at least {@code precision},
   * drops trailing zeros, and pads on the left to {@code width}.
   */
  public static String formatG(double value, int width, int precision) {
    int p = Math.max(precision, 1);
    String text;
    if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
      text = special(value, "0");
    } else {
      BigDecimal exact = new BigDecimal(value).abs();
      BigDecimal rounded = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      text = layout(rounded.stripTrailingZeros(), value < 0, p, false);
    }
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }

  private static String special(double value, String zero) {
    if (Double.isNaN(value)) {
      return "nan";
    } else if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    // Python keeps the sign of a negative zero.
    return (1 / value < 0 ? "-" : "") + zero;
  }

  /**
   * The fewest significant digits that read back as {@code value}. At each length we round the
   * exact binary value to nearest, down and up; of those that round-trip we keep the closest,
   * which is what Python's dtoa picks (rounding to nearest alone can miss at powers of two, where
   * the gap below a float is half the gap above).
   */
  private static BigDecimal shortestDigits(double value, boolean single) {
    BigDecimal exact = new BigDecimal(single ? (double) (float) value : value).abs();
    for (int p = 1; p <= 17; p++) {
      BigDecimal best = null;
      for (RoundingMode mode : NEAREST_DOWN_UP) {
        BigDecimal candidate = exact.round(new MathContext(p, mode));
        boolean roundTrips =
            single
                ? candidate.floatValue() == Math.abs((float) value)
                : candidate.doubleValue() == Math.abs(value);
        boolean closer =
            best == null
                || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0;
        if (roundTrips && closer) {
          best = candidate;
        }
      }
      if (best != null) {
        return best.stripTrailingZeros();
      }
    }
    return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
  }

  /**
   * Lays out the positive decimal {@code number} (already rounded, no trailing zeros) as Python
   * does. With {@code decpt} the position of the decimal point relative to the first digit
   * (number = 0.d1d2... x 10^decpt), Python switches to exponent notation when {@code decpt <= -4}
   * or {@code decpt > limit}; repr uses limit 16, {@code %g} its precision. {@code pointZero}
   * adds repr's ".0" to a whole number.
   */
  private static String layout(BigDecimal number, boolean negative, int limit, boolean pointZero) {
    String digits = number.unscaledValue().toString();
    int decpt = digits.length() - number.scale();
    StringBuilder out = new StringBuilder(negative ? "-" : "");
    if (decpt <= -4 || decpt > limit) {
      int exponent = decpt - 1;
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      out.append(exponent < 0 ? "e-" : "e+");
      out.append(Math.abs(exponent) < 10 ? "0" : "").append(Math.abs(exponent));
    } else if (decpt <= 0) {
      out.append("0.").append("0".repeat(-decpt)).append(digits);
    } else if (decpt >= digits.length()) {
      out.append(digits).append("0".repeat(decpt - digits.length()));
      out.append(pointZero ? ".0" : "");
    } else {
      out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
    }
    return out.toString();
  }

  private static String quote(String text) {
    // Python prefers single quotes and switches to double ones to avoid escaping a quote.
    char q = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(q);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c == q ? "\\" + c : String.valueOf(c));
      }
    }
    return out.append(q).toString();
  }

  private static String reprSequence(Iterator<?> items) {
    StringBuilder out = new StringBuilder("[");
    while (items.hasNext()) {
      out.append(repr(items.next())).append(items.hasNext() ? ", " : "");
    }
    return out.append(']').toString();
  }

  private static String reprMap(Map<?, ?> map) {
    StringBuilder out = new StringBuilder("{");
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> e = entries.next();
      out.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
      out.append(entries.hasNext() ? ", " : "");
    }
    return out.append('}').toString();
  }
}
