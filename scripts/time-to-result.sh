#!/usr/bin/env bash
# Time to a result, spinup4j against Spinning Up, each with its own defaults, one thread, 3 seeds:
# PPO on CartPole-v1 until an epoch's AverageEpRet reaches 500, SAC on Pendulum-v1 until an
# epoch's AverageTestEpRet is above -200, SAC on HalfCheetah-v4 until it reaches 5000. Runs two at
# a time, one per core (taskset), so both sides share the machine alike; prints the wall-clock
# seconds (progress.txt's Time) per run.
#   scripts/time-to-result.sh OUT_DIR          (Spinning Up's side needs ../shared/peer/setup.sh)
# TASKS picks the tasks (default "cartpole pendulum"; "halfcheetah" needs MuJoCo on both sides,
# and SU_PYTHON a python with gymnasium and mujoco beside Debian's torch, e.g. a venv made with
# --system-site-packages).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/time-to-result.sh OUT_DIR}"
peer="$root/../shared/peer"
su_code="${PEER_WORK:-/tmp/spinningup-peer}/spinningup"
mkdir -p "$out"
tasks="${TASKS:-cartpole pendulum}"
su_python="${SU_PYTHON:-/usr/bin/python3}"
jobs=()
for seed in 0 1 2; do
  for task in $tasks; do
    case "$task" in
      cartpole) algo=ppo env=CartPole-v1 epochs=30 ;;
      pendulum) algo=sac env=Pendulum-v1 epochs=8 ;;
      halfcheetah) algo=sac env=HalfCheetah-v4 epochs=20 ;;
      *) echo "time-to-result.sh: unknown task '$task' in TASKS (allowed: cartpole pendulum halfcheetah)" >&2; exit 2 ;;
    esac
    jobs+=("$root/run.sh $algo --env $env --epochs $epochs --seed $seed --threads 1 --exp_name ${algo}_$task --data_dir $out/ours")
    if [ -d "$su_code" ]; then
      jobs+=("env PYTHONPATH=$peer/shim:$su_code MPLBACKEND=Agg OMP_NUM_THREADS=1 $su_python -W ignore $root/scripts/spinningup_run.py $algo $env $seed $epochs $out/su/$task")
    fi
  done
done
printf '%s\n' "${jobs[@]}" | "$root/scripts/two-cores.sh"
# The first epoch at the threshold, and its Time.
for f in $(find "$out" -name progress.txt | sort); do
  awk -F'\t' -v f="$f" 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
    { ppo = f ~ /ppo/; hc = f ~ /halfcheetah/; r = ppo ? $h["AverageEpRet"] : $h["AverageTestEpRet"]
      if (!done && (ppo ? r >= 500 : hc ? r >= 5000 : r > -200)) { done = 1; printf "%s: epoch %s, %.1f s\n", f, $h["Epoch"], $h["Time"] } }
    END { if (!done) printf "%s: not reached\n", f }' "$f"
done
