package org.spinup4j.algos.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An algorithm's hyperparameter values. Each hyperparameter is declared once, as a {@link Param}
 * listed in the config's {@link Params}; the subclass adds a typed accessor ({@code
 * cfg.piLr()}), which is what the algorithm reads. Change values with {@code
 * PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 10).build()}, or by Spinning Up's name
 * with {@link Builder#set(String, Object)} (command line, grids).
 *
 * @param <C> the config itself, e.g. {@code PpoConfig}
 */
public abstract class Hyperparameters<C extends Hyperparameters<C>> {
  private final Params<C> params;
  /** By position in {@code params}' own list. */
  private final Object[] values;

  /** The builder's values, already checked by {@link Builder#build}. */
  protected Hyperparameters(Builder<C> b) {
    params = b.params;
    values = b.values.clone();
  }

  /** The value of one of this config's parameters. */
  @SuppressWarnings("unchecked")
  protected final <T> T get(Param<T> p) {
    int i = params.indexOf(p);
    if (i >= 0) {
      return (T) values[i];
    }
    throw new IllegalArgumentException(getClass().getSimpleName() + " has no parameter " + p);
  }

  /** Every parameter in config.json's order: the command line makes its flags from these. */
  public final List<Param<?>> params() {
    return params.all();
  }

  /**
   * The values by Spinning Up's names, in its order, "outer:inner" names nested as in
   * config.json ({@code ac_kwargs: {hidden_sizes: ..., activation: ...}}).
   */
  @SuppressWarnings("unchecked")
  public final Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Param<?>> own = params.all();
    for (int i = 0; i < own.size(); i++) {
      String name = own.get(i).name();
      Object json = jsonOf(own.get(i), values[i]);
      int colon = name.indexOf(':');
      if (colon < 0) {
        m.put(name, json);
      } else {
        ((Map<String, Object>) m.computeIfAbsent(name.substring(0, colon),
            k -> new LinkedHashMap<String, Object>())).put(name.substring(colon + 1), json);
      }
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static <T> Object jsonOf(Param<T> p, Object value) {
    return p.toJson((T) value);
  }

  /** A builder holding these values. */
  public final Builder<C> toBuilder() {
    return new Builder<>(params, values.clone());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hyperparameters<?> h && h.getClass() == getClass()
        && Arrays.deepEquals(values, h.values);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(getClass().getSimpleName()).append('[');
    String sep = "";
    for (Param<?> p : params()) {
      Object v = get(p);
      s.append(sep).append(p.name()).append('=')
          .append(v instanceof int[] a ? Arrays.toString(a) : String.valueOf(v));
      sep = ", ";
    }
    return s.append(']').toString();
  }

  /**
   * Changes values, by {@link Param} or by Spinning Up's name, then checks them all at once in
   * {@link #build}.
   */
  public static final class Builder<C extends Hyperparameters<C>> {
    private final Params<C> params;
    private final Object[] values;

    Builder(Params<C> params, Object[] values) {
      this.params = params;
      this.values = values;
    }

    /** Sets one value: {@code set(PpoConfig.EPOCHS, 10)}; shared ones too. */
    public <T> Builder<C> set(Param<T> p, T value) {
      int i = params.indexOf(p);
      if (i >= 0) {
        values[i] = value;
      } else {
        throw new IllegalArgumentException(p + " is not a parameter of this config");
      }
      return this;
    }

    /**
     * Sets a value by its Spinning Up name, read from text or JSON.
     *
     * @return false if the config has no parameter of that name
     * @throws IllegalArgumentException for a malformed value, naming the flag
     */
    public boolean set(String name, Object value) {
      Param<?> p = params.named(name);
      if (p == null) {
        return false;
      }
      values[params.indexOf(p)] = p.parse(value);
      return true;
    }

    /**
     * The config, or IllegalArgumentException naming the first value out of range, in order,
     * then what the config checks of several together.
     */
    public C build() {
      List<Param<?>> own = params.all();
      for (int i = 0; i < own.size(); i++) {
        check(own.get(i), values[i]);
      }
      return params.make(this);
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(Param<T> p, Object value) {
      p.check((T) value);
    }
  }
}
