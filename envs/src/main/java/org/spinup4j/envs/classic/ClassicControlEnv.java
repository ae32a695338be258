package org.spinup4j.envs.classic;

import java.util.Arrays;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.envs.spaces.Space;

/**
 * What the five classic-control tasks share: a physical state held in doubles (as Gymnasium
 * holds it in float64), one seeded generator that also drives the action space's {@code
 * sample()}, the episode bookkeeping, and the checks on each action.
 *
 * <p>A subclass draws its initial state in {@link #startEpisode()}, advances the state in {@link
 * #advance(float[])} and reads the observation off it in {@link #observation()}.
 */
abstract class ClassicControlEnv implements Env {

  /** The environment's own generator: {@code reset(seed)} re-seeds it, {@code reset()} goes on. */
  protected final Rng rng = new Rng();

  /** The physical state, in the order the subclass documents. */
  protected final double[] state;

  private final String id;
  private final Box observationSpace;
  private final Space actionSpace;
  private Phase phase = Phase.NOT_STARTED;

  private enum Phase {
    NOT_STARTED,
    RUNNING,
    TERMINATED
  }

  ClassicControlEnv(String id, int stateSize, Box observationSpace, Space actionSpace) {
    this.id = id;
    this.state = new double[stateSize];
    this.observationSpace = observationSpace;
    this.actionSpace = actionSpace;
    // One generator for both, so that one seed fixes the whole episode, random actions included.
    actionSpace.setRandom(rng);
  }

  /** The Gymnasium name of this task. */
  public String id() {
    return id;
  }

  @Override
  public Box observationSpace() {
    return observationSpace;
  }

  @Override
  public Space actionSpace() {
    return actionSpace;
  }

  @Override
  public Rng random() {
    return rng;
  }

  @Override
  public final float[] reset(long seed) {
    rng.setSeed(seed);
    return reset();
  }

  @Override
  public final float[] reset() {
    startEpisode();
    phase = Phase.RUNNING;
    return observation();
  }

  @Override
  public final StepResult step(float[] action) {
    if (phase == Phase.NOT_STARTED) {
      throw new IllegalStateException(id + ": call reset() before step()");
    }
    if (phase == Phase.TERMINATED) {
      throw new IllegalStateException(id + ": the episode has terminated; call reset()");
    }
    checkAction(action);
    StepResult result = advance(action);
    if (result.terminated()) {
      phase = Phase.TERMINATED;
    }
    return result;
  }

  /**
   * Puts the task in a chosen physical state (for tests and pictures) and lets it step from
   * there, as if an episode had just reached it.
   *
   * @param values the state variables, in the order the class documents
   */
  public void setState(double... values) {
    if (values.length != state.length) {
      throw new IllegalArgumentException(
          id + ": state needs " + state.length + " values, got " + values.length);
    }
    System.arraycopy(values, 0, state, 0, state.length);
    phase = Phase.RUNNING;
  }

  /** A copy of the physical state, in the order the class documents. */
  public double[] state() {
    return state.clone();
  }

  /** The observation of the current state. */
  public abstract float[] observation();

  /** Draws a fresh initial state from {@link #rng}. */
  protected abstract void startEpisode();

  /** Advances the state by one step under a valid {@code action}. */
  protected abstract StepResult advance(float[] action);

  private void checkAction(float[] action) {
    if (action == null || action.length != actionSpace.flatDim()) {
      throw new IllegalArgumentException(
          id + ": action must hold " + actionSpace.flatDim() + " float(s), got "
              + Arrays.toString(action));
    }
    if (actionSpace instanceof Discrete discrete && !discrete.contains(action)) {
      throw new IllegalArgumentException(
          id + ": action must be an integer in 0.." + (discrete.n() - 1) + ", got " + action[0]);
    }
    for (float a : action) {
      // Continuous actions are clipped later, as in Gymnasium, but NaN cannot be clipped.
      if (Float.isNaN(a)) {
        throw new IllegalArgumentException(id + ": action must not be NaN");
      }
    }
  }
}
