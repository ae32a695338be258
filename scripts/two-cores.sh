#!/usr/bin/env bash
# Runs the command lines read from standard input two at a time, each pinned to a core of its own
# (taskset -c 0 and 1), taking the next line whenever a core comes free, so that runs to be
# compared share the machine alike. Output is dropped; a line says which commands failed.
#   printf '%s\n' "cmd one" "cmd two" ... | scripts/two-cores.sh
set -euo pipefail
mapfile -t jobs
counter="$(mktemp)"
echo 0 > "$counter"
trap 'rm -f "$counter"' EXIT

worker() {
  local core=$1 i
  while true; do
    # The next job's index, taken and advanced under a lock.
    i=$(flock "$counter" sh -c 'i=$(cat "$1"); echo $((i + 1)) > "$1"; echo "$i"' _ "$counter")
    [ "$i" -ge "${#jobs[@]}" ] && return
    # shellcheck disable=SC2086 # a job is a command line
    taskset -c "$core" ${jobs[$i]} > /dev/null 2>&1 || echo "failed: ${jobs[$i]}" >&2
  done
}
worker 0 &
worker 1 &
wait
