package org.spinup4j.algos.run;

import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.ppo.Ppo;
import org.spinup4j.algos.ppo.PpoConfig;
import org.spinup4j.utils.logx.EpochLogger;

/** PPO for the command line. */
final class PpoAlgorithm implements Algorithm {
  @Override
  public String name() {
    return "ppo";
  }

  @Override
  public Map<String, Object> defaults() {
    return Flat.flatten(PpoConfig.defaults().toMap());
  }

  private static PpoConfig build(Map<String, Object> values) {
    PpoConfig.Builder b = PpoConfig.defaults().toBuilder();
    values.forEach((k, v) -> Flat.require(b.set(k, v), "ppo", k));
    return b.build();
  }

  @Override
  public Map<String, Object> configure(Map<String, Object> values) {
    return build(values).toMap();
  }

  @Override
  public void train(Map<String, Object> values, RunConfig run, EpochLogger logger) {
    Ppo.train(build(values), run, logger);
  }
}
