package org.spinup4j.examples;

// [example]
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.spinup4j.utils.logx.EpochLogger;

/** The EpochLogger in a loop of its own: what every algorithm does with it, without the RL. */
public class LoggerExample {
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "data/logger_example");
    Random rng = new Random(0);
    try (EpochLogger logger = new EpochLogger(dir)) {   // creates dir; prints to System.out
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("exp_name", "logger_example");
      config.put("epochs", 3);
      logger.saveConfig(config);                        // config.json, keys in this order

      for (int epoch = 0; epoch < 3; epoch++) {
        for (int episode = 0; episode < 5; episode++) {
          logger.store("EpRet", 10 * epoch + rng.nextGaussian());   // any number of values
          logger.store("EpLen", 200);
        }
        logger.logTabular("Epoch", epoch);              // a plain value: one column
        logger.logTabular("EpRet", true, false);        // Average, Std, Max and Min columns
        logger.logTabular("EpLen", false, true);        // the average only, under its own name
        logger.dumpTabular();                           // prints the table, appends a row
      }
    }                                                   // progress.txt is complete and closed
  }
}
// [example]
