package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * Each algorithm's docs page lists its hyperparameters in a "Parameters" table: this test fails
 * when that table and the command line disagree (a flag missing on either side, or a default
 * that differs), so the page cannot drift from the code.
 */
class DocsParametersTest {
  /** Run options, documented in a sentence under each table rather than in it. */
  private static final List<String> RUN_FLAGS = List.of("--env", "--seed", "--exp_name",
      "--data_dir", "--datestamp", "--cpu", "--threads", "--device", "--resume", "--save_buffer",
      "--launcher", "--slurm_opts", "--env_threads",
      "--help", "--version");

  private static Path docs() {
    Path here = Path.of("").toAbsolutePath();
    return (Files.isDirectory(here.resolve("docs")) ? here : here.getParent()).resolve("docs");
  }

  /** flag -> default, from the page's "| --flag | default | meaning |" rows. */
  static Map<String, String> documented(Path page) throws IOException {
    Map<String, String> table = new LinkedHashMap<>();
    boolean inParameters = false;
    for (String line : Files.readAllLines(page)) {
      if (line.startsWith("## ")) {
        inParameters = line.startsWith("## Parameters");
      }
      if (inParameters && line.startsWith("| --")) {
        String[] cells = line.split("\\|");
        table.put(cells[1].trim(), cells[2].trim());
      }
    }
    return table;
  }

  /** flag -> default as --help shows it, for every hyperparameter of the command. */
  static Map<String, String> onCommandLine(CommandLine cmd) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (OptionSpec option : cmd.getCommandSpec().options()) {
      String flag = option.shortestName();
      if (!RUN_FLAGS.contains(flag) && !RUN_FLAGS.contains(option.longestName())
          && !option.usageHelp() && !option.versionHelp()) {
        flags.put(flag, cmd.getDefaultValueProvider() == null ? null : defaultOf(cmd, option));
      }
    }
    return flags;
  }

  private static String defaultOf(CommandLine cmd, OptionSpec option) {
    try {
      return cmd.getDefaultValueProvider().defaultValue(option);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyAlgorithmPageMatchesItsCommandLine() {
    CommandLine main = Main.commandLine();
    return main.getSubcommands().entrySet().stream()
        .filter(e -> e.getValue().getCommand() instanceof AlgoCommand)
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
          Path page = docs().resolve("algorithms").resolve(e.getKey() + ".md");
          assertEquals(onCommandLine(e.getValue()), documented(page),
              "the Parameters table of " + page + " and `" + e.getKey() + " --help` disagree");
        }));
  }
}
