package org.spinup4j.exercises.problems;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.Mlp;
import org.spinup4j.algos.optim.Adam;
import org.spinup4j.algos.optim.Loss;

/**
 * Exercise 3: find the silent bug in this Q-learning update.
 *
 * <p>This is the critic half of DDPG: a Q-network regressed onto the Bellman backup r + gamma (1 -
 * d) Q_targ(s', mu_targ(s')), with a target network that trails the Q-network by Polyak averaging
 * (docs/algorithms/ddpg.md, "Key equations"). The policy's own update is left out; a fixed target
 * policy stands in for mu_targ.
 *
 * <p>The code compiles, runs, raises no exception and produces no NaN, and its loss goes down.
 * Yet a DDPG built on it would not learn. TODO (exercise 3): find the bug and fix it in this file.
 * Then {@code ./exercises/check 3} passes. Hints: docs/exercises/3-q-learning-bug.md.
 */
public final class DdpgQLearning {
  /**
   * A batch of n transitions.
   *
   * @param o observations s, shape {@code (n, obsDim)}
   * @param a actions, shape {@code (n, actDim)}
   * @param r rewards, shape {@code (n)}
   * @param o2 next observations s', shape {@code (n, obsDim)}
   * @param d 1 where s' is terminal, else 0, shape {@code (n)}
   */
  public record Batch(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d) {}

  /** The loss, with the Q-values it was computed from (for logging). */
  public record QLoss(NDArray value, NDArray q) implements Loss {}

  private final Mlp q;
  private final Mlp qTarg;
  private final Mlp muTarg;
  private final Adam qOptimizer;
  private final double gamma;
  private final double polyak;

  /**
   * @param gamma discount factor (DDPG's default 0.99)
   * @param polyak how much of the target network to keep per update (DDPG's default 0.995)
   * @param qLr learning rate of the Q-network (DDPG's default 1e-3)
   */
  public DdpgQLearning(
      NDManager manager, int obsDim, int actDim, double gamma, double polyak, double qLr,
      Random rng) {
    int[] qSizes = {obsDim + actDim, 32, 32, 1};
    this.q = new Mlp(manager, qSizes, Activation.RELU, Activation.IDENTITY, rng);
    this.qTarg = new Mlp(manager, qSizes, Activation.RELU, Activation.IDENTITY, rng);
    this.muTarg = new Mlp(manager, new int[] {obsDim, 32, actDim}, Activation.RELU,
        Activation.TANH, rng);
    this.qOptimizer = new Adam(manager, q.parameters(), qLr);
    this.gamma = gamma;
    this.polyak = polyak;
    moveTarget(0); // the target network starts as an exact copy
  }

  /** Q(s, a) for a batch of observations and actions. */
  public NDArray q(NDArray o, NDArray a) {
    return value(q, o, a);
  }

  private static NDArray value(Mlp net, NDArray o, NDArray a) {
    return net.forward(o.concat(a, 1));
  }

  /** Mean squared Bellman error: mean( (Q(s,a) - backup)^2 ). */
  public QLoss qLoss(Batch b) {
    NDArray q = q(b.o(), b.a());
    NDArray a2 = muTarg.forward(b.o2());
    NDArray qPiTarg = value(qTarg, b.o2(), a2);
    NDArray notDone = b.d().neg().add(1);
    // The backup is a fixed target: no gradient flows into the target networks.
    NDArray backup = b.r().add(notDone.mul(gamma).mul(qPiTarg)).stopGradient();
    NDArray loss = q.sub(backup).square().mean();
    return new QLoss(loss, q);
  }

  /** One gradient step on the Q-network, then the target network moves towards it. */
  public float update(Batch b) {
    try (Scope step = Scope.open()) {
      float loss = qOptimizer.minimize(() -> qLoss(b)).value().getFloat();
      moveTarget(polyak);
      return loss;
    }
  }

  /** theta_targ <- rho theta_targ + (1 - rho) theta, in place. */
  private void moveTarget(double rho) {
    List<NDArray> source = q.parameters();
    List<NDArray> target = qTarg.parameters();
    for (int i = 0; i < source.size(); i++) {
      // Update the values through a detached view: an in-place change of a trainable tensor
      // itself is refused on any thread where PyTorch is recording gradients.
      try (NDArray values = target.get(i).stopGradient()) {
        values.muli(rho).addi(source.get(i).mul(1 - rho));
      }
    }
  }
}
