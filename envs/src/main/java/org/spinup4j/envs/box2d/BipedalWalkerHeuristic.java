package org.spinup4j.envs.box2d;

/**
 * A hand-written gait for {@link BipedalWalker} on normal terrain: a three-phase cycle, repeated
 * with the legs' roles swapped each time.
 *
 * <ol>
 *   <li><b>Swing</b>: the moving leg lifts forward (hip to 1.1, knee bent to -0.6) while the
 *       supporting knee straightens; once the supporting hip has swung back under the hull, go on.
 *   <li><b>Reach down</b>: the moving leg straightens down (hip and knee to 0.1) until its foot
 *       touches the ground.
 *   <li><b>Push off</b>: the supporting knee extends to push the walker over the new foot; once it
 *       is nearly straight (or the walker is moving fast enough), the legs swap roles.
 * </ol>
 *
 * <p>Joint targets become torques through proportional-derivative terms, and both hips also lean
 * against the hull's tilt so it stays level. It walks at about 2 m/s (0.04 m per step), too slow
 * to reach the finish within the 1600-step limit, and it still falls in some episodes.
 * Stateful: call {@link #reset()} at the start of each episode.
 */
public final class BipedalWalkerHeuristic {
  private enum Phase {
    SWING,
    REACH_DOWN,
    PUSH_OFF
  }

  private static final double FORWARD_SPEED = 0.29; // observation units (0.12 vx)
  private static final double MAX_SUPPORT_KNEE = 0.1;
  private static final double HULL_SPIN_DAMPING = 4.0;

  private Phase phase;
  private int moving; // leg index 0 (A) or 1 (B)
  private double supportKnee; // target for the supporting knee while it carries the walker

  public BipedalWalkerHeuristic() {
    reset();
  }

  /** Back to the first phase, leg A moving. */
  public void reset() {
    phase = Phase.SWING;
    moving = 0;
    supportKnee = MAX_SUPPORT_KNEE;
  }

  /** The action for observation {@code s}; advances the phase when its exit condition holds. */
  public float[] act(float[] s) {
    int supporting = 1 - moving;
    int mv = 4 + 5 * moving; // observation offsets of the two legs' (hip, hip speed, knee, ...)
    int sp = 4 + 5 * supporting;
    double[] hipTarget = {Double.NaN, Double.NaN}; // NaN: no target, joint left to the lean term
    double[] kneeTarget = {Double.NaN, Double.NaN};

    switch (phase) {
      case SWING -> {
        hipTarget[moving] = 1.1;
        kneeTarget[moving] = -0.6;
        supportKnee += s[2] > FORWARD_SPEED ? 0.06 : 0.03; // straighten faster when moving fast
        supportKnee = Math.min(supportKnee, MAX_SUPPORT_KNEE);
        kneeTarget[supporting] = supportKnee;
        if (s[sp] < 0.10) {
          phase = Phase.REACH_DOWN;
        }
      }
      case REACH_DOWN -> {
        hipTarget[moving] = 0.1;
        kneeTarget[moving] = MAX_SUPPORT_KNEE;
        kneeTarget[supporting] = supportKnee;
        if (s[mv + 4] > 0) { // foot down
          phase = Phase.PUSH_OFF;
          supportKnee = Math.min(s[mv + 2], MAX_SUPPORT_KNEE);
        }
      }
      case PUSH_OFF -> {
        kneeTarget[moving] = supportKnee;
        kneeTarget[supporting] = 1.0;
        if (s[sp + 2] > 0.88 || s[2] > 1.2 * FORWARD_SPEED) {
          phase = Phase.SWING;
          moving = supporting;
        }
      }
    }
    return torques(s, hipTarget, kneeTarget);
  }

  /** Proportional-derivative torques towards the targets, plus hull levelling on both hips. */
  private static float[] torques(float[] s, double[] hipTarget, double[] kneeTarget) {
    float[] a = new float[4];
    for (int leg = 0; leg < 2; leg++) {
      int o = 4 + 5 * leg;
      double hip = 0;
      double knee = 0;
      if (!Double.isNaN(hipTarget[leg])) {
        hip = 0.9 * (hipTarget[leg] - s[o]) - 0.25 * s[o + 1];
      }
      if (!Double.isNaN(kneeTarget[leg])) {
        knee = 4.0 * (kneeTarget[leg] - s[o + 2]) - 0.25 * s[o + 3];
      }
      // Lean against the hull's tilt and damp its pitching. The classic gait damps with 1.5; on
      // rolling grass it then pitches forward onto its nose in most episodes, 4.0 keeps it level.
      hip += 0.9 * s[0] + HULL_SPIN_DAMPING * s[1];
      knee -= 15 * s[3]; // soften vertical motion of the hull
      a[2 * leg] = (float) clip(0.5 * hip);
      a[2 * leg + 1] = (float) clip(0.5 * knee);
    }
    return a;
  }

  private static double clip(double v) {
    return Math.max(-1, Math.min(1, v));
  }
}
