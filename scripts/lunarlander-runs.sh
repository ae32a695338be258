#!/usr/bin/env bash
# The LunarLander learning runs of docs/benchmarks.md, with Spinning Up's defaults:
#   1. SAC and TD3 on LunarLanderContinuous-v3, 75 epochs of 4000 steps (300,000 steps), seed 0,
#      side by side (one per core);
#   2. PPO on LunarLander-v3, 250 epochs (1,000,000 steps), seeds 0 1 2;
#   3. the plots, and each run's final average return.
#   scripts/lunarlander-runs.sh [DATA_DIR]          (default: data)
# About 80 minutes on 2 cores. EPOCHS_OFF and EPOCHS_PPO change the epoch counts, e.g.
# EPOCHS_OFF=1 EPOCHS_PPO=1 for a quick check of the script itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-data}"
off="${EPOCHS_OFF:-75}"
ppo="${EPOCHS_PPO:-250}"
for exp in sac_llc_300k td3_llc_300k ppo_ll_1m; do
  if [ -e "$data/$exp" ]; then
    echo "$data/$exp already exists: give another DATA_DIR (nothing was started)" >&2
    exit 1
  fi
done
mkdir -p "$data"

echo "SAC and TD3 on LunarLanderContinuous-v3, $off epochs; logs in $data/{sac,td3}_llc_300k.log"
declare -A pids
for algo in sac td3; do
  "$root/run.sh" "$algo" --env LunarLanderContinuous-v3 --epochs "$off" --seed 0 \
    --exp_name "${algo}_llc_300k" --data_dir "$data" > "$data/${algo}_llc_300k.log" 2>&1 &
  pids[$algo]=$!
done
failed=0
for algo in sac td3; do
  if ! wait "${pids[$algo]}"; then
    echo "$algo failed ($data/${algo}_llc_300k.log): $(tail -n 1 "$data/${algo}_llc_300k.log")" >&2
    failed=1
  fi
done
[ "$failed" = 0 ] || exit 1

echo "PPO on LunarLander-v3, $ppo epochs, seeds 0 1 2; log in $data/ppo_ll_1m.log"
if ! "$root/run.sh" ppo --env LunarLander-v3 --epochs "$ppo" --seed 0 1 2 --exp_name ppo_ll_1m \
    --data_dir "$data" > "$data/ppo_ll_1m.log" 2>&1; then
  echo "ppo failed ($data/ppo_ll_1m.log): $(tail -n 1 "$data/ppo_ll_1m.log")" >&2
  exit 1
fi

"$root/run.sh" plot "$data/sac_llc_300k/" "$data/td3_llc_300k/" --savedir "$data/plots-llc" > /dev/null
"$root/run.sh" plot "$data/ppo_ll_1m/" -s 5 --savedir "$data/plots-ll" > /dev/null
echo "Plots: $data/plots-llc/Performance.png, $data/plots-ll/Performance.png"

# The last epoch's average return of each run (test episodes where the algorithm logs them).
for f in "$data"/sac_llc_300k/*/progress.txt "$data"/td3_llc_300k/*/progress.txt \
    "$data"/ppo_ll_1m/*/progress.txt; do
  awk -F'\t' -v run="$(basename "$(dirname "$f")")" '
    NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "AverageTestEpRet") t = i; if ($i == "AverageEpRet") r = i } }
    END { c = t ? t : r; printf "%-16s %s %.1f\n", run, (t ? "AverageTestEpRet" : "AverageEpRet"), $c }' "$f"
done
