package org.spinup4j.algos.nn;

import java.util.Random;

/** Anything that picks an action for one observation: what test_policy runs. */
public interface Policy {
  /** An action for {@code obs}: sampled with {@code rng}, or the most likely one when deterministic. */
  float[] act(float[] obs, Random rng, boolean deterministic);
}
