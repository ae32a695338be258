package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Hyperparameters DDPG and TD3 share beyond the off-policy ones: learning rates, action noise. */
final class DeterministicPolicyOptions {
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
}
