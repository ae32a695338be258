package org.spinup4j.envs.box2d;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.jbox2d.callbacks.ContactImpulse;
import org.jbox2d.callbacks.ContactListener;
import org.jbox2d.collision.Manifold;
import org.jbox2d.collision.shapes.EdgeShape;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.collision.shapes.Shape;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.BodyDef;
import org.jbox2d.dynamics.BodyType;
import org.jbox2d.dynamics.FixtureDef;
import org.jbox2d.dynamics.World;
import org.jbox2d.dynamics.contacts.Contact;
import org.jbox2d.dynamics.joints.RevoluteJointDef;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.SeededEnv;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.envs.spaces.Space;

/**
 * LunarLander-v3 and LunarLanderContinuous-v3: fly a lander onto the pad between the two flags.
 *
 * <p>Discrete actions: 0 nothing, 1 left orientation engine, 2 main engine, 3 right orientation
 * engine. Continuous actions {@code (main, lateral)} in {@code [-1, 1]}: the main engine is off
 * below 0 and throttles from 50% to 100% above; the side engines fire left below -0.5 and right
 * above 0.5, throttling from 50% to 100%.
 *
 * <p>Observation (8): position relative to the pad, velocity, angle, angular velocity (all scaled
 * as in Gymnasium) and one ground-contact flag per leg. Reward: the change of a shaping potential
 * (closer, slower, more upright, legs down is better) minus fuel (0.3 per full main-engine step,
 * 0.03 per side-engine step); -100 on crashing or flying off the sides, +100 once the lander comes
 * to rest (its body falls asleep). Without its {@code TimeLimit} of 1000 steps an episode can run
 * on while the lander hovers.
 *
 * <p>A leg's contact flag follows the reference literally: set when a contact with the ground
 * begins, cleared when one ends. A leg sliding across the joint of two terrain edges (the pad is
 * two edges) therefore reads 0 while still standing, as it does in Gymnasium.
 *
 * <p>Physics: jbox2d with the corrections of {@link Box2dWorlds}; one world step of 1/50 s with
 * 180 velocity and 60 position iterations per action. Terrain, the initial push, wind phases and
 * the engines' small dispersions all come from the env's own {@link Rng}, seeded by {@link
 * #reset(long)}.
 */
public final class LunarLander extends SeededEnv<Space, Space> {
  static final double FPS = 50;
  static final double SCALE = 30; // pixels per metre in the reference 600x400 viewport
  static final double MAIN_ENGINE_POWER = 13;
  static final double SIDE_ENGINE_POWER = 0.6;
  static final double INITIAL_RANDOM = 1000;
  static final double W = 600 / SCALE;
  static final double H = 400 / SCALE;
  static final int CHUNKS = 11;
  private static final double[][] LANDER_POLY = {
    {-14, 17}, {-17, 0}, {-17, -10}, {17, -10}, {17, 0}, {14, 17}
  };
  private static final double LEG_AWAY = 20;
  private static final double LEG_DOWN = 18;
  private static final double LEG_W = 2;
  private static final double LEG_H = 8;
  private static final double LEG_SPRING_TORQUE = 40;
  private static final double SIDE_ENGINE_HEIGHT = 14;
  private static final double SIDE_ENGINE_AWAY = 12;
  private static final double MAIN_ENGINE_Y_LOCATION = 4;

  private final LunarLanderOptions options;

  private World world;
  private Body lander;
  private final Body[] legs = new Body[2];
  private final boolean[] legContact = new boolean[2];
  private boolean gameOver;
  private double prevShaping = Double.NaN; // NaN: no step yet in this episode
  private double[] chunkX;
  private double[] terrainY;
  private double helipadX1;
  private double helipadX2;
  private double helipadY;
  private long windIdx;
  private long torqueIdx;

  // Rendering only: exhaust puffs, spawned once render() has been called, never touching physics.
  private boolean rendering;
  private final List<Puff> puffs = new ArrayList<>();

  public LunarLander(LunarLanderOptions options) {
    super(observationBox(), options.continuous() ? Box.uniform(-1f, 1f, 2) : new Discrete(4));
    this.options = options;
  }

  /** Gymnasium's bounds on the observation. */
  private static Box observationBox() {
    float twoPi = (float) (2 * Math.PI);
    return new Box(
        new float[] {-2.5f, -2.5f, -10f, -10f, -twoPi, -10f, 0f, 0f},
        new float[] {2.5f, 2.5f, 10f, 10f, twoPi, 10f, 1f, 1f});
  }

  /** The discrete task with Gymnasium's defaults. */
  public LunarLander() {
    this(LunarLanderOptions.defaults());
  }

  public LunarLanderOptions options() {
    return options;
  }

  @Override
  public float[] reset() {
    world = Box2dWorlds.newWorld((float) options.gravity());
    world.setContactListener(new ContactDetector());
    gameOver = false;
    prevShaping = Double.NaN;
    legContact[0] = false;
    legContact[1] = false;
    puffs.clear();
    buildTerrain();
    buildLander();
    if (options.enableWind()) { // phases of the wind and turbulence signals
      windIdx = -9999 + rng.nextInt(2 * 9999);
      torqueIdx = -9999 + rng.nextInt(2 * 9999);
    }
    // Gymnasium returns the observation after one step with the engines off.
    return step(options.continuous() ? new float[] {0f, 0f} : new float[] {0f}).observation();
  }

  /** Eleven terrain chunks with a flat pad in the middle, as one static body of edges. */
  private void buildTerrain() {
    double[] height = new double[CHUNKS + 1];
    for (int i = 0; i < height.length; i++) {
      height[i] = uniform(0, H / 2);
    }
    chunkX = new double[CHUNKS];
    for (int i = 0; i < CHUNKS; i++) {
      chunkX[i] = W / (CHUNKS - 1) * i;
    }
    helipadX1 = chunkX[CHUNKS / 2 - 1];
    helipadX2 = chunkX[CHUNKS / 2 + 1];
    helipadY = H / 4;
    for (int i = CHUNKS / 2 - 2; i <= CHUNKS / 2 + 2; i++) {
      height[i] = helipadY;
    }
    terrainY = new double[CHUNKS];
    for (int i = 0; i < CHUNKS; i++) {
      double before = height[Math.floorMod(i - 1, height.length)]; // i = 0 wraps to the last
      terrainY[i] = 0.33 * (before + height[i] + height[i + 1]);
    }
    Body moon = world.createBody(new BodyDef());
    moon.createFixture(edge(0, 0, W, 0), 0f);
    for (int i = 0; i < CHUNKS - 1; i++) {
      FixtureDef fd = new FixtureDef();
      fd.shape = edge(chunkX[i], terrainY[i], chunkX[i + 1], terrainY[i + 1]);
      fd.density = 0f;
      fd.friction = 0.1f;
      moon.createFixture(fd);
    }
  }

  /** The lander body, its random initial push, and two spring-loaded legs on motor joints. */
  private void buildLander() {
    double initialY = H;
    BodyDef bd = new BodyDef();
    bd.type = BodyType.DYNAMIC;
    bd.position.set((float) (W / 2), (float) initialY);
    lander = world.createBody(bd);
    Vec2[] vertices = new Vec2[LANDER_POLY.length];
    for (int i = 0; i < vertices.length; i++) {
      vertices[i] =
          new Vec2((float) (LANDER_POLY[i][0] / SCALE), (float) (LANDER_POLY[i][1] / SCALE));
    }
    PolygonShape hull = new PolygonShape();
    hull.set(vertices, vertices.length);
    lander.createFixture(fixture(hull, 5f, 0.1f, 0x0010, 0x001));
    Box2dWorlds.correctPolygonInertia(lander);
    lander.applyForceToCenter(
        new Vec2(
            (float) uniform(-INITIAL_RANDOM, INITIAL_RANDOM),
            (float) uniform(-INITIAL_RANDOM, INITIAL_RANDOM)));

    for (int k = 0; k < 2; k++) {
      int i = k == 0 ? -1 : +1;
      BodyDef legDef = new BodyDef();
      legDef.type = BodyType.DYNAMIC;
      legDef.position.set((float) (W / 2 - i * LEG_AWAY / SCALE), (float) initialY);
      legDef.angle = (float) (i * 0.05);
      legs[k] = world.createBody(legDef);
      PolygonShape box = new PolygonShape();
      box.setAsBox((float) (LEG_W / SCALE), (float) (LEG_H / SCALE));
      legs[k].createFixture(fixture(box, 1f, 0.2f, 0x0020, 0x001));

      RevoluteJointDef joint = new RevoluteJointDef();
      joint.bodyA = lander;
      joint.bodyB = legs[k];
      joint.localAnchorA.set(0f, 0f);
      joint.localAnchorB.set((float) (i * LEG_AWAY / SCALE), (float) (LEG_DOWN / SCALE));
      // pybox2d sets the reference angle to the bodies' angle difference when it is not given.
      joint.referenceAngle = (float) (i * 0.05);
      joint.enableMotor = true;
      joint.enableLimit = true;
      joint.maxMotorTorque = (float) LEG_SPRING_TORQUE;
      joint.motorSpeed = (float) (0.3 * i);
      joint.lowerAngle = (float) (i == -1 ? 0.9 - 0.5 : -0.9);
      joint.upperAngle = (float) (i == -1 ? 0.9 : -0.9 + 0.5);
      world.createJoint(joint);
    }
  }

  @Override
  public StepResult step(float[] action) {
    if (world == null) {
      throw new IllegalStateException("LunarLander: call reset() before step()");
    }
    // Step 1: wind and turbulence, only while the lander is airborne.
    if (options.enableWind() && !(legContact[0] || legContact[1])) {
      blowWind();
    }

    // Step 2: engines. Impulses act at points offset by small random dispersions.
    Throttle throttle = throttle(action);
    fireEngines(throttle);

    // Step 3: advance the world.
    world.step((float) (1.0 / FPS), 6 * 30, 2 * 30);

    // Step 4: observe, reward the change of the shaping potential, pay for fuel.
    double[] s = state();
    double shaping =
        -100 * Math.sqrt(s[0] * s[0] + s[1] * s[1])
            - 100 * Math.sqrt(s[2] * s[2] + s[3] * s[3])
            - 100 * Math.abs(s[4])
            + 10 * s[6]
            + 10 * s[7];
    double reward = Double.isNaN(prevShaping) ? 0 : shaping - prevShaping;
    prevShaping = shaping;
    reward -= throttle.main * 0.30;
    reward -= throttle.side * 0.03;

    // Step 5: crash or leaving the screen ends badly; coming to rest ends well (checked last).
    boolean terminated = false;
    if (gameOver || Math.abs(s[0]) >= 1.0) {
      terminated = true;
      reward = -100;
    }
    if (!lander.isAwake()) {
      terminated = true;
      reward = +100;
    }
    agePuffs();
    return new StepResult(toFloats(s), reward, terminated, false);
  }

  /** A smooth pseudo-random sideways force and torque: tanh of two incommensurate sines. */
  private void blowWind() {
    double wind = Math.tanh(Math.sin(0.02 * windIdx) + Math.sin(Math.PI * 0.01 * windIdx));
    windIdx++;
    lander.applyForceToCenter(new Vec2((float) (wind * options.windPower()), 0f));
    double torque = Math.tanh(Math.sin(0.02 * torqueIdx) + Math.sin(Math.PI * 0.01 * torqueIdx));
    torqueIdx++;
    lander.applyTorque((float) (torque * options.turbulencePower()));
  }

  /**
   * Main engine below the body, side engines at its upper flanks. Two dispersions are drawn every
   * step, fired or not, so the generator advances the same way whatever the actions.
   */
  private void fireEngines(Throttle throttle) {
    double angle = lander.getAngle();
    double tip0 = Math.sin(angle); // unit vector along the lander's axis, up
    double tip1 = Math.cos(angle);
    double side0 = -tip1; // unit vector across it
    double side1 = tip0;
    double d0 = uniform(-1, 1) / SCALE;
    double d1 = uniform(-1, 1) / SCALE;
    Vec2 pos = lander.getPosition();
    if (throttle.main > 0) {
      double reach = MAIN_ENGINE_Y_LOCATION / SCALE + 2 * d0;
      double ox = tip0 * reach + side0 * d1;
      double oy = -tip1 * reach - side1 * d1;
      fire(ox, oy, pos.x + ox, pos.y + oy, MAIN_ENGINE_POWER * throttle.main, 3.5);
    }
    if (throttle.side > 0) {
      double lever = 3 * d1 + throttle.direction * SIDE_ENGINE_AWAY / SCALE;
      double ox = tip0 * d0 + side0 * lever;
      double oy = -tip1 * d0 - side1 * lever;
      double atX = pos.x + ox - tip0 * 17 / SCALE;
      double atY = pos.y + oy + tip1 * SIDE_ENGINE_HEIGHT / SCALE;
      fire(ox, oy, atX, atY, SIDE_ENGINE_POWER * throttle.side, 0.7);
    }
  }

  /** The observation in double precision; the reward is computed from these, as in Python. */
  private double[] state() {
    Vec2 pos = lander.getPosition();
    Vec2 vel = lander.getLinearVelocity();
    return new double[] {
      (pos.x - W / 2) / (W / 2),
      (pos.y - (helipadY + LEG_DOWN / SCALE)) / (H / 2),
      vel.x * (W / 2) / FPS,
      vel.y * (H / 2) / FPS,
      lander.getAngle(),
      20.0 * lander.getAngularVelocity() / FPS,
      legContact[0] ? 1 : 0,
      legContact[1] ? 1 : 0
    };
  }

  private static float[] toFloats(double[] s) {
    float[] f = new float[s.length];
    for (int i = 0; i < s.length; i++) {
      f[i] = (float) s[i];
    }
    return f;
  }

  /** Main throttle in [0, 1] (0 = off), side throttle in [0, 1] and its direction (-1 or +1). */
  private record Throttle(double main, double side, int direction) {}

  private Throttle throttle(float[] action) {
    if (!options.continuous()) {
      if (action == null || !actionSpace().contains(action)) {
        throw new IllegalArgumentException(
            "LunarLander-v3 action must be one of 0, 1, 2, 3, got " + describe(action));
      }
      int a = (int) action[0];
      double side = (a == 1 || a == 3) ? 1 : 0;
      return new Throttle(a == 2 ? 1 : 0, side, a - 2);
    }
    if (action == null || action.length != 2 || Float.isNaN(action[0]) || Float.isNaN(action[1])) {
      throw new IllegalArgumentException(
          "LunarLanderContinuous-v3 action must be 2 numbers (main, lateral), got "
              + describe(action));
    }
    double main = clip(action[0], -1, 1);
    double lateral = clip(action[1], -1, 1);
    double mainPower = main > 0 ? (clip(main, 0, 1) + 1) * 0.5 : 0;
    double sidePower = Math.abs(lateral) > 0.5 ? clip(Math.abs(lateral), 0.5, 1) : 0;
    return new Throttle(mainPower, sidePower, (int) Math.signum(lateral));
  }

  /** Pushes the lander by {@code -(ox, oy) * power} at the nozzle {@code (atX, atY)}. */
  private void fire(double ox, double oy, double atX, double atY, double power, double puffSize) {
    lander.applyLinearImpulse(
        new Vec2((float) (-ox * power), (float) (-oy * power)), new Vec2((float) atX, (float) atY));
    if (rendering) { // exhaust flies out along (ox, oy), opposite to the push
      double speed = 0.12 / Math.hypot(ox, oy);
      puffs.add(new Puff(atX, atY, ox * speed, oy * speed, puffSize / SCALE));
    }
  }

  /** Begin/end of touching: the body touching anything is a crash; legs report ground contact. */
  private final class ContactDetector implements ContactListener {
    @Override
    public void beginContact(Contact contact) {
      Body a = contact.getFixtureA().getBody();
      Body b = contact.getFixtureB().getBody();
      if (a == lander || b == lander) {
        gameOver = true;
      }
      for (int k = 0; k < 2; k++) {
        if (a == legs[k] || b == legs[k]) {
          legContact[k] = true;
        }
      }
    }

    @Override
    public void endContact(Contact contact) {
      Body a = contact.getFixtureA().getBody();
      Body b = contact.getFixtureB().getBody();
      for (int k = 0; k < 2; k++) {
        if (a == legs[k] || b == legs[k]) {
          legContact[k] = false;
        }
      }
    }

    @Override
    public void preSolve(Contact contact, Manifold oldManifold) {}

    @Override
    public void postSolve(Contact contact, ContactImpulse impulse) {}
  }

  // ---- rendering -------------------------------------------------------------------------

  private static final Color SKY = Color.BLACK;
  private static final Color GROUND = Color.WHITE;
  private static final Color BODY_FILL = new Color(128, 102, 230);
  private static final Color BODY_LINE = new Color(77, 77, 128);
  private static final Color FLAG = new Color(204, 204, 0);

  /** An exhaust puff: drifts, shrinks and fades from yellow-white to red. */
  private static final class Puff {
    double x;
    double y;
    final double vx;
    final double vy;
    final double radius;
    double ttl = 1.0;

    Puff(double x, double y, double vx, double vy, double radius) {
      this.x = x;
      this.y = y;
      this.vx = vx;
      this.vy = vy;
      this.radius = radius;
    }
  }

  private void agePuffs() {
    for (Iterator<Puff> it = puffs.iterator(); it.hasNext(); ) {
      Puff p = it.next();
      p.x += p.vx;
      p.y += p.vy;
      p.ttl -= 0.15;
      if (p.ttl <= 0) {
        it.remove();
      }
    }
  }

  /** Real time: the physics runs at 50 steps per second (Gymnasium's render_fps). */
  @Override
  public int renderFps() {
    return 50;
  }

  @Override
  public void render(Graphics2D g, int width, int height) {
    rendering = true;
    WorldPainter paint = new WorldPainter(g, width, height, W, H, 0);
    paint.fill(GROUND, width, height);
    if (world == null) {
      return;
    }
    for (int i = 0; i < CHUNKS - 1; i++) { // the sky: everything above the terrain line
      paint.polygon(
          new double[] {chunkX[i], chunkX[i + 1], chunkX[i + 1], chunkX[i]},
          new double[] {terrainY[i], terrainY[i + 1], H, H},
          SKY,
          SKY);
    }
    for (Puff p : puffs) {
      float t = (float) Math.max(0, p.ttl);
      Color c = new Color(1f, Math.min(1f, 0.2f + 0.8f * t), Math.min(1f, 0.1f + 0.5f * t * t));
      double r = p.radius * (0.5 + 0.5 * t);
      paint.polygon(circleXs(p.x, r), circleYs(p.y, r), c, null);
    }
    for (Body leg : legs) {
      paint.body(leg, BODY_FILL, BODY_LINE);
    }
    paint.body(lander, BODY_FILL, BODY_LINE);
    for (double x : new double[] {helipadX1, helipadX2}) {
      double pole = 50 / SCALE;
      paint.line(x, helipadY, x, helipadY + pole, Color.WHITE, 1f);
      paint.polygon(
          new double[] {x, x, x + 25 / SCALE},
          new double[] {helipadY + pole, helipadY + pole - 10 / SCALE, helipadY + pole - 5 / SCALE},
          FLAG,
          FLAG);
    }
  }

  private static double[] circleXs(double cx, double r) {
    double[] xs = new double[10];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = cx + r * Math.cos(2 * Math.PI * i / xs.length);
    }
    return xs;
  }

  private static double[] circleYs(double cy, double r) {
    double[] ys = new double[10];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = cy + r * Math.sin(2 * Math.PI * i / ys.length);
    }
    return ys;
  }

  // ---- small helpers ---------------------------------------------------------------------

  private double uniform(double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }

  private static double clip(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }

  private static EdgeShape edge(double x1, double y1, double x2, double y2) {
    EdgeShape edge = new EdgeShape();
    edge.set(new Vec2((float) x1, (float) y1), new Vec2((float) x2, (float) y2));
    return edge;
  }

  private static FixtureDef fixture(
      Shape shape, float density, float friction, int category, int mask) {
    FixtureDef fd = new FixtureDef();
    fd.shape = shape;
    fd.density = density;
    fd.friction = friction;
    fd.restitution = 0f;
    fd.filter.categoryBits = category;
    fd.filter.maskBits = mask;
    return fd;
  }

  static String describe(float[] action) {
    return action == null ? "null" : Arrays.toString(action);
  }

  // ---- read-only views for tests and controllers ------------------------------------------

  /** Whether leg {@code k} (0 or 1) touches the ground now. */
  public boolean legContact(int k) {
    return legContact[k];
  }

  /** The pad's x range and height in metres: {x1, x2, y}. */
  public double[] helipad() {
    return new double[] {helipadX1, helipadX2, helipadY};
  }

  /** The lander body, for physics tests in this package. */
  Body landerBody() {
    return lander;
  }

  Body legBody(int k) {
    return legs[k];
  }

  World world() {
    return world;
  }
}
