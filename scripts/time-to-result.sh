#!/usr/bin/env bash
# Time to a result, spinup4j against Spinning Up, each with its own defaults, one thread, 3 seeds:
# PPO on CartPole-v1 until an epoch's AverageEpRet reaches 500, SAC on Pendulum-v1 until an
# epoch's AverageTestEpRet is above -200. Runs two at a time, one per core (taskset), so both
# sides share the machine alike; prints the wall-clock seconds (progress.txt's Time) per run.
#   scripts/time-to-result.sh OUT_DIR          (Spinning Up's side needs ../shared/peer/setup.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/time-to-result.sh OUT_DIR}"
peer="$root/../shared/peer"
su_code="${PEER_WORK:-/tmp/spinningup-peer}/spinningup"
mkdir -p "$out"
jobs=()
for seed in 0 1 2; do
  jobs+=("$root/run.sh ppo --env CartPole-v1 --epochs 30 --seed $seed --threads 1 --exp_name ppo --data_dir $out/ours"
    "$root/run.sh sac --env Pendulum-v1 --epochs 8 --seed $seed --threads 1 --exp_name sac --data_dir $out/ours")
  if [ -d "$su_code" ]; then
    jobs+=("env PYTHONPATH=$peer/shim:$su_code MPLBACKEND=Agg OMP_NUM_THREADS=1 /usr/bin/python3 $root/scripts/spinningup_run.py ppo CartPole-v1 $seed 30 $out/su"
      "env PYTHONPATH=$peer/shim:$su_code MPLBACKEND=Agg OMP_NUM_THREADS=1 /usr/bin/python3 $root/scripts/spinningup_run.py sac Pendulum-v1 $seed 8 $out/su")
  fi
done
printf '%s\n' "${jobs[@]}" | "$root/scripts/two-cores.sh"
# The first epoch at the threshold, and its Time.
for f in $(find "$out" -name progress.txt | sort); do
  awk -F'\t' -v f="$f" 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
    { ppo = f ~ /ppo/; r = ppo ? $h["AverageEpRet"] : $h["AverageTestEpRet"]
      if (!done && (ppo ? r >= 500 : r > -200)) { done = 1; printf "%s: epoch %s, %.1f s\n", f, $h["Epoch"], $h["Time"] } }
    END { if (!done) printf "%s: not reached\n", f }' "$f"
done
