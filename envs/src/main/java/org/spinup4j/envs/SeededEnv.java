package org.spinup4j.envs;

import org.spinup4j.envs.spaces.Space;

/**
 * What every task here shares, classic control, Box2D and MuJoCo alike: its two spaces and its
 * own generator, which the action space's {@code sample()} shares, so that one seed fixes the
 * whole episode, random actions included.
 *
 * @param <O> the observation space's type, as {@link #observationSpace()} returns it
 * @param <A> the action space's type, as {@link #actionSpace()} returns it
 */
public abstract class SeededEnv<O extends Space, A extends Space> implements Env {
  /**
   * The environment's own generator: {@code reset(seed)} re-seeds it, {@code reset()} goes on.
   * Until the first seeded reset it starts from the clock, as Gymnasium does.
   */
  protected final Rng rng = new Rng();

  private final O observationSpace;
  private final A actionSpace;

  protected SeededEnv(O observationSpace, A actionSpace) {
    this.observationSpace = observationSpace;
    this.actionSpace = actionSpace;
    actionSpace.setRandom(rng);
  }

  @Override
  public O observationSpace() {
    return observationSpace;
  }

  @Override
  public A actionSpace() {
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
}
