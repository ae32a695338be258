package org.spinup4j.algos.run;

import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.sac.Sac;
import org.spinup4j.algos.sac.SacConfig;
import org.spinup4j.utils.logx.EpochLogger;

/** SAC for the command line. */
final class SacAlgorithm implements Algorithm {
  @Override
  public String name() {
    return "sac";
  }

  @Override
  public Map<String, Object> defaults() {
    return Flat.flatten(SacConfig.defaults().toMap());
  }

  private static SacConfig build(Map<String, Object> values) {
    SacConfig.Builder b = SacConfig.defaults().toBuilder();
    values.forEach((k, v) -> Flat.require(b.set(k, v), "sac", k));
    return b.build();
  }

  @Override
  public Map<String, Object> configure(Map<String, Object> values) {
    return build(values).toMap();
  }

  @Override
  public void train(Map<String, Object> values, RunConfig run, EpochLogger logger) {
    Sac.train(build(values), run, logger);
  }
}
