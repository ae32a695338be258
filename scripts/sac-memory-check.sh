#!/usr/bin/env bash
# Checks that a long SAC run keeps its resident memory flat (native memory included): trains SAC
# on Pendulum-v1 for 200,000 steps (50 epochs of 4000) with small (32, 32) networks, and prints the
# process's VmRSS from /proc/PID/status every 10 seconds beside the number of epochs done. The
# Java heap is fixed at 256 MB (-Xms = -Xmx), so that growth of the RSS after warm-up can only be
# native memory (PyTorch tensors, JNI handles); left to itself the G1 heap grows in steps toward a
# quarter of the machine's memory, which hides native leaks.
#   scripts/sac-memory-check.sh [extra sac flags...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
SPINUP4J_JAVA_OPTS="-Xms256m -Xmx256m -Dai.djl.pytorch.num_threads=1" "$root/run.sh" sac --env Pendulum-v1 \
  --epochs 50 --steps_per_epoch 4000 --hid "[32,32]" --max_ep_len 200 --save_freq 10 \
  --exp_name memcheck --data_dir "$out" "$@" > "$out/console.txt" 2>&1 &
pid=$!
progress="$out/memcheck/memcheck_s0/progress.txt"
echo "seconds  epochs  VmRSS"
start=$SECONDS
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print $2, $3}' "/proc/$pid/status" 2>/dev/null || true)
  epochs=$(( $( (cat "$progress" 2>/dev/null || true) | wc -l) - 1 ))
  [ -n "$rss" ] && printf "%7d  %6d  %s\n" $((SECONDS - start)) $((epochs < 0 ? 0 : epochs)) "$rss"
  sleep 10
done
wait "$pid"
echo "output: $out"
