package org.spinup4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "ddpg",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Deep Deterministic Policy Gradient.",
    description = {
      "Learns a Q function off-policy from a replay buffer, and a deterministic policy"
          + " that maximises it. Continuous (Box) actions only. Results go to"
          + " DATA_DIR/EXP_NAME/EXP_NAME_s<seed>: progress.txt, config.json, pyt_save/. See"
          + " docs/algorithms/ddpg.md.",
      ""
    },
    footer = {"", "Example: ./run.sh ddpg --env Pendulum-v1 --exp_name ddpg_pendulum --epochs 10"})
final class DdpgCommand extends AlgoCommand {
  @Mixin RunOptions run;
  @Mixin SaveBufferOption saveBuffer;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.DDPG;
  }
}
