package org.spinup4j.envs;

/**
 * Truncates episodes after {@code maxEpisodeSteps} steps, as Gymnasium's TimeLimit wrapper
 * does: the step that reaches the limit reports {@code truncated = true} (unless it also
 * terminated, which takes precedence in the value target but both flags are reported).
 */
public final class TimeLimit extends EnvWrapper {
  private final int maxEpisodeSteps;
  private int elapsed;

  public TimeLimit(Env inner, int maxEpisodeSteps) {
    super(inner);
    if (maxEpisodeSteps <= 0) {
      throw new IllegalArgumentException("maxEpisodeSteps must be > 0, got " + maxEpisodeSteps);
    }
    this.maxEpisodeSteps = maxEpisodeSteps;
  }

  public int maxEpisodeSteps() {
    return maxEpisodeSteps;
  }

  @Override
  public float[] reset(long seed) {
    elapsed = 0;
    return super.reset(seed);
  }

  @Override
  public float[] reset() {
    elapsed = 0;
    return super.reset();
  }

  @Override
  public StepResult step(float[] action) {
    StepResult r = super.step(action);
    elapsed++;
    if (elapsed >= maxEpisodeSteps && !r.truncated()) {
      return new StepResult(r.observation(), r.reward(), r.terminated(), true, r.info());
    }
    return r;
  }
}
