package org.spinup4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "td3",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Twin Delayed DDPG.",
    description = {
      "DDPG with clipped double-Q learning, target policy smoothing and delayed policy"
          + " updates. Continuous (Box) actions only. Results go to"
          + " DATA_DIR/EXP_NAME/EXP_NAME_s<seed>: progress.txt, config.json, pyt_save/. See"
          + " docs/algorithms/td3.md.",
      ""
    },
    footer = {"", "Example: ./run.sh td3 --env Pendulum-v1 --exp_name td3_pendulum --epochs 10"})
final class Td3Command extends AlgoCommand {
  @Mixin RunOptions run;
  @Mixin SaveBufferOption saveBuffer;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.TD3;
  }
}
