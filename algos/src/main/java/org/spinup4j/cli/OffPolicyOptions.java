package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Hyperparameters DDPG, TD3 and SAC share. Defaults come from the algorithm's config record. */
final class OffPolicyOptions {
  @Option(names = "--steps_per_epoch", arity = "1..*", paramLabel = "N",
      description = "Environment steps per epoch. Default: ${DEFAULT-VALUE}.")
  List<String> stepsPerEpoch;

  @Option(names = "--epochs", arity = "1..*", paramLabel = "N",
      description = "Number of epochs. Default: ${DEFAULT-VALUE}.")
  List<String> epochs;

  @Option(names = "--replay_size", arity = "1..*", paramLabel = "N",
      description = "Capacity of the replay buffer (transitions). Default: ${DEFAULT-VALUE}.")
  List<String> replaySize;

  @Option(names = "--gamma", arity = "1..*", paramLabel = "X",
      description = "Discount factor, in [0, 1]. Default: ${DEFAULT-VALUE}.")
  List<String> gamma;

  @Option(names = "--polyak", arity = "1..*", paramLabel = "X",
      description = "Target networks: targ <- polyak * targ + (1 - polyak) * main; in [0, 1]. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> polyak;

  @Option(names = "--batch_size", arity = "1..*", paramLabel = "N",
      description = "Minibatch size of each gradient step. Default: ${DEFAULT-VALUE}.")
  List<String> batchSize;

  @Option(names = "--start_steps", arity = "1..*", paramLabel = "N",
      description = "Steps of uniform random actions before the policy acts. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> startSteps;

  @Option(names = "--update_after", arity = "1..*", paramLabel = "N",
      description = "Steps to collect before the first gradient step. Default: ${DEFAULT-VALUE}.")
  List<String> updateAfter;

  @Option(names = "--update_every", arity = "1..*", paramLabel = "N",
      description = "Steps between rounds of updates; each round makes this many gradient "
          + "steps. Default: ${DEFAULT-VALUE}.")
  List<String> updateEvery;

  @Option(names = "--num_test_episodes", arity = "1..*", paramLabel = "N",
      description = "Deterministic test episodes at the end of each epoch. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> numTestEpisodes;

  @Option(names = "--max_ep_len", arity = "1..*", paramLabel = "N",
      description = "Longest trajectory; a longer one is cut (not terminal). "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> maxEpLen;

  @Option(names = "--save_freq", arity = "1..*", paramLabel = "N",
      description = "Save the model every N epochs and at the last. Default: ${DEFAULT-VALUE}.")
  List<String> saveFreq;

  @Option(names = "--save_buffer", arity = "0..1", paramLabel = "BOOL",
      description = "Save the replay buffer with each epoch's state, so that --resume continues "
          + "exactly. It costs 4 * (2 * obs_dim + act_dim + 2) bytes per stored transition: "
          + "168 MB for a full 1,000,000-transition buffer on HalfCheetah, rewritten every "
          + "epoch. With False a resumed run starts with an empty buffer (a warning says so). "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> saveBuffer;
}
