package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.envs.spaces.Space;

/**
 * The on-policy actor-critic of VPG and PPO: a policy pi (categorical for a Discrete action space,
 * diagonal Gaussian for a Box) and a value function V, both MLPs with the same hidden sizes.
 */
public final class ActorCritic implements RestorablePolicy {
  public final Actor pi;
  public final ValueFunction v;
  private final NetworkSpec spec;

  /** Builds the policy half: the seam through which an exercise trains its own policy. */
  @FunctionalInterface
  public interface ActorFactory {
    Actor create(NDManager manager, Space obsSpace, Space actSpace, NetworkSpec spec, Random rng);
  }

  public ActorCritic(NDManager manager, Space obsSpace, Space actSpace, NetworkSpec spec,
      Random rng) {
    this(manager, obsSpace, actSpace, spec, rng, ActorCritic::defaultActor);
  }

  /** With the policy from {@code actor}; it draws from {@code rng} first, then V does. */
  public ActorCritic(NDManager manager, Space obsSpace, Space actSpace, NetworkSpec spec,
      Random rng, ActorFactory actor) {
    this.spec = spec;
    pi = actor.create(manager, obsSpace, actSpace, spec, rng);
    v = new ValueFunction(manager, obsSpace.flatDim(), spec.hiddenSizes(), spec.activation(), rng);
  }

  /** Categorical for a Discrete action space, diagonal Gaussian for a Box. */
  public static Actor defaultActor(NDManager manager, Space obsSpace, Space actSpace,
      NetworkSpec spec, Random rng) {
    int obsDim = obsSpace.flatDim();
    if (actSpace instanceof Discrete d) {
      return new CategoricalActor(manager, obsDim, spec.hiddenSizes(), d.n(), spec.activation(),
          rng);
    } else if (actSpace instanceof Box b) {
      return new GaussianActor(manager, obsDim, spec.hiddenSizes(), b.flatDim(),
          spec.activation(), rng);
    }
    throw new IllegalArgumentException("unsupported action space " + actSpace);
  }

  /** What acting returns: the action and V(s) of the state it was taken in. */
  public record Step(float[] action, float value) {}

  /** Samples an action for one observation and evaluates V there (no gradients). */
  public Step step(float[] obs, Random rng) {
    return new Step(pi.act(obs, rng, false), v.value(obs));
  }

  /** The policy's action only, sampled or deterministic (for test_policy). */
  @Override
  public float[] act(float[] obs, Random rng, boolean deterministic) {
    return pi.act(obs, rng, deterministic);
  }

  /** Re-reads weights into the fast acting path; call after each update. */
  @Override
  public void refresh() {
    pi.refresh();
    v.refresh();
  }

  public NetworkSpec spec() {
    return spec;
  }

  /** The policy's tensors followed by the value function's, in a fixed order (for saving). */
  @Override
  public List<NDArray> parameters() {
    List<NDArray> all = new ArrayList<>(pi.parameters());
    all.addAll(v.parameters());
    return all;
  }
}
