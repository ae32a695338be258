package org.spinup4j.algos.core;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The hyperparameters of one config, in Spinning Up's order (config.json and {@code --help} list
 * them so), and how to make the config from a builder's values. The shared ones ({@link
 * OnPolicyConfig}, {@link OffPolicyConfig}) are listed with the config's own.
 *
 * @param <C> the config, e.g. {@code PpoConfig}
 */
public final class Params<C extends Hyperparameters<C>> {
  private final Function<Hyperparameters.Builder<C>, C> make;
  private final List<Param<?>> own;
  private final Map<Param<?>, Integer> index = new IdentityHashMap<>();
  private final Map<String, Param<?>> byName = new LinkedHashMap<>();

  private Params(Function<Hyperparameters.Builder<C>, C> make, Param<?>... own) {
    this.make = make;
    this.own = List.of(own);
    for (int i = 0; i < own.length; i++) {
      // A constant declared below the list is still null when the list is made.
      Objects.requireNonNull(own[i], "parameter " + i + " is declared after the list");
      index.put(own[i], i);
      byName.put(own[i].name(), own[i]);
    }
  }

  /** A config's parameters; {@code make} is its constructor, e.g. {@code VpgConfig::new}. */
  public static <C extends Hyperparameters<C>> Params<C> of(
      Function<Hyperparameters.Builder<C>, C> make, Param<?>... own) {
    return new Params<>(make, own);
  }

  /** Every default, checked. */
  public C defaults() {
    return newBuilder().build();
  }

  /** All parameters in config.json's order. */
  public List<Param<?>> all() {
    return own;
  }

  /** Position in the list, or -1. */
  int indexOf(Param<?> p) {
    Integer i = index.get(p);
    return i == null ? -1 : i;
  }

  Param<?> named(String name) {
    return byName.get(name);
  }

  C make(Hyperparameters.Builder<C> b) {
    return make.apply(b);
  }

  Hyperparameters.Builder<C> newBuilder() {
    Object[] values = own.stream().map(Param::defaultValue).toArray();
    return new Hyperparameters.Builder<>(this, values);
  }
}
