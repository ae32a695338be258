package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sac",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Soft Actor-Critic.",
    description = {
      "Learns a stochastic (squashed Gaussian) policy off-policy, maximising return"
          + " plus alpha times entropy, with two Q functions. Continuous (Box) actions only."
          + " Results go to DATA_DIR/EXP_NAME/EXP_NAME_s<seed>: progress.txt, config.json,"
          + " pyt_save/. See docs/algorithms/sac.md.",
      ""
    },
    footer = {"", "Example: ./run.sh sac --env Pendulum-v1 --exp_name sac_pendulum --epochs 10"})
final class SacCommand extends AlgoCommand {
  @Mixin RunOptions run;
  @Mixin OffPolicyOptions offPolicy;

  @Option(names = "--lr", arity = "1..*", paramLabel = "X",
      description = "Learning rate (Adam) of the policy, the Q functions and a learned alpha. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> lr;

  @Option(names = "--alpha", arity = "1..*", paramLabel = "X|auto",
      description = "Entropy coefficient: a number, or auto to learn it toward entropy "
          + "-dim(A). Default: ${DEFAULT-VALUE}.")
  List<String> alpha;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.SAC;
  }
}
