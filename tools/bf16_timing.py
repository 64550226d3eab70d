"""Does bf16 pay for the default recipe on this device? Train it with and without bf16 autocast, in turn.

    python tools/bf16_timing.py [--device cuda] [--rounds 3] [--fast]

Prints, for each round, the training time and test FVU of both variants (the order alternates each
round, as in `interleaved_timing`), then the medians. `bf16_pays` decides what the library does by
default; this measures whether that choice is right for whole training runs, not single matmuls.
The MLP is trained as the library would; then the script allows bf16 (`TRANSCODER_NB_BF16=1`) for the two variants.
"""
import argparse, os, statistics
from dataclasses import replace

import torch
from transcoder_nb.bench import bench_recipe, bench_recipes
from transcoder_nb.data import BF16_ENV, bf16_pays
from transcoder_nb.study import StudyConfig, prepare_mlp

p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('--device', default='cuda'); p.add_argument('--rounds', type=int, default=3)
p.add_argument('--fast', action='store_true', help='the small smoke configuration')
args = p.parse_args()

prep = prepare_mlp(StudyConfig.fast() if args.fast else StudyConfig(), device=args.device, progress=False)  # as the library does
default = bench_recipes(args.fast)['default']
variants = {'bf16': replace(default, bf16=True), 'fp32': replace(default, bf16=False)}
print(f"device {args.device}: the library's own choice, bf16_pays = {bf16_pays(args.device)}; default recipe, {default.epochs} epochs, "
      f"{default.n_latents} latents, k = {default.k}")
os.environ[BF16_ENV] = '1'  # from here bf16 is allowed: each variant's own `bf16` field decides (emulated, and slow, on CPUs without it)
runs = {name: [] for name in variants}
for r in range(args.rounds):
    for name in (list(variants)[::-1] if r % 2 else list(variants)):
        e, _ = bench_recipe(variants[name], prep)
        runs[name].append(e); print(f"round {r + 1}: {name}  train {e['train_s']:.2f} s  test FVU {e['test_fvu']:.4f}  "
                                    f"spliced acc {e['spliced_test_acc']:.2f}%  (bf16 ran: {e['bf16']})", flush=True)
for name, es in runs.items():
    print(f"median {name}: train {statistics.median(e['train_s'] for e in es):.2f} s, "
          f"test FVU {statistics.median(e['test_fvu'] for e in es):.4f}")
