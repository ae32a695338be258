package org.spinup4j.algos.run;

import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.td3.Td3;
import org.spinup4j.algos.td3.Td3Config;
import org.spinup4j.utils.logx.EpochLogger;

/** TD3 for the command line. */
final class Td3Algorithm implements Algorithm {
  @Override
  public String name() {
    return "td3";
  }

  @Override
  public Map<String, Object> defaults() {
    return Flat.flatten(Td3Config.defaults().toMap());
  }

  private static Td3Config build(Map<String, Object> values) {
    Td3Config.Builder b = Td3Config.defaults().toBuilder();
    values.forEach((k, v) -> Flat.require(b.set(k, v), "td3", k));
    return b.build();
  }

  @Override
  public Map<String, Object> configure(Map<String, Object> values) {
    return build(values).toMap();
  }

  @Override
  public void train(Map<String, Object> values, RunConfig run, EpochLogger logger) {
    Td3.train(build(values), run, logger);
  }
}
