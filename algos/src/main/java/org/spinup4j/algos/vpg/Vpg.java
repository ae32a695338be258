package org.spinup4j.algos.vpg;

import static org.spinup4j.algos.core.LogKeys.DELTA_LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.DELTA_LOSS_V;
import static org.spinup4j.algos.core.LogKeys.ENTROPY;
import static org.spinup4j.algos.core.LogKeys.KL;
import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_V;
import static org.spinup4j.algos.core.LogKeys.V_VALS;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.spinup4j.algos.buffers.OnPolicyBuffer;
import org.spinup4j.algos.buffers.OnPolicyData;
import org.spinup4j.algos.core.ObsNormalizer;
import org.spinup4j.algos.core.EnvCopies;
import org.spinup4j.algos.core.Episode;
import org.spinup4j.algos.core.OnPolicyLog;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.engine.Autograd;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.ActorCritic;
import org.spinup4j.algos.nn.Distribution;
import org.spinup4j.algos.optim.Adam;
import org.spinup4j.algos.optim.Loss;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * Vanilla Policy Gradient with GAE-lambda advantages (Williams 1992; Schulman et al. 2016), as in
 * Spinning Up. Read it next to docs/algorithms/vpg.md, whose pseudocode steps the comments number.
 *
 * <p>Symbols: {@code o} observation, {@code a} action, {@code r} reward, {@code v} V(s), {@code
 * logp} log pi(a|s), {@code adv} the advantage estimate A(s,a), {@code ret} the reward-to-go.
 *
 * <p>Deliberate departures from the reference, each documented in docs/algorithms/vpg.md: a
 * trajectory truncated by the environment's time limit is bootstrapped with V(s_T) (the reference
 * treats it as terminal); the environment is seeded; DeltaLossPi, DeltaLossV and KL compare the
 * losses after the update with those before it (the reference logs values taken before the step,
 * so its DeltaLossPi and KL are always 0).
 */
public final class Vpg {
  private final VpgConfig cfg;
  private final EpochLogger logger;
  private final NDManager manager;
  private final ActorCritic ac;
  private final Adam piOptimizer;
  private final Adam vfOptimizer;
  private final OnPolicyBuffer buf;
  /** --normalize_obs: the running statistics the agent sees observations through. */
  private final ObsNormalizer norm;
  private final boolean discrete;

  private Vpg(VpgConfig cfg, Env env, NDManager manager, Rng rng, EpochLogger logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.manager = manager;
    this.ac = new ActorCritic(manager, env.observationSpace(), env.actionSpace(), cfg.ac(), rng);
    this.piOptimizer = new Adam(manager, ac.pi.parameters(), cfg.piLr());
    this.vfOptimizer = new Adam(manager, ac.v.parameters(), cfg.vfLr());
    this.discrete = env.actionSpace() instanceof Discrete;
    this.buf = new OnPolicyBuffer(env.observationSpace().flatDim(), env.actionSpace().flatDim(),
        cfg.stepsPerEpoch(), cfg.gamma(), cfg.lam(), cfg.numEnvs());
    this.norm = new ObsNormalizer(cfg.normalizeObs(), env.observationSpace().flatDim());
  }

  // ---------------------------------------------------------------- losses

  /** The policy loss with its diagnostics: approximate KL from the old policy, and entropy. */
  record PiLoss(NDArray value, NDArray kl, NDArray entropy) implements Loss {}

  /** L(theta) = -mean( log pi(a|s) * A ): its gradient is the policy gradient estimate. */
  PiLoss lossPi(OnPolicyData data, NDArray logpOld) {
    Distribution pi = ac.pi.distribution(data.obs());
    NDArray logp = pi.logProb(data.act());
    NDArray loss = logp.mul(data.adv()).mean().neg();
    NDArray approxKl = logpOld.sub(logp).mean();
    NDArray ent = pi.entropy().mean();
    return new PiLoss(loss, approxKl, ent);
  }

  /** Mean squared error of V(s) against the rewards-to-go. */
  Loss lossV(OnPolicyData data) {
    NDArray loss = ac.v.forward(data.obs()).sub(data.ret()).square().mean();
    return () -> loss;
  }

  // ---------------------------------------------------------------- update

  private void update() {
    OnPolicyBuffer.Batch batch = buf.get();
    try (Scope scope = Scope.open()) {
      OnPolicyData data = OnPolicyData.upload(manager, batch, discrete);
      NDArray logpOld = ac.pi.distribution(data.obs()).logProb(data.act());
      PiLoss piOld = lossPi(data, logpOld);
      float lossVOld = lossV(data).value().getFloat();

      // Step 6: one step of gradient ascent on the policy gradient (descent on -J).
      try (Autograd autograd = Autograd.record()) {
        autograd.backward(lossPi(data, logpOld).value());
        piOptimizer.step();
      }

      // Step 7: fit the value function by regression on mean-squared error. Each step's graph is
      // freed when the step ends; kept to the end of the update, 80 steps' activations held
      // about 500 MB.
      for (int i = 0; i < cfg.trainVIters(); i++) {
        try (Scope step = Scope.open(); Autograd autograd = Autograd.record()) {
          autograd.backward(lossV(data).value());
          vfOptimizer.step();
        }
      }

      PiLoss piNew = lossPi(data, logpOld);
      float lossVNew = lossV(data).value().getFloat();
      float lossPiOld = piOld.value().getFloat();
      logger.store(LOSS_PI, lossPiOld);
      logger.store(LOSS_V, lossVOld);
      logger.store(KL, piNew.kl().getFloat());
      logger.store(ENTROPY, piOld.entropy().getFloat());
      logger.store(DELTA_LOSS_PI, piNew.value().getFloat() - lossPiOld);
      logger.store(DELTA_LOSS_V, lossVNew - lossVOld);
    }
    ac.refresh();
  }

  // ---------------------------------------------------------------- main loop

  /** Trains VPG on {@code run.env()}, logging to {@code logger}; returns when all epochs are done. */
  public static void train(VpgConfig cfg, RunConfig run, EpochLogger logger) {
    try (NDManager manager = Torch.newManager(Torch.device(run.device()));
        EnvCopies envs = new EnvCopies(run, cfg.numEnvs())) {
      Rng rng = new Rng(run.agentSeed());
      new Vpg(cfg, envs.get(0), manager, rng, logger).loop(envs, run, rng);
    }
  }

  private void loop(EnvCopies envs, RunConfig run, Rng rng) {
    // One episode in progress per copy of the environment (num_envs; one by default).
    int n = envs.size();
    Episode[] episodes = envs.startEpisodes(run, logger, cfg.maxEpLen());

    // A run resumed with --resume continues from the end of its last saved epoch.
    ResumeState state = new ResumeState("vpg", run, logger)
        .tensors("networks", ac.parameters())
        .add("pi optimizer", piOptimizer)
        .add("v optimizer", vfOptimizer)
        .random("agent generator", rng)
        .episodes(episodes)
        .normalizer(norm);
    int firstEpoch = state.restore();
    ac.refresh();
    float[][] o = EnvCopies.observations(episodes);
    long start = state.startTime();

    // Step 2: for k = 0, 1, 2, ...
    for (int epoch = firstEpoch; epoch < cfg.epochs(); epoch++) {
      // Step 3: collect a set of trajectories by running the policy in the environment: the
      // policy acts in each of its n copies, then every copy takes its step, until the epoch's
      // steps are in. t counts each copy's steps, as Spinning Up's local_steps_per_epoch counts
      // each MPI process's.
      int stepsPerCopy = cfg.stepsPerEpoch() / n;
      for (int t = 0; t < stepsPerCopy; t++) {
        boolean epochEnded = t == stepsPerCopy - 1;
        ActorCritic.Step[] step = new ActorCritic.Step[n];
        float[][] x = new float[n][];
        float[][] a = new float[n][];
        norm.update(o); // --normalize_obs: count every observation the agent acts on
        for (int i = 0; i < n; i++) {
          x[i] = norm.apply(o[i]); // what the agent sees: o itself without --normalize_obs
          step[i] = ac.step(x[i], rng);
          a[i] = step[i].action();
        }
        StepResult[] res = envs.step(episodes, a);
        for (int i = 0; i < n; i++) {
          buf.store(i, x[i], a[i], res[i].reward(), step[i].value());
          logger.store(V_VALS, step[i].value());
          o[i] = res[i].observation();

          if (episodes[i].over() || epochEnded) {
            // Steps 4-5: rewards-to-go and GAE advantages; bootstrap unless truly terminal.
            buf.finishPath(i, res[i].terminated() ? 0 : ac.v.value(norm.apply(o[i])));
            o[i] = episodes[i].restart();
          }
        }
      }

      if (epoch % cfg.saveFreq() == 0 || epoch == cfg.epochs() - 1) {
        Checkpoint.saveEpoch(logger.outputDir(), "vpg", run.env(), cfg.ac(), norm,
            ac.parameters(), epoch);
      }
      update();
      OnPolicyLog.dumpEpoch(logger, epoch, (epoch + 1L) * cfg.stepsPerEpoch(), start);
      state.save(epoch + 1);
    }
  }
}
