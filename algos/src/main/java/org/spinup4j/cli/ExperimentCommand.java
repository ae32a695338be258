package org.spinup4j.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The hidden command a grid's child JVM runs: one experiment from a spec file. */
@Command(name = ExperimentCommand.NAME, hidden = true,
    description = "Runs one experiment of a grid (used internally).")
final class ExperimentCommand implements Callable<Integer> {
  static final String NAME = "_experiment";

  @Parameters(index = "0", description = "Algorithm name.")
  String algo;

  @Parameters(index = "1", description = "JSON file with the experiment's keyword arguments.")
  Path spec;

  // A Slurm task that was requeued (node failure, preemption) starts again with this flag, so
  // it continues its run from the last saved epoch instead of refusing its own directory.
  @Option(names = "--resume", description = "Continue the run from its saved state, if any.")
  boolean resume;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> kwargs = new LinkedHashMap<>(ExperimentProcess.readSpec(spec));
    if (resume) {
      kwargs.put("resume", true);
    }
    Experiment.run(Main.algorithm(algo), kwargs, System.out);
    return 0;
  }
}
