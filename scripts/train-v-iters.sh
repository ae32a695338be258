#!/usr/bin/env bash
# Exercise 2.1 (docs/exercises/2.1-train-v-iters.md): the effect of train_v_iters on PPO.
#   1. PPO on ENV (default LunarLanderContinuous-v3; any continuous or discrete task works)
#      with train_v_iters 0, 5 and 80 (the default), seeds 0 10 20: 9 runs;
#   2. plots of return, LossV, DeltaLossV and VVals, one line per train_v_iters, seeds averaged.
#   scripts/train-v-iters.sh [DATA_DIR]       (default: data)
# Variables: ENV, EPOCHS (default 50), SEEDS (default "0 10 20"), CPU (default auto: one run per
# core). About 4 minutes on 2 cores with the defaults (9 runs of 40-50 s); EPOCHS=1 SEEDS=0
# checks the script itself.
# Not part of the test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-data}"
env_id="${ENV:-LunarLanderContinuous-v3}"
epochs="${EPOCHS:-50}"
read -r -a seeds <<< "${SEEDS:-0 10 20}"
cpu="${CPU:-auto}"
exp=ppo_tv
for v in 0 5 80; do
  if [ -e "$data/${exp}_tv$v" ]; then
    echo "$data/${exp}_tv$v already exists: give another DATA_DIR (nothing was started)" >&2
    exit 1
  fi
done
mkdir -p "$data"

echo "PPO on $env_id, $epochs epochs, train_v_iters 0 5 80, seeds ${seeds[*]}; log in $data/$exp.log"
if ! "$root/run.sh" ppo --env "$env_id" --epochs "$epochs" --exp_name "$exp" \
    '--train_v_iters[tv]' 0 5 80 --seed "${seeds[@]}" --cpu "$cpu" --data_dir "$data" \
    > "$data/$exp.log" 2>&1; then
  echo "the runs failed ($data/$exp.log): $(tail -n 1 "$data/$exp.log")" >&2
  exit 1
fi

# One figure per column; the legend follows the directories' order.
"$root/run.sh" plot "$data/${exp}_tv0/" "$data/${exp}_tv5/" "$data/${exp}_tv80/" \
  --legend "train_v_iters 0" "train_v_iters 5" "train_v_iters 80" -s 3 \
  --value Performance LossV DeltaLossV AverageVVals --savedir "$data/plots-$exp" > /dev/null
echo "Plots: $data/plots-$exp/{Performance,LossV,DeltaLossV,AverageVVals}.png"
for v in 0 5 80; do
  for s in "${seeds[@]}"; do
    p="$data/${exp}_tv$v/${exp}_tv${v}_s$s/progress.txt"
    # The last epoch's AverageEpRet and LossV, by column name.
    awk -F'\t' -v run="tv$v s$s" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
      { r = $c["AverageEpRet"]; l = $c["LossV"] }
      END { printf "%-10s final AverageEpRet %10s   LossV %10s\n", run, r, l }' "$p"
  done
done
