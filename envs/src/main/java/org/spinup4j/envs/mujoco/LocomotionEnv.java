package org.spinup4j.envs.mujoco;

import java.awt.Graphics2D;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spinup4j.envs.EpisodePhase;
import org.spinup4j.envs.SeededEnv;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;

/**
 * What the five MuJoCo locomotion tasks share (Gymnasium's {@code MujocoEnv}, v4 semantics): a
 * compiled model and its data, an action written to the motors and held for {@code frameSkip}
 * physics steps, noise added to the initial state at each reset, and the episode bookkeeping.
 *
 * <p>A subclass adds its noise in {@link #resetModel()}, computes reward, termination and info in
 * {@link #advance(float[])} around a call of {@link #simulate(float[])}, and reads its observation
 * off the state in {@link #observation()}. Costs use the action as given; MuJoCo itself clamps the
 * controls to [-1, 1] before they act. The seeded generator and the spaces come from {@link
 * SeededEnv}.
 */
public abstract class LocomotionEnv extends SeededEnv<Box, Box> {
  protected final MjModel model;
  protected final MjData data;

  /** Seconds per environment step: the model's time step times the frame skip. */
  protected final double dt;

  private final String id;
  private final int frameSkip;
  private final double[] initQpos;
  private final double[] initQvel;
  private final double[] control;
  private final LocomotionView view;
  private final EpisodePhase phase;
  /** Set by {@link #close()}, after which MuJoCo's memory is gone and every call is refused. */
  private boolean closed;

  /**
   * @param id the Gymnasium name
   * @param modelFile the MJCF file beside this class
   * @param frameSkip physics steps per environment step
   * @param observationSize length of the observation
   * @param camera how {@link #render} looks at the model
   */
  protected LocomotionEnv(
      String id, String modelFile, int frameSkip, int observationSize, LocomotionView.Camera camera) {
    // The model is loaded first: the action space is read off it.
    this(id, MjModel.load(modelFile), frameSkip, observationSize, camera);
  }

  private LocomotionEnv(
      String id, MjModel model, int frameSkip, int observationSize, LocomotionView.Camera camera) {
    super(unbounded(observationSize), controlRange(model));
    this.id = id;
    this.phase = new EpisodePhase(id);
    this.frameSkip = frameSkip;
    this.model = model;
    try {
      this.data = new MjData(model);
    } catch (RuntimeException e) {
      model.close(); // nobody else holds it yet
      throw e;
    }
    this.dt = model.timestep() * frameSkip;
    this.initQpos = data.qpos();
    this.initQvel = data.qvel();
    this.control = new double[model.nu];
    this.view = new LocomotionView(model, data, camera);
  }

  /** The action space: each motor's control range, as the model declares it. */
  private static Box controlRange(MjModel model) {
    double[] range = model.actuatorCtrlRange();
    float[] low = new float[model.nu];
    float[] high = new float[model.nu];
    for (int i = 0; i < model.nu; i++) {
      low[i] = (float) range[2 * i];
      high[i] = (float) range[2 * i + 1];
    }
    return new Box(low, high);
  }

  /** The observation space: {@code size} reals without bounds. */
  private static Box unbounded(int size) {
    float[] inf = new float[size];
    Arrays.fill(inf, Float.POSITIVE_INFINITY);
    float[] negInf = new float[size];
    Arrays.fill(negInf, Float.NEGATIVE_INFINITY);
    return new Box(negInf, inf);
  }

  /** The Gymnasium name of this task. */
  public String id() {
    return id;
  }

  /** Physics steps per environment step. */
  public int frameSkip() {
    return frameSkip;
  }

  /** Seconds per environment step. */
  public double dt() {
    return dt;
  }

  /** The compiled model (sizes, masses, joints...). */
  public MjModel model() {
    return model;
  }

  @Override
  public final float[] reset() {
    requireOpen();
    data.reset();
    resetModel();
    forwardKeepingPositions();
    phase.start();
    return observation();
  }

  /**
   * Computes what follows from the state just set, but leaves qpos as it was set. MuJoCo 2.2.2's
   * mj_forward normalises a free joint's quaternion in qpos; Gymnasium (on MuJoCo 3) keeps the
   * noisy, unnormalised one there until the first step, and the Ant observes it.
   */
  private void forwardKeepingPositions() {
    double[] positions = data.qpos();
    data.forward();
    data.setState(positions, data.qvel());
  }

  @Override
  public final StepResult step(float[] action) {
    requireOpen();
    phase.checkStep();
    checkAction(action);
    return phase.record(advance(action));
  }

  /**
   * Puts the model in a chosen state (for tests and pictures) and lets it step from there, as if
   * an episode had just reached it.
   */
  public void setState(double[] qpos, double[] qvel) {
    requireOpen();
    if (qpos.length != model.nq || qvel.length != model.nv) {
      throw new IllegalArgumentException(id + ": state needs " + model.nq + " positions and "
          + model.nv + " velocities, got " + qpos.length + " and " + qvel.length);
    }
    data.setState(qpos, qvel);
    forwardKeepingPositions();
    phase.start();
  }

  /** A copy of the generalised positions (qpos). */
  public double[] qpos() {
    requireOpen();
    return data.qpos();
  }

  /** A copy of the generalised velocities (qvel). */
  public double[] qvel() {
    requireOpen();
    return data.qvel();
  }

  /** The observation of the current state. */
  public final float[] observation() {
    requireOpen();
    float[] obs = new float[observationSpace().flatDim()];
    observe(obs);
    return obs;
  }

  /** Fills {@code obs} (the observation's length) from the current state. */
  protected abstract void observe(float[] obs);

  /** Refuses to read MuJoCo's memory once {@link #close()} has freed it. */
  protected final void requireOpen() {
    if (closed) {
      throw new IllegalStateException(id + " is closed");
    }
  }

  /** Adds this task's noise to the initial state (qpos0 and zero velocities) with {@link #rng}. */
  protected abstract void resetModel();

  /** One environment step under a valid action: {@link #simulate}, then reward and info. */
  protected abstract StepResult advance(float[] action);

  /**
   * Whether the task reads the contact forces (cfrc_ext) after each step. MuJoCo computes them in
   * an extra pass that changes nothing else, so tasks that never read them skip it.
   */
  protected boolean readsContactForces() {
    return false;
  }

  /** Holds {@code action} on the motors for {@code frameSkip} physics steps. */
  protected final void simulate(float[] action) {
    for (int i = 0; i < control.length; i++) {
      control[i] = action[i];
    }
    data.setControl(control);
    for (int i = 0; i < frameSkip; i++) {
      data.step();
    }
    if (readsContactForces()) {
      data.rnePostConstraint();
    }
  }

  /** Sets the initial state to qpos0 + U(-scale, scale) and zero velocities + U(-scale, scale). */
  protected final void uniformNoise(double scale) {
    data.setState(uniform(initQpos, scale), uniform(initQvel, scale));
  }

  /** Sets the initial state to qpos0 + U(-scale, scale) and zero velocities + scale N(0, 1). */
  protected final void uniformPositionNormalVelocityNoise(double scale) {
    double[] qpos = uniform(initQpos, scale); // drawn first, as Gymnasium draws them
    double[] qvel = initQvel.clone();
    for (int i = 0; i < qvel.length; i++) {
      qvel[i] += scale * rng.nextGaussian();
    }
    data.setState(qpos, qvel);
  }

  private double[] uniform(double[] base, double scale) {
    double[] out = base.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += -scale + 2 * scale * rng.nextDouble();
    }
    return out;
  }

  /** {@code weight * sum(a^2)}: the control cost on the action as given. */
  protected static double controlCost(double weight, float[] action) {
    double sum = 0;
    for (float a : action) {
      sum += (double) a * a;
    }
    return weight * sum;
  }

  /**
   * Copies {@code values[from..]} into {@code out[at..]} as floats, clipped to [-clip, clip].
   *
   * @return the index in {@code out} after the last value copied
   */
  protected static int putClipped(float[] out, int at, DoubleBuffer values, int from, double clip) {
    int n = values.capacity() - from;
    for (int i = 0; i < n; i++) {
      out[at + i] = (float) Math.max(-clip, Math.min(clip, values.get(from + i)));
    }
    return at + n;
  }

  /** Copies {@code values[from..]} into {@code out[at..]} as floats; returns the next index. */
  protected static int put(float[] out, int at, DoubleBuffer values, int from) {
    return putClipped(out, at, values, from, Double.POSITIVE_INFINITY);
  }

  /** An info map that keeps the order its entries were put in, as Gymnasium's dicts do. */
  protected static Map<String, Double> info(Object... keysAndValues) {
    Map<String, Double> info = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      info.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
    }
    return info;
  }

  private void checkAction(float[] action) {
    if (action == null || action.length != model.nu) {
      throw new IllegalArgumentException(
          id + ": action must hold " + model.nu + " floats, got " + Arrays.toString(action));
    }
    for (float a : action) {
      // MuJoCo would zero every control for that step and only print a warning.
      if (Float.isNaN(a)) {
        throw new IllegalArgumentException(id + ": action must not be NaN");
      }
    }
  }

  @Override
  public void render(Graphics2D g, int width, int height) {
    requireOpen();
    view.paint(g, width, height);
  }

  @Override
  public int[] renderSize() {
    return new int[] {480, 480};
  }

  @Override
  public int renderFps() {
    return (int) Math.round(1 / dt);
  }

  /** Frees the model and its data; the task refuses every call after this. */
  @Override
  public void close() {
    closed = true;
    data.close();
    model.close();
  }
}
