package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinup4j.envs.render.Frames;

class LocomotionViewTest {

  @BeforeEach
  void library() {
    MujocoTests.requireLibrary();
  }

  @Test
  void theCameraFollowsTheBodyAlongTheTrack() {
    try (HalfCheetah env = new HalfCheetah()) {
      double[] qpos = new double[9];
      env.setState(qpos, new double[9]);
      BufferedImage home = Frames.render(env);
      qpos[0] = 10; // ten metres on: the same picture, grid ticks included (one a metre)
      env.setState(qpos, new double[9]);
      BufferedImage away = Frames.render(env);
      assertTrue(differingPixels(home, away) < 0.001 * home.getWidth() * home.getHeight());
      qpos[0] = 10.5; // half a metre more: the body looks the same, the ticks have moved
      env.setState(qpos, new double[9]);
      assertTrue(differingPixels(home, Frames.render(env)) > 0);
    }
  }

  @Test
  void theSideViewDrawsHeightToScale() {
    // 480 pixels show 3 m: 160 pixels a metre. Lowering the hopper by 0.5 m moves its top 80 down.
    try (Hopper env = new Hopper()) {
      env.setState(new double[] {0, 1.25, 0, 0, 0, 0}, new double[6]);
      int standing = topRow(Frames.render(env));
      env.setState(new double[] {0, 0.75, 0, 0, 0, 0}, new double[6]);
      int lowered = topRow(Frames.render(env));
      assertEquals(80, lowered - standing, 2);
    }
  }

  /** The first row from the top with a pixel other than the sky's. */
  private static int topRow(BufferedImage image) {
    int sky = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != sky) {
          return y;
        }
      }
    }
    return -1;
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
      }
    }
    return n;
  }
}
