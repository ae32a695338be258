package org.spinup4j.envs;

/**
 * Where an episode stands, for the tasks whose {@code step()} refuses to run before the first
 * {@code reset()} or after the episode terminated (classic control and MuJoCo; the Box2D tasks
 * only check that a world exists).
 */
public final class EpisodePhase {
  private final String id;
  private Phase phase = Phase.NOT_STARTED;

  private enum Phase {
    NOT_STARTED,
    RUNNING,
    TERMINATED
  }

  /** @param id the task's name, which starts each error message */
  public EpisodePhase(String id) {
    this.id = id;
  }

  /** An episode runs: after a reset, or after a state was set by hand. */
  public void start() {
    phase = Phase.RUNNING;
  }

  /** Refuses a step before the first reset and after the episode terminated. */
  public void checkStep() {
    if (phase == Phase.NOT_STARTED) {
      throw new IllegalStateException(id + ": call reset() before step()");
    }
    if (phase == Phase.TERMINATED) {
      throw new IllegalStateException(id + ": the episode has terminated; call reset()");
    }
  }

  /** Notes a step's outcome (a terminated episode takes no more steps) and returns it. */
  public StepResult record(StepResult result) {
    if (result.terminated()) {
      phase = Phase.TERMINATED;
    }
    return result;
  }
}
