package org.spinup4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "vpg",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Vanilla Policy Gradient (with GAE-lambda advantages).",
    description = {
      "Trains a stochastic policy by gradient ascent on the expected return, with a"
          + " learned value function as baseline. Discrete or continuous actions. Results go"
          + " to DATA_DIR/EXP_NAME/EXP_NAME_s<seed>: progress.txt, config.json, pyt_save/."
          + " See docs/algorithms/vpg.md.",
      ""
    },
    footer = {"", "Example: ./run.sh vpg --env CartPole-v1 --exp_name vpg_cartpole --epochs 50"})
final class VpgCommand extends AlgoCommand {
  @Mixin RunOptions run;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.VPG;
  }
}
