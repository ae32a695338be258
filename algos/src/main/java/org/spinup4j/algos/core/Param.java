package org.spinup4j.algos.core;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.spinup4j.algos.nn.Activation;

/**
 * One hyperparameter, declared once: Spinning Up's name, its type, default, allowed values and
 * the line {@code --help} shows. Everything else is derived from it: the command-line flag
 * {@code --name} (with the default in its help), the key in config.json, the by-name setter the
 * grid uses, and the messages for a malformed or out-of-range value.
 *
 * @param <T> the value's type
 */
public final class Param<T> {
  private final String name;
  private final String alias;
  private final Type<T> type;
  private final T defaultValue;
  private final Check<? super T> check;
  private final String help;

  private Param(String name, String alias, Type<T> type, T defaultValue, Check<? super T> check,
      String help) {
    this.name = name;
    this.alias = alias;
    this.type = type;
    this.defaultValue = defaultValue;
    this.check = check;
    this.help = help;
  }

  /** A hyperparameter; {@code help} is one sentence, --help adds the default after it. */
  public static <T> Param<T> of(String name, Type<T> type, T defaultValue,
      Check<? super T> check, String help) {
    return new Param<>(name, null, type, defaultValue, check, help);
  }

  public static Param<Integer> integer(String name, int defaultValue, Check<Integer> check,
      String help) {
    return of(name, Type.INT, defaultValue, check, help);
  }

  public static Param<Double> real(String name, double defaultValue, Check<Double> check,
      String help) {
    return of(name, Type.DOUBLE, defaultValue, check, help);
  }

  /** This parameter with a short flag as well, e.g. {@code --hid} for ac_kwargs:hidden_sizes. */
  public Param<T> alias(String shortFlag) {
    return new Param<>(name, shortFlag, type, defaultValue, check, help);
  }

  /**
   * Spinning Up's name, also config.json's key; a nested keyword argument is written
   * "outer:inner", as on Spinning Up's command line ("ac_kwargs:hidden_sizes").
   */
  public String name() {
    return name;
  }

  /** The flags, short one first: {"--hid", "--ac_kwargs:hidden_sizes"} or {"--gamma"}. */
  public String[] flags() {
    return alias == null ? new String[] {"--" + name} : new String[] {"--" + alias, "--" + name};
  }

  /** The name messages use: the short flag's if there is one. */
  String flag() {
    return alias == null ? name : alias;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public String help() {
    return help;
  }

  /** What --help shows as the value: N, X, LIST, NAME. */
  public String label() {
    return type.label();
  }

  /** Reads a value given by name (text from the command line, or a number or list from JSON). */
  T parse(Object raw) {
    return type.parse().apply(flag(), raw);
  }

  /** Throws IllegalArgumentException naming the flag when {@code value} is not allowed. */
  void check(T value) {
    check.check(flag(), value);
  }

  /** The value as config.json and --help write it. */
  Object toJson(T value) {
    return type.toJson().apply(value);
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * A type of value: how it is read from text or JSON (throwing IllegalArgumentException that
   * names the flag) and how config.json writes it.
   *
   * @param label what --help shows as the value
   * @param parse (flag, raw value) to the value
   * @param toJson the value as config.json writes it
   */
  public record Type<T>(String label, BiFunction<String, Object, T> parse,
      Function<T, Object> toJson) {
    public static final Type<Integer> INT = new Type<>("N", Values::toInt, v -> v);
    public static final Type<Double> DOUBLE = new Type<>("X", Values::toDouble, v -> v);
    public static final Type<Boolean> BOOL = new Type<>("BOOL", Values::toBoolean, v -> v);
    /** Layer sizes such as [64,64]; config.json gets a copy, so the config stays unchanged. */
    public static final Type<int[]> INT_LIST =
        new Type<>("LIST", Values::toIntList, v -> Arrays.copyOf(v, v.length));
    public static final Type<Activation> ACTIVATION = new Type<>("NAME",
        (flag, v) -> Activation.parse(Values.toStringValue(flag, v)), Activation::id);
  }
}
