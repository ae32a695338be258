package org.spinup4j.algos.core;

import java.util.Map;

/**
 * What the command line and the experiment grid need of an algorithm's hyperparameter record:
 * its values by Spinning Up's names, and a builder that changes them by name.
 *
 * @param <C> the record itself, e.g. {@code VpgConfig}
 */
public interface AlgoConfig<C extends AlgoConfig<C>> {
  /** The values by Spinning Up's names, nested as in config.json. */
  Map<String, Object> toMap();

  /** A builder holding these values. */
  Builder<C> toBuilder();

  /** Changes values by name, then checks them all at once. */
  interface Builder<C> {
    /**
     * Sets a value by its Spinning Up name.
     *
     * @return false if the algorithm has no parameter of that name
     * @throws IllegalArgumentException for a malformed value
     */
    boolean set(String name, Object value);

    /** The record, or IllegalArgumentException naming the first value out of range. */
    C build();
  }
}
