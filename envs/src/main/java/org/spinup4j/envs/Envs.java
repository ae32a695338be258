package org.spinup4j.envs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinup4j.envs.box2d.BipedalWalker;
import org.spinup4j.envs.box2d.LunarLander;
import org.spinup4j.envs.box2d.LunarLanderOptions;
import org.spinup4j.envs.classic.Acrobot;
import org.spinup4j.envs.classic.CartPole;
import org.spinup4j.envs.classic.MountainCar;
import org.spinup4j.envs.classic.MountainCarContinuous;
import org.spinup4j.envs.classic.Pendulum;
import org.spinup4j.envs.mujoco.Ant;
import org.spinup4j.envs.mujoco.HalfCheetah;
import org.spinup4j.envs.mujoco.Hopper;
import org.spinup4j.envs.mujoco.Swimmer;
import org.spinup4j.envs.mujoco.Walker2d;

/**
 * The registry of environments by Gymnasium name. {@link #make(String)} builds a fresh instance
 * wrapped in its {@link TimeLimit}.
 */
public final class Envs {
  private static final Map<String, EnvSpec> REGISTRY = new LinkedHashMap<>();

  static {
    // Registrations: one line per task, in the order `--help` lists them.
    register(new EnvSpec("CartPole-v1", 500, 475.0, CartPole::new));
    register(new EnvSpec("Acrobot-v1", 500, -100.0, Acrobot::new));
    register(new EnvSpec("MountainCar-v0", 200, -110.0, MountainCar::new));
    register(new EnvSpec("MountainCarContinuous-v0", 999, 90.0, MountainCarContinuous::new));
    register(new EnvSpec("Pendulum-v1", 200, Double.NaN, Pendulum::new));

    // Box2D (org.spinup4j.envs.box2d).
    register(new EnvSpec("LunarLander-v3", 1000, 200, LunarLander::new));
    register(
        new EnvSpec(
            "LunarLanderContinuous-v3",
            1000,
            200,
            () -> new LunarLander(LunarLanderOptions.defaults().withContinuous(true))));
    register(new EnvSpec("BipedalWalker-v3", 1600, 300, () -> new BipedalWalker(false)));
    register(new EnvSpec("BipedalWalkerHardcore-v3", 2000, 300, () -> new BipedalWalker(true)));

    // MuJoCo locomotion (org.spinup4j.envs.mujoco): need the system's MuJoCo 2.2.2 library.
    register(new EnvSpec("HalfCheetah-v4", 1000, 4800, HalfCheetah::new));
    register(new EnvSpec("Hopper-v4", 1000, 3800, Hopper::new));
    register(new EnvSpec("Walker2d-v4", 1000, Double.NaN, Walker2d::new));
    register(new EnvSpec("Ant-v4", 1000, 6000, Ant::new));
    register(new EnvSpec("Swimmer-v4", 1000, 360, Swimmer::new));
  }

  private Envs() {}

  private static void register(EnvSpec spec) {
    REGISTRY.put(spec.id(), spec);
  }

  /** All registered names, in registration order. */
  public static List<String> ids() {
    return Collections.unmodifiableList(new ArrayList<>(REGISTRY.keySet()));
  }

  /** Whether {@code id} is registered. */
  public static boolean isRegistered(String id) {
    return REGISTRY.containsKey(id);
  }

  /**
   * The spec registered under {@code id}.
   *
   * @throws UnknownEnvironmentException naming the id and listing the registered ones
   */
  public static EnvSpec spec(String id) {
    EnvSpec spec = REGISTRY.get(id);
    if (spec == null) {
      throw new UnknownEnvironmentException(id, ids());
    }
    return spec;
  }

  /** A fresh environment with its time limit. */
  public static Env make(String id) {
    EnvSpec spec = spec(id);
    return new TimeLimit(spec.factory().get(), spec.maxEpisodeSteps());
  }

  /** Thrown for a name that is not registered; the message lists those that are. */
  public static final class UnknownEnvironmentException extends IllegalArgumentException {
    public UnknownEnvironmentException(String id, List<String> known) {
      super("unknown environment '" + id + "'; registered: " + String.join(", ", known));
    }
  }
}
