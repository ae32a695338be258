package org.spinup4j.algos.run;

import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.vpg.Vpg;
import org.spinup4j.algos.vpg.VpgConfig;
import org.spinup4j.utils.logx.EpochLogger;

/** VPG for the command line. */
final class VpgAlgorithm implements Algorithm {
  @Override
  public String name() {
    return "vpg";
  }

  @Override
  public Map<String, Object> defaults() {
    return Flat.flatten(VpgConfig.defaults().toMap());
  }

  private static VpgConfig build(Map<String, Object> values) {
    VpgConfig.Builder b = VpgConfig.defaults().toBuilder();
    values.forEach((k, v) -> Flat.require(b.set(k, v), "vpg", k));
    return b.build();
  }

  @Override
  public Map<String, Object> configure(Map<String, Object> values) {
    return build(values).toMap();
  }

  @Override
  public void train(Map<String, Object> values, RunConfig run, EpochLogger logger) {
    Vpg.train(build(values), run, logger);
  }
}
