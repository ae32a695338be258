package org.spinup4j.utils.plot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spinup4j.utils.logx.EpochLogger;
import org.spinup4j.utils.logx.RunDirs;

/** Writes small runs the way the algorithms will: through an EpochLogger, into RunDirs. */
final class Synthetic {
  private Synthetic() {}

  /**
   * Writes {@code epochs} rows of a run whose return climbs towards {@code ceiling}, offset by
   * the seed so that runs of one experiment differ; returns the run's directory.
   */
  static Path run(Path dataDir, String expName, int seed, int epochs, double ceiling) {
    Path dir = RunDirs.outputDir(expName, seed, dataDir, false);
    try (EpochLogger logger = new EpochLogger(dir, new PrintStream(new ByteArrayOutputStream()))) {
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("exp_name", expName);
      config.put("seed", seed);
      logger.saveConfig(config);
      for (int epoch = 0; epoch < epochs; epoch++) {
        double ret = ceiling * (1 - Math.exp(-epoch / 8.0)) + 20 * Math.sin(epoch + seed);
        logger.store("EpRet", ret - 10, ret + 10);
        logger.logTabular("Epoch", epoch);
        logger.logTabular("EpRet", true, false);
        logger.logTabular("TotalEnvInteracts", (epoch + 1) * 4000);
        logger.logTabular("LossPi", -0.01 * epoch);
        logger.dumpTabular();
      }
    }
    return dir;
  }
}
