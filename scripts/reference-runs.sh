#!/usr/bin/env bash
# Runs DDPG, TD3 and SAC in Spinning Up's reference configuration (defaults, Pendulum-v1,
# max_ep_len 200, 10 epochs of 4000 steps, seeds 0 1 2) and prints each final AverageTestEpRet.
#   scripts/reference-runs.sh [--algos ddpg,td3,sac] [--seeds 0,1,2] [--epochs 10]
#                             [--data_dir data] [--threads 1]
# Long: each run makes about 40,000 gradient steps (minutes to tens of minutes per run on 2 cores).
# MKL_CBWR=AUTO,STRICT as run.sh sets it (a value of your own wins), so that a seed gives one run on
# this machine; COMPATIBLE makes it the same across processors but slows matrix products about 3x.
set -euo pipefail
export MKL_CBWR="${MKL_CBWR:-AUTO,STRICT}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/algos/target/spinup4j-algos.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root"/{utils,envs,algos}/src/main -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests package) >&2
fi
exec java -Djava.awt.headless=true -Dai.djl.offline=true \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda=error \
  -cp "$jar:$root/algos/target/lib/*" org.spinup4j.cli.bench.ReferenceRuns "$@"
