package org.spinup4j.envs.box2d;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.jbox2d.collision.shapes.EdgeShape;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.collision.shapes.ShapeType;
import org.jbox2d.common.Transform;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.Fixture;

/**
 * Draws world geometry (metres, y up) onto a Java2D canvas (pixels, y down): a window {@code
 * viewWidth} by {@code viewHeight} metres wide whose left edge is at {@code scrollX} is stretched
 * over the whole canvas.
 */
final class WorldPainter {
  private final Graphics2D g;
  private final double scrollX;
  private final double pixelsPerMetreX;
  private final double pixelsPerMetreY;
  private final int canvasHeight;

  WorldPainter(
      Graphics2D g, int width, int height, double viewWidth, double viewHeight, double scrollX) {
    this.g = g;
    this.scrollX = scrollX;
    this.pixelsPerMetreX = width / viewWidth;
    this.pixelsPerMetreY = height / viewHeight;
    this.canvasHeight = height;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
  }

  double px(double x) {
    return (x - scrollX) * pixelsPerMetreX;
  }

  double py(double y) {
    return canvasHeight - y * pixelsPerMetreY;
  }

  /** Pixels per metre horizontally, for sizes given in the reference's 30 px/m viewport. */
  double pixelsPerMetre() {
    return pixelsPerMetreX;
  }

  void fill(Color color, int width, int height) {
    g.setColor(color);
    g.fillRect(0, 0, width, height);
  }

  /** A closed polygon through world points {@code (xs[i], ys[i])}; either colour may be null. */
  void polygon(double[] xs, double[] ys, Color fill, Color outline) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(px(xs[0]), py(ys[0]));
    for (int i = 1; i < xs.length; i++) {
      path.lineTo(px(xs[i]), py(ys[i]));
    }
    path.closePath();
    if (fill != null) {
      g.setColor(fill);
      g.fill(path);
    }
    if (outline != null) {
      g.setColor(outline);
      g.setStroke(new BasicStroke(1f));
      g.draw(path);
    }
  }

  void line(double x1, double y1, double x2, double y2, Color color, float widthPixels) {
    g.setColor(color);
    g.setStroke(new BasicStroke(widthPixels));
    g.draw(new Line2D.Double(px(x1), py(y1), px(x2), py(y2)));
  }

  /** Every polygon fixture of {@code body} filled and outlined; edge fixtures as lines. */
  void body(Body body, Color fill, Color outline) {
    Transform xf = body.getTransform();
    for (Fixture f = body.getFixtureList(); f != null; f = f.getNext()) {
      if (f.getType() == ShapeType.POLYGON) {
        PolygonShape shape = (PolygonShape) f.getShape();
        double[] xs = new double[shape.m_count];
        double[] ys = new double[shape.m_count];
        for (int i = 0; i < shape.m_count; i++) {
          Vec2 p = Transform.mul(xf, shape.m_vertices[i]);
          xs[i] = p.x;
          ys[i] = p.y;
        }
        polygon(xs, ys, fill, outline);
      } else if (f.getType() == ShapeType.EDGE) {
        EdgeShape edge = (EdgeShape) f.getShape();
        Vec2 a = Transform.mul(xf, edge.m_vertex1);
        Vec2 b = Transform.mul(xf, edge.m_vertex2);
        line(a.x, a.y, b.x, b.y, outline, 1f);
      }
    }
  }
}
