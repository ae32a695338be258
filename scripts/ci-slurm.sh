#!/usr/bin/env bash
# CI's test of --launcher slurm against a real Slurm: starts a one-node cluster on this machine
# (Debian's slurm-wlm with munge, a slurm.conf written for localhost), submits a grid of 2
# variants x 2 seeds of VPG on CartPole-v1 for 2 epochs as one job array, waits for it, and
# checks every run's progress.txt; then requeues a running task and checks that it resumed.
# On a failure it prints Slurm's logs and cancels what it submitted; it always stops the
# daemons it started.
#   scripts/ci-slurm.sh            (root, for apt-get and the daemons; .ci/run calls it)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { echo "ci-slurm: $*"; }

# Without Slurm: one line, exit code 2, nothing written (checked while sbatch is not installed).
if ! command -v sbatch > /dev/null; then
  empty="$(mktemp -d)"
  set +e
  said=$(./run.sh vpg --env CartPole-v1 --seed 0 1 --data_dir "$empty/data" --launcher slurm 2>&1)
  code=$?
  set -e
  if [ "$code" != 2 ] || [ "$(echo "$said" | wc -l)" != 1 ] || [ -e "$empty/data" ]; then
    say "without sbatch, --launcher slurm gave exit code $code and: $said" >&2
    exit 1
  fi
  say "without Slurm: exit code 2, nothing written: $said"
  rmdir "$empty"
fi

if ! command -v sbatch > /dev/null || ! command -v slurmctld > /dev/null || ! command -v munged > /dev/null; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get > /dev/null; then
    say "Slurm is not installed and cannot be installed here (needs root and apt-get)" >&2
    exit 1
  fi
  say "installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge > /dev/null
fi

state="$(mktemp -d /tmp/spinup4j-slurm.XXXXXX)"
chmod 755 "$state"
cleanup() {
  code=$?
  if [ "$code" != 0 ] && [ -n "${SLURM_CONF:-}" ]; then
    say "failed (exit code $code): Slurm's logs follow" >&2
    for log in "$state"/slurmctld.log "$state"/slurmd.log "$state"/data/slurm/*/slurm-*.out; do
      [ -f "$log" ] && { echo "--- $log" >&2; tail -30 "$log" >&2; }
    done
    scancel --user "$(id -un)" 2> /dev/null || true
  fi
  for pid in "$state"/*.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2> /dev/null || true
  done
}
trap cleanup EXIT

# munge authenticates Slurm's messages; its key is made once, by the package or here.
if [ ! -s /etc/munge/munge.key ]; then
  mungekey --create --keyfile /etc/munge/munge.key 2> /dev/null \
    || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
fi
mkdir -p /run/munge && chown munge:munge /run/munge
if ! munge -n > /dev/null 2>&1; then
  runuser -u munge -- munged || munged --force
  pgrep -n -x munged > "$state/munged.pid"   # started here, so stopped at the end
fi

mem_mb=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))
cat > "$state/slurm.conf" <<EOF
ClusterName=spinup4j-ci
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
# A requeued job waits cred_expire seconds before it starts again (default 120).
AuthInfo=cred_expire=20
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/slurmd
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
NodeName=localhost CPUs=$(nproc) RealMemory=$mem_mb State=UNKNOWN
PartitionName=ci Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
mkdir -p "$state/ctld" "$state/slurmd"
export SLURM_CONF="$state/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF" -N localhost
for i in $(seq 60); do
  sinfo -h -o '%T' 2> /dev/null | grep -qE '^idle' && break
  [ "$i" = 60 ] && { say "the node did not come up"; tail -20 "$state"/*.log >&2; exit 1; }
  sleep 1
done
say "one-node Slurm up: $(sinfo -h -o '%P %D node(s) %c CPUs %T')"

data="$state/data"
./run.sh vpg --env CartPole-v1 --epochs 2 --steps_per_epoch 1000 --hid[h] '[16]' '[32]' \
    --seed 0 10 --exp_name ci_slurm --data_dir "$data" --launcher slurm --slurm_opts "--wait" \
  | tee "$state/submit.txt"
job=$(sed -n 's/^Submitted Slurm job array \([0-9]*\):.*/\1/p' "$state/submit.txt")
[ -n "$job" ] || { say "no job id in the grid's output"; exit 1; }
say "job submitted: array $job"
# sbatch --wait has returned; no task of the array may be left in the queue.
left=$( (squeue -h -j "$job" 2> /dev/null || true) | wc -l)
[ "$left" = 0 ] || { say "$left array tasks still queued"; exit 1; }
say "array tasks finished: $(ls "$data"/slurm/ci_slurm_*/slurm-"${job}"_*.out | wc -l) task logs"

runs=0
for dir in "$data"/ci_slurm_h16/ci_slurm_h16_s0 "$data"/ci_slurm_h16/ci_slurm_h16_s10 \
    "$data"/ci_slurm_h32/ci_slurm_h32_s0 "$data"/ci_slurm_h32/ci_slurm_h32_s10; do
  rows=$(($(wc -l < "$dir/progress.txt") - 1))
  [ "$rows" = 2 ] || { say "$dir/progress.txt has $rows epochs, not 2"; cat "$dir/stdout.txt" >&2; exit 1; }
  grep -q '"hidden_sizes"' "$dir/config.json" || { say "$dir/config.json lacks the grid's values"; exit 1; }
  runs=$((runs + 1))
done
say "runs checked: $runs runs, each with 2 epochs in progress.txt"

# A requeued task (node failure, preemption) starts again and must resume its run, not refuse
# its own directory: requeue one while it trains, then check it finished every epoch.
./run.sh vpg --env CartPole-v1 --epochs 12 --steps_per_epoch 4000 --seed 0 --exp_name ci_requeue \
    --data_dir "$data" --launcher slurm > "$state/requeue.txt"
job=$(sed -n 's/^Submitted Slurm job array \([0-9]*\):.*/\1/p' "$state/requeue.txt")
dir="$data/ci_requeue/ci_requeue_s0"
rows() { [ -f "$dir/progress.txt" ] && echo $(($(wc -l < "$dir/progress.txt") - 1)) || echo 0; }
for i in $(seq 120); do
  [ "$(rows)" -ge 2 ] && break
  [ "$i" = 120 ] && { say "the run to requeue wrote no epochs in 120 s"; exit 1; }
  sleep 1
done
at=$(rows)
scontrol requeue "${job}_0"
say "task requeued after $at of 12 epochs"
for i in $(seq 300); do
  [ -z "$(squeue -h -j "$job" 2> /dev/null || true)" ] && break
  [ "$i" = 300 ] && { say "the requeued task did not finish in 300 s"; exit 1; }
  sleep 1
done
grep -q "^Resuming $dir after epoch" "$dir/stdout.txt" \
  || { say "the requeued task did not resume"; cat "$dir/stdout.txt" >&2; exit 1; }
[ "$(rows)" = 12 ] || { say "$dir/progress.txt has $(rows) epochs, not 12"; exit 1; }
say "requeued task resumed: $(grep -m1 "^Resuming" "$dir/stdout.txt" | sed 's/.* after //'), 12 epochs in progress.txt"
