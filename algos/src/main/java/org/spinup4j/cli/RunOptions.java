package org.spinup4j.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options every algorithm takes: what to train on, the seed, where the results go, and how the
 * runs use the machine. Several values of a flag make a grid (see docs/user-guide). The
 * hyperparameters' flags are made from their declarations ({@link AlgoCommand#addHyperparameters}).
 */
final class RunOptions {
  @Option(names = {"--env", "--env_name"}, arity = "0..*", paramLabel = "NAME",
      description = "Registered environment, e.g. CartPole-v1 (required).")
  List<String> env;

  @Option(names = "--seed", arity = "0..*", paramLabel = "S",
      description = "Random seed; several seeds give several runs. Default: ${DEFAULT-VALUE}.")
  List<String> seed;

  @Option(names = "--exp_name", arity = "0..*", paramLabel = "NAME",
      description = "Experiment name; the output goes to DATA_DIR/NAME/NAME_s<seed>. "
          + "Default: cmd_<algo>.")
  List<String> expName;

  @Option(names = "--data_dir", arity = "0..*", paramLabel = "DIR",
      description = "Where experiment folders are written. Default: ${DEFAULT-VALUE}.")
  List<String> dataDir;

  @Option(names = {"--datestamp", "--dt"}, arity = "0..1", paramLabel = "BOOL",
      description = "Prefix folder names with the date and time, so runs never collide. "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> datestamp;

  @Option(names = {"--cpu", "--num_cpu"}, arity = "0..*", paramLabel = "N|auto",
      description = "How many experiments of a grid run at once, each in its own JVM "
          + "(auto: one per core). Default: ${DEFAULT-VALUE}.")
  List<String> numCpu;

  @Option(names = "--launcher", arity = "0..*", paramLabel = "local|slurm",
      description = "Where the runs go: local (this machine), or slurm: the whole grid as one "
          + "Slurm job array, one task per run, submitted with sbatch (see "
          + "docs/user-guide/slurm.md). Default: ${DEFAULT-VALUE}.")
  List<String> launcher;

  @Option(names = "--slurm_opts", arity = "0..*", paramLabel = "\"OPTS\"",
      description = "With --launcher slurm: more options for sbatch, in one quoted argument, "
          + "e.g. \"--partition=gpu --time=2:00:00\" (--wait waits for the array to end).")
  List<String> slurmOpts;

  @Option(names = "--threads", arity = "0..*", paramLabel = "N",
      description = "PyTorch intra-op threads per experiment. Default: ${DEFAULT-VALUE}.")
  List<String> threads;

  @Option(names = "--env_threads", arity = "0..*", paramLabel = "N",
      description = "Threads that step the copies of the environment (--num_envs) at once; "
          + "the results are the same as with 1. Pays only with many copies whose steps are "
          + "expensive (docs/benchmarks.md). Default: ${DEFAULT-VALUE}.")
  List<String> envThreads;

  @Option(names = "--device", arity = "0..*", paramLabel = "cpu|gpu",
      description = "Where tensors live: cpu, or gpu (the first CUDA device). "
          + "Default: ${DEFAULT-VALUE}.")
  List<String> device;

  @Option(names = "--resume", arity = "0..1", paramLabel = "DIR",
      description = "Continue a stopped run from the end of its last finished epoch, exactly as "
          + "if it had never stopped. Either the run's directory (--resume DIR: everything else "
          + "comes from its config.json), or alone, added to the command that started the run "
          + "(each run of the grid that has a directory resumes, the others start). The "
          + "hyperparameters must be the run's; a larger --epochs extends a finished run.")
  List<String> resume;
}
