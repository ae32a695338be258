package org.example.corridor;

import java.util.List;
import org.spinup4j.envs.EnvProvider;
import org.spinup4j.envs.EnvSpec;

/**
 * Tells spinup4j about Corridor-v0. spinup4j finds this class through the file
 * META-INF/services/org.spinup4j.envs.EnvProvider, which names it.
 */
public final class CorridorProvider implements EnvProvider {
  @Override
  public List<EnvSpec> environments() {
    // id, time limit (steps), return at which it counts as solved, a fresh instance each time.
    return List.of(new EnvSpec("Corridor-v0", 200, 0.8, Corridor::new));
  }
}
