package org.spinup4j.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Nested maps to and from Spinning Up's flat "outer:inner" keys. */
final class Flat {
  private Flat() {}

  /** {"ac_kwargs": {"activation": "tanh"}} becomes {"ac_kwargs:activation": "tanh"}. */
  static Map<String, Object> flatten(Map<String, Object> nested) {
    Map<String, Object> flat = new LinkedHashMap<>();
    nested.forEach((k, v) -> {
      if (v instanceof Map<?, ?> inner) {
        inner.forEach((ik, iv) -> flat.put(k + ":" + ik, iv));
      } else {
        flat.put(k, v);
      }
    });
    return flat;
  }

  static void require(boolean known, String algo, String key) {
    if (!known) {
      throw new IllegalArgumentException(algo + " has no parameter '" + key + "'");
    }
  }
}
