package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
  @Mixin OffPolicyOptions offPolicy;
  @Mixin DeterministicPolicyOptions deterministicPolicy;

  @Option(names = "--target_noise", arity = "1..*", paramLabel = "X",
      description = "Std of the noise on the target policy's action (smoothing). "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> targetNoise;

  @Option(names = "--noise_clip", arity = "1..*", paramLabel = "X",
      description = "The target noise is clipped to [-X, X]. Default: ${DEFAULT-VALUE}.")
  List<String> noiseClip;

  @Option(names = "--policy_delay", arity = "1..*", paramLabel = "N",
      description = "Policy and target updates once per N Q updates. Default: ${DEFAULT-VALUE}.")
  List<String> policyDelay;

  @Override
  Algorithm<?> algorithm() {
    return Algorithm.TD3;
  }
}
