package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
  @Mixin OnPolicyOptions onPolicy;

  @Option(names = "--clip_ratio", arity = "0..*", paramLabel = "X",
      description = "How far pi/pi_old may move from 1 before the objective stops rewarding it "
          + "(epsilon; usually 0.1 to 0.3). Default: ${DEFAULT-VALUE}.")
  List<String> clipRatio;

  @Option(names = "--train_pi_iters", arity = "0..*", paramLabel = "N",
      description = "Most policy gradient steps per epoch. Default: ${DEFAULT-VALUE}.")
  List<String> trainPiIters;

  @Option(names = "--target_kl", arity = "0..*", paramLabel = "X",
      description = "Policy steps stop once the approximate KL exceeds 1.5 times this "
          + "(usually 0.01 to 0.05). Default: ${DEFAULT-VALUE}.")
  List<String> targetKl;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.PPO;
  }
}
