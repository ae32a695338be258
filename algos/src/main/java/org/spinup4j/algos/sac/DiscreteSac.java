package org.spinup4j.algos.sac;

import static org.spinup4j.algos.core.LogKeys.LOG_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_Q;
import static org.spinup4j.algos.core.LogKeys.Q1_VALS;
import static org.spinup4j.algos.core.LogKeys.Q2_VALS;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
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
import org.spinup4j.algos.nn.Categorical;
import org.spinup4j.algos.nn.CategoricalActor;
import org.spinup4j.algos.nn.DiscreteQFunction;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.optim.Adam;
import org.spinup4j.algos.optim.Frozen;
import org.spinup4j.algos.optim.Loss;
import org.spinup4j.algos.optim.Polyak;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * Soft Actor-Critic for discrete actions (Christodoulou 2019): what {@code ./run.sh sac} runs on
 * a task with a finite set of actions (CartPole-v1, LunarLander-v3). It is {@link Sac} with three
 * changes, each where the comments say "discrete", and docs/algorithms/sac.md ("Discrete
 * actions") derives them:
 *
 * <ol>
 *   <li>the policy is categorical, pi(.|s) = softmax(logits(s)), and each Q function has one
 *       output per action, Q(s, .);
 *   <li>with every action's probability at hand, expectations over actions are exact sums: the
 *       soft state value V(s') = sum_a' pi(a'|s') (min_i Q_targ,i(s', a') - alpha log pi(a'|s'))
 *       in the target, and the policy loss sum_a pi(a|s) (alpha log pi(a|s) - min_i Q_i(s, a)).
 *       No reparameterisation: the gradient flows through the probabilities themselves;
 *   <li>{@code --alpha auto} aims at a fraction of log |A| (the uniform policy's entropy), not at
 *       -dim(A), and the fraction falls in the first half of the run: see targetEntropy.
 * </ol>
 *
 * <p>Symbols as in {@link Sac}; {@code p} is pi(.|s) for every action, {@code logp} its log.
 * Hyperparameters, logging (27 columns; LogPi is the expectation sum_a pi(a|s) log pi(a|s), minus
 * the policy's entropy), saving and resuming are SAC's.
 */
public final class DiscreteSac {
  /**
   * --alpha auto's target entropy, as fractions of the largest, log |A|: it starts at the first
   * and falls linearly to the second over the first half of the run, then stays. Christodoulou
   * takes a fixed 0.98, CleanRL 0.89; on LunarLander-v3 0.89 let alpha grow without bound, and no
   * fixed fraction solved all three seeds measured (0.5, 0.25, 0.1: one, two, one of three).
   * Early, the policy must explore to learn to get down at all; later, the +100 for coming to
   * rest needs about 25 "do nothing" steps in a row, which a policy as random as 0.5 log 4 (best
   * action 0.81 of the time) rarely takes, and 0.25 log 4 (0.93) often does. From 0.5 to 0.25
   * reached 200 on all three seeds, seed 10 only just (docs/benchmarks.md, "Discrete SAC").
   */
  static final double ENTROPY_SCALE_START = 0.5;
  static final double ENTROPY_SCALE_END = 0.25;

  private final SacConfig cfg;
  private final EpochLogger logger;
  private final NDManager manager;
  private final Rng rng;
  private final CategoricalActor pi;
  private final DiscreteQFunction q1;
  private final DiscreteQFunction q2;
  private final DiscreteQFunction q1Targ;
  private final DiscreteQFunction q2Targ;
  private final Adam piOptimizer;
  private final Adam qOptimizer;
  private final ReplayBuffer replay;
  /** --normalize_obs: the running statistics the agent sees observations through. */
  private final ObsNormalizer norm;
  private NDArray alpha;
  private final NDArray logAlpha;
  private final Adam alphaOptimizer;
  private final int numActions;

  DiscreteSac(SacConfig cfg, Env env, NDManager manager, Rng rng, EpochLogger logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.manager = manager;
    this.rng = rng;
    int obsDim = env.observationSpace().flatDim();
    int numActions = ((Discrete) env.actionSpace()).n();
    // Step 1 (discrete): a categorical policy, Q functions with one output per action.
    pi = new CategoricalActor(manager, obsDim, cfg.ac().hiddenSizes(), numActions,
        cfg.ac().activation(), rng);
    q1 = new DiscreteQFunction(manager, obsDim, numActions, cfg.ac(), rng);
    q2 = new DiscreteQFunction(manager, obsDim, numActions, cfg.ac(), rng);
    norm = new ObsNormalizer(cfg.normalizeObs(), obsDim);
    replay = new ReplayBuffer(obsDim, 1, cfg.replaySize(), norm); // an action is its index
    // Step 2: target parameters equal to the main parameters.
    q1Targ = q1.targetCopy();
    q2Targ = q2.targetCopy();
    piOptimizer = new Adam(manager, pi.parameters(), cfg.lr());
    qOptimizer = new Adam(manager, qParameters(), cfg.lr());
    alpha = manager.create((float) cfg.alpha().value());
    logAlpha = Parameters.constant(manager, new Shape(1), (float) Math.log(cfg.alpha().value()));
    alphaOptimizer = new Adam(manager, List.of(logAlpha), cfg.lr());
    this.numActions = numActions;
  }

  // ---------------------------------------------------------------- losses

  /**
   * Step 12 (discrete): y(r, s', d) = r + gamma (1 - d) V(s'), with the soft state value the
   * exact expectation V(s') = sum_a' pi(a'|s') (min_i Q_targ,i(s', a') - alpha log pi(a'|s')).
   */
  NDArray backup(ReplayBuffer.Batch b) {
    NDArray logp2 = pi.distribution(b.obs2()).logProbs();
    NDArray qPiTarg = q1Targ.forward(b.obs2()).minimum(q2Targ.forward(b.obs2()));
    NDArray softValue = logp2.exp().mul(qPiTarg.sub(logp2.mul(alpha))).sum(new int[] {1});
    NDArray notDone = b.done().neg().add(1);
    return b.rew().add(notDone.mul(softValue).mul(cfg.gamma()));
  }

  /** The Q loss and the Q values of the actions taken (logged as Q1Vals and Q2Vals). */
  record QLoss(NDArray value, NDArray q1, NDArray q2) implements Loss {}

  /** Both Q functions' mean-squared errors at the actions taken, against the same targets. */
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

  /** The policy loss and each state's expected log-probability (logged as LogPi). */
  record PiLoss(NDArray value, NDArray expectedLogp) implements Loss {}

  /**
   * Step 14 (discrete): mean over states of sum_a pi(a|s) (alpha log pi(a|s) - min_i Q_i(s, a)),
   * an exact expectation over actions instead of a reparameterised sample.
   */
  PiLoss lossPi(ReplayBuffer.Batch b) {
    Categorical dist = pi.distribution(b.obs());
    NDArray logp = dist.logProbs();
    NDArray p = logp.exp();
    NDArray qPi = q1.forward(b.obs()).minimum(q2.forward(b.obs()));
    NDArray loss = p.mul(logp.mul(alpha).sub(qPi)).sum(new int[] {1}).mean();
    return new PiLoss(loss, p.mul(logp).sum(new int[] {1}));
  }

  /**
   * The entropy --alpha auto aims at, step {@code t} of {@code totalSteps}, with {@code
   * numActions} actions: from {@link #ENTROPY_SCALE_START} log |A| down to {@link
   * #ENTROPY_SCALE_END} log |A| at half the run, then constant.
   */
  static double targetEntropy(long t, long totalSteps, int numActions) {
    double progress = Math.min(1.0, t / (0.5 * totalSteps));
    double scale = ENTROPY_SCALE_START + (ENTROPY_SCALE_END - ENTROPY_SCALE_START) * progress;
    return scale * Math.log(numActions);
  }

  /** J(alpha) = -mean(log alpha (E_a[log pi(a|s)] + target_entropy)), the expectation constant. */
  NDArray lossAlpha(NDArray expectedLogp, double targetEntropy) {
    return logAlpha.mul(expectedLogp.add(targetEntropy)).mean().neg();
  }

  // ---------------------------------------------------------------- update

  private void update(double targetEntropy) {
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

      // Step 14: one gradient step on the policy, Q1 and Q2 frozen.
      PiLoss lossPi;
      try (Frozen frozen = Frozen.of(qParameters()); Autograd autograd = Autograd.record()) {
        lossPi = lossPi(b);
        autograd.backward(lossPi.value());
        piOptimizer.step();
      }

      // With --alpha auto, one gradient step on log alpha toward the target entropy.
      if (cfg.alpha().auto()) {
        NDArray expectedLogp = lossPi.expectedLogp().stopGradient();
        try (Autograd autograd = Autograd.record()) {
          autograd.backward(lossAlpha(expectedLogp, targetEntropy));
          alphaOptimizer.step();
        }
      }

      logger.store(LOSS_Q, lossQ.value().getFloat());
      logger.store(Q1_VALS, OffPolicyLog.doubles(lossQ.q1().toFloatArray()));
      logger.store(Q2_VALS, OffPolicyLog.doubles(lossQ.q2().toFloatArray()));
      logger.store(LOSS_PI, lossPi.value().getFloat());
      logger.store(LOG_PI, OffPolicyLog.doubles(lossPi.expectedLogp().toFloatArray()));

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

  private void setAlphaFromLog() {
    alpha.close();
    alpha = manager.create((float) Math.exp(logAlpha.getFloat()));
  }

  private List<NDArray> qParameters() {
    List<NDArray> all = new ArrayList<>(q1.parameters());
    all.addAll(q2.parameters());
    return all;
  }

  /** The policy's tensors, then Q1's and Q2's: the order of a checkpoint. */
  private List<NDArray> parameters() {
    List<NDArray> all = new ArrayList<>(pi.parameters());
    all.addAll(qParameters());
    return all;
  }

  // ---------------------------------------------------------------- main loop

  /** Trains on {@code envs}, tests on {@code testEnv}; {@link Sac#train} calls it. */
  void loop(EnvCopies envs, Env testEnv, RunConfig run) {
    TestAgent tester =
        new TestAgent(testEnv, run.testSeed(), cfg.numTestEpisodes(), cfg.maxEpLen());
    int n = envs.size();
    Episode[] episodes = envs.startEpisodes(run, logger, cfg.maxEpLen());

    // A run resumed with --resume continues from the end of its last saved epoch.
    List<NDArray> targets = new ArrayList<>(q1Targ.parameters());
    targets.addAll(q2Targ.parameters());
    ResumeState state = new ResumeState("sac", run, logger)
        .tensors("networks", parameters())
        .tensors("target networks", targets)
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
      setAlphaFromLog();
    }
    float[][] o = EnvCopies.observations(episodes);
    long start = state.startTime();
    long totalSteps = (long) cfg.stepsPerEpoch() * cfg.epochs();

    // Step 3: repeat, for steps_per_epoch * epochs steps counted over all n copies.
    for (long t = firstStep; t < totalSteps; t += n) {
      float[][] a = new float[n][];
      norm.update(o); // --normalize_obs: count every observation the agent acts on
      for (int i = 0; i < n; i++) {
        // Step 4: uniform random actions at first; then a ~ pi(.|s), an action index.
        a[i] = t + i < cfg.startSteps()
            ? envs.get(i).actionSpace().sample()
            : pi.act(norm.apply(o[i]), rng, false);
      }

      // Steps 5-8: act, observe, store; at the end of a trajectory, reset.
      StepResult[] res = envs.step(episodes, a);
      for (int i = 0; i < n; i++) {
        replay.store(o[i], a[i], res[i]);
        o[i] = res[i].observation();
        if (episodes[i].over()) {
          o[i] = episodes[i].restart();
        }
      }

      // Steps 9-16: every update_every steps, as many gradient steps (steps : updates = 1).
      for (long s = t; s < t + n; s++) {
        if (s >= cfg.updateAfter() && s % cfg.updateEvery() == 0) {
          double targetEntropy = targetEntropy(s, totalSteps, numActions); // discrete: it falls
          for (int j = 0; j < cfg.updateEvery(); j++) {
            update(targetEntropy);
          }
          pi.refresh();
        }
      }

      // End of epoch: save the model, test the most likely action, log.
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
          System.out.printf("Epoch %d: learned alpha = %.4g (target entropy %.3f)%n", epoch,
              alpha.getFloat(), targetEntropy(t + n, totalSteps, numActions));
        }
      }
    }
  }
}
