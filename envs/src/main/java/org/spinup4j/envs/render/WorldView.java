package org.spinup4j.envs.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A Java2D canvas in world coordinates: x to the right, y up, one uniform scale. Environments
 * draw their bodies in the units of their own physics (metres, radians) and this class maps the
 * chosen world window onto the pixel canvas, centred, whatever the canvas size.
 *
 * <p>Use it in try-with-resources: it draws through its own copy of the caller's graphics, so the
 * caller's transform and colour are left as they were.
 */
public final class WorldView implements AutoCloseable {
  private final Graphics2D g;
  private final AffineTransform pixelSpace;
  private final int width;
  private final int height;
  private final double scale;

  /**
   * Maps the world window {@code [xMin, xMax] x [yMin, yMax]} onto a {@code width} by {@code
   * height} canvas: as large as fits, centred, with y pointing up.
   */
  public WorldView(
      Graphics2D canvas,
      int width,
      int height,
      double xMin,
      double xMax,
      double yMin,
      double yMax) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "canvas size must be positive, got " + width + " x " + height);
    }
    this.g = (Graphics2D) canvas.create();
    this.width = width;
    this.height = height;
    this.pixelSpace = g.getTransform();
    this.scale = Math.min(width / (xMax - xMin), height / (yMax - yMin));
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    // Pixel rows grow downwards, so flip y; then centre the window on the canvas.
    g.translate(width / 2.0, height / 2.0);
    g.scale(scale, -scale);
    g.translate(-(xMin + xMax) / 2, -(yMin + yMax) / 2);
  }

  /** Pixels per world unit. */
  public double scale() {
    return scale;
  }

  /** Paints the whole canvas (margins included) with {@code background}. */
  public void clear(Color background) {
    AffineTransform world = g.getTransform();
    g.setTransform(pixelSpace);
    g.setColor(background);
    g.fillRect(0, 0, width, height);
    g.setTransform(world);
  }

  /** Fills {@code shape}, given in world coordinates. */
  public void fill(Color color, Shape shape) {
    g.setColor(color);
    g.fill(shape);
  }

  /** Outlines {@code shape} with a line {@code pixelWidth} pixels wide, whatever the scale. */
  public void draw(Color color, double pixelWidth, Shape shape) {
    g.setColor(color);
    float worldWidth = (float) (pixelWidth / scale);
    g.setStroke(new BasicStroke(worldWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  /** The axis-aligned rectangle with corners (left, bottom) and (right, top). */
  public static Shape box(double left, double bottom, double right, double top) {
    return new Rectangle2D.Double(left, bottom, right - left, top - bottom);
  }

  /** The circle of radius {@code r} around (x, y). */
  public static Shape circle(double x, double y, double r) {
    return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
  }

  /** The segment from (x1, y1) to (x2, y2). */
  public static Shape line(double x1, double y1, double x2, double y2) {
    return new Line2D.Double(x1, y1, x2, y2);
  }

  /** The open path through the points {@code xs[i], ys[i]}. */
  public static Shape polyline(double[] xs, double[] ys) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    return path;
  }

  /** The closed polygon through the points given as {@code x0, y0, x1, y1, ...}. */
  public static Shape polygon(double... xy) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    path.closePath();
    return path;
  }

  /**
   * {@code shape}, drawn around the origin, turned counter-clockwise by {@code angle} radians and
   * then moved to (x, y): how a body is placed at its pose.
   */
  public static Shape placed(Shape shape, double angle, double x, double y) {
    AffineTransform pose = AffineTransform.getTranslateInstance(x, y);
    pose.rotate(angle);
    return pose.createTransformedShape(shape);
  }

  @Override
  public void close() {
    g.dispose();
  }
}
