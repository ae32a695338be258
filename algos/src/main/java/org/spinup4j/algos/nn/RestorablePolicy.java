package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.SavedPolicies;

/**
 * A policy whose weights a {@link Checkpoint} holds: the networks an algorithm saves, rebuilt
 * with fresh weights and then loaded by {@link SavedPolicies}.
 */
public interface RestorablePolicy extends Policy {

  /** Every saved tensor, in the order the trainer saved them. */
  List<NDArray> parameters();

  /** Re-reads the weights into the acting path once they are loaded. */
  void refresh();
}
