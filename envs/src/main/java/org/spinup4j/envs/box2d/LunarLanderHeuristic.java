package org.spinup4j.envs.box2d;

/**
 * A hand-written pilot for {@link LunarLander}, the classic one: lean towards the pad, hover at a
 * height that shrinks as the lander gets over the pad, then sink onto it. Two
 * proportional-derivative loops turn the observation into a wanted turn and a wanted climb; the
 * discrete pilot fires the engine that serves the larger need, the continuous one sets both
 * throttles.
 *
 * <p>It solves the task (mean return above 200) and so doubles as a test of the physics: a lander
 * that sinks, bounces or tips in ways Box2D would not makes it fail.
 */
public final class LunarLanderHeuristic {
  private static final double MAX_LEAN = 0.4; // rad: steeper leans cost too much height
  private static final double DEAD_BAND = 0.05; // needs smaller than this are left alone

  private LunarLanderHeuristic() {}

  /**
   * How much to turn (positive: counter-clockwise) and to climb, from observation {@code s}.
   *
   * @param turn angle error and spin combined; action 1 turns the lander counter-clockwise
   *     (angle up), action 3 clockwise
   * @param climb height error and sink rate combined
   */
  record Need(double turn, double climb) {}

  static Need need(float[] s) {
    double x = s[0];
    double y = s[1];
    double vx = s[2];
    double vy = s[3];
    double angle = s[4];
    double spin = s[5];
    boolean touching = s[6] > 0 || s[7] > 0;
    if (touching) { // on the ground: keep still, only soften the vertical speed
      return new Need(0, -0.5 * vy);
    }
    // Lean so that thrust pushes the lander back over the pad and cancels its drift.
    double leanTarget = clip(0.5 * x + 1.0 * vx, -MAX_LEAN, MAX_LEAN);
    // Hover higher the farther it is from the pad, so it does not touch down off the pad.
    double heightTarget = 0.55 * Math.abs(x);
    double turn = 0.5 * (leanTarget - angle) - 1.0 * spin;
    double climb = 0.5 * (heightTarget - y) - 0.5 * vy;
    return new Need(turn, climb);
  }

  /** Discrete action: 0 nothing, 1 left engine, 2 main engine, 3 right engine. */
  public static int discreteAction(float[] s) {
    Need n = need(s);
    if (n.climb() > Math.abs(n.turn()) && n.climb() > DEAD_BAND) {
      return 2;
    }
    if (n.turn() < -DEAD_BAND) {
      return 3;
    }
    if (n.turn() > DEAD_BAND) {
      return 1;
    }
    return 0;
  }

  /** Continuous action (main, lateral), each in [-1, 1]. */
  public static float[] continuousAction(float[] s) {
    Need n = need(s);
    double main = clip(20 * n.climb() - 1, -1, 1); // below 0 the main engine is off
    double lateral = clip(-20 * n.turn(), -1, 1);
    return new float[] {(float) main, (float) lateral};
  }

  private static double clip(double v, double low, double high) {
    return Math.max(low, Math.min(high, v));
  }
}
