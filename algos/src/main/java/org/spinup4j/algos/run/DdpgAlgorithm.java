package org.spinup4j.algos.run;

import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.ddpg.Ddpg;
import org.spinup4j.algos.ddpg.DdpgConfig;
import org.spinup4j.utils.logx.EpochLogger;

/** DDPG for the command line. */
final class DdpgAlgorithm implements Algorithm {
  @Override
  public String name() {
    return "ddpg";
  }

  @Override
  public Map<String, Object> defaults() {
    return Flat.flatten(DdpgConfig.defaults().toMap());
  }

  private static DdpgConfig build(Map<String, Object> values) {
    DdpgConfig.Builder b = DdpgConfig.defaults().toBuilder();
    values.forEach((k, v) -> Flat.require(b.set(k, v), "ddpg", k));
    return b.build();
  }

  @Override
  public Map<String, Object> configure(Map<String, Object> values) {
    return build(values).toMap();
  }

  @Override
  public void train(Map<String, Object> values, RunConfig run, EpochLogger logger) {
    Ddpg.train(build(values), run, logger);
  }
}
