package org.spinup4j.utils.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  @Test
  void integersBecomeIntegersAndHugeOnesLongs() {
    assertEquals(64, Literals.parse("64"));
    assertEquals(-1, Literals.parse("-1"));
    assertEquals(10_000_000_000L, Literals.parse("10000000000"));
  }

  @Test
  void floatsInEveryPythonSpellingBecomeDoubles() {
    assertEquals(0.1, Literals.parse("0.1"));
    assertEquals(1e-3, Literals.parse("1e-3"));
    assertEquals(3e-4, Literals.parse("3E-4"));
    assertEquals(0.5, Literals.parse(".5"));
    assertEquals(2.0, Literals.parse("2."));
    assertEquals(1e6, Literals.parse("1e6"));
    assertEquals(-0.25, Literals.parse("-.25"));
  }

  @Test
  void pythonConstantsAndLowerCaseBooleans() {
    assertEquals(true, Literals.parse("True"));
    assertEquals(false, Literals.parse("False"));
    assertEquals(true, Literals.parse("true"));
    assertEquals(false, Literals.parse("false"));
    assertNull(Literals.parse("None"));
  }

  @Test
  void bracketsAndParenthesesBecomeLists() {
    assertEquals(List.of(64, 64), Literals.parse("[64,64]"));
    assertEquals(List.of(64, 32), Literals.parse("(64, 32)"));
    assertEquals(List.of(), Literals.parse("[]"));
    assertEquals(List.of(List.of(1, 2), List.of(0.5, "a")), Literals.parse("[[1,2],(0.5,'a')]"));
    assertEquals(List.of(7), Literals.parse("(7,)"));
    assertEquals(7, Literals.parse("(7)"), "parentheses alone do not make a tuple");
  }

  @Test
  void quotedStringsLoseTheirQuotes() {
    assertEquals("Ant-v4", Literals.parse("'Ant-v4'"));
    assertEquals("it's", Literals.parse("\"it's\""));
  }

  @Test
  void anythingElseStaysTheString() {
    for (String token :
        List.of("CartPole-v1", "torch.nn.Tanh", "relu", "1e", "007", "[64,", "[1 2]", "0.1.2",
            "inf", "'open", "--", "1_000")) {
      assertEquals(token, Literals.parse(token), token);
    }
  }
}
