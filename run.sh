#!/usr/bin/env bash
# Runs the spinup4j command line: ./run.sh COMMAND [options]   (./run.sh --help lists commands)
# Builds the project first when there is no build yet or a source file is newer than it.
#   ./run.sh --classpath my-envs.jar COMMAND ...   also loads your jars (environments of your own:
#   docs/user-guide/your-own-environment.md); SPINUP4J_CLASSPATH=my-envs.jar does the same.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Your jars or class folders, ':'-separated, made absolute so that a grid's child processes and
# Slurm's tasks (which inherit SPINUP4J_CLASSPATH) find them from any folder.
user_cp="${SPINUP4J_CLASSPATH:-}"
if [ "${1:-}" = "--classpath" ] || [ "${1:-}" = "-cp" ]; then
  if [ $# -lt 2 ]; then
    echo "run.sh: --classpath needs a value: jars or folders separated by ':'" >&2
    exit 2
  fi
  user_cp="$2"
  shift 2
elif [[ "${1:-}" == --classpath=* ]]; then
  user_cp="${1#--classpath=}"
  shift
fi
if [ -n "$user_cp" ]; then
  absolute=""
  IFS=':' read -r -a entries <<< "$user_cp"
  for entry in "${entries[@]}"; do
    [ -z "$entry" ] && continue
    if [ ! -e "$entry" ]; then
      echo "run.sh: --classpath entry '$entry' does not exist (give jars or class folders," \
        "separated by ':')" >&2
      exit 2
    fi
    case "$entry" in /*) ;; *) entry="$(cd "$(dirname "$entry")" && pwd)/$(basename "$entry")" ;; esac
    absolute="${absolute:+$absolute:}$entry"
  done
  export SPINUP4J_CLASSPATH="$absolute"
fi
jar="$root/algos/target/spinup4j-algos.jar"
# When run.sh's last build started. Maven rewrites the jar only when a class changed, so after an
# edit that changes no class (in a pom, say) the jar stays older than the sources, and comparing
# with the jar alone would rebuild on every run.
built="$root/algos/target/.run.sh-built"

changed_since() {
  [ -n "$(find "$root/pom.xml" "$root"/{utils,envs,algos}/pom.xml "$root"/{utils,envs,algos}/src/main \
      -newer "$1" -print -quit 2>/dev/null)" ]
}

needs_build() {
  [ ! -f "$jar" ] && return 0
  changed_since "$jar" && { [ ! -f "$built" ] || changed_since "$built"; }
}

if needs_build; then
  # One build at a time: several run.sh started together (two experiments on two cores) would
  # otherwise build into the same target folders at once and break each other.
  mkdir -p "$root/algos/target"
  lock="$root/algos/target/.build.lock"
  if command -v flock > /dev/null; then
    exec 9>"$lock"
    flock 9
  else
    # No flock (macOS): making a directory is atomic too. One left by a killed build is stale.
    waited=0
    until mkdir "$lock.d" 2> /dev/null; do
      [ "$waited" = 10 ] && echo "run.sh: waiting for another build (if none runs, remove $lock.d)" >&2
      sleep 1
      waited=$((waited + 1))
    done
    trap 'rmdir "$lock.d" 2> /dev/null' EXIT   # a failed build must not leave it behind
  fi
  if needs_build; then
    echo "run.sh: building spinup4j (first use, or sources changed)..." >&2
    touch "$built.new"
    (cd "$root" && ./mvnw -q -B -DskipTests package) >&2
    mv -f "$built.new" "$built"
  fi
  if command -v flock > /dev/null; then exec 9>&-; else rmdir "$lock.d"; trap - EXIT; fi
fi

# Intel MKL's matrix kernels may round differently depending on where in memory a tensor lies,
# which changes from run to run; STRICT makes one seed give one run, at no measured cost
# (docs/benchmarks.md, "Reproducibility"). An MKL_CBWR of your own wins.
export MKL_CBWR="${MKL_CBWR:-AUTO,STRICT}"
# PyTorch's matrix products run in Intel MKL, which picks generic kernels on processors not made by
# Intel: 2-3x slower on AMD EPYC. A one-line library (algos/src/main/c/mkl_intel_path.c), compiled
# once and preloaded, sends MKL down its usual path, where it picks kernels by the processor's
# features (docs/benchmarks.md, "MKL on AMD processors"). SPINUP4J_MKL_ON_AMD=0 turns it off.
if [ "${SPINUP4J_MKL_ON_AMD:-1}" != 0 ] && [ "$(uname -sm)" = "Linux x86_64" ] \
    && grep -qm1 AuthenticAMD /proc/cpuinfo; then
  shim_src="$root/algos/src/main/c/mkl_intel_path.c"
  shim="$root/algos/target/native/libmkl_intel_path.so"
  if [ ! -f "$shim" ] || [ "$shim_src" -nt "$shim" ]; then
    if command -v cc > /dev/null; then
      # Built under a name of its own and renamed: runs started together never see half a file.
      mkdir -p "${shim%/*}"
      cc -shared -fPIC -O2 -o "$shim.$$" "$shim_src" && mv -f "$shim.$$" "$shim"
    else
      echo "run.sh: no C compiler (cc), so MKL runs its slow generic kernels on this AMD processor;" \
        "install gcc, or set SPINUP4J_MKL_ON_AMD=0 to keep them and silence this" >&2
    fi
  fi
  if [ -f "$shim" ]; then export LD_PRELOAD="$shim${LD_PRELOAD:+:$LD_PRELOAD}"; fi
fi
# glibc returns the freed memory of large temporaries (a 4000x64 activation is 1 MB) to the kernel
# and faults it back in page by page at the next allocation; keeping it makes PPO about 15% faster
# (docs/benchmarks.md, "Where the time goes"). glibc takes the last value of a tunable, so settings
# of your own in GLIBC_TUNABLES go after these and win.
export GLIBC_TUNABLES="glibc.malloc.mmap_threshold=4194304:glibc.malloc.trim_threshold=33554432${GLIBC_TUNABLES:+:$GLIBC_TUNABLES}"

# A grid submitted to Slurm (--launcher slurm) runs each of its runs through this script.
export SPINUP4J_RUN_SH="$root/run.sh"
# The serial collector and a bounded heap keep a long run's resident memory flat: training
# allocates little on the Java side (docs/benchmarks.md, "Memory").
exec java -XX:+UseSerialGC -Xmx2g ${SPINUP4J_JAVA_OPTS:-} \
  -Djava.awt.headless="${SPINUP4J_HEADLESS:-$([ -n "${DISPLAY:-}" ] && echo false || echo true)}" \
  -Dai.djl.offline=true \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda=error \
  -cp "$jar:$root/algos/target/lib/*${SPINUP4J_CLASSPATH:+:$SPINUP4J_CLASSPATH}" \
  org.spinup4j.cli.Main "$@"
