package org.spinup4j.algos.run;

import java.io.PrintWriter;
import java.util.List;
import org.spinup4j.envs.Envs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code spinup4j COMMAND [options]}: the entry point behind run.sh. */
@Command(
    name = "spinup4j",
    mixinStandardHelpOptions = true,
    version = "spinup4j 0.1.0",
    header = "Spinning Up in Deep RL, for Java.",
    description = {
      "",
      "Train an algorithm:  ./run.sh ALGO --env NAME [--flag value ...]",
      "Each ALGO --help lists its hyperparameters and their defaults.",
      ""
    },
    footer = {
      "",
      "Example: ./run.sh ppo --env CartPole-v1 --exp_name ppo_cartpole --seed 0",
    },
    subcommands = {VpgCommand.class, DdpgCommand.class, Td3Command.class, SacCommand.class})
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The configured command line (also used by tests). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommand() instanceof AlgoCommand algo) {
        sub.setDefaultValueProvider(AlgoCommand.defaultsFrom(algo.algorithm()));
      }
    }
    cl.setParameterExceptionHandler(Main::badParameters);
    cl.setExecutionExceptionHandler((e, cmd, parse) -> {
      if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cl;
  }

  /** One line for a mistake on the command line, with the closest matches, then exit code 2. */
  private static int badParameters(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getCommandSpec().parent() == null
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + u.getUnmatched().get(0) + "'; commands: "
          + String.join(", ", cmd.getSubcommands().keySet());
    } else if (e instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> close = u.getSuggestions();
      message = "unknown option " + u.getUnmatched()
          + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?");
    }
    err.println(cmd.getCommandName() + ": " + message + " (see " + cmd.getCommandName()
        + " --help)");
    return 2;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code);
  }

  static List<String> environments() {
    return Envs.ids();
  }
}
