package org.spinup4j.envs.box2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbox2d.collision.shapes.EdgeShape;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.common.MathUtils;
import org.jbox2d.common.Settings;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.BodyDef;
import org.jbox2d.dynamics.BodyType;
import org.jbox2d.dynamics.World;
import org.junit.jupiter.api.Test;

class Box2dWorldsTest {
  private static final float HALF = 0.5f; // half side of the test box
  private static final float DT = 1 / 50f;

  // ---- 1. exact trigonometry ------------------------------------------------------------

  @Test
  void trigonometryLookupTablesAreSwitchedOff() {
    Box2dWorlds.newWorld(-10f); // loads the class, whose static initializer sets the flags
    assertFalse(Settings.SINCOS_LUT_ENABLED);
    assertFalse(Settings.FAST_ATAN2);
    double worstTable = 0;
    double worstFastAtan = 0;
    for (int i = 0; i < 1000; i++) {
      float x = -4f + i * 0.00813f;
      assertEquals((float) StrictMath.sin(x), MathUtils.sin(x), 1e-7f, "sin " + x);
      assertEquals((float) StrictMath.cos(x), MathUtils.cos(x), 1e-7f, "cos " + x);
      float y = 1.3f;
      assertEquals((float) StrictMath.atan2(y, x), MathUtils.atan2(y, x), 1e-6f, "atan2 " + x);
      worstTable = Math.max(worstTable, Math.abs(MathUtils.sinLUT(x) - StrictMath.sin(x)));
      double fastAtanError = Math.abs(MathUtils.fastAtan2(y, x) - StrictMath.atan2(y, x));
      worstFastAtan = Math.max(worstFastAtan, fastAtanError);
    }
    // What the defaults would have given: errors far above float rounding.
    assertTrue(worstTable > 1e-5, "lookup-table sine error " + worstTable);
    assertTrue(worstFastAtan > 1e-4, "fast atan2 error " + worstFastAtan);
  }

  // ---- 2. contacts start enabled ---------------------------------------------------------

  /** A box moving so fast that it goes from clear of the ground to 0.2 m inside it in one step. */
  private static float bottomAfterOneFastStep(World world) {
    ground(world);
    Body box = box(world, HALF + 0.3f);
    box.setLinearVelocity(new Vec2(0, -25f)); // 0.5 m per step
    world.step(DT, 180, 60);
    return box.getPosition().y - HALF;
  }

  @Test
  void boxReachingGroundWithinOneStepStopsOnTheSurface() {
    float bottom = bottomAfterOneFastStep(Box2dWorlds.newWorld(-10f));
    assertTrue(bottom > -2 * Settings.linearSlop, "box bottom at " + bottom);
  }

  @Test
  void plainJbox2dLetsTheSameBoxSinkIntoTheGround() {
    // The defect the correction exists for: its first contact is disabled, so no time of impact.
    float bottom = bottomAfterOneFastStep(new World(new Vec2(0, -10f)));
    assertTrue(bottom < -0.1f, "box bottom at " + bottom);
  }

  @Test
  void droppedBoxComesToRestOnFlatGroundWithoutSinking() {
    World world = Box2dWorlds.newWorld(-10f);
    ground(world);
    Body box = box(world, 3f);
    float lowest = Float.MAX_VALUE;
    for (int t = 0; t < 300 && box.isAwake(); t++) {
      world.step(DT, 180, 60);
      lowest = Math.min(lowest, box.getPosition().y - HALF);
    }
    assertFalse(box.isAwake(), "a resting box falls asleep");
    // Box2D keeps both shapes' skins (polygon radius each) apart, less the allowed overlap.
    float restingGap = 2 * Settings.polygonRadius - Settings.linearSlop;
    assertEquals(restingGap, box.getPosition().y - HALF, 1e-3, "rests on the ground");
    assertTrue(lowest > -2 * Settings.linearSlop, "lowest bottom " + lowest);
    assertEquals(0, box.getAngle(), 1e-3, "lands flat");
  }

  // ---- 3. polygon inertia -----------------------------------------------------------------

  /** The walker's hull: its centroid is far from its vertex average. */
  private static final float[][] HULL = {
    {-1.0f, 0.3f},
    {0.2f, 0.3f},
    {1.1333333f, 0.0333333f},
    {1.1333333f, -0.2666667f},
    {-1.0f, -0.2666667f}
  };

  /** Second moment of a uniform polygon about the origin (shoelace-style sum), times density. */
  private static double analyticInertiaAboutOrigin(float[][] p, double density) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double[] a = {p[i][0], p[i][1]};
      double[] b = {p[(i + 1) % p.length][0], p[(i + 1) % p.length][1]};
      double cross = a[0] * b[1] - a[1] * b[0];
      double aa = a[0] * a[0] + a[1] * a[1];
      double ab = a[0] * b[0] + a[1] * b[1];
      double bb = b[0] * b[0] + b[1] * b[1];
      sum += cross * (aa + ab + bb);
    }
    return Math.abs(sum) * density / 12;
  }

  private static Body polygonBody(float[][] points, float density) {
    World world = Box2dWorlds.newWorld(-10f);
    BodyDef bd = new BodyDef();
    bd.type = BodyType.DYNAMIC;
    Body body = world.createBody(bd);
    Vec2[] vertices = new Vec2[points.length];
    for (int i = 0; i < points.length; i++) {
      vertices[i] = new Vec2(points[i][0], points[i][1]);
    }
    PolygonShape shape = new PolygonShape();
    shape.set(vertices, vertices.length);
    body.createFixture(shape, density);
    return body;
  }

  @Test
  void correctedPolygonInertiaMatchesTheAnalyticValue() {
    Body body = polygonBody(HULL, 5f);
    float massBefore = body.getMass();
    Vec2 centreBefore = body.getLocalCenter().clone();
    double exact = analyticInertiaAboutOrigin(HULL, 5.0);
    double jbox2d = body.getInertia();
    Box2dWorlds.correctPolygonInertia(body);
    assertEquals(exact, body.getInertia(), 1e-4 * exact, "corrected inertia about the origin");
    // Without the correction jbox2d overstates it by about 3.7%.
    assertTrue(jbox2d - exact > 0.02 * exact, "jbox2d " + jbox2d + " vs exact " + exact);
    assertEquals(massBefore, body.getMass(), 1e-6, "mass unchanged");
    assertEquals(centreBefore.x, body.getLocalCenter().x, 1e-6, "centre unchanged");
    assertEquals(centreBefore.y, body.getLocalCenter().y, 1e-6, "centre unchanged");
    assertEquals(2.00174, body.getInertia(), 1e-4, "fact sheet's hull value about the origin");
  }

  @Test
  void boxInertiaNeedsNoCorrection() {
    float[][] box = {{-0.3f, -0.2f}, {0.5f, -0.2f}, {0.5f, 0.9f}, {-0.3f, 0.9f}};
    Body body = polygonBody(box, 2f);
    double before = body.getInertia();
    Box2dWorlds.correctPolygonInertia(body);
    assertEquals(analyticInertiaAboutOrigin(box, 2.0), before, 1e-5, "already exact");
    assertEquals(before, body.getInertia(), 1e-6, "unchanged");
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static void ground(World world) {
    EdgeShape edge = new EdgeShape();
    edge.set(new Vec2(-20, 0), new Vec2(20, 0));
    world.createBody(new BodyDef()).createFixture(edge, 0f);
  }

  private static Body box(World world, float centreY) {
    BodyDef bd = new BodyDef();
    bd.type = BodyType.DYNAMIC;
    bd.position.set(0, centreY);
    Body body = world.createBody(bd);
    PolygonShape shape = new PolygonShape();
    shape.setAsBox(HALF, HALF);
    body.createFixture(shape, 1f);
    return body;
  }
}
