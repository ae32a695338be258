package org.spinup4j.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() throws Exception {
    Experiment.run(Main.algorithm(algo), ExperimentProcess.readSpec(spec), System.out);
    return 0;
  }
}
