package org.spinup4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "sac",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Soft Actor-Critic.",
    description = {
      "Learns a stochastic (squashed Gaussian) policy off-policy, maximising return"
          + " plus alpha times entropy, with two Q functions. On discrete actions (CartPole-v1,"
          + " LunarLander-v3) it runs discrete SAC: a categorical policy and one Q output per"
          + " action (docs/algorithms/sac.md, \"Discrete actions\")."
          + " Results go to DATA_DIR/EXP_NAME/EXP_NAME_s<seed>: progress.txt, config.json,"
          + " pyt_save/. See docs/algorithms/sac.md.",
      ""
    },
    footer = {"", "Example: ./run.sh sac --env Pendulum-v1 --exp_name sac_pendulum --epochs 10"})
final class SacCommand extends AlgoCommand {
  @Mixin RunOptions run;
  @Mixin SaveBufferOption saveBuffer;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.SAC;
  }
}
