"""Runs one Spinning Up (PyTorch) algorithm with its own defaults, for time-to-result comparisons.

Usage: python3 spinningup_run.py ALGO ENV SEED EPOCHS OUT_DIR   (after ../shared/peer/setup.sh;
PYTHONPATH must hold the peer's shim/ and Spinning Up's code, as scripts/time-to-result.sh sets).
One torch thread; its progress.txt (with the Time column, seconds since the start) goes to OUT_DIR.
The peer's stand-in gym has no time limits, so max_ep_len gives the tasks theirs (CartPole-v1 500
steps, Pendulum-v1 200), as gym's TimeLimit would; Spinning Up then treats the cut as a time-out
and bootstraps, as spinup4j does. MuJoCo tasks (HalfCheetah-v4) come from Gymnasium and the mujoco
bindings, which the python running this must have; Spinning Up sees them through the old gym API
(reset gives the observation, step four values), each environment seeded once from the run's seed.
"""
import sys
import torch
from spinup.utils.run_utils import setup_logger_kwargs
import spinup, gym

algo, env_name, seed, epochs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
torch.set_num_threads(1)
max_ep_len = {'CartPole-v1': 500, 'Pendulum-v1': 200, 'HalfCheetah-v4': 1000}[env_name]


class OldGymApi:
    """A Gymnasium environment as Spinning Up's gym 0.15 calls it."""
    def __init__(self, env, seed):
        self.env, self.seed = env, seed
        self.observation_space, self.action_space = env.observation_space, env.action_space

    def reset(self):
        o, _ = self.env.reset(seed=self.seed)
        self.seed = None  # seeded once; later resets continue its random stream
        return o

    def step(self, a):
        o, r, terminated, truncated, info = self.env.step(a)
        return o, r, terminated, info  # Spinning Up cuts episodes at max_ep_len itself


made = [0]


def make_env():
    if env_name == 'HalfCheetah-v4':
        import gymnasium
        made[0] += 1  # the training environment, then the test one
        return OldGymApi(gymnasium.make(env_name, max_episode_steps=None), seed + 10000 * (made[0] - 1))
    return gym.make(env_name)


getattr(spinup, algo + '_pytorch')(env_fn=make_env, epochs=epochs, seed=seed,
                                   max_ep_len=max_ep_len, logger_kwargs=setup_logger_kwargs(algo, seed, out))
