package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The run option of the off-policy algorithms: whether the state keeps the replay buffer. */
final class SaveBufferOption {
  @Option(names = "--save_buffer", arity = "0..1", paramLabel = "BOOL",
      description = "Save the replay buffer with each epoch's state, so that --resume continues "
          + "exactly. It costs 4 * (2 * obs_dim + act_dim + 2) bytes per stored transition: "
          + "168 MB for a full 1,000,000-transition buffer on HalfCheetah, rewritten every "
          + "epoch. With False a resumed run starts with an empty buffer (a warning says so). "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> saveBuffer;
}
