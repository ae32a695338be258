package org.spinup4j.examples;

// [example]
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.ppo.Ppo;
import org.spinup4j.algos.ppo.PpoConfig;
import org.spinup4j.utils.grid.ExperimentGrid;
import org.spinup4j.utils.logx.EpochLogger;

/** A grid of PPO runs from Java: two clip ratios, two seeds, four runs. */
public class GridExample {
  public static void main(String[] args) {
    Path dataDir = Path.of(args.length > 0 ? args[0] : "data");
    int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    ExperimentGrid grid = new ExperimentGrid("ppo_clip")
        .add("env_name", List.of("CartPole-v1"))              // one value: not in the name
        .add("clip_ratio", List.of(0.1, 0.3), "cr", true)     // in the name as _cr0-1, _cr0-3
        .add("seed", List.of(0, 10));

    // The launcher runs one variant: its hyperparameters by Spinning Up's names, and where to log.
    grid.run((name, kwargs) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> logTo = (Map<String, Object>) kwargs.get("logger_kwargs");
      PpoConfig cfg = PpoConfig.defaults().toBuilder()
          .set(PpoConfig.CLIP_RATIO, ((Number) kwargs.get("clip_ratio")).doubleValue())
          .set(PpoConfig.EPOCHS, epochs)
          .build();
      RunConfig run = RunConfig.of((String) kwargs.get("env_name"),
          ((Number) kwargs.get("seed")).longValue());
      try (EpochLogger logger = new EpochLogger(Path.of((String) logTo.get("output_dir")))) {
        Ppo.train(cfg, run, logger);
      }
    }, 1, dataDir, false);                                // one at a time, no datestamp
  }
}
// [example]
