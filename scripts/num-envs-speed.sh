#!/usr/bin/env bash
# Steps per second with 1, 4 and 16 copies of the environment (--num_envs): PPO on CartPole-v1,
# Pendulum-v1 and BipedalWalker-v3, SAC on Pendulum-v1 and BipedalWalker-v3; one thread, one run
# at a time, 2 epochs of 4000 steps (SAC acting from step 1000, updating from 1000). Prints
# environment steps over the wall-clock seconds of the second epoch (updates included).
#   scripts/num-envs-speed.sh OUT_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/num-envs-speed.sh OUT_DIR}"
printf '%-5s %-18s %4s %10s\n' algo env N steps/s
for spec in "ppo CartPole-v1" "ppo Pendulum-v1" "ppo BipedalWalker-v3" "sac Pendulum-v1" "sac BipedalWalker-v3"; do
  set -- $spec
  for n in 1 4 16; do
    extra=""
    [ "$1" = sac ] && extra="--start_steps 1000 --num_test_episodes 0"
    "$root/run.sh" "$1" --env "$2" --epochs 2 --num_envs "$n" --threads 1 $extra \
      --exp_name "${1}_${2}_n$n" --data_dir "$out" > /dev/null
    awk -F'\t' -v a="$1" -v e="$2" -v n="$n" 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
      { t[NR] = $h["Time"] } END { printf "%-5s %-18s %4d %10.0f\n", a, e, n, 4000 / (t[3] - t[2]) }' \
      "$out/${1}_${2}_n$n/${1}_${2}_n${n}_s0/progress.txt"
  done
done
