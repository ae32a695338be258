package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Hyperparameters VPG and PPO share. Defaults come from the algorithm's config record. */
final class OnPolicyOptions {
  @Option(names = "--steps_per_epoch", arity = "0..*", paramLabel = "N",
      description = "Environment steps per epoch (the batch of each update). Default: ${DEFAULT-VALUE}.")
  List<String> stepsPerEpoch;

  @Option(names = "--epochs", arity = "0..*", paramLabel = "N",
      description = "Number of epochs (policy updates). Default: ${DEFAULT-VALUE}.")
  List<String> epochs;

  @Option(names = "--gamma", arity = "0..*", paramLabel = "X",
      description = "Discount factor, in [0, 1]. Default: ${DEFAULT-VALUE}.")
  List<String> gamma;

  @Option(names = "--lam", arity = "0..*", paramLabel = "X",
      description = "GAE lambda, in [0, 1]. Default: ${DEFAULT-VALUE}.")
  List<String> lam;

  @Option(names = "--pi_lr", arity = "0..*", paramLabel = "X",
      description = "Policy learning rate (Adam). Default: ${DEFAULT-VALUE}.")
  List<String> piLr;

  @Option(names = "--vf_lr", arity = "0..*", paramLabel = "X",
      description = "Value-function learning rate (Adam). Default: ${DEFAULT-VALUE}.")
  List<String> vfLr;

  @Option(names = "--train_v_iters", arity = "0..*", paramLabel = "N",
      description = "Value-function gradient steps per epoch. Default: ${DEFAULT-VALUE}.")
  List<String> trainVIters;

  @Option(names = "--max_ep_len", arity = "0..*", paramLabel = "N",
      description = "Longest trajectory; a longer one is cut and bootstrapped. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> maxEpLen;

  @Option(names = "--save_freq", arity = "0..*", paramLabel = "N",
      description = "Save the model every N epochs and at the last. Default: ${DEFAULT-VALUE}.")
  List<String> saveFreq;
}
