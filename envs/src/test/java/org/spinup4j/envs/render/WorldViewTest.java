package org.spinup4j.envs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WorldViewTest {

  private static BufferedImage draw(int width, int height, Consumer<WorldView> c) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try (WorldView view = new WorldView(g, width, height, -1, 1, -1, 1)) {
      view.clear(Color.WHITE);
      c.accept(view);
    }
    g.dispose();
    return image;
  }

  @Test
  void worldYPointsUp() {
    BufferedImage image = draw(100, 100, v -> v.fill(Color.RED, WorldView.box(0, 0, 1, 1)));
    assertEquals(Color.RED.getRGB(), image.getRGB(75, 25), "upper right quadrant");
    assertEquals(Color.WHITE.getRGB(), image.getRGB(25, 75), "lower left quadrant");
    assertEquals(Color.WHITE.getRGB(), image.getRGB(75, 75), "lower right quadrant");
  }

  @Test
  void windowIsCentredOnAWiderCanvasAtOneScale() {
    // A 2x2 window on a 200x100 canvas: scale 50, with 50-pixel margins left and right.
    BufferedImage image = draw(200, 100, v -> v.fill(Color.BLUE, WorldView.box(-1, -1, 1, 1)));
    assertEquals(Color.WHITE.getRGB(), image.getRGB(25, 50), "left margin");
    assertEquals(Color.BLUE.getRGB(), image.getRGB(55, 50));
    assertEquals(Color.BLUE.getRGB(), image.getRGB(145, 50));
    assertEquals(Color.WHITE.getRGB(), image.getRGB(175, 50), "right margin");
  }

  @Test
  void placedTurnsCounterClockwiseThenMoves() {
    // A bar along +x, turned a quarter turn, points up from (-0.5, 0).
    BufferedImage image = draw(100, 100, v -> v.fill(Color.BLACK,
        WorldView.placed(WorldView.box(0, -0.1, 0.8, 0.1), Math.PI / 2, -0.5, 0)));
    assertEquals(Color.BLACK.getRGB(), image.getRGB(25, 20), "above the pose");
    assertEquals(Color.WHITE.getRGB(), image.getRGB(45, 50), "along +x");
  }

  @Test
  void clearLeavesTheCallersGraphicsUntouched() {
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    var before = g.getTransform();
    try (WorldView view = new WorldView(g, 10, 10, 0, 1, 0, 1)) {
      view.clear(Color.GREEN);
    }
    assertEquals(before, g.getTransform());
    g.dispose();
  }
}
