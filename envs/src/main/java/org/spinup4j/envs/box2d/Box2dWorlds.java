package org.spinup4j.envs.box2d;

import org.jbox2d.collision.shapes.MassData;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.collision.shapes.ShapeType;
import org.jbox2d.common.Settings;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.Fixture;
import org.jbox2d.dynamics.World;
import org.jbox2d.dynamics.contacts.Contact;

/**
 * The one place where jbox2d 2.2.1.1 is brought in line with the Box2D 2.3 that Gymnasium's
 * Box2D tasks run on. Every world of this package comes from {@link #newWorld}, and every body with
 * a polygon fixture goes through {@link #correctPolygonInertia} once its fixtures are attached.
 *
 * <p>Three corrections, each with a test in {@code Box2dWorldsTest}:
 *
 * <ol>
 *   <li><b>Exact trigonometry.</b> jbox2d defaults to a sine lookup table (about 1e-4 rad coarse)
 *       and a fast atan2 approximation; Box2D calls the C library. Both are global static flags,
 *       switched off here once, when this class loads, before any world is built.
 *   <li><b>Contacts start enabled.</b> jbox2d's {@code Contact.init} clears every flag, so a
 *       contact found after the position solve of a step is disabled during that step's
 *       continuous-collision pass, which skips it: a body that jumps into the ground in one step
 *       stays inside it. Box2D 2.3 creates contacts enabled. The world built here enables each
 *       contact as the contact manager takes it from the pool.
 *   <li><b>Polygon inertia.</b> jbox2d's {@code PolygonShape.computeMass} shifts the inertia from
 *       the vertex average to the body origin but leaves out the {@code -m |centroid -
 *       average|^2} term, overstating the inertia of any polygon whose centroid is not its vertex
 *       average (boxes are unaffected; the lander and the walker's hull are not).
 * </ol>
 */
public final class Box2dWorlds {

  static {
    // Static flags read by jbox2d's MathUtils on every call: set once, before the first world.
    Settings.SINCOS_LUT_ENABLED = false;
    Settings.FAST_ATAN2 = false;
    Settings.FAST_ABS = false;
    Settings.FAST_FLOOR = false;
    Settings.FAST_CEIL = false;
    Settings.FAST_ROUND = false;
  }

  private Box2dWorlds() {}

  /** A world with gravity {@code (0, gravityY)}, sleeping allowed, whose contacts start enabled. */
  public static World newWorld(float gravityY) {
    World world = new ContactEnablingWorld(new Vec2(0, gravityY));
    world.setAllowSleep(true);
    return world;
  }

  /**
   * Replaces the body's mass data by Box2D 2.3's: same mass and centre, inertia without jbox2d's
   * extra {@code m |centroid - vertexAverage|^2} per polygon fixture. Call after the last fixture
   * is attached (attaching one recomputes the mass data the jbox2d way).
   */
  public static void correctPolygonInertia(Body body) {
    MassData data = new MassData();
    body.getMassData(data); // inertia about the body origin, as the fixtures summed it
    MassData fixtureData = new MassData();
    for (Fixture f = body.getFixtureList(); f != null; f = f.getNext()) {
      if (f.getType() != ShapeType.POLYGON) {
        continue;
      }
      PolygonShape polygon = (PolygonShape) f.getShape();
      polygon.computeMass(fixtureData, f.getDensity());
      Vec2 offset = fixtureData.center.sub(vertexAverage(polygon));
      data.I -= fixtureData.mass * Vec2.dot(offset, offset);
    }
    body.setMassData(data);
  }

  /** The reference point jbox2d integrates around: the mean of the polygon's vertices. */
  static Vec2 vertexAverage(PolygonShape polygon) {
    Vec2 sum = new Vec2();
    for (int i = 0; i < polygon.m_count; i++) {
      sum.addLocal(polygon.m_vertices[i]);
    }
    return sum.mulLocal(1f / polygon.m_count);
  }

  /**
   * A jbox2d world whose new contacts are enabled, as in Box2D 2.3. jbox2d's contact manager
   * obtains every contact through its world's public {@code popContact}, so overriding that one
   * method corrects the flag without touching the library.
   */
  private static final class ContactEnablingWorld extends World {
    ContactEnablingWorld(Vec2 gravity) {
      super(gravity);
    }

    @Override
    public Contact popContact(Fixture fixtureA, int indexA, Fixture fixtureB, int indexB) {
      Contact contact = super.popContact(fixtureA, indexA, fixtureB, indexB);
      if (contact != null) {
        contact.setEnabled(true);
      }
      return contact;
    }
  }
}
