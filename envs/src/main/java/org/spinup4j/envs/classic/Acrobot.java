package org.spinup4j.envs.classic;

import java.awt.Color;
import java.awt.Graphics2D;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.render.WorldView;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;

/**
 * Acrobot-v1: a two-link pendulum, actuated only at the middle joint, must swing its tip above
 * a line one link-length over the pivot (Sutton 1996; dynamics from Sutton and Barto's book, as
 * Gymnasium uses by default).
 *
 * <p>State (theta1, theta2, dTheta1, dTheta2): the first link's angle from hanging straight down,
 * the second link's angle relative to the first (rad), and their angular velocities. Observation
 * (cos theta1, sin theta1, cos theta2, sin theta2, dTheta1, dTheta2). Actions 0, 1, 2 apply
 * torque -1, 0, +1 at the middle joint. Reward -1 per step and 0 on the step that terminates,
 * which happens once -cos theta1 - cos(theta1 + theta2) > 1.
 */
public final class Acrobot extends ClassicControlEnv {
  /** Seconds per step, integrated by one Runge-Kutta step. */
  static final double DT = 0.2;
  static final double LINK_LENGTH_1 = 1.0;
  static final double LINK_LENGTH_2 = 1.0;
  static final double LINK_MASS_1 = 1.0;
  static final double LINK_MASS_2 = 1.0;
  /** Distance from each link's pivot to its centre of mass. */
  static final double LINK_COM_1 = 0.5;
  static final double LINK_COM_2 = 0.5;
  /** Moment of inertia of each link. */
  static final double LINK_MOI = 1.0;
  static final double GRAVITY = 9.8;
  static final double MAX_VEL_1 = 4 * Math.PI;
  static final double MAX_VEL_2 = 9 * Math.PI;
  static final double[] TORQUES = {-1.0, 0.0, +1.0};

  public Acrobot() {
    super(
        "Acrobot-v1",
        4,
        Box.symmetric(1, 1, 1, 1, (float) MAX_VEL_1, (float) MAX_VEL_2),
        new Discrete(3));
  }

  @Override
  protected void startEpisode() {
    for (int i = 0; i < 4; i++) {
      // Gymnasium draws the start as float32, then integrates in float64.
      state[i] = (float) (-0.1 + 0.2 * rng.nextDouble());
    }
  }

  @Override
  protected StepResult advance(float[] action) {
    double torque = TORQUES[(int) action[0]];
    double[] next = rungeKuttaStep(state, torque, DT);
    state[0] = wrap(next[0]);
    state[1] = wrap(next[1]);
    state[2] = clip(next[2], MAX_VEL_1);
    state[3] = clip(next[3], MAX_VEL_2);

    boolean terminated = -Math.cos(state[0]) - Math.cos(state[1] + state[0]) > 1.0;
    double reward = terminated ? 0.0 : -1.0;
    return new StepResult(observation(), reward, terminated, false);
  }

  @Override
  public float[] observation() {
    return new float[] {
      (float) Math.cos(state[0]),
      (float) Math.sin(state[0]),
      (float) Math.cos(state[1]),
      (float) Math.sin(state[1]),
      (float) state[2],
      (float) state[3]
    };
  }

  /** One classical fourth-order Runge-Kutta step of length {@code dt}, torque held constant. */
  static double[] rungeKuttaStep(double[] s, double torque, double dt) {
    double[] k1 = derivatives(s, torque);
    double[] k2 = derivatives(plus(s, dt / 2, k1), torque);
    double[] k3 = derivatives(plus(s, dt / 2, k2), torque);
    double[] k4 = derivatives(plus(s, dt, k3), torque);
    double[] next = new double[4];
    for (int i = 0; i < 4; i++) {
      next[i] = s[i] + dt / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
    return next;
  }

  /** The time derivative of (theta1, theta2, dTheta1, dTheta2) under {@code torque}. */
  static double[] derivatives(double[] s, double torque) {
    double m1 = LINK_MASS_1;
    double m2 = LINK_MASS_2;
    double l1 = LINK_LENGTH_1;
    double lc1 = LINK_COM_1;
    double lc2 = LINK_COM_2;
    double i1 = LINK_MOI;
    double i2 = LINK_MOI;
    double g = GRAVITY;
    double theta1 = s[0];
    double theta2 = s[1];
    double dTheta1 = s[2];
    double dTheta2 = s[3];

    double d1 =
        m1 * lc1 * lc1 + m2 * (l1 * l1 + lc2 * lc2 + 2 * l1 * lc2 * Math.cos(theta2)) + i1 + i2;
    double d2 = m2 * (lc2 * lc2 + l1 * lc2 * Math.cos(theta2)) + i2;
    double phi2 = m2 * lc2 * g * Math.cos(theta1 + theta2 - Math.PI / 2.0);
    double phi1 =
        -m2 * l1 * lc2 * dTheta2 * dTheta2 * Math.sin(theta2)
            - 2 * m2 * l1 * lc2 * dTheta2 * dTheta1 * Math.sin(theta2)
            + (m1 * lc1 + m2 * l1) * g * Math.cos(theta1 - Math.PI / 2)
            + phi2;
    double ddTheta2 =
        (torque + d2 / d1 * phi1 - m2 * l1 * lc2 * dTheta1 * dTheta1 * Math.sin(theta2) - phi2)
            / (m2 * lc2 * lc2 + i2 - d2 * d2 / d1);
    double ddTheta1 = -(d2 * ddTheta2 + phi1) / d1;
    return new double[] {dTheta1, dTheta2, ddTheta1, ddTheta2};
  }

  private static double[] plus(double[] s, double h, double[] k) {
    double[] out = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = s[i] + h * k[i];
    }
    return out;
  }

  /** Brings an angle into [-pi, pi] by whole turns, as Gymnasium's {@code wrap} does. */
  static double wrap(double angle) {
    double turn = 2 * Math.PI;
    while (angle > Math.PI) {
      angle -= turn;
    }
    while (angle < -Math.PI) {
      angle += turn;
    }
    return angle;
  }

  private static double clip(double v, double bound) {
    return Math.max(-bound, Math.min(bound, v));
  }

  @Override
  public int renderFps() {
    return 15; // Gymnasium's render_fps for this task
  }

  @Override
  public int[] renderSize() {
    return new int[] {500, 500};
  }

  /** Gymnasium's picture: two cyan links with yellow joints and the goal line above the pivot. */
  @Override
  public void render(Graphics2D g, int width, int height) {
    double bound = LINK_LENGTH_1 + LINK_LENGTH_2 + 0.2;
    double halfWidth = 0.1;
    // Angles are measured from hanging down, so a link at angle a points along (sin a, -cos a).
    double a1 = state[0];
    double a2 = state[0] + state[1];
    double x1 = LINK_LENGTH_1 * Math.sin(a1);
    double y1 = -LINK_LENGTH_1 * Math.cos(a1);
    Color link = new Color(0, 204, 204);
    Color joint = new Color(204, 204, 0);
    try (WorldView view = new WorldView(g, width, height, -bound, bound, -bound, bound)) {
      view.clear(Color.WHITE);
      view.draw(Color.BLACK, 1, WorldView.line(-bound, 1, bound, 1));
      var link1 = WorldView.box(0, -halfWidth, LINK_LENGTH_1, halfWidth);
      var link2 = WorldView.box(0, -halfWidth, LINK_LENGTH_2, halfWidth);
      // A box drawn along +x is turned by a - pi/2 to point along (sin a, -cos a).
      view.fill(link, WorldView.placed(link1, a1 - Math.PI / 2, 0, 0));
      view.fill(joint, WorldView.circle(0, 0, halfWidth));
      view.fill(link, WorldView.placed(link2, a2 - Math.PI / 2, x1, y1));
      view.fill(joint, WorldView.circle(x1, y1, halfWidth));
    }
  }
}
