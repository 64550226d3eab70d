"""Does the sparse encoder gradient pay on this device? Train the default recipe with it and without, in turn.

    python tools/sparse_grad_timing.py [--device cuda] [--rounds 5] [--fast]

`TranscoderConfig.sparse_grad` sends the encoder's gradient through the selected latents only
(`gather_pre`) instead of a dense matmul: about a third fewer FLOPs, but gathers and scatters in
their place. This trains the default recipe on the study's MLP (trained, or loaded from the artifact
cache, as the library would) with the dense gradient and with the sparse one, after one untimed
warm-up epoch of each, in the alternating order of `interleaved_timing` (A B, B A, ...), and prints
every run's training time and result, then the medians.
"""
import argparse, statistics, sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's transcoder_nb, installed or not
from transcoder_nb.bench import bench_recipe, bench_recipes
from transcoder_nb.study import StudyConfig, prepare_mlp

p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('--device', default='cuda'); p.add_argument('--rounds', type=int, default=5)
p.add_argument('--fast', action='store_true', help='the small smoke configuration')
args = p.parse_args()

prep = prepare_mlp(StudyConfig.fast() if args.fast else StudyConfig(), device=args.device, progress=False)
default = bench_recipes(args.fast)['default']
variants = {'dense': default, 'sparse': replace(default, sparse_grad=True)}
print(f"device {args.device}: the default recipe ({default.epochs} epochs, {default.n_latents} latents, k = {default.k}), "
      f"the study's MLP {'loaded' if prep.cached else 'trained'}")
for cfg in variants.values(): bench_recipe(replace(cfg, epochs=1), prep)  # warm-up: kernel choice and caches

times = {name: [] for name in variants}
for r in range(args.rounds):
    for name in (list(variants)[::-1] if r % 2 else list(variants)):
        e, _ = bench_recipe(variants[name], prep); times[name].append(e['train_s'])
        print(f"round {r + 1}: {name:6}  train {e['train_s']:.2f} s  test FVU {e['test_fvu']:.4f}  "
              f"spliced acc {e['spliced_test_acc']:.2f}%  never firing {e['dead_frac']:.1%}", flush=True)
print('medians: ' + ', '.join(f"{n} {statistics.median(t):.2f} s" for n, t in times.items()))
