#!/usr/bin/env bash
# Checks that a change left every algorithm's arithmetic alone: runs seeded short runs of all five
# algorithms with the build of git revision BASE and with this checkout, and compares their
# progress.txt files, Time column aside. Prints one line per run and exits 1 if any differs.
#   scripts/same-runs.sh BASE        e.g. scripts/same-runs.sh main~1
# Both builds run one after the other on one thread with run.sh's settings, so the only
# difference is the code. Takes a few minutes (two builds, eighteen short runs).
set -euo pipefail
set -f # the runs' flags hold [brackets], which must not be taken as file patterns
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:?usage: scripts/same-runs.sh BASE (a git revision)}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null
echo "same-runs: building $base ($(git -C "$root" rev-parse --short "$base")) and this checkout..." >&2
(cd "$work/base" && ./mvnw -q -B -DskipTests package) >&2
(cd "$root" && ./mvnw -q -B -DskipTests package) >&2

# Short runs that still reach every part of each algorithm: several episodes per epoch, updates
# from the first epoch, and off-policy test episodes; continuous and discrete on-policy runs.
runs=(
  "vpg --env CartPole-v1 --epochs 3 --steps_per_epoch 1000 --hid [32,32]"
  "ppo --env CartPole-v1 --epochs 3 --steps_per_epoch 1000 --hid [32,32]"
  "vpg --env Pendulum-v1 --epochs 2 --steps_per_epoch 1000 --hid [32,32]"
  "ppo --env Pendulum-v1 --epochs 2 --steps_per_epoch 1000 --hid [32,32]"
  "ddpg --env Pendulum-v1 --epochs 3 --steps_per_epoch 500 --start_steps 300 --update_after 300 --update_every 50 --batch_size 32 --hid [32,32] --max_ep_len 200 --num_test_episodes 2"
  "td3 --env Pendulum-v1 --epochs 3 --steps_per_epoch 500 --start_steps 300 --update_after 300 --update_every 50 --batch_size 32 --hid [32,32] --max_ep_len 200 --num_test_episodes 2"
  "sac --env Pendulum-v1 --epochs 3 --steps_per_epoch 500 --start_steps 300 --update_after 300 --update_every 50 --batch_size 32 --hid [32,32] --max_ep_len 200 --num_test_episodes 2"
  "sac --env Pendulum-v1 --epochs 2 --steps_per_epoch 500 --start_steps 300 --update_after 300 --update_every 50 --batch_size 32 --hid [32,32] --max_ep_len 200 --num_test_episodes 2 --alpha 0.1 --seed 3"
  "sac --env Pendulum-v1 --epochs 2 --steps_per_epoch 500 --start_steps 300 --update_after 300 --update_every 50 --batch_size 32 --hid [32,32] --max_ep_len 200 --num_test_episodes 2 --alpha auto --seed 1"
)

# progress.txt without its Time column
without_time() {
  awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "Time") t = i }
    { out = ""; for (i = 1; i <= NF; i++) if (i != t) out = out (out == "" && i == 1 ? "" : "\t") $i; print out }' "$1"
}

failed=0
n=0
for args in "${runs[@]}"; do
  n=$((n + 1))
  for side in base here; do
    dir="$work/base"
    [ "$side" = here ] && dir="$root"
    # shellcheck disable=SC2086 # the run's flags are words
    "$dir/run.sh" $args --threads 1 --exp_name "r$n" --data_dir "$work/data-$side" >/dev/null
  done
  a="$(find "$work/data-base/r$n" -name progress.txt)"
  b="$(find "$work/data-here/r$n" -name progress.txt)"
  rows=$(($(wc -l < "$b") - 1))
  if diff <(without_time "$a") <(without_time "$b") >/dev/null; then
    echo "identical ($rows rows): $args"
  else
    echo "DIFFERENT: $args"
    diff <(without_time "$a") <(without_time "$b") | head -6
    failed=1
  fi
done
exit "$failed"
