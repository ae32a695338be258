package org.spinup4j.utils.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridArgsTest {

  private static GridArgs parse(String commandLine) {
    return GridArgs.parse("ppo", Arrays.asList(commandLine.split(" ")));
  }

  private static String error(String commandLine) {
    return assertThrows(IllegalArgumentException.class, () -> parse(commandLine)).getMessage();
  }

  @Test
  void theDocumentedCommandGivesTheDocumentedNames() {
    GridArgs args =
        parse("--exp_name ppo_ant --env Ant-v4 --clip_ratio 0.1 0.2 --hid[h] [32,32] [64,32]"
            + " --act torch.nn.Tanh --seed 0 10 20 --dt --data_dir path/to/data");
    ExperimentGrid grid = args.grid();
    assertEquals("ppo_ant", args.expName());
    assertTrue(args.datestamp());
    assertEquals(Path.of("path/to/data"), args.dataDir());
    assertEquals(1, args.numCpu());
    List<String> names = grid.variants().stream().map(grid::variantName).distinct().toList();
    assertEquals(
        List.of("ppo_ant_cli0-1_h32-32", "ppo_ant_cli0-1_h64-32",
            "ppo_ant_cli0-2_h32-32", "ppo_ant_cli0-2_h64-32"),
        names);
    assertEquals(12, grid.variants().size());
  }

  @Test
  void aliasesBecomeTheirFullKeysAndNest() {
    GridArgs args = parse("--env CartPole-v1 --hid [64,64] --act relu --cpu 2");
    assertEquals(List.of("env_name", "ac_kwargs:hidden_sizes", "ac_kwargs:activation"),
        args.grid().keys());
    assertEquals(2, args.numCpu());
    Map<String, Object> variant = args.grid().variants().get(0);
    assertEquals("CartPole-v1", variant.get("env_name"));
    assertEquals(Map.of("hidden_sizes", List.of(64, 64), "activation", "relu"),
        variant.get("ac_kwargs"));
  }

  @Test
  void valuesAreReadAsLiterals() {
    GridArgs args = parse("--env X --pi_lr 3e-4 --epochs 50 --deterministic False");
    Map<String, Object> variant = args.grid().variants().get(0);
    assertEquals(3e-4, variant.get("pi_lr"));
    assertEquals(50, variant.get("epochs"));
    assertEquals(false, variant.get("deterministic"));
  }

  @Test
  void aFlagWithoutValuesIsTrue() {
    GridArgs args = parse("--env X --render");
    assertEquals(List.of(true), args.grid().values("render"));
  }

  @Test
  void shorthandsNameTheKey() {
    ExperimentGrid grid = parse("--env X --pi_lr[plr] 0.001 0.01").grid();
    assertEquals(List.of("cmd_ppo_plr0-001", "cmd_ppo_plr0-01"),
        grid.variants().stream().map(grid::variantName).toList());
  }

  @Test
  void defaultsWhenRunOptionsAreAbsent() {
    GridArgs args = parse("--env X");
    assertEquals("cmd_ppo", args.expName());
    assertEquals(1, args.numCpu());
    assertNull(args.dataDir());
    assertFalse(args.datestamp());
    assertEquals(List.of("env_name"), args.grid().keys(), "run options are not parameters");
  }

  @Test
  void runOptionsTakeExactlyOneValue() {
    assertTrue(error("--env X --num_cpu 1 2").contains("--num_cpu takes exactly one value"));
    assertTrue(error("--env X --exp_name a b").contains("--exp_name"));
    assertTrue(error("--env X --data_dir a b").contains("--data_dir"));
    assertTrue(error("--env X --dt True False").contains("--datestamp"));
  }

  @Test
  void badRunOptionValuesAreNamed() {
    assertTrue(error("--env X --cpu 0").contains("'0'"));
    assertTrue(error("--env X --cpu many").contains("'many'"));
    assertTrue(error("--env X --dt yes").contains("'yes'"));
    assertTrue(error("--env X --seed 0 1.5").contains("'1.5'"));
  }

  @Test
  void malformedCommandLinesAreRejected() {
    assertTrue(error("CartPole-v1 --env X").contains("'CartPole-v1'"));
    assertTrue(error("--env X --seed 0 --seed 1").contains("--seed is given twice"));
    assertTrue(error("--env X --hid[h [32,32]").contains("--hid[h"));
    assertTrue(error("--env X --").contains("no name"));
  }

  @Test
  void helpIsRecognisedAnywhere() {
    assertTrue(GridArgs.asksForHelp(List.of("--env", "X", "--help")));
    assertTrue(GridArgs.asksForHelp(List.of("-h")));
    assertFalse(GridArgs.asksForHelp(List.of("--env", "X")));
  }

  @Test
  void theLauncherIsLocalUnlessSlurmIsAskedForAndSbatchsOptionsMayStartWithDashes() {
    GridArgs local = parse("--env CartPole-v1 --seed 0 10");
    assertEquals("local", local.launcher());
    assertEquals("", local.slurmOpts());
    GridArgs slurm = GridArgs.parse("ppo", List.of("--env", "CartPole-v1", "--launcher", "slurm",
        "--slurm_opts", "--partition=x --time=1:00:00", "--seed", "0", "10"));
    assertEquals("slurm", slurm.launcher());
    assertEquals("--partition=x --time=1:00:00", slurm.slurmOpts());
    assertEquals(2, slurm.grid().variants().size()); // neither option is a hyperparameter
    assertFalse(slurm.grid().keys().contains("launcher"));
  }

  @Test
  void anUnknownLauncherOrSlurmOptionsWithoutSlurmAreRefusedByName() {
    assertEquals("--launcher must be one of local, slurm, got 'pbs'",
        error("--env CartPole-v1 --launcher pbs"));
    assertEquals("--slurm_opts applies to --launcher slurm only",
        error("--env CartPole-v1 --slurm_opts --wait"));
    assertEquals("--slurm_opts needs sbatch's options as one quoted argument, e.g. --slurm_opts "
        + "\"--partition=x --time=1:00:00\"",
        error("--env CartPole-v1 --launcher slurm --slurm_opts"));
  }
}
