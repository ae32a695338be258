package org.spinup4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.spinup4j.cli.bench.BenchCommand;
import org.spinup4j.cli.bench.BenchRun;
import org.spinup4j.cli.bench.RandomPolicyCommand;
import org.spinup4j.utils.plot.PlotCommand;
import org.spinup4j.utils.plot.WatchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

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
    subcommands = {VpgCommand.class, PpoCommand.class, DdpgCommand.class, Td3Command.class,
        SacCommand.class, PlotCommand.class, WatchCommand.class, TestPolicyCommand.class,
        BenchCommand.class,
        RandomPolicyCommand.class, CheckEnvCommand.class,
        ExperimentCommand.class, BenchRun.class})
public final class Main implements Runnable {
  /** The exit code of a run stopped because training diverged. */
  static final int DIVERGED = 3;

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
        AlgoCommand.addHyperparameters(sub.getCommandSpec(), algo.algorithm());
        sub.setDefaultValueProvider(AlgoCommand.defaultsFrom(algo.algorithm()));
      }
    }
    // "--pi_lrr" after "--env X" is a mistyped flag, not a second environment name.
    cl.setUnmatchedOptionsAllowedAsOptionParameters(false);
    cl.setParameterExceptionHandler(Main::badParameters);
    cl.setExecutionExceptionHandler((e, cmd, parse) -> {
      if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
        // A run that diverged is no user mistake: its own code, so a grid can go on past it.
        return e instanceof org.spinup4j.utils.logx.DivergedException ? DIVERGED : 2;
      }
      if (e instanceof java.io.UncheckedIOException io) {
        // A folder or file the system refused (permissions, a full disk): its path and the reason.
        cmd.getErr().println(cmd.getCommandName() + ": " + io.getMessage() + ": "
            + org.spinup4j.utils.logx.IoReason.of(io.getCause()));
        return 1;
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
          + String.join(", ", cmd.getSubcommands().entrySet().stream()
              .filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden())
              .map(java.util.Map.Entry::getKey).toList());
    } else if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      List<String> close = u.getSuggestions();
      message = "unknown option " + u.getUnmatched()
          + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?");
    }
    err.println(cmd.getCommandName() + ": " + message + " (see " + cmd.getCommandName()
        + " --help)");
    return 2;
  }

  /**
   * Runs one command line. For an algorithm, picocli checks the flags (unknown ones are refused
   * with suggestions; --help prints the documentation) and the command then reads the tokens as
   * typed, with Spinning Up's grammar.
   */
  public static int execute(CommandLine cl, String... args) {
    if (args.length > 0 && cl.getSubcommands().get(args[0]) != null
        && cl.getSubcommands().get(args[0]).getCommand() instanceof AlgoCommand algo) {
      CommandLine sub = cl.getSubcommands().get(args[0]);
      List<String> tokens = List.of(args).subList(1, args.length);
      algo.tokens = tokens;
      String[] flags = AlgoCommand.withoutShorthands(tokens);
      for (String flag : flags) {
        if (flag.startsWith("--") && !sub.getCommandSpec().optionsMap().containsKey(flag)) {
          List<String> close = Suggestions.closest(flag, sub.getCommandSpec().optionsMap().keySet());
          sub.getErr().println(args[0] + ": unknown option '" + flag + "'"
              + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?")
              + " (see " + args[0] + " --help)");
          sub.getErr().flush();
          return 2;
        }
      }
      String[] checked = new String[args.length];
      checked[0] = args[0];
      System.arraycopy(flags, 0, checked, 1, flags.length);
      return cl.execute(checked);
    }
    return cl.execute(args);
  }

  /** The algorithm registered under {@code name} (vpg, ppo, ...). */
  public static Algorithm<?> algorithm(String name) {
    CommandLine sub = commandLine().getSubcommands().get(name);
    if (sub != null && sub.getCommand() instanceof AlgoCommand algo) {
      return algo.algorithm();
    }
    throw new IllegalArgumentException("unknown algorithm '" + name + "'");
  }

  public static void main(String[] args) {
    System.exit(execute(commandLine(), args));
  }
}
