package org.spinup4j.algos.ppo;

import static org.spinup4j.algos.core.LogKeys.CLIP_FRAC;
import static org.spinup4j.algos.core.LogKeys.DELTA_LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.DELTA_LOSS_V;
import static org.spinup4j.algos.core.LogKeys.ENTROPY;
import static org.spinup4j.algos.core.LogKeys.KL;
import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_V;
import static org.spinup4j.algos.core.LogKeys.STOP_ITER;
import static org.spinup4j.algos.core.LogKeys.V_VALS;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.spinup4j.algos.buffers.OnPolicyBuffer;
import org.spinup4j.algos.buffers.OnPolicyData;
import org.spinup4j.algos.core.EnvCopies;
import org.spinup4j.algos.core.Episode;
import org.spinup4j.algos.core.ObsNormalizer;
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
 * Proximal Policy Optimization, clip variant (Schulman et al. 2017, arXiv:1707.06347), as in
 * Spinning Up. Read it next to docs/algorithms/ppo.md, whose pseudocode steps the comments number.
 * Everything but the update is VPG's: the same actor-critic, buffer and interaction loop.
 *
 * <p>Symbols: {@code o} observation, {@code a} action, {@code r} reward, {@code v} V(s), {@code
 * logp} log pi(a|s) under the policy being trained, {@code logpOld} the same under the policy
 * that collected the data, {@code ratio} = pi(a|s) / pi_old(a|s), {@code adv} the advantage
 * estimate A(s,a), {@code ret} the reward-to-go, {@code eps} the clip ratio.
 *
 * <p>Logged per epoch, as the reference logs them: LossPi and LossV before the update; Entropy of
 * the policy before the update; KL and ClipFrac of the last policy iteration (the one that
 * stopped early, or the last step); StopIter the index of that iteration (train_pi_iters - 1 when
 * no early stop happened). One departure: DeltaLossPi and DeltaLossV are the losses after the
 * whole update minus those before it (the reference subtracts its last iteration's loss, taken
 * before that iteration's step). VPG's other departures hold here too, see docs/algorithms/ppo.md:
 * a trajectory cut by the time limit is bootstrapped with V(s_T), and the environment is seeded.
 */
public final class Ppo {
  private final PpoConfig cfg;
  private final EpochLogger logger;
  private final NDManager manager;
  private final ActorCritic ac;
  private final Adam piOptimizer;
  private final Adam vfOptimizer;
  private final OnPolicyBuffer buf;
  /** --normalize_obs: the running statistics the agent sees observations through. */
  private final ObsNormalizer norm;
  private final boolean discrete;

  private Ppo(PpoConfig cfg, Env env, NDManager manager, Rng rng, EpochLogger logger) {
    this(cfg, env, manager, rng, logger, ActorCritic::defaultActor);
  }

  /** With a policy of the caller's (the exercises train a reader's Gaussian policy so). */
  private Ppo(PpoConfig cfg, Env env, NDManager manager, Rng rng, EpochLogger logger,
      ActorCritic.ActorFactory actor) {
    this.cfg = cfg;
    this.logger = logger;
    this.manager = manager;
    this.ac = new ActorCritic(manager, env.observationSpace(), env.actionSpace(), cfg.ac(), rng,
        actor);
    this.piOptimizer = new Adam(manager, ac.pi.parameters(), cfg.piLr());
    this.vfOptimizer = new Adam(manager, ac.v.parameters(), cfg.vfLr());
    this.discrete = env.actionSpace() instanceof Discrete;
    this.buf = new OnPolicyBuffer(env.observationSpace().flatDim(), env.actionSpace().flatDim(),
        cfg.stepsPerEpoch(), cfg.gamma(), cfg.lam(), cfg.numEnvs());
    this.norm = new ObsNormalizer(cfg.normalizeObs(), env.observationSpace().flatDim());
  }

  // ---------------------------------------------------------------- losses

  /** The clipped policy loss, with the approximate KL from the old policy and the clip fraction. */
  record PiLoss(NDArray value, float kl, float clipFrac) implements Loss {}

  PiLoss lossPi(OnPolicyData data, NDArray logpOld) {
    NDArray logp = ac.pi.distribution(data.obs()).logProb(data.act());
    return clippedLoss(logp, logpOld, data.adv(), cfg.clipRatio());
  }

  /** L = -mean( min(ratio * A, clip(ratio, 1 - eps, 1 + eps) * A) ). */
  static PiLoss clippedLoss(NDArray logp, NDArray logpOld, NDArray adv, double eps) {
    NDArray ratio = logp.sub(logpOld).exp();
    NDArray clipAdv = ratio.clip(1 - eps, 1 + eps).mul(adv);
    NDArray loss = ratio.mul(adv).minimum(clipAdv).mean().neg();
    // Diagnostics: approximate KL(pi_old || pi), and how many ratios the clip caught.
    float approxKl = logpOld.sub(logp).mean().getFloat();
    NDArray clipped = ratio.gt(1 + eps).logicalOr(ratio.lt(1 - eps));
    float clipFrac = clipped.toType(DataType.FLOAT32, false).mean().getFloat();
    return new PiLoss(loss, approxKl, clipFrac);
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
      Distribution piOld = ac.pi.distribution(data.obs());
      NDArray logpOld = piOld.logProb(data.act());
      float entropy = piOld.entropy().mean().getFloat();
      float lossPiOld = lossPi(data, logpOld).value().getFloat();
      float lossVOld = lossV(data).value().getFloat();

      // Step 6: update the policy by maximising the PPO-Clip objective, stopping early once the
      // approximate KL passes 1.5 * target_kl: the clip alone does not keep the policy close.
      double maxKl = 1.5 * cfg.targetKl();
      PiLoss pi = null;
      int stopIter = 0;
      for (int i = 0; i < cfg.trainPiIters(); i++) {
        stopIter = i;
        try (Scope step = Scope.open(); Autograd autograd = Autograd.record()) {
          pi = lossPi(data, logpOld);
          if (pi.kl() > maxKl) {
            System.out.println("Early stopping at step " + i + " due to reaching max kl.");
            break;
          }
          autograd.backward(pi.value());
          piOptimizer.step();
        }
      }

      // Step 7: fit the value function by regression on mean-squared error.
      for (int i = 0; i < cfg.trainVIters(); i++) {
        try (Scope step = Scope.open(); Autograd autograd = Autograd.record()) {
          autograd.backward(lossV(data).value());
          vfOptimizer.step();
        }
      }

      logger.store(LOSS_PI, lossPiOld);
      logger.store(LOSS_V, lossVOld);
      logger.store(KL, pi.kl());
      logger.store(CLIP_FRAC, pi.clipFrac());
      logger.store(STOP_ITER, stopIter);
      logger.store(ENTROPY, entropy);
      logger.store(DELTA_LOSS_PI, lossPi(data, logpOld).value().getFloat() - lossPiOld);
      logger.store(DELTA_LOSS_V, lossV(data).value().getFloat() - lossVOld);
    }
    ac.refresh();
  }

  // ---------------------------------------------------------------- main loop

  /** Trains PPO on {@code run.env()}, logging to {@code logger}; returns when all epochs are done. */
  public static void train(PpoConfig cfg, RunConfig run, EpochLogger logger) {
    try (NDManager manager = Torch.newManager(Torch.device(run.device()));
        EnvCopies envs = new EnvCopies(run, cfg.numEnvs())) {
      Rng rng = new Rng(run.agentSeed());
      new Ppo(cfg, envs.get(0), manager, rng, logger).loop(envs, run, rng);
    }
  }

  /** Trains PPO as {@link #train(PpoConfig, RunConfig, EpochLogger)} does, with {@code actor}'s policy. */
  public static void train(PpoConfig cfg, RunConfig run, EpochLogger logger,
      ActorCritic.ActorFactory actor) {
    try (NDManager manager = Torch.newManager(Torch.device(run.device()));
        EnvCopies envs = new EnvCopies(run, cfg.numEnvs())) {
      Rng rng = new Rng(run.agentSeed());
      new Ppo(cfg, envs.get(0), manager, rng, logger, actor).loop(envs, run, rng);
    }
  }

  private void loop(EnvCopies envs, RunConfig run, Rng rng) {
    // One episode in progress per copy of the environment (num_envs; one by default).
    int n = envs.size();
    Episode[] episodes = envs.startEpisodes(run, logger, cfg.maxEpLen());

    // A run resumed with --resume continues from the end of its last saved epoch.
    ResumeState state = new ResumeState("ppo", run, logger)
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
        Checkpoint.saveEpoch(logger.outputDir(), "ppo", run.env(), cfg.ac(), norm,
            ac.parameters(), epoch);
      }
      update();
      OnPolicyLog.dumpEpoch(logger, epoch, (epoch + 1L) * cfg.stepsPerEpoch(), start,
          CLIP_FRAC, STOP_ITER);
      state.save(epoch + 1);
    }
  }
}
