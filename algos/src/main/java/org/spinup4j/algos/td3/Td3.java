package org.spinup4j.algos.td3;

import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_Q;
import static org.spinup4j.algos.core.LogKeys.Q1_VALS;
import static org.spinup4j.algos.core.LogKeys.Q2_VALS;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
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
import org.spinup4j.algos.nn.DeterministicActor;
import org.spinup4j.algos.nn.Noise;
import org.spinup4j.algos.nn.QFunction;
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
import org.spinup4j.utils.logx.EpochLogger;

/**
 * Twin Delayed DDPG (Fujimoto et al. 2018), as in Spinning Up: DDPG with three tricks against
 * its overestimated Q values. Clipped double-Q learning: two Q functions, and the smaller target
 * of the two in the Bellman backup. Target policy smoothing: clipped noise on the target
 * policy's action. Delayed policy updates: the policy and the targets move once per policy_delay
 * Q updates. Read it next to docs/algorithms/td3.md, whose pseudocode steps the comments number.
 *
 * <p>Symbols: {@code o} observation, {@code a} action, {@code r} reward, {@code o2} next
 * observation, {@code d} done (1 for a true terminal state), {@code mu} the policy, {@code q1}
 * and {@code q2} the two Q functions, {@code a2} the smoothed target action a'(s'), {@code
 * backup} the Bellman target y(r, s', d), {@code rho} the Polyak factor.
 *
 * <p>Deliberate departures from the reference, each documented in docs/algorithms/td3.md: the
 * stored done flag is true only for a true terminal state, never for an episode cut by a time
 * limit (the reference stores the environment's done when its time limit is shorter than
 * max_ep_len); actions map tanh onto each dimension's bounds, {@code mid + half * tanh}, which
 * is the reference's {@code act_limit * tanh} for a symmetric box; TotalEnvInteracts counts the
 * steps taken (the reference logs one less); random actions fill exactly the first start_steps
 * steps (the reference: start_steps + 1); environments are seeded, the test environment with
 * a seed derived from the run's; a run can be resumed exactly (saving/ResumeState.java).
 */
public final class Td3 {
  private final Td3Config cfg;
  private final EpochLogger logger;
  private final NDManager manager;
  private final Rng rng;
  private final DeterministicActor pi;
  private final QFunction q1;
  private final QFunction q2;
  private final DeterministicActor piTarg;
  private final QFunction q1Targ;
  private final QFunction q2Targ;
  private final Adam piOptimizer;
  private final Adam qOptimizer;
  private final ReplayBuffer replay;
  /** --normalize_obs: the running statistics the agent sees observations through. */
  private final ObsNormalizer norm;
  private final ActionScaler scaler;

  private Td3(Td3Config cfg, Env env, NDManager manager, Rng rng, EpochLogger logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.manager = manager;
    this.rng = rng;
    int obsDim = env.observationSpace().flatDim();
    scaler = ActionScaler.of(env.actionSpace(), "td3");
    // Step 1: initial policy and Q-function parameters, empty replay buffer.
    pi = new DeterministicActor(manager, obsDim, scaler, cfg.ac(), rng);
    q1 = new QFunction(manager, obsDim, scaler.dim(), cfg.ac(), rng);
    q2 = new QFunction(manager, obsDim, scaler.dim(), cfg.ac(), rng);
    // With --normalize_obs the buffer keeps raw observations and normalises each minibatch.
    norm = new ObsNormalizer(cfg.normalizeObs(), obsDim);
    replay = new ReplayBuffer(obsDim, scaler.dim(), cfg.replaySize(), norm);
    // Step 2: target parameters equal to the main parameters.
    piTarg = pi.targetCopy();
    q1Targ = q1.targetCopy();
    q2Targ = q2.targetCopy();
    piOptimizer = new Adam(manager, pi.parameters(), cfg.piLr());
    qOptimizer = new Adam(manager, qParameters(), cfg.qLr());
  }

  // ---------------------------------------------------------------- losses

  /**
   * Step 12, target policy smoothing: a'(s') = clip(mu_targ(s') + clip(eps, -c, c), low, high),
   * eps ~ N(0, target_noise^2), so that Q cannot exploit a narrow peak of its own error.
   */
  NDArray targetAction(NDArray o2) {
    NDArray muTarg = piTarg.forward(o2);
    NDArray eps = Noise.standardNormal(manager, muTarg.getShape(), rng).mul(cfg.targetNoise());
    NDArray clipped = eps.clip(-cfg.noiseClip(), cfg.noiseClip());
    return scaler.clip(muTarg.add(clipped));
  }

  /** Step 13, clipped double-Q: y(r, s', d) = r + gamma (1 - d) min_i Q_targ,i(s', a'(s')). */
  NDArray backup(ReplayBuffer.Batch b) {
    NDArray a2 = targetAction(b.obs2());
    NDArray qPiTarg = q1Targ.forward(b.obs2(), a2).minimum(q2Targ.forward(b.obs2(), a2));
    NDArray notDone = b.done().neg().add(1);
    return b.rew().add(notDone.mul(qPiTarg).mul(cfg.gamma()));
  }

  /** The Q loss and the Q values it was computed from (logged as Q1Vals and Q2Vals). */
  record QLoss(NDArray value, NDArray q1, NDArray q2) implements Loss {}

  /** Both Q functions' mean-squared Bellman errors against the same targets, summed. */
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

  /** -mean Q1(s, mu(s)): the policy ascends the first Q function only. */
  NDArray lossPi(ReplayBuffer.Batch b) {
    NDArray q1Pi = q1.forward(b.obs(), pi.forward(b.obs()));
    return q1Pi.mean().neg();
  }

  // ---------------------------------------------------------------- update

  /** A gradient step on the Q functions; on every policy_delay-th ({@code j}), also the policy. */
  private void update(int j) {
    try (Scope scope = Scope.open()) {
      // Step 11: a random minibatch of transitions from the replay buffer.
      ReplayBuffer.Batch b = replay.sampleBatch(manager, cfg.batchSize(), rng);

      // Step 14: one gradient step on both Q functions.
      QLoss lossQ;
      try (Autograd autograd = Autograd.record()) {
        lossQ = lossQ(b);
        autograd.backward(lossQ.value());
        qOptimizer.step();
      }
      logger.store(LOSS_Q, lossQ.value().getFloat());
      logger.store(Q1_VALS, OffPolicyLog.doubles(lossQ.q1().toFloatArray()));
      logger.store(Q2_VALS, OffPolicyLog.doubles(lossQ.q2().toFloatArray()));

      // Step 15, delayed policy updates: the policy and the targets move on every
      // policy_delay-th step only.
      if (j % cfg.policyDelay() == 0) {
        // Step 16: one gradient step on the policy. Both Q functions are frozen, as in Spinning
        // Up: the policy loss goes through Q1, and its gradient must not reach Q1's weights
        // (Q2 is not in the loss; freezing it too keeps the rule simple: no Q learns here).
        NDArray lossPi;
        try (Frozen frozen = Frozen.of(qParameters()); Autograd autograd = Autograd.record()) {
          lossPi = lossPi(b);
          autograd.backward(lossPi);
          piOptimizer.step();
        }
        logger.store(LOSS_PI, lossPi.getFloat());

        // Step 17: move the targets toward the main networks, in place.
        try (NoGrad noGrad = NoGrad.enter()) {
          Polyak.update(piTarg.parameters(), pi.parameters(), cfg.polyak());
          Polyak.update(q1Targ.parameters(), q1.parameters(), cfg.polyak());
          Polyak.update(q2Targ.parameters(), q2.parameters(), cfg.polyak());
        }
      }
    }
  }

  private List<NDArray> qParameters() {
    return OffPolicyModel.parameters(List.of(), q1, q2);
  }

  // ---------------------------------------------------------------- main loop

  /** Trains TD3 on {@code run.env()}, logging to {@code logger}; returns when all epochs are done. */
  public static void train(Td3Config cfg, RunConfig run, EpochLogger logger) {
    try (NDManager manager = Torch.newManager(Torch.device(run.device()));
        EnvCopies envs = new EnvCopies(run, cfg.numEnvs());
        Env testEnv = run.makeEnv()) {
      new Td3(cfg, envs.get(0), manager, new Rng(run.agentSeed()), logger)
          .loop(envs, testEnv, run);
    }
  }

  private void loop(EnvCopies envs, Env testEnv, RunConfig run) {
    TestAgent tester =
        new TestAgent(testEnv, run.testSeed(), cfg.numTestEpisodes(), cfg.maxEpLen());
    // One episode in progress per copy of the environment (num_envs; one by default).
    int n = envs.size();
    Episode[] episodes = envs.startEpisodes(run, logger, cfg.maxEpLen());

    // A run resumed with --resume continues from the end of its last saved epoch.
    ResumeState state = new ResumeState("td3", run, logger)
        .tensors("networks", parameters())
        .tensors("target networks", OffPolicyModel.parameters(piTarg.parameters(), q1Targ, q2Targ))
        .add("pi optimizer", piOptimizer)
        .add("q optimizer", qOptimizer)
        .random("agent generator", rng)
        .episodes(episodes)
        .normalizer(norm)
        .add("test environment", tester)
        .buffer("replay buffer", replay);
    long firstStep = (long) state.restore() * cfg.stepsPerEpoch();
    pi.refresh();
    float[][] o = EnvCopies.observations(episodes);
    long start = state.startTime();
    long totalSteps = (long) cfg.stepsPerEpoch() * cfg.epochs();

    // Step 3: repeat, for steps_per_epoch * epochs steps, counted over all n copies: each
    // pass steps every copy once. t counts environment steps, so a pass moves it by n.
    for (long t = firstStep; t < totalSteps; t += n) {
      float[][] a = new float[n][];
      norm.update(o); // --normalize_obs: count every observation the agent acts on
      for (int i = 0; i < n; i++) {
        // Step 4: uniform random actions at first, for better exploration; then mu(s) plus noise.
        a[i] = t + i < cfg.startSteps()
            ? envs.get(i).actionSpace().sample()
            : pi.actWithNoise(norm.apply(o[i]), cfg.actNoise(), rng);
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

      // Steps 9-19: every update_every steps, as many gradient steps (steps : updates = 1).
      // With n copies, s runs over the pass's n step indices, so rounds fall where one copy would.
      for (long s = t; s < t + n; s++) {
        if (s >= cfg.updateAfter() && s % cfg.updateEvery() == 0) {
          for (int j = 0; j < cfg.updateEvery(); j++) {
            update(j);
          }
          pi.refresh();
        }
      }

      // End of epoch: save the model, test the deterministic policy, log.
      if ((t + n) % cfg.stepsPerEpoch() == 0) {
        int epoch = (int) ((t + n) / cfg.stepsPerEpoch());
        if (epoch % cfg.saveFreq() == 0 || epoch == cfg.epochs()) {
          Checkpoint.saveEpoch(logger.outputDir(), "td3", run.env(), cfg.ac(), norm,
              parameters(), epoch);
        }
        tester.run(norm.normalising(pi), logger);
        OffPolicyLog.logEpoch(logger, epoch, t + n, start, Q1_VALS, Q2_VALS);
        state.save(epoch);
      }
    }
  }

  /** The policy's tensors, then Q1's and Q2's: the order of a checkpoint. */
  private List<NDArray> parameters() {
    return OffPolicyModel.parameters(pi.parameters(), q1, q2);
  }
}
