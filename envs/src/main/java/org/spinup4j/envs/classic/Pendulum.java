package org.spinup4j.envs.classic;

import java.awt.Color;
import java.awt.Graphics2D;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.render.WorldView;
import org.spinup4j.envs.spaces.Box;

/**
 * Pendulum-v1: swing a pendulum up and hold it upright with a limited torque (Gymnasium's
 * constants; semi-implicit Euler integration).
 *
 * <p>State (theta, thetaDot): angle from upright (rad, counter-clockwise positive, never wrapped)
 * and angular velocity. Observation (cos theta, sin theta, thetaDot). The action is a torque,
 * clipped to [-2, 2]. Reward -(norm(theta)^2 + 0.1 thetaDot^2 + 0.001 u^2), charged on the state
 * before the step, where norm brings the angle into [-pi, pi). It never terminates; its time
 * limit ends every episode.
 */
public final class Pendulum extends ClassicControlEnv {
  static final double MAX_SPEED = 8;
  static final double MAX_TORQUE = 2.0;
  /** Seconds per step. */
  static final double DT = 0.05;
  static final double GRAVITY = 10.0;
  static final double MASS = 1.0;
  static final double LENGTH = 1.0;

  /** The last clipped torque, for the picture's arrow; NaN before the first step. */
  private double lastTorque = Double.NaN;

  public Pendulum() {
    super(
        "Pendulum-v1",
        2,
        Box.symmetric(1, 1, (float) MAX_SPEED),
        Box.uniform((float) -MAX_TORQUE, (float) MAX_TORQUE, 1));
  }

  @Override
  protected void startEpisode() {
    state[0] = -Math.PI + 2 * Math.PI * rng.nextDouble();
    state[1] = -1.0 + 2.0 * rng.nextDouble();
    lastTorque = Double.NaN;
  }

  @Override
  protected StepResult advance(float[] action) {
    double theta = state[0];
    double thetaDot = state[1];
    double u = Math.max(-MAX_TORQUE, Math.min(MAX_TORQUE, action[0]));
    lastTorque = u;

    double cost = normalize(theta) * normalize(theta) + 0.1 * thetaDot * thetaDot + 0.001 * u * u;
    double angularAcc =
        3 * GRAVITY / (2 * LENGTH) * Math.sin(theta) + 3.0 / (MASS * LENGTH * LENGTH) * u;
    double newThetaDot = thetaDot + angularAcc * DT;
    newThetaDot = Math.max(-MAX_SPEED, Math.min(MAX_SPEED, newThetaDot));
    // Semi-implicit: the angle moves with the new velocity.
    state[0] = theta + newThetaDot * DT;
    state[1] = newThetaDot;
    return new StepResult(observation(), -cost, false, false);
  }

  /** The angle brought into [-pi, pi), as Python's {@code ((x + pi) % (2 pi)) - pi}. */
  static double normalize(double angle) {
    double turn = 2 * Math.PI;
    double m = (angle + Math.PI) % turn;
    // Java's % keeps the dividend's sign; Python's takes the divisor's.
    if (m < 0) {
      m += turn;
    }
    return m - Math.PI;
  }

  @Override
  public float[] observation() {
    return new float[] {(float) Math.cos(state[0]), (float) Math.sin(state[0]), (float) state[1]};
  }

  @Override
  public void setState(double... values) {
    super.setState(values);
    lastTorque = Double.NaN;
  }

  @Override
  public int[] renderSize() {
    return new int[] {500, 500};
  }

  /**
   * Gymnasium's picture: a red rod on a black axle, and an arrow around the axle whose length
   * shows the last torque (counter-clockwise for positive torque).
   */
  @Override
  public void render(Graphics2D g, int width, int height) {
    double bound = 2.2;
    double rodWidth = 0.2;
    Color rod = new Color(204, 77, 77);
    // A rod drawn along +x is turned by theta + pi/2, so theta = 0 points straight up.
    double angle = state[0] + Math.PI / 2;
    double tipX = LENGTH * Math.cos(angle);
    double tipY = LENGTH * Math.sin(angle);
    try (WorldView view = new WorldView(g, width, height, -bound, bound, -bound, bound)) {
      view.clear(Color.WHITE);
      var body = WorldView.box(0, -rodWidth / 2, LENGTH, rodWidth / 2);
      view.fill(rod, WorldView.placed(body, angle, 0, 0));
      view.fill(rod, WorldView.circle(0, 0, rodWidth / 2));
      view.fill(rod, WorldView.circle(tipX, tipY, rodWidth / 2));
      if (!Double.isNaN(lastTorque) && lastTorque != 0) {
        drawTorqueArrow(view, lastTorque);
      }
      view.fill(Color.BLACK, WorldView.circle(0, 0, 0.05));
    }
  }

  /** An arc around the axle, sweeping up to 270 degrees at full torque, with an arrowhead. */
  private static void drawTorqueArrow(WorldView view, double torque) {
    double radius = 0.5;
    double start = -Math.PI / 2;
    double sweep = 1.5 * Math.PI * torque / MAX_TORQUE;
    int points = 40;
    double[] xs = new double[points];
    double[] ys = new double[points];
    for (int i = 0; i < points; i++) {
      double a = start + sweep * i / (points - 1);
      xs[i] = radius * Math.cos(a);
      ys[i] = radius * Math.sin(a);
    }
    view.draw(Color.BLACK, 3, WorldView.polyline(xs, ys));
    // The head points along the arc's tangent, in the direction the torque turns.
    double end = start + sweep;
    double tangent = end + Math.signum(torque) * Math.PI / 2;
    var head = WorldView.polygon(0.12, 0, -0.04, 0.07, -0.04, -0.07);
    view.fill(Color.BLACK, WorldView.placed(head, tangent, xs[points - 1], ys[points - 1]));
  }
}
