package org.spinup4j.envs.classic;

import java.awt.Color;
import java.awt.Graphics2D;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.render.WorldView;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;

/**
 * CartPole-v1: keep a pole balanced on a cart by pushing the cart left or right (Barto, Sutton
 * and Anderson, 1983, with Gymnasium's constants and explicit Euler integration).
 *
 * <p>State (x, xDot, theta, thetaDot): cart position (m) and velocity, pole angle from upright
 * (rad, positive leaning right) and angular velocity. The observation is the state as floats.
 * Action 1 pushes the cart with +10 N, action 0 with -10 N. Reward +1 every step, the last one
 * included; the episode terminates once |x| > 2.4 m or |theta| > 12 degrees.
 */
public final class CartPole extends ClassicControlEnv {
  static final double GRAVITY = 9.8;
  static final double CART_MASS = 1.0;
  static final double POLE_MASS = 0.1;
  static final double TOTAL_MASS = CART_MASS + POLE_MASS;
  /** Half the pole's length: the distance from the pivot to the pole's centre of mass. */
  static final double HALF_LENGTH = 0.5;
  static final double POLE_MASS_LENGTH = POLE_MASS * HALF_LENGTH;
  static final double FORCE_MAG = 10.0;
  /** Seconds per step. */
  static final double TAU = 0.02;
  static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;
  static final double X_THRESHOLD = 2.4;

  public CartPole() {
    super(
        "CartPole-v1",
        4,
        // Twice the thresholds, so that the terminating observation is still inside.
        Box.symmetric(
            (float) (2 * X_THRESHOLD),
            Float.POSITIVE_INFINITY,
            (float) (2 * THETA_THRESHOLD),
            Float.POSITIVE_INFINITY),
        new Discrete(2));
  }

  @Override
  protected void startEpisode() {
    for (int i = 0; i < 4; i++) {
      state[i] = -0.05 + 0.1 * rng.nextDouble();
    }
  }

  @Override
  protected StepResult advance(float[] action) {
    double x = state[0];
    double xDot = state[1];
    double theta = state[2];
    double thetaDot = state[3];
    double force = action[0] == 1 ? FORCE_MAG : -FORCE_MAG;
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);

    // Florian (2007), "Correct equations for the dynamics of the cart-pole system".
    double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
    double thetaAcc =
        (GRAVITY * sin - cos * temp)
            / (HALF_LENGTH * (4.0 / 3.0 - POLE_MASS * cos * cos / TOTAL_MASS));
    double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;

    // Explicit Euler: positions move with the old velocities.
    state[0] = x + TAU * xDot;
    state[1] = xDot + TAU * xAcc;
    state[2] = theta + TAU * thetaDot;
    state[3] = thetaDot + TAU * thetaAcc;

    boolean terminated =
        state[0] < -X_THRESHOLD
            || state[0] > X_THRESHOLD
            || state[2] < -THETA_THRESHOLD
            || state[2] > THETA_THRESHOLD;
    return new StepResult(observation(), 1.0, terminated, false);
  }

  @Override
  public float[] observation() {
    return new float[] {(float) state[0], (float) state[1], (float) state[2], (float) state[3]};
  }

  @Override
  public int renderFps() {
    return 50; // Gymnasium's render_fps for this task
  }

  @Override
  public int[] renderSize() {
    return new int[] {600, 400};
  }

  /** Gymnasium's picture: a black cart on a track, a wooden pole and a blue axle. */
  @Override
  public void render(Graphics2D g, int width, int height) {
    double cartWidth = 0.4;
    double cartHeight = 0.24;
    double poleWidth = 0.08;
    double pivotHeight = cartHeight / 4;
    double x = state[0];
    // The window spans the 4.8 m track, which sits a quarter of the way up.
    try (WorldView view = new WorldView(g, width, height, -2.4, 2.4, -0.8, 2.4)) {
      view.clear(Color.WHITE);
      view.draw(Color.BLACK, 1, WorldView.line(-2.4, 0, 2.4, 0));
      view.fill(Color.BLACK, WorldView.box(
          x - cartWidth / 2, -cartHeight / 2, x + cartWidth / 2, cartHeight / 2));
      // Drawn upright around its pivot, then turned by -theta: positive theta leans right.
      var pole = WorldView.box(
          -poleWidth / 2, -poleWidth / 2, poleWidth / 2, 2 * HALF_LENGTH - poleWidth / 2);
      view.fill(new Color(202, 152, 101), WorldView.placed(pole, -state[2], x, pivotHeight));
      view.fill(new Color(129, 132, 203), WorldView.circle(x, pivotHeight, poleWidth / 2));
    }
  }
}
