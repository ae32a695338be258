package org.spinup4j.algos.ddpg;

import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_Q;
import static org.spinup4j.algos.core.LogKeys.Q_VALS;

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
 * Deep Deterministic Policy Gradient (Lillicrap et al. 2016), as in Spinning Up: a Q function
 * learnt from the Bellman equation off-policy, and a deterministic policy trained to maximise it.
 * Read it next to docs/algorithms/ddpg.md, whose pseudocode steps the comments number.
 *
 * <p>Symbols: {@code o} observation, {@code a} action, {@code r} reward, {@code o2} next
 * observation, {@code d} done (1 for a true terminal state), {@code mu} the policy, {@code q}
 * Q(s, a), {@code backup} the Bellman target y(r, s', d), {@code rho} the Polyak factor.
 *
 * <p>Deliberate departures from the reference, each documented in docs/algorithms/ddpg.md: the
 * stored done flag is true only for a true terminal state, never for an episode cut by a time
 * limit (the reference stores the environment's done when its time limit is shorter than
 * max_ep_len); actions map tanh onto each dimension's bounds, {@code mid + half * tanh}, which
 * is the reference's {@code act_limit * tanh} for a symmetric box; TotalEnvInteracts counts the
 * steps taken (the reference logs one less); random actions fill exactly the first start_steps
 * steps (the reference: start_steps + 1); environments are seeded, the test environment with
 * a seed derived from the run's; a run can be resumed exactly (saving/ResumeState.java).
 */
public final class Ddpg {
  private final DdpgConfig cfg;
  private final EpochLogger logger;
  private final NDManager manager;
  private final Rng rng;
  private final DeterministicActor pi;
  private final QFunction q;
  private final DeterministicActor piTarg;
  private final QFunction qTarg;
  private final Adam piOptimizer;
  private final Adam qOptimizer;
  private final ReplayBuffer replay;
  /** --normalize_obs: the running statistics the agent sees observations through. */
  private final ObsNormalizer norm;

  private Ddpg(DdpgConfig cfg, Env env, NDManager manager, Rng rng, EpochLogger logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.manager = manager;
    this.rng = rng;
    int obsDim = env.observationSpace().flatDim();
    ActionScaler scaler = ActionScaler.of(env.actionSpace(), "ddpg");
    // Step 1: initial policy and Q-function parameters, empty replay buffer.
    pi = new DeterministicActor(manager, obsDim, scaler, cfg.ac(), rng);
    q = new QFunction(manager, obsDim, scaler.dim(), cfg.ac(), rng);
    // With --normalize_obs the buffer keeps raw observations and normalises each minibatch.
    norm = new ObsNormalizer(cfg.normalizeObs(), obsDim);
    replay = new ReplayBuffer(obsDim, scaler.dim(), cfg.replaySize(), norm);
    // Step 2: target parameters equal to the main parameters.
    piTarg = pi.targetCopy();
    qTarg = q.targetCopy();
    piOptimizer = new Adam(manager, pi.parameters(), cfg.piLr());
    qOptimizer = new Adam(manager, q.parameters(), cfg.qLr());
  }

  // ---------------------------------------------------------------- losses

  /** Step 12, the Bellman target: y(r, s', d) = r + gamma (1 - d) Q_targ(s', mu_targ(s')). */
  NDArray backup(ReplayBuffer.Batch b) {
    NDArray qPiTarg = qTarg.forward(b.obs2(), piTarg.forward(b.obs2()));
    NDArray notDone = b.done().neg().add(1);
    return b.rew().add(notDone.mul(qPiTarg).mul(cfg.gamma()));
  }

  /** The Q loss and the Q values it was computed from (logged as QVals). */
  record QLoss(NDArray value, NDArray q) implements Loss {}

  /** Mean-squared Bellman error: mean (Q(s, a) - y)^2, the target y a constant. */
  QLoss lossQ(ReplayBuffer.Batch b) {
    NDArray qValues = q.forward(b.obs(), b.act());
    NDArray y;
    try (NoGrad noGrad = NoGrad.enter()) {
      y = backup(b);
    }
    NDArray loss = qValues.sub(y).square().mean();
    return new QLoss(loss, qValues);
  }

  /** -mean Q(s, mu(s)): descending it ascends Q along the policy's actions. */
  NDArray lossPi(ReplayBuffer.Batch b) {
    NDArray qPi = q.forward(b.obs(), pi.forward(b.obs()));
    return qPi.mean().neg();
  }

  // ---------------------------------------------------------------- update

  private void update() {
    try (Scope scope = Scope.open()) {
      // Step 11: a random minibatch of transitions from the replay buffer.
      ReplayBuffer.Batch b = replay.sampleBatch(manager, cfg.batchSize(), rng);

      // Step 13: one gradient step on the Q function.
      QLoss lossQ;
      try (Autograd autograd = Autograd.record()) {
        lossQ = lossQ(b);
        autograd.backward(lossQ.value());
        qOptimizer.step();
      }

      // Step 14: one gradient step on the policy. Q is frozen: the policy loss goes through Q,
      // and its gradient must not reach (and accumulate on) Q's weights.
      NDArray lossPi;
      try (Frozen frozen = Frozen.of(q.parameters()); Autograd autograd = Autograd.record()) {
        lossPi = lossPi(b);
        autograd.backward(lossPi);
        piOptimizer.step();
      }
      logger.store(LOSS_Q, lossQ.value().getFloat());
      logger.store(LOSS_PI, lossPi.getFloat());
      logger.store(Q_VALS, OffPolicyLog.doubles(lossQ.q().toFloatArray()));

      // Step 15: move the targets toward the main networks, in place.
      try (NoGrad noGrad = NoGrad.enter()) {
        Polyak.update(piTarg.parameters(), pi.parameters(), cfg.polyak());
        Polyak.update(qTarg.parameters(), q.parameters(), cfg.polyak());
      }
    }
  }

  // ---------------------------------------------------------------- main loop

  /** Trains DDPG on {@code run.env()}, logging to {@code logger}; returns when all epochs are done. */
  public static void train(DdpgConfig cfg, RunConfig run, EpochLogger logger) {
    try (NDManager manager = Torch.newManager(Torch.device(run.device()));
        EnvCopies envs = new EnvCopies(run, cfg.numEnvs());
        Env testEnv = run.makeEnv()) {
      new Ddpg(cfg, envs.get(0), manager, new Rng(run.agentSeed()), logger)
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
    ResumeState state = new ResumeState("ddpg", run, logger)
        .tensors("networks", parameters())
        .tensors("target networks", OffPolicyModel.parameters(piTarg.parameters(), qTarg))
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
          Checkpoint.saveEpoch(logger.outputDir(), "ddpg", run.env(), cfg.ac(), norm,
              parameters(), epoch);
        }
        tester.run(norm.normalising(pi), logger);
        OffPolicyLog.logEpoch(logger, epoch, t + n, start, Q_VALS);
        state.save(epoch);
      }
    }
  }

  /** The policy's tensors, then the Q function's: the order of a checkpoint. */
  private List<NDArray> parameters() {
    return OffPolicyModel.parameters(pi.parameters(), q);
  }
}
