package org.spinup4j.algos.saving;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.algos.nn.CategoricalActor;
import org.spinup4j.algos.nn.DeterministicActor;
import org.spinup4j.algos.nn.DiscreteQFunction;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.Policy;
import org.spinup4j.algos.nn.QFunction;
import org.spinup4j.algos.nn.SquashedGaussianActor;
import org.spinup4j.algos.optim.Polyak;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.envs.spaces.Space;

/**
 * Saving and reloading the networks of DDPG, TD3 and SAC. A checkpoint holds the actor's tensors
 * followed by those of each Q function, in that order (the reference saves the whole
 * actor-critic too); reloading rebuilds the same networks for the saved environment's spaces and
 * returns the actor, which is all that test_policy runs.
 */
public final class OffPolicyModel {
  private OffPolicyModel() {}

  /** The actor's tensors, then each Q function's: the order of a checkpoint. */
  public static List<NDArray> parameters(List<NDArray> actor, QFunction... qs) {
    List<NDArray> all = new ArrayList<>(actor);
    for (QFunction q : qs) {
      all.addAll(q.parameters());
    }
    return all;
  }

  /** Reloads a DDPG ({@code numQ} 1) or TD3 ({@code numQ} 2) model's deterministic actor. */
  public static DeterministicActor loadDeterministic(Checkpoint.Meta meta, Space obsSpace,
      Space actSpace, Path runDir, int itr, NDManager manager, int numQ) throws IOException {
    Dims dims = Dims.of(meta, obsSpace, actSpace);
    DeterministicActor pi = new DeterministicActor(manager, dims.obsDim, dims.scaler,
        meta.networkSpec(), Polyak.UNUSED_INIT);
    Checkpoint.readParams(runDir, itr, parameters(pi.parameters(), dims.qs(manager, meta, numQ)));
    pi.refresh();
    return pi;
  }

  /** Reloads a SAC model's squashed Gaussian actor. */
  public static SquashedGaussianActor loadSquashedGaussian(Checkpoint.Meta meta, Space obsSpace,
      Space actSpace, Path runDir, int itr, NDManager manager) throws IOException {
    Dims dims = Dims.of(meta, obsSpace, actSpace);
    SquashedGaussianActor pi = new SquashedGaussianActor(manager, dims.obsDim, dims.scaler,
        meta.networkSpec(), Polyak.UNUSED_INIT);
    Checkpoint.readParams(runDir, itr, parameters(pi.parameters(), dims.qs(manager, meta, 2)));
    pi.refresh();
    return pi;
  }

  /**
   * Reloads a SAC model's actor: the squashed Gaussian, or for an environment with discrete
   * actions the categorical actor of discrete SAC.
   */
  public static Policy loadSac(Checkpoint.Meta meta, Space obsSpace, Space actSpace, Path runDir,
      int itr, NDManager manager) throws IOException {
    if (actSpace instanceof Discrete d) {
      return loadCategorical(meta, obsSpace.flatDim(), d.n(), runDir, itr, manager);
    }
    return loadSquashedGaussian(meta, obsSpace, actSpace, runDir, itr, manager);
  }

  /** A discrete SAC model's categorical actor (its two Q functions read and dropped). */
  private static CategoricalActor loadCategorical(Checkpoint.Meta meta, int obsDim,
      int numActions, Path runDir, int itr, NDManager manager) throws IOException {
    NetworkSpec spec = meta.networkSpec();
    CategoricalActor pi = new CategoricalActor(manager, obsDim, spec.hiddenSizes(), numActions,
        spec.activation(), Polyak.UNUSED_INIT);
    List<NDArray> all = new ArrayList<>(pi.parameters());
    for (int i = 0; i < 2; i++) {
      all.addAll(new DiscreteQFunction(manager, obsDim, numActions, spec, Polyak.UNUSED_INIT)
          .parameters());
    }
    Checkpoint.readParams(runDir, itr, all);
    pi.refresh();
    return pi;
  }

  /** The sizes a saved model's networks had, read off its environment's spaces. */
  private record Dims(int obsDim, ActionScaler scaler) {
    static Dims of(Checkpoint.Meta meta, Space obsSpace, Space actSpace) {
      return new Dims(obsSpace.flatDim(), ActionScaler.of(actSpace, meta.algo()));
    }

    /** Q functions to read the saved Q weights into (the actor alone is returned). */
    QFunction[] qs(NDManager manager, Checkpoint.Meta meta, int numQ) {
      QFunction[] qs = new QFunction[numQ];
      for (int i = 0; i < numQ; i++) {
        qs[i] = new QFunction(manager, obsDim, scaler.dim(), meta.networkSpec(), new Random(0));
      }
      return qs;
    }
  }
}
