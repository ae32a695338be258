package org.spinup4j.utils.grid;

import java.util.Map;

/**
 * Runs one experiment of a grid. Supplied by the caller (the algorithms module), so that the
 * grid need not know what it runs.
 */
@FunctionalInterface
public interface Launcher {

  /**
   * Runs one variant to completion.
   *
   * @param expName the variant's name, e.g. {@code ppo_ant_cli0-1_h32-32}
   * @param kwargs the variant's hyperparameters, nested keys ({@code ac_kwargs:hidden_sizes}) as
   *     nested maps, plus {@code seed} (0 when the grid has none) and {@code logger_kwargs}: a map
   *     holding {@code output_dir} (a string) and {@code exp_name}
   */
  void launch(String expName, Map<String, Object> kwargs) throws Exception;
}
