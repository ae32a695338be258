package org.spinup4j.envs.box2d;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Arrays;
import org.jbox2d.callbacks.ContactImpulse;
import org.jbox2d.callbacks.ContactListener;
import org.jbox2d.callbacks.RayCastCallback;
import org.jbox2d.collision.Manifold;
import org.jbox2d.collision.shapes.EdgeShape;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.collision.shapes.Shape;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.BodyDef;
import org.jbox2d.dynamics.BodyType;
import org.jbox2d.dynamics.Fixture;
import org.jbox2d.dynamics.FixtureDef;
import org.jbox2d.dynamics.World;
import org.jbox2d.dynamics.contacts.Contact;
import org.jbox2d.dynamics.joints.RevoluteJoint;
import org.jbox2d.dynamics.joints.RevoluteJointDef;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.SeededEnv;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Space;

/**
 * BipedalWalker-v3 and BipedalWalkerHardcore-v3: a two-legged walker must cross 200 points of
 * terrain (about 89 m) without its hull touching the ground.
 *
 * <p>Action (4) in {@code [-1, 1]}: hip A, knee A, hip B, knee B. Each joint motor turns towards
 * the action's sign at full speed (4 rad/s hips, 6 rad/s knees) with a torque of {@code 80 |a|}.
 *
 * <p>Observation (24): hull angle, angular velocity and velocity; for each leg the hip angle and
 * speed, the knee angle (+1) and speed and the foot's ground contact; then ten lidar fractions
 * (rays from the hull, straight down to almost horizontal forwards, 5.33 m long; 1 = nothing hit).
 *
 * <p>Reward: the change of {@code 130 x / 30 - 5 |hull angle|} (forward progress, upright hull)
 * minus {@code 0.028 |a|} per motor; -100 and the end when the hull touches the ground or the
 * walker leaves at the left edge; the episode also ends at the finish line. Reaching it is worth
 * about 300 (solved) after motor costs. Hardcore only changes the terrain: stumps, stairs and pits
 * ({@link WalkerTerrain}).
 *
 * <p>Physics: jbox2d with the corrections of {@link Box2dWorlds}. Terrain, clouds and a small
 * initial push on the hull come from the env's own {@link Rng}, seeded by {@link #reset(long)};
 * steps draw nothing.
 */
public final class BipedalWalker extends SeededEnv<Space, Space> {
  static final double FPS = 50;
  static final double SCALE = 30;
  static final double MOTORS_TORQUE = 80;
  static final double SPEED_HIP = 4;
  static final double SPEED_KNEE = 6;
  static final double LIDAR_RANGE = 160 / SCALE;
  static final double INITIAL_RANDOM = 5;
  static final double LEG_DOWN = -8 / SCALE;
  static final double LEG_W = 8 / SCALE;
  static final double LEG_H = 34 / SCALE;
  static final double VIEW_W = 600 / SCALE;
  static final double VIEW_H = 400 / SCALE;
  static final double FRICTION = 2.5;
  static final int LIDAR_RAYS = 10;
  /** The finish line: the last {@code GRASS} points of the course are beyond it. */
  static final double FINISH_X =
      (WalkerTerrain.LENGTH - WalkerTerrain.GRASS) * WalkerTerrain.STEP;

  private static final double[][] HULL_POLY = {{-30, 9}, {6, 9}, {34, 1}, {34, -8}, {-30, -8}};
  private static final int WALKER_CATEGORY = 0x0020;
  private static final int TERRAIN_CATEGORY = 0x0001;

  private final boolean hardcore;

  private World world;
  private WalkerTerrain terrain;
  private Body hull;
  /** Upper leg A, lower leg A, upper leg B, lower leg B. */
  private final Body[] legs = new Body[4];
  /** Hip A, knee A, hip B, knee B: the order of the action. */
  private final RevoluteJoint[] joints = new RevoluteJoint[4];
  /** Ground contact of lower leg A and lower leg B. */
  private final boolean[] footContact = new boolean[2];
  private boolean gameOver;
  private double prevShaping = Double.NaN; // NaN: no step yet in this episode
  private final Lidar lidar = new Lidar();

  /** @param hardcore stumps, stairs and pits (BipedalWalkerHardcore-v3) instead of grass only */
  public BipedalWalker(boolean hardcore) {
    super(observationBox(), Box.uniform(-1f, 1f, 4));
    this.hardcore = hardcore;
  }

  /** Gymnasium's (loose) bounds on the observation. */
  private static Box observationBox() {
    float pi = (float) Math.PI;
    float[] high = new float[24];
    float[] highPerLeg = {pi, 5f, pi, 5f, 5f};
    high[0] = pi;
    high[1] = 5f;
    high[2] = 5f;
    high[3] = 5f;
    System.arraycopy(highPerLeg, 0, high, 4, 5);
    System.arraycopy(highPerLeg, 0, high, 9, 5);
    Arrays.fill(high, 14, 24, 1f);
    float[] low = new float[24];
    for (int i = 0; i < 24; i++) {
      low[i] = -high[i];
    }
    low[8] = 0f; // contact flags are in [0, 5] in the reference's (loose) bounds
    low[13] = 0f;
    return new Box(low, high);
  }

  /** The normal task, BipedalWalker-v3. */
  public BipedalWalker() {
    this(false);
  }

  public boolean hardcore() {
    return hardcore;
  }

  @Override
  public float[] reset() {
    world = Box2dWorlds.newWorld(-10f);
    world.setContactListener(new ContactDetector());
    gameOver = false;
    prevShaping = Double.NaN;
    footContact[0] = false;
    footContact[1] = false;
    terrain = WalkerTerrain.generate(rng, hardcore);
    buildTerrain();
    buildWalker();
    // Gymnasium returns the observation after one step with all motors free.
    return step(new float[4]).observation();
  }

  /** Obstacle boxes first, then one static body per polyline edge (the reference's order). */
  private void buildTerrain() {
    for (double[][] corners : terrain.obstacles) {
      Vec2[] vertices = new Vec2[corners.length];
      for (int i = 0; i < corners.length; i++) {
        vertices[i] = new Vec2((float) corners[i][0], (float) corners[i][1]);
      }
      PolygonShape box = new PolygonShape();
      box.set(vertices, vertices.length); // computes the convex hull: corner order is free
      world.createBody(new BodyDef()).createFixture(fixture(box, 0f, FRICTION, 0x0001, 0xFFFF));
    }
    for (int i = 0; i < WalkerTerrain.LENGTH - 1; i++) {
      EdgeShape edge = new EdgeShape();
      edge.set(
          new Vec2((float) terrain.x[i], (float) terrain.y[i]),
          new Vec2((float) terrain.x[i + 1], (float) terrain.y[i + 1]));
      world.createBody(new BodyDef()).createFixture(fixture(edge, 0f, FRICTION, 0x0001, 0xFFFF));
    }
  }

  /** The hull with its small random push, then for each side: upper leg, hip, lower leg, knee. */
  private void buildWalker() {
    double initX = WalkerTerrain.STEP * WalkerTerrain.STARTPAD / 2;
    double initY = WalkerTerrain.HEIGHT + 2 * LEG_H;
    hull = dynamicBody(initX, initY, 0);
    Vec2[] vertices = new Vec2[HULL_POLY.length];
    for (int i = 0; i < vertices.length; i++) {
      vertices[i] = new Vec2((float) (HULL_POLY[i][0] / SCALE), (float) (HULL_POLY[i][1] / SCALE));
    }
    PolygonShape hullShape = new PolygonShape();
    hullShape.set(vertices, vertices.length);
    hull.createFixture(fixture(hullShape, 5f, 0.1, WALKER_CATEGORY, TERRAIN_CATEGORY));
    Box2dWorlds.correctPolygonInertia(hull);
    hull.applyForceToCenter(new Vec2((float) uniform(-INITIAL_RANDOM, INITIAL_RANDOM), 0f));

    for (int side = 0; side < 2; side++) {
      int i = side == 0 ? -1 : +1;
      Body upper = dynamicBody(initX, initY - LEG_H / 2 - LEG_DOWN, i * 0.05);
      upper.createFixture(legFixture(LEG_W / 2));
      // pybox2d sets the reference angle to the bodies' angle difference when it is not given.
      joints[2 * side] =
          revolute(hull, upper, LEG_DOWN, LEG_H / 2, i * 0.05, -0.8, 1.1, i);
      Body lower = dynamicBody(initX, initY - LEG_H * 3 / 2 - LEG_DOWN, i * 0.05);
      lower.createFixture(legFixture(0.8 * LEG_W / 2));
      joints[2 * side + 1] = revolute(upper, lower, -LEG_H / 2, LEG_H / 2, 0, -1.6, -0.1, 1);
      legs[2 * side] = upper;
      legs[2 * side + 1] = lower;
    }
  }

  @Override
  public StepResult step(float[] action) {
    if (world == null) {
      throw new IllegalStateException("BipedalWalker: call reset() before step()");
    }
    if (action == null || action.length != 4 || hasNaN(action)) {
      throw new IllegalArgumentException(
          "BipedalWalker action must be 4 numbers (hip A, knee A, hip B, knee B) in [-1, 1], got "
              + LunarLander.describe(action));
    }
    // Step 1: each motor turns towards the action's sign with torque proportional to |a|.
    for (int j = 0; j < 4; j++) {
      double speed = j % 2 == 0 ? SPEED_HIP : SPEED_KNEE;
      joints[j].setMotorSpeed((float) (speed * Math.signum(action[j])));
      joints[j].setMaxMotorTorque((float) (MOTORS_TORQUE * Math.min(Math.abs(action[j]), 1)));
    }

    // Step 2: advance the world, look ahead with the lidar, observe.
    world.step((float) (1.0 / FPS), 6 * 30, 2 * 30);
    Vec2 pos = hull.getPosition();
    Vec2 vel = hull.getLinearVelocity();
    lidar.scan(pos.x, pos.y);
    float[] s = observe(vel);

    // Step 3: reward forward progress and an upright hull, charge for motor torque.
    double shaping = 130 * pos.x / SCALE - 5.0 * Math.abs(s[0]);
    double reward = Double.isNaN(prevShaping) ? 0 : shaping - prevShaping;
    prevShaping = shaping;
    for (float a : action) {
      reward -= 0.00035 * MOTORS_TORQUE * Math.min(Math.abs(a), 1);
    }

    // Step 4: the hull touching the ground or leaving at the left ends badly; the finish ends.
    boolean terminated = false;
    if (gameOver || pos.x < 0) {
      reward = -100;
      terminated = true;
    }
    if (pos.x > FINISH_X) {
      terminated = true;
    }
    return new StepResult(s, reward, terminated, false);
  }

  /** Hull state, both legs' joints and foot contacts, then the ten lidar fractions. */
  private float[] observe(Vec2 vel) {
    float[] s = new float[24];
    s[0] = hull.getAngle();
    s[1] = (float) (2.0 * hull.getAngularVelocity() / FPS);
    s[2] = (float) (0.3 * vel.x * VIEW_W / FPS);
    s[3] = (float) (0.3 * vel.y * VIEW_H / FPS);
    for (int side = 0; side < 2; side++) {
      RevoluteJoint hip = joints[2 * side];
      RevoluteJoint knee = joints[2 * side + 1];
      int base = 4 + 5 * side;
      s[base] = hip.getJointAngle();
      s[base + 1] = (float) (hip.getJointSpeed() / SPEED_HIP);
      s[base + 2] = (float) (knee.getJointAngle() + 1.0);
      s[base + 3] = (float) (knee.getJointSpeed() / SPEED_KNEE);
      s[base + 4] = footContact[side] ? 1f : 0f;
    }
    for (int r = 0; r < LIDAR_RAYS; r++) {
      s[14 + r] = (float) lidar.fraction[r];
    }
    return s;
  }

  /** Ten rays from the hull, angles 0.15 i from straight down, reporting the nearest terrain. */
  private final class Lidar implements RayCastCallback {
    final double[] fraction = new double[LIDAR_RAYS];
    final double[][] end = new double[LIDAR_RAYS][2]; // hit point or ray end, for drawing
    private final Vec2 from = new Vec2();
    private final Vec2 to = new Vec2();
    private double best;
    private final Vec2 hit = new Vec2();

    void scan(double x, double y) {
      for (int r = 0; r < LIDAR_RAYS; r++) {
        from.set((float) x, (float) y);
        to.set(
            (float) (x + Math.sin(0.15 * r) * LIDAR_RANGE),
            (float) (y - Math.cos(0.15 * r) * LIDAR_RANGE));
        best = 1.0;
        hit.set(to);
        world.raycast(this, from, to);
        fraction[r] = best;
        end[r][0] = hit.x;
        end[r][1] = hit.y;
      }
    }

    @Override
    public float reportFixture(Fixture fixture, Vec2 point, Vec2 normal, float fraction) {
      if ((fixture.getFilterData().categoryBits & TERRAIN_CATEGORY) == 0) {
        return -1; // not terrain: ignore and go on
      }
      // jbox2d's edge test ignores the clipped ray length, so a farther edge can still report:
      // keep the nearest explicitly.
      if (fraction < best) {
        best = fraction;
        hit.set(point); // jbox2d reuses the point object: copy it
      }
      return fraction;
    }
  }

  /** The hull touching anything ends the episode; lower legs report ground contact. */
  private final class ContactDetector implements ContactListener {
    @Override
    public void beginContact(Contact contact) {
      Body a = contact.getFixtureA().getBody();
      Body b = contact.getFixtureB().getBody();
      if (a == hull || b == hull) {
        gameOver = true;
      }
      setFootContact(a, b, true);
    }

    @Override
    public void endContact(Contact contact) {
      // As in the reference: a foot on two pieces of terrain loses its flag when either ends.
      setFootContact(contact.getFixtureA().getBody(), contact.getFixtureB().getBody(), false);
    }

    private void setFootContact(Body a, Body b, boolean touching) {
      for (int side = 0; side < 2; side++) {
        Body foot = legs[2 * side + 1];
        if (a == foot || b == foot) {
          footContact[side] = touching;
        }
      }
    }

    @Override
    public void preSolve(Contact contact, Manifold oldManifold) {}

    @Override
    public void postSolve(Contact contact, ContactImpulse impulse) {}
  }

  // ---- rendering -------------------------------------------------------------------------

  private static final Color SKY = new Color(215, 215, 255);
  private static final Color GROUND = new Color(102, 153, 76);
  private static final Color[] EDGE = {new Color(76, 255, 76), new Color(76, 204, 76)};
  private static final Color OBSTACLE_FILL = Color.WHITE;
  private static final Color OBSTACLE_LINE = new Color(153, 153, 153);
  private static final Color HULL_FILL = new Color(127, 51, 229);
  private static final Color HULL_LINE = new Color(76, 76, 127);
  private static final Color LIDAR = new Color(255, 0, 0, 110);
  private static final Color FLAG = new Color(230, 51, 0);

  /** Real time: the physics runs at 50 steps per second (Gymnasium's render_fps). */
  @Override
  public int renderFps() {
    return 50;
  }

  @Override
  public void render(Graphics2D g, int width, int height) {
    double scroll = hull == null ? 0 : hull.getPosition().x - VIEW_W / 5;
    WorldPainter paint = new WorldPainter(g, width, height, VIEW_W, VIEW_H, scroll);
    paint.fill(SKY, width, height);
    if (world == null) {
      return;
    }
    for (double[][] cloud : terrain.clouds) { // parallax: clouds move at half the scroll speed
      double[] xs = new double[cloud.length];
      double[] ys = new double[cloud.length];
      for (int i = 0; i < cloud.length; i++) {
        xs[i] = cloud[i][0] + scroll / 2;
        ys[i] = cloud[i][1];
      }
      paint.polygon(xs, ys, Color.WHITE, null);
    }
    // The ground as one polygon (separate anti-aliased strips would show seams), then its edges.
    int first = Math.max(0, (int) Math.floor(scroll / WalkerTerrain.STEP));
    int last = Math.min(WalkerTerrain.LENGTH - 1, first + (int) (VIEW_W / WalkerTerrain.STEP) + 2);
    int n = last - first + 1;
    double[] gx = new double[n + 2];
    double[] gy = new double[n + 2];
    for (int k = 0; k < n; k++) {
      gx[k] = terrain.x[first + k];
      gy[k] = terrain.y[first + k];
    }
    gx[n] = terrain.x[last];
    gx[n + 1] = terrain.x[first];
    paint.polygon(gx, gy, GROUND, null); // gy[n], gy[n + 1] stay 0: down to the bottom
    for (int i = first; i < last; i++) {
      paint.line(
          terrain.x[i], terrain.y[i], terrain.x[i + 1], terrain.y[i + 1], EDGE[i % 2], 1.5f);
    }
    for (double[][] box : terrain.obstacles) {
      double[] xs = {box[0][0], box[1][0], box[2][0], box[3][0]};
      double[] ys = {box[0][1], box[1][1], box[2][1], box[3][1]};
      paint.polygon(xs, ys, OBSTACLE_FILL, OBSTACLE_LINE);
    }
    Vec2 pos = hull.getPosition();
    for (int r = 0; r < LIDAR_RAYS; r++) {
      paint.line(pos.x, pos.y, lidar.end[r][0], lidar.end[r][1], LIDAR, 1f);
    }
    for (int k = 0; k < 4; k++) { // leg A drawn lighter, leg B darker and on top
      int i = k < 2 ? -1 : +1;
      Color fill = new Color(153 - 25 * i, 76 - 25 * i, 127 - 25 * i);
      Color line = new Color(102 - 25 * i, 51 - 25 * i, 76 - 25 * i);
      paint.body(legs[k], fill, line);
    }
    paint.body(hull, HULL_FILL, HULL_LINE);
    double flagX = 3 * WalkerTerrain.STEP;
    double poleTop = WalkerTerrain.HEIGHT + 50 / SCALE;
    paint.line(flagX, WalkerTerrain.HEIGHT, flagX, poleTop, Color.BLACK, 1f);
    paint.polygon(
        new double[] {flagX, flagX, flagX + 25 / SCALE},
        new double[] {poleTop, poleTop - 10 / SCALE, poleTop - 5 / SCALE},
        FLAG,
        Color.BLACK);
  }

  // ---- construction helpers --------------------------------------------------------------

  private Body dynamicBody(double x, double y, double angle) {
    BodyDef bd = new BodyDef();
    bd.type = BodyType.DYNAMIC;
    bd.position.set((float) x, (float) y);
    bd.angle = (float) angle;
    return world.createBody(bd);
  }

  /** A leg box {@code halfWidth} by {@code LEG_H / 2}, default friction 0.2 as in the reference. */
  private static FixtureDef legFixture(double halfWidth) {
    PolygonShape box = new PolygonShape();
    box.setAsBox((float) halfWidth, (float) (LEG_H / 2));
    return fixture(box, 1f, 0.2, WALKER_CATEGORY, TERRAIN_CATEGORY);
  }

  /** A motorised, limited revolute joint; anchors on the bodies' y axes. */
  private RevoluteJoint revolute(
      Body a,
      Body b,
      double anchorAy,
      double anchorBy,
      double referenceAngle,
      double lower,
      double upper,
      double motorSpeed) {
    RevoluteJointDef def = new RevoluteJointDef();
    def.bodyA = a;
    def.bodyB = b;
    def.localAnchorA.set(0f, (float) anchorAy);
    def.localAnchorB.set(0f, (float) anchorBy);
    def.referenceAngle = (float) referenceAngle;
    def.enableMotor = true;
    def.enableLimit = true;
    def.maxMotorTorque = (float) MOTORS_TORQUE;
    def.motorSpeed = (float) motorSpeed;
    def.lowerAngle = (float) lower;
    def.upperAngle = (float) upper;
    return (RevoluteJoint) world.createJoint(def);
  }

  private static FixtureDef fixture(
      Shape shape, float density, double friction, int category, int mask) {
    FixtureDef fd = new FixtureDef();
    fd.shape = shape;
    fd.density = density;
    fd.friction = (float) friction;
    fd.restitution = 0f;
    fd.filter.categoryBits = category;
    fd.filter.maskBits = mask;
    return fd;
  }

  private static boolean hasNaN(float[] action) {
    for (float a : action) {
      if (Float.isNaN(a)) {
        return true;
      }
    }
    return false;
  }

  private double uniform(double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }

  // ---- read-only views for tests and controllers ------------------------------------------

  /** The hull's x position in metres (the start is at 4.67, the finish line at 88.67). */
  public double hullX() {
    return hull.getPosition().x;
  }

  Body hullBody() {
    return hull;
  }

  /** Upper A, lower A, upper B, lower B. */
  Body legBody(int k) {
    return legs[k];
  }

  RevoluteJoint joint(int j) {
    return joints[j];
  }

  WalkerTerrain terrain() {
    return terrain;
  }

  World world() {
    return world;
  }
}
