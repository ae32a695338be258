package org.spinup4j.algos.run;

import java.util.List;
import picocli.CommandLine.Option;

/** Options every algorithm takes: what to train on, the seed, and where the results go. */
final class RunOptions {
  @Option(names = {"--env", "--env_name"}, arity = "1..*", paramLabel = "NAME",
      description = "Registered environment, e.g. CartPole-v1 (required).")
  List<String> env;

  @Option(names = "--seed", arity = "1..*", paramLabel = "S",
      description = "Random seed; several seeds give several runs. Default: ${DEFAULT-VALUE}.")
  List<String> seed;

  @Option(names = "--exp_name", arity = "1", paramLabel = "NAME",
      description = "Experiment name; the output goes to DATA_DIR/NAME/NAME_s<seed>. "
          + "Default: cmd_<algo>.")
  List<String> expName;

  @Option(names = "--data_dir", arity = "1", paramLabel = "DIR",
      description = "Where experiment folders are written. Default: ${DEFAULT-VALUE}.")
  List<String> dataDir;

  @Option(names = {"--datestamp", "--dt"}, arity = "0..1", paramLabel = "BOOL",
      description = "Prefix folder names with the date and time, so runs never collide. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> datestamp;

  @Option(names = {"--hid", "--ac_kwargs:hidden_sizes"}, arity = "1..*", paramLabel = "LIST",
      description = "Hidden layer sizes of every network, e.g. \"[64,64]\". Default: ${DEFAULT-VALUE}.")
  List<String> hid;

  @Option(names = {"--act", "--ac_kwargs:activation"}, arity = "1..*", paramLabel = "NAME",
      description = "Hidden activation: tanh, relu, sigmoid, elu, identity "
          + "(torch.nn.Tanh spelling accepted). Default: ${DEFAULT-VALUE}.")
  List<String> act;

  @Option(names = "--device", arity = "1", paramLabel = "cpu|gpu",
      description = "Where tensors live. Default: ${DEFAULT-VALUE}.")
  List<String> device;
}
