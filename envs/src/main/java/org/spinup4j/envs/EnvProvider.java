package org.spinup4j.envs;

import java.util.List;

/**
 * Environments that a jar brings to spinup4j. Implement it, name the class in the jar's {@code
 * META-INF/services/org.spinup4j.envs.EnvProvider}, put the jar on the class path ({@code
 * ./run.sh --classpath my-envs.jar ...}), and {@link Envs} registers its environments when it is
 * first used, after the built-in ones: {@code ./run.sh ppo --env MyTask-v0} then trains on them.
 * docs/user-guide/your-own-environment.md has a complete example project.
 */
public interface EnvProvider {
  /** The environments to register, each with its id, time limit and factory. */
  List<EnvSpec> environments();
}
