package org.spinup4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.spinup4j.envs.EnvChecker;
import org.spinup4j.envs.EnvSpec;
import org.spinup4j.envs.Envs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check_env ID}: does an environment keep the promises the algorithms rely on? */
@Command(
    name = "check_env",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Check that an environment keeps the promises the algorithms rely on.",
    description = {
      "In the spirit of Stable-Baselines3's check_env: the spaces are declared and of a kind the"
          + " algorithms handle; observations have the space's length, are finite and inside the"
          + " space, and are new arrays at every step; rewards are finite; reset with a seed and"
          + " the same actions give the same episode; the time limit ends an episode as"
          + " truncation, and episodes that always terminate at one step are flagged as a time"
          + " limit reported as termination; a step after termination is refused or flagged;"
          + " random() is there for --resume; render draws. Random actions come from a generator"
          + " of the checker's own.",
      "One line per finding, then a summary. Exit code 1 if there is an error, 0 otherwise"
          + " (warnings included).",
      ""
    },
    footer = {
      "",
      "Example: ./run.sh --classpath my-envs.jar check_env MyTask-v0"
    })
final class CheckEnvCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "A registered environment's id.")
  String id;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the checks' resets. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // An unknown id: one line naming the registered ones (and the providers that failed).
    EnvSpec env = Envs.spec(id);
    PrintWriter out = spec.commandLine().getOut();
    List<EnvChecker.Finding> findings = new ArrayList<>();
    for (String problem : Envs.providerProblems()) {
      findings.add(new EnvChecker.Finding(EnvChecker.Level.WARNING,
          "an environment provider on the class path failed: " + problem));
    }
    findings.addAll(EnvChecker.check(env, seed));
    findings.forEach(out::println);
    long errors = findings.stream().filter(f -> f.level() == EnvChecker.Level.ERROR).count();
    long warnings = findings.size() - errors;
    out.println("check_env " + id + ": " + (errors == 0 ? "passed" : "failed") + ", " + errors
        + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
        + (warnings == 1 ? "" : "s"));
    out.flush();
    return errors == 0 ? 0 : 1;
  }
}
