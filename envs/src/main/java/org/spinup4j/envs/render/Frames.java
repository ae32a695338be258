package org.spinup4j.envs.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.spinup4j.envs.Env;

/** Renders environments into images, off screen (works headless). */
public final class Frames {
  private Frames() {}

  /** The environment's current state, drawn at its preferred {@link Env#renderSize()}. */
  public static BufferedImage render(Env env) {
    int[] size = env.renderSize();
    return render(env, size[0], size[1]);
  }

  /** The environment's current state, drawn on a {@code width} by {@code height} RGB image. */
  public static BufferedImage render(Env env, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      env.render(g, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }
}
