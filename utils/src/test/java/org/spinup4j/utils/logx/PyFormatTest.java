package org.spinup4j.utils.logx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected strings are what CPython 3 prints for the same values. */
class PyFormatTest {

  @Test
  void integersPrintWithoutAPoint() {
    assertEquals("3", PyFormat.str(3));
    assertEquals("-4000", PyFormat.str(-4000L));
  }

  @Test
  void floatsUseTheShortestDigitsThatRoundTrip() {
    assertEquals("0.1", PyFormat.str(0.1));
    assertEquals("0.30000000000000004", PyFormat.str(0.1 + 0.2));
    assertEquals("3.0", PyFormat.str(3.0));
    assertEquals("-2.5", PyFormat.str(-2.5));
    assertEquals("0.3333333333333333", PyFormat.str(1.0 / 3));
    assertEquals("5e-324", PyFormat.str(Double.MIN_VALUE));
    assertEquals("1.7976931348623157e+308", PyFormat.str(Double.MAX_VALUE));
  }

  @Test
  void floatsSwitchToExponentsOutsideMinusFourToSixteen() {
    assertEquals("0.0001", PyFormat.str(1e-4));
    assertEquals("1e-05", PyFormat.str(1e-5));
    assertEquals("1.2345e-05", PyFormat.str(1.2345e-5));
    assertEquals("1000000000000000.0", PyFormat.str(1e15));
    assertEquals("1e+16", PyFormat.str(1e16));
    assertEquals("1.5e+300", PyFormat.str(1.5e300));
  }

  @Test
  void specialFloatsPrintAsPythonSpellsThem() {
    assertEquals("inf", PyFormat.str(Double.POSITIVE_INFINITY));
    assertEquals("-inf", PyFormat.str(Double.NEGATIVE_INFINITY));
    assertEquals("nan", PyFormat.str(Double.NaN));
    assertEquals("-0.0", PyFormat.str(-0.0));
  }

  @Test
  void singlePrecisionFloatsUseTheirOwnShortestDigits() {
    assertEquals("0.0003", PyFormat.str(3e-4f));
    assertEquals("0.1", PyFormat.str(0.1f));
  }

  @Test
  void otherValuesFollowPythonStr() {
    assertEquals("True", PyFormat.str(true));
    assertEquals("None", PyFormat.str(null));
    assertEquals("Ant-v2", PyFormat.str("Ant-v2"));
    assertEquals("[64, 64]", PyFormat.str(List.of(64, 64)));
    assertEquals("['a', None, 0.5]", PyFormat.str(Arrays.asList("a", null, 0.5)));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("hidden_sizes", List.of(32, 32));
    map.put("act", "it's");
    assertEquals("{'hidden_sizes': [32, 32], 'act': \"it's\"}", PyFormat.str(map));
  }

  @Test
  void percentGKeepsThreeSignificantDigitsAndDropsTrailingZeros() {
    assertEquals("       1", PyFormat.formatG(1.0, 8, 3));
    assertEquals("    12.5", PyFormat.formatG(12.5, 8, 3));
    assertEquals("     123", PyFormat.formatG(123.4, 8, 3));
    assertEquals("   4e+03", PyFormat.formatG(4000, 8, 3));
    assertEquals("1.23e-05", PyFormat.formatG(1.23456e-5, 8, 3));
    assertEquals("  0.0001", PyFormat.formatG(1e-4, 8, 3));
    assertEquals("   1e+03", PyFormat.formatG(999.5, 8, 3));
    assertEquals("  -0.667", PyFormat.formatG(-2.0 / 3, 8, 3));
    assertEquals("       0", PyFormat.formatG(0, 8, 3));
    assertEquals("     nan", PyFormat.formatG(Double.NaN, 8, 3));
    assertEquals("    -inf", PyFormat.formatG(Double.NEGATIVE_INFINITY, 8, 3));
  }

  @Test
  void percentGRoundsHalfToEvenOnTheExactBinaryValue() {
    assertEquals("0.125", PyFormat.formatG(0.125, 0, 3));
    assertEquals("0.12", PyFormat.formatG(0.125, 0, 2)); // an exact tie: to even
    assertEquals("0.35", PyFormat.formatG(0.355, 0, 2)); // 0.355 is stored a little below
    assertEquals("2", PyFormat.formatG(2.5, 0, 1));
  }
}
