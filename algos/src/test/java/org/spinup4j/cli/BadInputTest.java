package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-input table of docs/user-guide/running-experiments.md, one row per test: each value is
 * refused in one line that names it (exit code 2), before anything is written.
 */
class BadInputTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ppo --env CartPole-v1 --pi_lr nan               | --pi_lr
      ppo --env CartPole-v1 --pi_lr -1                | --pi_lr must be > 0
      ppo --env CartPole-v1 --vf_lr 0                 | --vf_lr must be > 0
      ppo --env CartPole-v1 --gamma 1.5               | --gamma must be in [0.0, 1.0]
      ppo --env CartPole-v1 --lam -0.1                | --lam must be in [0.0, 1.0]
      ppo --env CartPole-v1 --clip_ratio 0            | --clip_ratio must be > 0
      ppo --env CartPole-v1 --clip_ratio 2            | --clip_ratio must be in [0.0, 1.0]
      ppo --env CartPole-v1 --target_kl -1            | --target_kl must be > 0
      ppo --env CartPole-v1 --train_pi_iters 0        | --train_pi_iters must be >= 1
      ppo --env CartPole-v1 --epochs 0                | --epochs must be >= 1
      ppo --env CartPole-v1 --steps_per_epoch 1       | --steps_per_epoch must be >= 2
      ppo --env CartPole-v1 --max_ep_len 0            | --max_ep_len must be >= 1
      ppo --env CartPole-v1 --save_freq 0             | --save_freq must be >= 1
      ppo --env CartPole-v1 --hid [0]                 | hidden sizes must be positive
      ppo --env CartPole-v1 --hid [-5,3]              | hidden sizes must be positive
      ppo --env CartPole-v1 --hid [64,x]              | [64,x]
      ppo --env CartPole-v1 --act swish               | unknown activation 'swish'
      ppo --env CartPole-v1 --seed abc                | --seed takes integers, got 'abc'
      ppo --env CartPole-v1 --cpu 0                   | --num_cpu must be a positive integer
      ppo --env CartPole-v1 --threads 0               | --threads must be >= 1
      ppo --env CartPole-v1 --device tpu              | unknown device 'tpu'
      ppo --env CartPole-v1 --exp_name a/b            | exp_name must be a plain name
      ppo --env CartPole-v1 --unknown_flag 3          | unknown option '--unknown_flag'
      ppo --envv CartPole-v1                          | did you mean --env?
      ppo                                             | --env is required
      ppo --env NoSuchEnv-v0                          | unknown environment 'NoSuchEnv-v0'
      vpg --env CartPole-v1 --train_v_iters -1        | --train_v_iters must be >= 0
      vpg --env CartPole-v1 --steps_per_epoch 1       | --steps_per_epoch must be >= 2
      ppo --env CartPole-v1 --num_envs 3              | --steps_per_epoch must be a multiple of --num_envs (3), got 4000
      sac --env Pendulum-v1 --num_envs 0              | --num_envs must be >= 1
      sac --env Pendulum-v1 --polyak 1.5              | --polyak must be in [0.0, 1.0]
      sac --env Pendulum-v1 --alpha -0.2              | --alpha must be >= 0
      sac --env Pendulum-v1 --lr 0                    | --lr must be > 0
      sac --env Pendulum-v1 --batch_size 0            | --batch_size must be >= 1
      sac --env Pendulum-v1 --batch_size 100000 --epochs 3 --steps_per_epoch 500 | --batch_size must be at most
      sac --env Pendulum-v1 --replay_size 0           | --replay_size must be >= 1
      sac --env Pendulum-v1 --update_every 0          | --update_every must be >= 1
      sac --env Pendulum-v1 --num_test_episodes -1    | --num_test_episodes must be >= 0
      td3 --env CartPole-v1                           | needs continuous (Box) actions
      td3 --env Pendulum-v1 --policy_delay 0          | --policy_delay must be >= 1
      td3 --env Pendulum-v1 --target_noise -1         | --target_noise must be >= 0
      td3 --env Pendulum-v1 --noise_clip -1           | --noise_clip must be >= 0
      td3 --env Pendulum-v1 --act_noise -0.1          | --act_noise must be >= 0
      ddpg --env Pendulum-v1 --pi_lr inf              | --pi_lr
      ddpg --env LunarLander-v3                       | needs continuous (Box) actions
      """)
  void isOneLineNamingTheValueAndWritesNothing(String command, String expected) throws Exception {
    List<String> args = new ArrayList<>(List.of(command.trim().split("\\s+")));
    args.add("--data_dir");
    args.add(tmp.resolve("data").toString());
    Cli.assertOneLineError(Cli.run(args.toArray(new String[0])), expected.trim());
    assertFalse(Files.exists(tmp.resolve("data")), "nothing written");
  }
}
