package org.spinup4j.utils.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a command-line token as a literal where it can, as Spinning Up does by {@code eval}-ing
 * each value (we parse only literals, never code):
 *
 * <ul>
 *   <li>integers ({@code 3}, {@code -1}) as {@link Integer}, or {@link Long} when too large;
 *   <li>floats ({@code 0.1}, {@code 1e-3}, {@code .5}) as {@link Double};
 *   <li>{@code True}/{@code False} (also lower case) as {@link Boolean}, {@code None} as null;
 *   <li>{@code [64,64]} and {@code (64, 64)} as lists, nested too; {@code (64)} is just 64;
 *   <li>{@code 'text'} and {@code "text"} as the string inside the quotes.
 * </ul>
 *
 * Anything else stays the string it was ({@code CartPole-v1}, {@code torch.nn.Tanh}).
 */
public final class Literals {
  private final String text;
  private int pos;

  private Literals(String text) {
    this.text = text;
  }

  /** The literal {@code token} stands for, or {@code token} itself when it is not one. */
  public static Object parse(String token) {
    Literals parser = new Literals(token);
    try {
      Object value = parser.value();
      parser.skipSpaces();
      return parser.pos == token.length() ? value : token;
    } catch (NotALiteral e) {
      return token;
    }
  }

  private Object value() {
    skipSpaces();
    if (pos >= text.length()) {
      throw new NotALiteral();
    }
    char c = text.charAt(pos);
    if (c == '[') {
      return sequence(']', false);
    } else if (c == '(') {
      return sequence(')', true);
    } else if (c == '\'' || c == '"') {
      return quoted(c);
    } else if (Character.isLetter(c)) {
      return word();
    }
    return number();
  }

  /** A list or tuple; a parenthesised single value without a comma is the value itself. */
  private Object sequence(char close, boolean tuple) {
    pos++; // the opening bracket
    List<Object> items = new ArrayList<>();
    boolean sawComma = false;
    skipSpaces();
    while (!peek(close)) {
      items.add(value());
      skipSpaces();
      if (peek(',')) {
        pos++;
        sawComma = true;
        skipSpaces();
      } else if (!peek(close)) {
        throw new NotALiteral();
      }
    }
    pos++; // the closing bracket
    if (tuple && items.size() == 1 && !sawComma) {
      return items.get(0);
    }
    return Collections.unmodifiableList(items);
  }

  private String quoted(char quote) {
    StringBuilder out = new StringBuilder();
    pos++;
    while (pos < text.length() && text.charAt(pos) != quote) {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        c = text.charAt(pos++);
        c = c == 'n' ? '\n' : c == 't' ? '\t' : c;
      }
      out.append(c);
    }
    if (pos >= text.length()) {
      throw new NotALiteral();
    }
    pos++;
    return out.toString();
  }

  private Object word() {
    int start = pos;
    while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
      pos++;
    }
    return switch (text.substring(start, pos)) {
      case "True", "true" -> Boolean.TRUE;
      case "False", "false" -> Boolean.FALSE;
      case "None" -> null;
      default -> throw new NotALiteral();
    };
  }

  /** An int or float in Python's syntax: sign, digits, optional fraction and exponent. */
  private Object number() {
    int start = pos;
    if (peek('+') || peek('-')) {
      pos++;
    }
    int intDigits = digits();
    boolean isFloat = false;
    if (peek('.')) {
      pos++;
      isFloat = true;
      if (intDigits + digits() == 0) {
        throw new NotALiteral();
      }
    } else if (intDigits == 0) {
      throw new NotALiteral();
    }
    if (peek('e') || peek('E')) {
      pos++;
      if (peek('+') || peek('-')) {
        pos++;
      }
      if (digits() == 0) {
        throw new NotALiteral();
      }
      isFloat = true;
    }
    String number = text.substring(start, pos);
    if (isFloat) {
      return Double.parseDouble(number);
    }
    String unsigned = number.replaceFirst("^[+-]", "");
    if (unsigned.length() > 1 && unsigned.startsWith("0") && !unsigned.matches("0+")) {
      throw new NotALiteral(); // Python rejects 007 (but not 00)
    }
    long value;
    try {
      value = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new NotALiteral();
    }
    return value == (int) value ? (Object) (int) value : (Object) value;
  }

  private int digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  /** Signals that the token is not a literal, so it stays a string. */
  private static final class NotALiteral extends RuntimeException {
    NotALiteral() {
      super(null, null, false, false);
    }
  }
}
