package org.spinup4j.envs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.classic.CartPole;
import org.spinup4j.envs.mujoco.MujocoTests;

class FramesTest {

  static List<String> ids() {
    return Envs.ids();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyTaskDrawsAPictureOfItsPreferredSize(String id) {
    BufferedImage image;
    try (Env env = MujocoTests.make(id)) {
      env.reset(0);
      env.step(env.actionSpace().sample());
      image = Frames.render(env);
      assertEquals(env.renderSize()[0], image.getWidth());
      assertEquals(env.renderSize()[1], image.getHeight());
    }
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() >= 3, id + " drew only " + colours.size() + " colours");
  }

  @Test
  void cartIsDrawnWhereItsPositionSays() {
    // 125 pixels a metre, origin at (300, 300): the cart at x = 1 m is centred on column 425.
    CartPole env = new CartPole();
    env.setState(1.0, 0, 0, 0);
    BufferedImage image = Frames.render(env);
    int black = 0xFF000000;
    assertEquals(black, image.getRGB(425, 310));
    assertEquals(black, image.getRGB(405, 290));
    assertNotEquals(black, image.getRGB(300, 310));
    assertEquals(0xFFFFFFFF, image.getRGB(300, 100));
  }

  @Test
  void anyCanvasSizeIsFilled() {
    CartPole env = new CartPole();
    env.reset(0);
    BufferedImage image = Frames.render(env, 123, 77);
    assertEquals(123, image.getWidth());
    assertEquals(0xFFFFFFFF, image.getRGB(0, 0));
  }
}
