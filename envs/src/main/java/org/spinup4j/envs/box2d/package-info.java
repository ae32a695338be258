/**
 * Gymnasium's Box2D tasks in plain Java on jbox2d: {@link org.spinup4j.envs.box2d.LunarLander}
 * (LunarLander-v3, LunarLanderContinuous-v3, with optional wind and turbulence) and {@link
 * org.spinup4j.envs.box2d.BipedalWalker} (BipedalWalker-v3, BipedalWalkerHardcore-v3, lidar
 * included). Every world comes from {@link org.spinup4j.envs.box2d.Box2dWorlds}, the one place
 * where jbox2d 2.2.1.1 is corrected towards the Box2D 2.3 the reference runs on (exact
 * trigonometry, contacts created enabled, polygon inertia). Each task draws itself with Java2D,
 * headless, and has a hand-written controller ({@link
 * org.spinup4j.envs.box2d.LunarLanderHeuristic}, {@link
 * org.spinup4j.envs.box2d.BipedalWalkerHeuristic}) that doubles as a check of the physics. The figures
 * in {@code docs/environments-box2d.md} are measured by {@code org.spinup4j.cli.bench.Box2dStats}
 * in the algos module, outside the library.
 */
package org.spinup4j.envs.box2d;
