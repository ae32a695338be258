package org.spinup4j.envs.mujoco;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spinup4j.envs.render.WorldView;

/**
 * Draws a locomotion model with plain Java2D, headless: every capsule and sphere from its simulated
 * pose, in the colour the model gives it, over a floor grid that shows how far the body moved.
 *
 * <p>The picture is an orthographic view from a camera that looks along +y, tilted down by its
 * elevation: 0 degrees looks from the side (the planar runners and hoppers), 90 from straight above
 * (the swimmer), in between at an angle (the ant). The camera follows the centre of the body's
 * geoms. Geoms are painted farthest first.
 */
public final class LocomotionView {
  /** Where the camera looks from, and how many metres across the picture is. */
  public enum Camera {
    SIDE(0, 3.0),
    TOP(90, 4.5),
    ANGLED(40, 4.0);

    final double elevation;
    final double span;

    Camera(double elevationDegrees, double span) {
      this.elevation = Math.toRadians(elevationDegrees);
      this.span = span;
    }
  }

  private static final Color SKY = new Color(235, 241, 247);
  private static final Color GROUND = new Color(196, 200, 204);
  private static final Color GRID = new Color(160, 165, 170);
  /** Metres between grid lines. */
  private static final double GRID_STEP = 1.0;

  private final MjModel model;
  private final MjData data;
  private final Camera camera;
  private final int[] geomType;
  private final double[] geomSize;
  private final float[] geomRgba;

  LocomotionView(MjModel model, MjData data, Camera camera) {
    this.model = model;
    this.data = data;
    this.camera = camera;
    this.geomType = model.geomType();
    this.geomSize = model.geomSize();
    this.geomRgba = model.geomRgba();
  }

  /** Screen x of a world point: world x. */
  private static double screenX(double x) {
    return x;
  }

  /** Screen y of a world point: its height along the camera's up direction. */
  private double screenY(double y, double z) {
    return y * Math.sin(camera.elevation) + z * Math.cos(camera.elevation);
  }

  /** Distance along the camera's view direction (larger is farther). */
  private double depth(double y, double z) {
    return y * Math.cos(camera.elevation) - z * Math.sin(camera.elevation);
  }

  void paint(Graphics2D g, int width, int height) {
    double[] geomPos = data.geomXpos();
    double[] geomMat = data.geomXmat();
    // Follow the centre of the body's geoms (planes excluded).
    double cx = 0;
    double cy = 0;
    int n = 0;
    for (int i = 0; i < model.ngeom; i++) {
      if (geomType[i] != MjModel.GEOM_PLANE) {
        cx += geomPos[3 * i];
        cy += geomPos[3 * i + 1];
        n++;
      }
    }
    cx /= Math.max(n, 1);
    cy /= Math.max(n, 1);
    double half = camera.span / 2;
    double centreX = screenX(cx);
    // The side view keeps the floor at a fixed height in the picture; the others follow in y too.
    double centreY = camera == Camera.SIDE ? half - 0.4 : screenY(cy, 0);
    try (WorldView view = new WorldView(g, width, height,
        centreX - half, centreX + half, centreY - half, centreY + half)) {
      view.clear(SKY);
      paintFloor(view, centreX, centreY, half, cy);
      paintGeoms(view, geomPos, geomMat);
    }
  }

  private void paintFloor(WorldView view, double centreX, double centreY, double half, double cy) {
    double left = centreX - half;
    double right = centreX + half;
    if (camera.elevation == 0) {
      // From the side the floor is the ground below z = 0, with a tick every metre.
      view.fill(GROUND, WorldView.box(left, centreY - half, right, 0));
      for (double x = Math.ceil(left / GRID_STEP) * GRID_STEP; x <= right; x += GRID_STEP) {
        view.draw(GRID, 2, WorldView.line(x, 0, x, -0.15));
      }
      return;
    }
    // From above, the floor plane fills the picture; grid lines at whole metres in x and y.
    view.fill(GROUND, WorldView.box(left, centreY - half, right, centreY + half));
    double sin = Math.sin(camera.elevation);
    double yMin = cy - half / sin - 1;
    double yMax = cy + half / sin + 1;
    for (double x = Math.ceil(left / GRID_STEP) * GRID_STEP; x <= right; x += GRID_STEP) {
      view.draw(GRID, 1, WorldView.line(x, screenY(yMin, 0), x, screenY(yMax, 0)));
    }
    for (double y = Math.ceil(yMin / GRID_STEP) * GRID_STEP; y <= yMax; y += GRID_STEP) {
      view.draw(GRID, 1, WorldView.line(left, screenY(y, 0), right, screenY(y, 0)));
    }
  }

  private void paintGeoms(WorldView view, double[] pos, double[] mat) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < model.ngeom; i++) {
      if (geomType[i] != MjModel.GEOM_PLANE && geomRgba[4 * i + 3] > 0) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble(i -> -depth(pos[3 * i + 1], pos[3 * i + 2])));
    for (int i : order) {
      double radius = geomSize[3 * i];
      double halfLength = geomType[i] == MjModel.GEOM_CAPSULE ? geomSize[3 * i + 1] : 0;
      // A capsule lies along its frame's z axis: the third column of the rotation matrix.
      double ax = mat[9 * i + 2] * halfLength;
      double ay = mat[9 * i + 5] * halfLength;
      double az = mat[9 * i + 8] * halfLength;
      double x = pos[3 * i];
      double y = pos[3 * i + 1];
      double z = pos[3 * i + 2];
      // Seen along a direction, a capsule is its projected segment widened by its radius.
      Shape body = new BasicStroke((float) (2 * radius), BasicStroke.CAP_ROUND,
          BasicStroke.JOIN_ROUND).createStrokedShape(new Line2D.Double(
              screenX(x - ax), screenY(y - ay, z - az), screenX(x + ax), screenY(y + ay, z + az)));
      Color colour = new Color(geomRgba[4 * i], geomRgba[4 * i + 1], geomRgba[4 * i + 2]);
      view.fill(colour, body);
      view.draw(colour.darker(), 1.5, body);
    }
  }
}
