package org.spinup4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "ppo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Proximal Policy Optimization (PPO-Clip).",
    description = {
      "Trains a stochastic policy by several gradient steps per batch on a clipped"
          + " surrogate objective, which stops rewarding moves of the policy far from the one"
          + " that collected the data; the steps stop early once the approximate KL grows too"
          + " large. Discrete or continuous actions. Results go to"
          + " DATA_DIR/EXP_NAME/EXP_NAME_s<seed>: progress.txt, config.json, pyt_save/. See"
          + " docs/algorithms/ppo.md.",
      ""
    },
    footer = {"", "Example: ./run.sh ppo --env CartPole-v1 --exp_name ppo_cartpole --epochs 30"})
final class PpoCommand extends AlgoCommand {
  @Mixin RunOptions run;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.PPO;
  }
}
