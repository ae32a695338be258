package org.spinup4j.envs.classic;

import java.awt.Color;
import java.awt.Graphics2D;
import org.spinup4j.envs.render.WorldView;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Space;

/**
 * What both mountain-car tasks share (Moore 1990): the valley with its bounds and left wall
 * rule, the initial state, the observation and the picture. Only the engine and the goal differ
 * between the two tasks.
 *
 * <p>State (position, velocity); the observation is the state as floats.
 */
abstract class Mountain extends ClassicControlEnv {
  static final double MIN_POSITION = -1.2;
  static final double MAX_POSITION = 0.6;
  static final double MAX_SPEED = 0.07;
  /** Strength of gravity along the slope, which is cos(3p) steep at position p. */
  static final double GRAVITY = 0.0025;

  /** The flag's position; the picture puts the flag there. */
  private final double goal;

  Mountain(String id, Space actionSpace, double goalPosition) {
    super(
        id,
        2,
        new Box(
            new float[] {(float) MIN_POSITION, (float) -MAX_SPEED},
            new float[] {(float) MAX_POSITION, (float) MAX_SPEED}),
        actionSpace);
    this.goal = goalPosition;
  }

  @Override
  protected void startEpisode() {
    state[0] = -0.6 + 0.2 * rng.nextDouble();
    state[1] = 0.0;
  }

  @Override
  public float[] observation() {
    return new float[] {(float) state[0], (float) state[1]};
  }

  /**
   * Moves the car by {@code acceleration} plus gravity, clipping speed and position, and stops
   * it dead against the left wall. Writes (position, velocity) back into {@code state}.
   */
  static void move(double[] state, double acceleration) {
    double position = state[0];
    double velocity = state[1];
    velocity += acceleration - GRAVITY * Math.cos(3 * position);
    velocity = Math.max(-MAX_SPEED, Math.min(MAX_SPEED, velocity));
    position += velocity;
    position = Math.max(MIN_POSITION, Math.min(MAX_POSITION, position));
    if (position == MIN_POSITION && velocity < 0) {
      velocity = 0;
    }
    state[0] = position;
    state[1] = velocity;
  }

  /** Height of the valley floor at {@code position}: the curve the car drives on. */
  static double height(double position) {
    return Math.sin(3 * position) * 0.45 + 0.55;
  }

  @Override
  public int[] renderSize() {
    return new int[] {600, 400};
  }

  /** Gymnasium's picture: the valley curve, a black car with grey wheels and a yellow flag. */
  @Override
  public void render(Graphics2D g, int width, int height) {
    double position = state[0];
    double carWidth = 0.12;
    double carHeight = 0.06;
    double clearance = 0.03;
    int samples = 100;
    double[] xs = new double[samples];
    double[] ys = new double[samples];
    for (int i = 0; i < samples; i++) {
      xs[i] = MIN_POSITION + (MAX_POSITION - MIN_POSITION) * i / (samples - 1);
      ys[i] = height(xs[i]);
    }
    try (WorldView view = new WorldView(g, width, height, MIN_POSITION, MAX_POSITION, 0, 1.2)) {
      view.clear(Color.WHITE);
      view.draw(Color.BLACK, 2, WorldView.polyline(xs, ys));

      double flagBottom = height(goal);
      double flagTop = flagBottom + 0.15;
      view.draw(Color.BLACK, 1, WorldView.line(goal, flagBottom, goal, flagTop));
      view.fill(new Color(204, 204, 0),
          WorldView.polygon(goal, flagTop, goal, flagTop - 0.03, goal + 0.075, flagTop - 0.015));

      // The car body and wheels are drawn level, then tilted to the slope (angle atan of
      // the slope would be exact; Gymnasium uses cos(3p) radians, which looks the same).
      double angle = Math.cos(3 * position);
      double x = position;
      double y = height(position);
      var body = WorldView.box(-carWidth / 2, clearance, carWidth / 2, clearance + carHeight);
      view.fill(Color.BLACK, WorldView.placed(body, angle, x, y));
      Color wheel = new Color(128, 128, 128);
      double wheelRadius = carHeight / 2.5;
      for (double side : new double[] {-1, 1}) {
        var hub = WorldView.circle(side * carWidth / 4, clearance, wheelRadius);
        view.fill(wheel, WorldView.placed(hub, angle, x, y));
      }
    }
  }
}
