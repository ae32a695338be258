package org.spinup4j.envs.classic;

import java.util.Arrays;
import org.spinup4j.envs.EpisodePhase;
import org.spinup4j.envs.SeededEnv;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.envs.spaces.Space;

/**
 * What the five classic-control tasks share: a physical state held in doubles (as Gymnasium
 * holds it in float64), the episode bookkeeping, and the checks on each action. The seeded
 * generator and the spaces come from {@link SeededEnv}.
 *
 * <p>A subclass draws its initial state in {@link #startEpisode()}, advances the state in {@link
 * #advance(float[])} and reads the observation off it in {@link #observation()}.
 */
abstract class ClassicControlEnv extends SeededEnv<Box, Space> {

  /** The physical state, in the order the subclass documents. */
  protected final double[] state;

  private final String id;
  private final EpisodePhase phase;

  ClassicControlEnv(String id, int stateSize, Box observationSpace, Space actionSpace) {
    super(observationSpace, actionSpace);
    this.id = id;
    this.state = new double[stateSize];
    this.phase = new EpisodePhase(id);
  }

  /** The Gymnasium name of this task. */
  public String id() {
    return id;
  }

  @Override
  public final float[] reset() {
    startEpisode();
    phase.start();
    return observation();
  }

  @Override
  public final StepResult step(float[] action) {
    phase.checkStep();
    checkAction(action);
    return phase.record(advance(action));
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
    phase.start();
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
    Space actionSpace = actionSpace();
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
