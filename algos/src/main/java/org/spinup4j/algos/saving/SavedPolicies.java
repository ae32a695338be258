package org.spinup4j.algos.saving;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.spinup4j.algos.nn.ActorCritic;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.Policy;
import org.spinup4j.algos.nn.RestorablePolicy;
import org.spinup4j.envs.spaces.Space;

/**
 * Rebuilds a trained policy from a run directory, for test_policy and anything else that runs a
 * saved agent. {@code model.json} names the algorithm; {@link #blank} builds that algorithm's
 * networks (one case per algorithm), and the saved weights then replace their initial ones.
 */
public final class SavedPolicies {
  private SavedPolicies() {}

  /**
   * Loads snapshot {@code itr} (-1 for the latest) of {@code runDir}, described by {@code meta}
   * (from {@link Checkpoint#readMeta}), for an environment with these spaces.
   *
   * @throws IOException with one clear line when the weights are missing or do not fit
   * @throws IllegalArgumentException when no algorithm of that name can be rebuilt
   */
  public static Policy load(NDManager manager, Path runDir, int itr,
      Checkpoint.Meta meta, Space obsSpace, Space actSpace) throws IOException {
    Policy pi = switch (meta.algo()) {
      case "ddpg" ->
          OffPolicyModel.loadDeterministic(meta, obsSpace, actSpace, runDir, itr, manager, 1);
      case "td3" ->
          OffPolicyModel.loadDeterministic(meta, obsSpace, actSpace, runDir, itr, manager, 2);
      case "sac" -> OffPolicyModel.loadSac(meta, obsSpace, actSpace, runDir, itr, manager);
      default -> restore(manager, runDir, itr, meta, obsSpace, actSpace);
    };
    return meta.obsNormalizer().normalising(pi); // as training saw them, with --normalize_obs
  }

  /** An on-policy actor-critic (VPG, PPO) with its saved weights, critic included. */
  public static RestorablePolicy restore(NDManager manager, Path runDir, int itr,
      Checkpoint.Meta meta, Space obsSpace, Space actSpace) throws IOException {
    RestorablePolicy policy = blank(manager, meta, obsSpace, actSpace);
    Checkpoint.readParams(runDir, itr, policy.parameters());
    policy.refresh();
    return policy;
  }

  /** The networks {@code meta.algo()} saves, freshly initialised. Add one case per algorithm. */
  static RestorablePolicy blank(NDManager manager, Checkpoint.Meta meta, Space obs, Space act) {
    Random rng = new Random(0); // only for the initial weights, which the saved ones replace
    NetworkSpec spec = meta.networkSpec();
    return switch (meta.algo()) {
      case "vpg", "ppo" -> new ActorCritic(manager, obs, act, spec, rng);
      default -> throw new IllegalArgumentException(
          "cannot rebuild a policy saved by unknown algorithm '" + meta.algo() + "'");
    };
  }
}
