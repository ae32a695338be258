package org.spinup4j.envs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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
 *
 * <p>Your own environments join it in one of two ways: {@link #register(EnvSpec)} from your code
 * (for this JVM only), or an {@link EnvProvider} in a jar on the class path, found through {@link
 * ServiceLoader} when this class is first used (for every JVM that has the jar: the command line,
 * a grid's child processes, Slurm tasks).
 */
public final class Envs {
  private static final Map<String, EnvSpec> REGISTRY = new LinkedHashMap<>();
  /** Providers that could not be loaded or registered, one line each (named on a failed lookup). */
  private static final List<String> PROVIDER_PROBLEMS = new ArrayList<>();

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

    // Environments that jars on the class path provide (META-INF/services). A broken provider
    // must not take the built-in environments down with it: its problem is kept and reported.
    Iterator<EnvProvider> providers = ServiceLoader.load(EnvProvider.class).iterator();
    while (true) {
      String name = "an environment provider";
      try {
        if (!providers.hasNext()) {
          break;
        }
        EnvProvider provider = providers.next();
        name = provider.getClass().getName();
        for (EnvSpec spec : provider.environments()) {
          register(spec);
        }
      } catch (ServiceConfigurationError | RuntimeException e) {
        PROVIDER_PROBLEMS.add(name + ": " + e.getMessage());
      }
    }
  }

  private Envs() {}

  /**
   * Registers an environment under {@code spec.id()}, for this JVM. The id follows Gymnasium's
   * form, {@code Name-vN}; the time limit is at least 1 step.
   *
   * @throws IllegalArgumentException (one line) for a malformed id, a taken id, a time limit
   *     below 1 or a missing factory
   */
  public static synchronized void register(EnvSpec spec) {
    if (spec.id() == null || !spec.id().matches("[A-Za-z][\\w.:/-]*-v\\d+")) {
      throw new IllegalArgumentException("environment id '" + spec.id() + "' is not of the form "
          + "Name-vN (letters, digits, '_', '.', ':', '/', '-', then a version, e.g. MyTask-v0)");
    }
    if (REGISTRY.containsKey(spec.id())) {
      throw new IllegalArgumentException("environment id '" + spec.id() + "' is registered "
          + "already; give yours another name or version");
    }
    if (spec.maxEpisodeSteps() < 1) {
      throw new IllegalArgumentException("environment " + spec.id() + ": maxEpisodeSteps must be "
          + ">= 1, got " + spec.maxEpisodeSteps());
    }
    if (spec.factory() == null) {
      throw new IllegalArgumentException("environment " + spec.id() + ": no factory");
    }
    REGISTRY.put(spec.id(), spec);
  }

  /** All registered names, in registration order. */
  public static synchronized List<String> ids() {
    return Collections.unmodifiableList(new ArrayList<>(REGISTRY.keySet()));
  }

  /** Whether {@code id} is registered. */
  public static synchronized boolean isRegistered(String id) {
    return REGISTRY.containsKey(id);
  }

  /** One line per environment provider on the class path that failed to load or register. */
  public static synchronized List<String> providerProblems() {
    return List.copyOf(PROVIDER_PROBLEMS);
  }

  /**
   * The spec registered under {@code id}.
   *
   * @throws UnknownEnvironmentException naming the id and listing the registered ones
   */
  public static synchronized EnvSpec spec(String id) {
    EnvSpec spec = REGISTRY.get(id);
    if (spec == null) {
      throw new UnknownEnvironmentException(id, ids(), PROVIDER_PROBLEMS);
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
      this(id, known, List.of());
    }

    /** The message also names the providers that failed, which may have been meant to add it. */
    public UnknownEnvironmentException(String id, List<String> known, List<String> problems) {
      super("unknown environment '" + id + "'; registered: " + String.join(", ", known)
          + (problems.isEmpty() ? "" : "; failed environment providers: "
              + String.join("; ", problems)));
    }
  }
}
