#!/usr/bin/env bash
# The GPU measurements quoted in the README, in one go:
#   bash tools/gpu_bench.sh OUT [CPU_BENCH_JSON]
# 1. a quick CUDA smoke run (scikit-learn's digits: no data files);
# 2. the whole study (`tnb-run --device cuda`) with an empty artifact cache, then again with it full;
# 3. `tnb-bench --device cuda`, beside CPU_BENCH_JSON (an earlier CPU run's bench.json) if given;
# 4. the study with the bilinear comparison, the bilinear MLP trained on the GPU;
# 5. tools/bf16_timing.py: the default transcoder recipe with and without bf16 autocast, five rounds in turn;
# 6. tools/sparse_grad_timing.py: the default recipe with the dense and the sparse encoder gradient, five rounds in turn.
# Needs MNIST where the library finds it ($TRANSCODER_NB_DATA), and python3 with PyTorch; it runs this checkout's transcoder_nb.
# OUT gets log.txt, the metrics.json of each study run and bench/{bench.json,bench.md,bench.png}.
set -u
out=${1:?usage: bash tools/gpu_bench.sh OUT [CPU_BENCH_JSON]}; cpu_bench=${2:-}
mkdir -p "$out/bench"; out=$(cd "$out" && pwd)
work=$(mktemp -d); cache="$work/cache"
export PYTHONUNBUFFERED=1 TRANSCODER_NB_CACHE="$cache"
export PYTHONPATH="$(cd "$(dirname "$0")/.." && pwd)${PYTHONPATH:+:$PYTHONPATH}"  # this checkout's transcoder_nb
exec > >(tee "$out/log.txt") 2>&1

step() {  # step NAME LIMIT_S COMMAND...: run, time and report one step; a failure does not stop the later ones
    local name=$1 limit=$2; shift 2
    echo "=== $name: $*"; local t=$(date +%s.%N)
    timeout "$limit" "$@"; local rc=$?
    echo "=== $name: exit $rc after $(python3 -c "print(f'{$(date +%s.%N) - $t:.1f}')") s"
}

echo "=== machine"; nvidia-smi -L; nproc; grep -m1 'model name' /proc/cpuinfo
(cd "$(dirname "$0")/.." && echo "revision $(git rev-parse --short HEAD 2>/dev/null || echo unknown)" && git status --short 2>/dev/null
 echo "library fingerprint $(printf '%s\n' transcoder_nb/*.py | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)")  # what ran, even where .git is a stale copy; C order: a glob's order follows the locale
python3 -c "import torch, sys; print('python', sys.version.split()[0], 'torch', torch.__version__, 'cuda', torch.cuda.is_available(), torch.cuda.get_device_name() if torch.cuda.is_available() else '')"

step smoke 90 python3 -m transcoder_nb.cli --dataset digits --fast --device cuda --out "$work/smoke" --cache-dir "$work/smoke-cache" --quiet
step study 150 python3 -m transcoder_nb.cli --device cuda --out "$work/study" --quiet
cp "$work/study/metrics.json" "$out/study-metrics.json"
step study-cached 60 python3 -m transcoder_nb.cli --device cuda --out "$work/study-cached" --quiet
cp "$work/study-cached/metrics.json" "$out/study-cached-metrics.json"
step bench 150 python3 -m transcoder_nb.bench --device cuda --out "$out/bench" --quiet ${cpu_bench:+--compare "$cpu_bench"}
step bilinear 90 python3 -m transcoder_nb.cli --device cuda --bilinear --out "$work/bilinear" --quiet
cp "$work/bilinear/metrics.json" "$out/bilinear-metrics.json"
step bf16 150 python3 "$(dirname "$0")/bf16_timing.py" --device cuda --model transcoder --rounds 5
step sparse_grad 120 python3 "$(dirname "$0")/sparse_grad_timing.py" --device cuda --rounds 5
rm -rf "$work"
sleep 1  # let tee finish the log
