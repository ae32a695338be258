package org.spinup4j.algos.run;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "ddpg",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Deep Deterministic Policy Gradient.",
    description = {
      "Learns a Q function off-policy from a replay buffer and a deterministic policy that",
      "maximises it. Continuous (Box) actions only. Results go to",
      "DATA_DIR/EXP_NAME/EXP_NAME_s<seed>: progress.txt, config.json, pyt_save/.",
      "See docs/algorithms/ddpg.md.",
      ""
    },
    footer = {"", "Example: ./run.sh ddpg --env Pendulum-v1 --exp_name ddpg_pendulum --epochs 10"})
final class DdpgCommand extends AlgoCommand {
  @Mixin RunOptions run;
  @Mixin OffPolicyOptions offPolicy;

  @Option(names = "--pi_lr", arity = "1..*", paramLabel = "X",
      description = "Policy learning rate (Adam). Default: ${DEFAULT-VALUE}.")
  List<String> piLr;

  @Option(names = "--q_lr", arity = "1..*", paramLabel = "X",
      description = "Q-function learning rate (Adam). Default: ${DEFAULT-VALUE}.")
  List<String> qLr;

  @Option(names = "--act_noise", arity = "1..*", paramLabel = "X",
      description = "Std of the Gaussian exploration noise, in action units. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> actNoise;

  @Override
  Algorithm algorithm() {
    return new DdpgAlgorithm();
  }
}
