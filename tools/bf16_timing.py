"""Does bf16 pay for the study's training on this device? Train with and without bf16 autocast, in turn.

    python tools/bf16_timing.py [--device cuda] [--model both|mlp|transcoder] [--rounds 3] [--fast]

For the study's MLP recipe and the default transcoder recipe (on the study's MLP), prints each
round's training time and result with and without bf16 (the order alternates each round, as in
`interleaved_timing`, after one untimed warm-up epoch of each), then the medians. `bf16_pays` decides
what the library does by default; this checks that choice on whole training runs, not single
matmuls. The study's MLP is trained (or loaded from the artifact cache) as the library would; then
the script allows bf16 (`TRANSCODER_NB_BF16=1`) so that each variant's own `bf16` field decides.
"""
import argparse, os, statistics, sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's transcoder_nb, installed or not
import torch
from transcoder_nb.bench import bench_recipe, bench_recipes
from transcoder_nb.data import BF16_ENV, _bf16_pays
from transcoder_nb.mlp import train_mlp
from transcoder_nb.study import StudyConfig, prepare_mlp

p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('--device', default='cuda'); p.add_argument('--rounds', type=int, default=3)
p.add_argument('--model', choices=('both', 'mlp', 'transcoder'), default='both')
p.add_argument('--fast', action='store_true', help='the small smoke configuration')
args = p.parse_args()

cfg = StudyConfig.fast() if args.fast else StudyConfig()
prep = prepare_mlp(cfg, device=args.device, progress=False)
print(f"device {args.device}: the library's own choice, bf16_pays = {_bf16_pays(torch.device(args.device).type)}; "
      f"the study's MLP {'loaded' if prep.cached else 'trained'}, bf16 {'on' if prep.meta.get('bf16') else 'off'}")
os.environ[BF16_ENV] = '1'  # from here each variant's own `bf16` field decides (emulated, and slow, on CPUs without it)

def mlp_run(bf16: bool, epochs: int|None = None) -> tuple[float, str]:
    _, h = train_mlp(prep.data, replace(cfg.mlp, bf16=bf16, epochs=epochs or cfg.mlp.epochs), args.device, progress=False)
    return h['time_s'][-1], f"test acc {h['test_acc'][-1]:.2f}%"

default = bench_recipes(args.fast)['default']

def transcoder_run(bf16: bool, epochs: int|None = None) -> tuple[float, str]:
    e, _ = bench_recipe(replace(default, bf16=bf16, epochs=epochs or default.epochs), prep)
    return e['train_s'], f"test FVU {e['test_fvu']:.4f}, spliced acc {e['spliced_test_acc']:.2f}%"

models = {'mlp': mlp_run, 'transcoder': transcoder_run}
for name, run in models.items():
    if args.model not in (name, 'both'): continue
    for bf16 in (True, False): run(bf16, epochs=1)  # warm-up: the first run of each pays for kernel choice and caches
    times = {'bf16': [], 'fp32': []}
    for r in range(args.rounds):
        for variant in (['fp32', 'bf16'] if r % 2 else ['bf16', 'fp32']):
            t, result = run(variant == 'bf16'); times[variant].append(t)
            print(f"{name} round {r + 1}: {variant}  train {t:.2f} s  {result}", flush=True)
    print(f"{name} medians: bf16 {statistics.median(times['bf16']):.2f} s, fp32 {statistics.median(times['fp32']):.2f} s")
