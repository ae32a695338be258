package org.spinup4j.algos.sac;

import static org.spinup4j.algos.core.LogKeys.LOG_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_Q;
import static org.spinup4j.algos.core.LogKeys.Q1_VALS;
import static org.spinup4j.algos.core.LogKeys.Q2_VALS;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.spinup4j.algos.buffers.ReplayBuffer;
import org.spinup4j.algos.core.EnvCopies;
import org.spinup4j.algos.core.Episode;
import org.spinup4j.algos.core.ObsNormalizer;
import org.spinup4j.algos.core.OffPolicyLog;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.core.TestAgent;
import org.spinup4j.algos.engine.Autograd;
import org.spinup4j.algos.engine.NoGrad;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.nn.QFunction;
import org.spinup4j.algos.nn.SquashedGaussianActor;
import org.spinup4j.algos.optim.Adam;
import org.spinup4j.algos.optim.Frozen;
import org.spinup4j.algos.optim.Loss;
import org.spinup4j.algos.optim.Polyak;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.OffPolicyModel;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * Soft Actor-Critic (Haarnoja et al. 2018), as in Spinning Up: a stochastic policy trained to
 * maximise expected return plus alpha times its entropy, with TD3's clipped double-Q learning and
 * no target policy (the next action is sampled from the current policy). Read it next to
 * docs/algorithms/sac.md, whose pseudocode steps the comments number.
 *
 * <p>Symbols: {@code o} observation, {@code a} action, {@code r} reward, {@code o2} next
 * observation, {@code d} done (1 for a true terminal state), {@code pi} the squashed Gaussian
 * policy, {@code logp} log pi(a|s), {@code q1} and {@code q2} the two Q functions, {@code alpha}
 * the entropy coefficient, {@code backup} the target y(r, s', d), {@code rho} the Polyak factor.
 *
 * <p>Deliberate departures from the reference, each documented in docs/algorithms/sac.md: the
 * stored done flag is true only for a true terminal state, never for an episode cut by a time
 * limit; actions map tanh onto each dimension's bounds, {@code mid + half * tanh}, which is the
 * reference's {@code act_limit * tanh} for a symmetric box; TotalEnvInteracts counts the steps
 * taken (the reference logs one less); random actions fill exactly the first start_steps steps
 * (the reference: start_steps + 1); environments are seeded, the test environment with a seed
 * derived from the run's; a run can be resumed exactly; {@code --alpha auto} learns alpha (an
 * extension; the learned value is printed each epoch, not logged, so progress.txt keeps Spinning
 * Up's 27 columns).
 */
public final class Sac {
  private final SacConfig cfg;
  private final EpochLogger logger;
  private final NDManager manager;
  private final Rng rng;
  private final SquashedGaussianActor pi;
  private final QFunction q1;
  private final QFunction q2;
  private final QFunction q1Targ;
  private final QFunction q2Targ;
  private final Adam piOptimizer;
  private final Adam qOptimizer;
  private final ReplayBuffer replay;
  /** --normalize_obs: the running statistics the agent sees observations through. */
  private final ObsNormalizer norm;
  /** The entropy coefficient the losses use, a tensor of shape () (fixed, or from logAlpha). */
  private NDArray alpha;
  /** With --alpha auto, the variable alpha's optimiser steps: alpha = exp(log alpha). */
  private final NDArray logAlpha;
  private final Adam alphaOptimizer;
  private final double targetEntropy;

  private Sac(SacConfig cfg, Env env, NDManager manager, Rng rng, EpochLogger logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.manager = manager;
    this.rng = rng;
    int obsDim = env.observationSpace().flatDim();
    ActionScaler scaler = ActionScaler.of(env.actionSpace(), "sac");
    // Step 1: initial policy and Q-function parameters, empty replay buffer.
    pi = new SquashedGaussianActor(manager, obsDim, scaler, cfg.ac(), rng);
    q1 = new QFunction(manager, obsDim, scaler.dim(), cfg.ac(), rng);
    q2 = new QFunction(manager, obsDim, scaler.dim(), cfg.ac(), rng);
    // With --normalize_obs the buffer keeps raw observations and normalises each minibatch.
    norm = new ObsNormalizer(cfg.normalizeObs(), obsDim);
    replay = new ReplayBuffer(obsDim, scaler.dim(), cfg.replaySize(), norm);
    // Step 2: target parameters equal to the main parameters.
    q1Targ = q1.targetCopy();
    q2Targ = q2.targetCopy();
    piOptimizer = new Adam(manager, pi.parameters(), cfg.lr());
    qOptimizer = new Adam(manager, qParameters(), cfg.lr());
    alpha = manager.create((float) cfg.alpha().value());
    logAlpha = Parameters.constant(manager, new Shape(1), (float) Math.log(cfg.alpha().value()));
    alphaOptimizer = new Adam(manager, List.of(logAlpha), cfg.lr());
    targetEntropy = -scaler.dim();
  }

  // ---------------------------------------------------------------- losses

  /**
   * Step 12: y(r, s', d) = r + gamma (1 - d) (min_i Q_targ,i(s', a') - alpha log pi(a'|s')), with
   * a' ~ pi(.|s') sampled fresh from the current policy.
   */
  NDArray backup(ReplayBuffer.Batch b) {
    SquashedGaussianActor.Sample next = pi.sample(b.obs2(), rng);
    NDArray a2 = next.action();
    NDArray qPiTarg = q1Targ.forward(b.obs2(), a2).minimum(q2Targ.forward(b.obs2(), a2));
    NDArray softValue = qPiTarg.sub(next.logp().mul(alpha));
    NDArray notDone = b.done().neg().add(1);
    return b.rew().add(notDone.mul(softValue).mul(cfg.gamma()));
  }

  /** The Q loss and the Q values it was computed from (logged as Q1Vals and Q2Vals). */
  record QLoss(NDArray value, NDArray q1, NDArray q2) implements Loss {}

  /** Both Q functions' mean-squared errors against the same targets, summed. */
  QLoss lossQ(ReplayBuffer.Batch b) {
    NDArray q1Values = q1.forward(b.obs(), b.act());
    NDArray q2Values = q2.forward(b.obs(), b.act());
    NDArray y;
    try (NoGrad noGrad = NoGrad.enter()) {
      y = backup(b);
    }
    NDArray lossQ1 = q1Values.sub(y).square().mean();
    NDArray lossQ2 = q2Values.sub(y).square().mean();
    return new QLoss(lossQ1.add(lossQ2), q1Values, q2Values);
  }

  /** The policy loss and the log-probabilities of its sampled actions (logged as LogPi). */
  record PiLoss(NDArray value, NDArray logp) implements Loss {}

  /**
   * mean(alpha log pi(a~|s) - min_i Q_i(s, a~)), a~ sampled by the reparameterisation trick so
   * that the gradient flows through the action into the policy.
   */
  PiLoss lossPi(ReplayBuffer.Batch b) {
    SquashedGaussianActor.Sample s = pi.sample(b.obs(), rng);
    NDArray qPi = q1.forward(b.obs(), s.action()).minimum(q2.forward(b.obs(), s.action()));
    NDArray loss = s.logp().mul(alpha).sub(qPi).mean();
    return new PiLoss(loss, s.logp());
  }

  /** J(alpha) = -mean(log alpha (log pi(a|s) + target_entropy)), with logp a constant. */
  NDArray lossAlpha(NDArray logp) {
    return logAlpha.mul(logp.add(targetEntropy)).mean().neg();
  }

  // ---------------------------------------------------------------- update

  private void update() {
    try (Scope scope = Scope.open()) {
      // Step 11: a random minibatch of transitions from the replay buffer.
      ReplayBuffer.Batch b = replay.sampleBatch(manager, cfg.batchSize(), rng);

      // Step 13: one gradient step on both Q functions.
      QLoss lossQ;
      try (Autograd autograd = Autograd.record()) {
        lossQ = lossQ(b);
        autograd.backward(lossQ.value());
        qOptimizer.step();
      }

      // Step 14: one gradient step on the policy. Q1 and Q2 are frozen: the policy loss goes
      // through them, and its gradient must not reach (and accumulate on) their weights.
      PiLoss lossPi;
      try (Frozen frozen = Frozen.of(qParameters()); Autograd autograd = Autograd.record()) {
        lossPi = lossPi(b);
        autograd.backward(lossPi.value());
        piOptimizer.step();
      }

      // With --alpha auto, one gradient step on log alpha toward the target entropy.
      if (cfg.alpha().auto()) {
        NDArray logp = lossPi.logp().stopGradient();
        try (Autograd autograd = Autograd.record()) {
          autograd.backward(lossAlpha(logp));
          alphaOptimizer.step();
        }
      }

      logger.store(LOSS_Q, lossQ.value().getFloat());
      logger.store(Q1_VALS, OffPolicyLog.doubles(lossQ.q1().toFloatArray()));
      logger.store(Q2_VALS, OffPolicyLog.doubles(lossQ.q2().toFloatArray()));
      logger.store(LOSS_PI, lossPi.value().getFloat());
      logger.store(LOG_PI, OffPolicyLog.doubles(lossPi.logp().toFloatArray()));

      // Step 15: move the target Q functions toward the main ones, in place.
      try (NoGrad noGrad = NoGrad.enter()) {
        Polyak.update(q1Targ.parameters(), q1.parameters(), cfg.polyak());
        Polyak.update(q2Targ.parameters(), q2.parameters(), cfg.polyak());
      }
    }
    if (cfg.alpha().auto()) {
      setAlphaFromLog(); // after the update's scope, which would free a tensor made inside it
    }
  }

  /** alpha = exp(log alpha), after a step on log alpha. */
  private void setAlphaFromLog() {
    alpha.close();
    alpha = manager.create((float) Math.exp(logAlpha.getFloat()));
  }

  private List<NDArray> qParameters() {
    return OffPolicyModel.parameters(List.of(), q1, q2);
  }

  // ---------------------------------------------------------------- main loop

  /**
   * Trains SAC on {@code run.env()}, logging to {@code logger}; returns when all epochs are done.
   * A task with discrete actions goes to {@link DiscreteSac}.
   */
  public static void train(SacConfig cfg, RunConfig run, EpochLogger logger) {
    try (NDManager manager = Torch.newManager(Torch.device(run.device()));
        EnvCopies envs = new EnvCopies(run, cfg.numEnvs());
        Env testEnv = run.makeEnv()) {
      Rng rng = new Rng(run.agentSeed());
      if (envs.get(0).actionSpace() instanceof Discrete) {
        new DiscreteSac(cfg, envs.get(0), manager, rng, logger).loop(envs, testEnv, run);
      } else {
        new Sac(cfg, envs.get(0), manager, rng, logger).loop(envs, testEnv, run);
      }
    }
  }

  private void loop(EnvCopies envs, Env testEnv, RunConfig run) {
    TestAgent tester =
        new TestAgent(testEnv, run.testSeed(), cfg.numTestEpisodes(), cfg.maxEpLen());
    // One episode in progress per copy of the environment (num_envs; one by default).
    int n = envs.size();
    Episode[] episodes = envs.startEpisodes(run, logger, cfg.maxEpLen());

    // A run resumed with --resume continues from the end of its last saved epoch.
    ResumeState state = new ResumeState("sac", run, logger)
        .tensors("networks", parameters())
        .tensors("target networks", OffPolicyModel.parameters(List.of(), q1Targ, q2Targ))
        .add("pi optimizer", piOptimizer)
        .add("q optimizer", qOptimizer)
        .tensors("log alpha", List.of(logAlpha))
        .add("alpha optimizer", alphaOptimizer)
        .random("agent generator", rng)
        .episodes(episodes)
        .normalizer(norm)
        .add("test environment", tester)
        .buffer("replay buffer", replay);
    long firstStep = (long) state.restore() * cfg.stepsPerEpoch();
    pi.refresh();
    if (cfg.alpha().auto()) {
      setAlphaFromLog(); // as the last update left it
    }
    float[][] o = EnvCopies.observations(episodes);
    long start = state.startTime();
    long totalSteps = (long) cfg.stepsPerEpoch() * cfg.epochs();

    // Step 3: repeat, for steps_per_epoch * epochs steps, counted over all n copies: each
    // pass steps every copy once. t counts environment steps, so a pass moves it by n.
    for (long t = firstStep; t < totalSteps; t += n) {
      float[][] a = new float[n][];
      norm.update(o); // --normalize_obs: count every observation the agent acts on
      for (int i = 0; i < n; i++) {
        // Step 4: uniform random actions at first, for better exploration; then a ~ pi(.|s).
        a[i] = t + i < cfg.startSteps()
            ? envs.get(i).actionSpace().sample()
            : pi.act(norm.apply(o[i]), rng, false); // false: a sampled action, not the mean
      }

      // Steps 5-7: act, observe, store. Only a true terminal is stored as done (see the class).
      StepResult[] res = envs.step(episodes, a);
      for (int i = 0; i < n; i++) {
        replay.store(o[i], a[i], res[i]);
        o[i] = res[i].observation(); // the easy-to-miss line: move on to the next observation

        // Step 8: end of trajectory (terminal, time limit, or max_ep_len): log it and reset.
        if (episodes[i].over()) {
          o[i] = episodes[i].restart();
        }
      }

      // Steps 9-16: every update_every steps, as many gradient steps (steps : updates = 1).
      // With n copies, s runs over the pass's n step indices, so rounds fall where one copy would.
      for (long s = t; s < t + n; s++) {
        if (s >= cfg.updateAfter() && s % cfg.updateEvery() == 0) {
          for (int j = 0; j < cfg.updateEvery(); j++) {
            update();
          }
          pi.refresh();
        }
      }

      // End of epoch: save the model, test the deterministic policy, log.
      if ((t + n) % cfg.stepsPerEpoch() == 0) {
        int epoch = (int) ((t + n) / cfg.stepsPerEpoch());
        if (epoch % cfg.saveFreq() == 0 || epoch == cfg.epochs()) {
          Checkpoint.saveEpoch(logger.outputDir(), "sac", run.env(), cfg.ac(), norm,
              parameters(), epoch);
        }
        tester.run(norm.normalising(pi), logger);
        OffPolicyLog.logEpoch(logger, epoch, t + n, start, Q1_VALS, Q2_VALS, LOG_PI);
        state.save(epoch);
        if (cfg.alpha().auto()) {
          System.out.printf("Epoch %d: learned alpha = %.4g%n", epoch, alpha.getFloat());
        }
      }
    }
  }

  /** The policy's tensors, then Q1's and Q2's: the order of a checkpoint. */
  private List<NDArray> parameters() {
    return OffPolicyModel.parameters(pi.parameters(), q1, q2);
  }
}
