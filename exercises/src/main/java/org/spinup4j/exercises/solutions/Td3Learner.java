package org.spinup4j.exercises.solutions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.buffers.ReplayBuffer;
import org.spinup4j.algos.engine.Autograd;
import org.spinup4j.algos.engine.NoGrad;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.algos.nn.DeterministicActor;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.Noise;
import org.spinup4j.algos.nn.QFunction;
import org.spinup4j.algos.optim.Adam;
import org.spinup4j.algos.optim.Frozen;
import org.spinup4j.algos.optim.Polyak;

/** Answer to exercise 5: TD3's update, with its three tricks. */
public final class Td3Learner {
  /** The hyperparameters the update reads; {@link #defaults()} are Spinning Up's. */
  public record Settings(double gamma, double polyak, double piLr, double qLr, double targetNoise,
      double noiseClip, int policyDelay) {
    public static Settings defaults() {
      return new Settings(0.99, 0.995, 1e-3, 1e-3, 0.2, 0.5, 2);
    }
  }

  private final NDManager manager;
  private final ActionScaler scaler;
  private final Settings s;
  private final Random rng;
  private final DeterministicActor pi;
  private final QFunction q1;
  private final QFunction q2;
  private final DeterministicActor piTarg;
  private final QFunction q1Targ;
  private final QFunction q2Targ;
  private final Adam piOptimizer;
  private final Adam qOptimizer;

  public Td3Learner(NDManager manager, int obsDim, ActionScaler scaler, NetworkSpec spec,
      Settings s, Random rng) {
    this.manager = manager;
    this.scaler = scaler;
    this.s = s;
    this.rng = rng;
    pi = new DeterministicActor(manager, obsDim, scaler, spec, rng);
    q1 = new QFunction(manager, obsDim, scaler.dim(), spec, rng);
    q2 = new QFunction(manager, obsDim, scaler.dim(), spec, rng);
    piTarg = pi.targetCopy();
    q1Targ = q1.targetCopy();
    q2Targ = q2.targetCopy();
    piOptimizer = new Adam(manager, pi.parameters(), s.piLr());
    qOptimizer = new Adam(manager, qParameters(), s.qLr());
  }

  /** Trick 1, target policy smoothing: clip(mu_targ(s') + clip(eps, -c, c), low, high). */
  public NDArray targetAction(NDArray o2) {
    NDArray muTarg = piTarg.forward(o2);
    NDArray eps = Noise.standardNormal(manager, muTarg.getShape(), rng).mul(s.targetNoise());
    // Clipped noise keeps the smoothed action near mu_targ; the outer clip keeps it valid.
    return scaler.clip(muTarg.add(eps.clip(-s.noiseClip(), s.noiseClip())));
  }

  /** Trick 2, clipped double-Q: r + gamma (1 - d) min(Q1_targ, Q2_targ)(s', a'(s')). */
  public NDArray backup(ReplayBuffer.Batch b) {
    NDArray a2 = targetAction(b.obs2());
    // The smaller estimate: a single Q's overestimate is not carried into the target.
    NDArray qPiTarg = q1Targ.forward(b.obs2(), a2).minimum(q2Targ.forward(b.obs2(), a2));
    NDArray notDone = b.done().neg().add(1);
    return b.rew().add(notDone.mul(qPiTarg).mul(s.gamma()));
  }

  /** One Q step; on every policyDelay-th call ({@code j}), also a policy step and the targets. */
  public void update(ReplayBuffer.Batch b, int j) {
    try (Scope scope = Scope.open()) {
      try (Autograd autograd = Autograd.record()) {
        NDArray y;
        try (NoGrad noGrad = NoGrad.enter()) {
          y = backup(b);
        }
        NDArray lossQ = q1.forward(b.obs(), b.act()).sub(y).square().mean()
            .add(q2.forward(b.obs(), b.act()).sub(y).square().mean());
        autograd.backward(lossQ);
        qOptimizer.step();
      }
      // Trick 3, delayed policy updates: the policy waits for the Q functions to settle.
      if (j % s.policyDelay() == 0) {
        try (Frozen frozen = Frozen.of(qParameters()); Autograd autograd = Autograd.record()) {
          NDArray lossPi = q1.forward(b.obs(), pi.forward(b.obs())).mean().neg();
          autograd.backward(lossPi);
          piOptimizer.step();
        }
        try (NoGrad noGrad = NoGrad.enter()) {
          Polyak.update(piTarg.parameters(), pi.parameters(), s.polyak());
          Polyak.update(q1Targ.parameters(), q1.parameters(), s.polyak());
          Polyak.update(q2Targ.parameters(), q2.parameters(), s.polyak());
        }
      }
    }
  }

  public DeterministicActor policy() {
    return pi;
  }

  public DeterministicActor targetPolicy() {
    return piTarg;
  }

  public QFunction q1() {
    return q1;
  }

  public QFunction q1Target() {
    return q1Targ;
  }

  public QFunction q2Target() {
    return q2Targ;
  }

  private List<NDArray> qParameters() {
    List<NDArray> all = new ArrayList<>(q1.parameters());
    all.addAll(q2.parameters());
    return all;
  }
}
