package org.spinup4j.envs.box2d;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The terrain of one {@link BipedalWalker} episode, as plain numbers: a polyline of {@link
 * #LENGTH} points, the obstacle boxes of hardcore mode, and the clouds (drawn only, but they take
 * their share of random draws, so they are generated here in the reference order).
 *
 * <p>The generator is a small state machine walked once along the course. Grass drifts up and down
 * with a damped random walk. In hardcore mode every grass stretch ends in a stump (a box of 1 or 2
 * steps), stairs (3 or 4 boxes of 4 steps each, going up or down) or a pit (two walls 4 steps deep,
 * 3 or 4 steps apart); the polyline dips into pits and, as in the reference, runs as a ramp through
 * stairs.
 */
final class WalkerTerrain {
  static final double SCALE = 30;
  static final double STEP = 14 / SCALE; // horizontal distance between polyline points
  static final int LENGTH = 200; // polyline points
  static final double HEIGHT = 400 / SCALE / 4; // starting ground level
  static final int GRASS = 10; // grass stretches last 5 to 9 points
  static final int STARTPAD = 20; // flat points under the walker's start
  static final int CLOUDS = LENGTH / 20;

  private enum State {
    GRASS,
    STUMP,
    STAIRS,
    PIT
  }

  /** Polyline: {@code x[i] = i * STEP}, heights {@code y[i]}. */
  final double[] x = new double[LENGTH];

  final double[] y = new double[LENGTH];

  /** Obstacle boxes, each as four corners {{x0, y0}, .., {x3, y3}}, in generation order. */
  final List<double[][]> obstacles = new ArrayList<>();

  /** Clouds, each as five corners {{x0, y0}, .., {x4, y4}}. */
  final List<double[][]> clouds = new ArrayList<>();

  private WalkerTerrain() {}

  /** Draws a course from {@code rng}: the terrain's draws first, then the clouds'. */
  static WalkerTerrain generate(Random rng, boolean hardcore) {
    WalkerTerrain t = new WalkerTerrain();
    t.walk(rng, hardcore);
    t.makeClouds(rng);
    return t;
  }

  private void walk(Random rng, boolean hardcore) {
    State state = State.GRASS;
    double velocity = 0;
    double level = HEIGHT;
    int counter = STARTPAD;
    boolean oneshot = false; // true on the first point of a new stretch
    double originalY = 0;
    int stairHeight = 0; // +1 up, -1 down
    int stairWidth = 0;
    int stairSteps = 0;
    for (int i = 0; i < LENGTH; i++) {
      double xi = i * STEP;
      x[i] = xi;
      if (state == State.GRASS && !oneshot) {
        velocity = 0.8 * velocity + 0.01 * Math.signum(HEIGHT - level);
        if (i > STARTPAD) {
          velocity += uniform(rng, -1, 1) / SCALE;
        }
        level += velocity;
      } else if (state == State.PIT && oneshot) {
        counter = integer(rng, 3, 5);
        double[][] wall = box(xi, level, xi + STEP, level - 4 * STEP);
        obstacles.add(wall);
        obstacles.add(shifted(wall, counter * STEP));
        counter += 2;
        originalY = level;
      } else if (state == State.PIT) {
        level = originalY;
        if (counter > 1) {
          level -= 4 * STEP;
        }
      } else if (state == State.STUMP && oneshot) {
        counter = integer(rng, 1, 3);
        obstacles.add(box(xi, level, xi + counter * STEP, level + counter * STEP));
      } else if (state == State.STAIRS && oneshot) {
        stairHeight = rng.nextDouble() > 0.5 ? 1 : -1;
        stairWidth = integer(rng, 4, 5);
        stairSteps = integer(rng, 3, 5);
        originalY = level;
        for (int s = 0; s < stairSteps; s++) {
          double left = xi + s * stairWidth * STEP;
          double right = xi + (s + 1) * stairWidth * STEP;
          double top = level + s * stairHeight * STEP;
          obstacles.add(box(left, top, right, top - STEP));
        }
        counter = stairSteps * stairWidth;
      } else if (state == State.STAIRS) {
        // The reference's polyline ramps through the stairs (real division), kept as is.
        double n = (double) (stairSteps * stairWidth - counter - stairHeight) / stairWidth;
        level = originalY + n * stairHeight * STEP;
      }
      oneshot = false;
      y[i] = level;
      counter--;
      if (counter == 0) {
        counter = integer(rng, GRASS / 2, GRASS); // drawn even when an obstacle overrides it
        if (state == State.GRASS && hardcore) {
          state = State.values()[integer(rng, 1, 4)];
        } else {
          state = State.GRASS;
        }
        oneshot = true;
      }
    }
  }

  private void makeClouds(Random rng) {
    double cloudY = 400 / SCALE * 3 / 4;
    for (int c = 0; c < CLOUDS; c++) {
      double cx = uniform(rng, 0, LENGTH) * STEP;
      double[][] poly = new double[5][];
      for (int a = 0; a < 5; a++) {
        double px = cx + 15 * STEP * Math.sin(3.14 * 2 * a / 5) + uniform(rng, 0, 5 * STEP);
        double py = cloudY + 5 * STEP * Math.cos(3.14 * 2 * a / 5) + uniform(rng, 0, 5 * STEP);
        poly[a] = new double[] {px, py};
      }
      clouds.add(poly);
    }
  }

  /** The four corners of the box spanning x0..x1 and y0..y1, starting at (x0, y0). */
  private static double[][] box(double x0, double y0, double x1, double y1) {
    return new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  }

  private static double[][] shifted(double[][] poly, double dx) {
    double[][] out = new double[poly.length][];
    for (int i = 0; i < poly.length; i++) {
      out[i] = new double[] {poly[i][0] + dx, poly[i][1]};
    }
    return out;
  }

  /** numpy's {@code integers(low, high)}: uniform over low .. high-1. */
  private static int integer(Random rng, int low, int high) {
    return low + rng.nextInt(high - low);
  }

  private static double uniform(Random rng, double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }
}
