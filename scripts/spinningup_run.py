"""Runs one Spinning Up (PyTorch) algorithm with its own defaults, for time-to-result comparisons.

Usage: python3 spinningup_run.py ALGO ENV SEED EPOCHS OUT_DIR   (after ../shared/peer/setup.sh;
PYTHONPATH must hold the peer's shim/ and Spinning Up's code, as scripts/time-to-result.sh sets).
One torch thread; its progress.txt (with the Time column, seconds since the start) goes to OUT_DIR.
The peer's stand-in gym has no time limits, so max_ep_len gives the tasks theirs (CartPole-v1 500
steps, Pendulum-v1 200), as gym's TimeLimit would; Spinning Up then treats the cut as a time-out
and bootstraps, as spinup4j does.
"""
import sys
import torch
from spinup.utils.run_utils import setup_logger_kwargs
import spinup, gym

algo, env_name, seed, epochs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
torch.set_num_threads(1)
max_ep_len = {'CartPole-v1': 500, 'Pendulum-v1': 200}[env_name]
getattr(spinup, algo + '_pytorch')(env_fn=lambda: gym.make(env_name), epochs=epochs, seed=seed,
                                   max_ep_len=max_ep_len, logger_kwargs=setup_logger_kwargs(algo, seed, out))
