#!/usr/bin/env bash
# Learning curves before and after a change that may alter float rounding (issue 21's check):
# the build of git revision BASE and this checkout, 3 seeds each, one thread, each with its own
# run.sh: VPG and PPO on CartPole-v1 (30 epochs), DDPG, TD3 and SAC on Pendulum-v1 (8 epochs).
# Two runs at a time, one per core. Then one figure per algorithm (mean and spread of 3 seeds).
#   scripts/learning-before-after.sh BASE OUT_DIR      e.g. scripts/learning-before-after.sh main~3 /tmp/ba
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:?usage: scripts/learning-before-after.sh BASE OUT_DIR}"
out="${2:?usage: scripts/learning-before-after.sh BASE OUT_DIR}"
mkdir -p "$out"
if [ ! -d "$out/base-src" ]; then
  git -C "$root" worktree add --detach "$out/base-src" "$base" > /dev/null
fi
echo "learning-before-after: building $base and this checkout..." >&2
(cd "$out/base-src" && ./mvnw -q -B -DskipTests package) >&2
(cd "$root" && ./mvnw -q -B -DskipTests package) >&2
jobs=()
for seed in 0 1 2; do
  for side in before after; do
    dir="$root"
    [ "$side" = before ] && dir="$out/base-src"
    for spec in "vpg CartPole-v1 30" "ppo CartPole-v1 30" "ddpg Pendulum-v1 8" "td3 Pendulum-v1 8" \
        "sac Pendulum-v1 8"; do
      set -- $spec
      jobs+=("$dir/run.sh $1 --env $2 --epochs $3 --seed $seed --threads 1 --exp_name $1-$side --data_dir $out/runs")
    done
  done
done
printf '%s\n' "${jobs[@]}" | "$root/scripts/two-cores.sh"
for algo in vpg ppo ddpg td3 sac; do
  "$root/run.sh" plot "$out/runs/$algo-before" "$out/runs/$algo-after" \
    --legend "$algo before" "$algo after" --savedir "$out/figures/$algo"
done
echo "figures in $out/figures" >&2
