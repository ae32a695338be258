#!/usr/bin/env bash
# The MuJoCo learning runs of docs/benchmarks.md ("MuJoCo locomotion"), with Spinning Up's
# defaults unless named:
#   1. SAC on HalfCheetah-v4, 25 epochs of 4000 steps (100,000 steps), seeds 0 1 2;
#   2. TD3 on HalfCheetah-v4, 75 epochs (300,000 steps), seeds 0 1;
#   3. PPO on Hopper-v4, 250 epochs (1,000,000 steps), seeds 0 1, with the (64,32) tanh networks
#      of Spinning Up's benchmark;
#   4. the plots, and each run's final average return.
#   scripts/mujoco-runs.sh [DATA_DIR]          (default: data)
# Needs MuJoCo 2.2.2 (sudo apt-get install libmujoco2.2.2). About 85 minutes of one core (SAC 35,
# TD3 40, PPO 10); CPU (default 2) runs that many experiments at once, about 45 minutes on 2 cores.
# EPOCHS_SAC, EPOCHS_TD3 and EPOCHS_PPO change the epoch counts, e.g. all 1 for a quick check.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-data}"
cpu="${CPU:-2}"
sac="${EPOCHS_SAC:-25}"
td3="${EPOCHS_TD3:-75}"
ppo="${EPOCHS_PPO:-250}"
for exp in sac_hc_100k td3_hc_300k ppo_hopper_1m; do
  if [ -e "$data/$exp" ]; then
    echo "$data/$exp already exists: give another DATA_DIR (nothing was started)" >&2
    exit 1
  fi
done
mkdir -p "$data"

run() { # name, then the arguments of run.sh
  local name="$1"
  shift
  echo "$name: log in $data/$name.log"
  if ! "$root/run.sh" "$@" --exp_name "$name" --data_dir "$data" --cpu "$cpu" \
      > "$data/$name.log" 2>&1; then
    echo "$name failed ($data/$name.log): $(tail -n 1 "$data/$name.log")" >&2
    exit 1
  fi
}
run sac_hc_100k sac --env HalfCheetah-v4 --epochs "$sac" --seed 0 1 2
run td3_hc_300k td3 --env HalfCheetah-v4 --epochs "$td3" --seed 0 1
run ppo_hopper_1m ppo --env Hopper-v4 --epochs "$ppo" --seed 0 1 --hid "[64,32]" --act tanh

"$root/run.sh" plot "$data/sac_hc_100k/" "$data/td3_hc_300k/" --savedir "$data/plots-halfcheetah" > /dev/null
"$root/run.sh" plot "$data/ppo_hopper_1m/" --savedir "$data/plots-hopper" > /dev/null
echo "Plots: $data/plots-halfcheetah/Performance.png, $data/plots-hopper/Performance.png"

# The last epoch's average return of each run (test episodes where the algorithm logs them).
for f in "$data"/sac_hc_100k/*/progress.txt "$data"/td3_hc_300k/*/progress.txt \
    "$data"/ppo_hopper_1m/*/progress.txt; do
  awk -F'\t' -v run="$(basename "$(dirname "$f")")" '
    NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "AverageTestEpRet") t = i; if ($i == "AverageEpRet") r = i } }
    END { c = t ? t : r; printf "%-20s %s %.1f\n", run, (t ? "AverageTestEpRet" : "AverageEpRet"), $c }' "$f"
done
