"""Re-measure the numbers quoted in the design notes of `nbs/03_transcoder.ipynb`.

    python tools/design_notes.py [--only init,lr,batch,auxk,adam,gather] [--fast]

Each part prints one line per variant, in the form the notes quote:
- `init`: the default recipe with decoder rows of unit norm against norm 0.2 (`init_from_data`'s
  `dec_norm`): test FVU after the first epoch and at the end;
- `lr`: the default recipe at batch 1024 for 4 epochs with the learning-rate rule (`lr=None`) and
  with lr 2e-3 and 4e-3;
- `batch`: the default recipe for 8 epochs at batch 512 and lr 1e-3 against batch 1024 and lr 2e-3;
- `auxk`: the default recipe against AuxK with `k_aux` = d_out / 2 = 256 (Gao et al.'s choice) and
  with a dead-latent window of one epoch instead of a quarter;
- `adam`: one Adam step over a default transcoder's parameters, fused and not (best of 20);
- `gather`: the encoder's backward pass for a batch of 512 at k = 64, through `gather_pre` and
  dense (best of 20).
The training parts train on the study's MLP (trained, or loaded from the artifact cache, as the
library would) and report the test FVU that `tnb-bench` reports. FVUs repeat exactly on one machine;
timings vary with the machine's load, so run it on an otherwise idle machine.
"""
import argparse, sys, time
from dataclasses import replace
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's transcoder_nb, installed or not
import torch
import transcoder_nb.transcoder as T
from transcoder_nb.bench import bench_recipe, bench_recipes
from transcoder_nb.study import StudyConfig, prepare_mlp

PARTS = ('init', 'lr', 'batch', 'auxk', 'adam', 'gather')
p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('--only', default=','.join(PARTS), help=f"comma-separated parts, of: {', '.join(PARTS)}")
p.add_argument('--fast', action='store_true', help='the small smoke configuration (a check that the script runs)')
args = p.parse_args()
parts = args.only.split(',')
if bad := set(parts) - set(PARTS): p.error(f"unknown parts {sorted(bad)}; choose from {', '.join(PARTS)}")

default = bench_recipes(args.fast)['default']
scale = (lambda e: 1) if args.fast else (lambda e: e)  # epochs: 1 in the smoke run

def best_ms(f, reps: int = 20) -> float:
    f(); ts = []
    for _ in range(reps): t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return 1e3 * min(ts)

if {'init', 'lr', 'batch', 'auxk'} & set(parts):
    prep = prepare_mlp(StudyConfig.fast() if args.fast else StudyConfig(), progress=False)
    def fvu(cfg, label, **kw):
        e, _ = bench_recipe(cfg, prep, **kw)
        firsts = e['curve'][0][1]
        print(f"  {label}: test FVU {e['test_fvu']:.4f} after {cfg.epochs} epochs (first epoch {firsts:.4f}), "
              f"never firing {e['dead_frac']:.1%}, firing on <1% {e['dead_lt1pct_frac']:.1%}, {e['train_s']:.1f} s")

if 'init' in parts:
    print(f"init: the default recipe ({default.epochs} epochs), decoder rows of norm")
    original = T.init_from_data
    for norm in (1.0, 0.2):
        T.init_from_data = partial(original, dec_norm=norm)  # `train_transcoder` calls it with the default dec_norm
        try: fvu(default, f"{norm}")
        finally: T.init_from_data = original

if 'lr' in parts:
    print("lr: the default recipe at batch 1024 for 4 epochs, learning rate")
    for lr in (None, 2e-3, 4e-3):
        cfg = replace(default, batch_size=1024, epochs=scale(4), lr=lr)
        fvu(cfg, f"{cfg.learning_rate:.2g}" + (" (the rule)" if lr is None else ""))

if 'batch' in parts:
    print("batch: the default recipe for 8 epochs, batch and learning rate")
    for bs, lr in ((512, 1e-3), (1024, 2e-3)): fvu(replace(default, batch_size=bs, lr=lr, epochs=scale(8)), f"batch {bs}, lr {lr:g}")

if 'auxk' in parts:
    print(f"auxk: the default recipe (k_aux {default.k_aux}, window {default.dead_after} epoch) and variants")
    for label, kw in (('default', {}), ('k_aux 256', dict(k_aux=256)), ('window 1 epoch', dict(dead_after=1.0))):
        fvu(replace(default, **kw), label)

if 'adam' in parts:
    tc = T.make_transcoder(784, 512, default)
    for p_ in tc.parameters(): p_.grad = torch.randn_like(p_)
    ms = {f: best_ms(torch.optim.Adam(tc.parameters(), lr=1e-3, fused=f).step) for f in (False, True)}
    print(f"adam: one step over a default transcoder's {sum(p_.numel() for p_ in tc.parameters()):,} parameters: "
          f"{ms[False]:.2f} ms, fused {ms[True]:.2f} ms ({ms[False] / ms[True]:.1f}× faster)")

if 'gather' in parts:
    g = torch.Generator().manual_seed(0)
    enc = torch.nn.Linear(784, 2048)
    x = torch.rand(512, 784, generator=g) * (torch.rand(512, 784, generator=g) < 0.19)  # about as sparse as MNIST's pixels
    with torch.no_grad(): pre = enc(x)
    cols = pre.topk(64, dim=1).indices
    w = torch.randn(512, 64, generator=g)
    def backward(sparse: bool):
        def run():
            enc.zero_grad(set_to_none=True)
            vals = T.gather_pre(enc, x, pre, cols) if sparse else enc(x).gather(1, cols)
            (vals * w).sum().backward()
        return run
    # time the whole step of each path; the dense forward matmul is timed apart and taken off
    with torch.no_grad(): fwd = best_ms(lambda: enc(x))
    dense, sparse = best_ms(backward(False)) - fwd, best_ms(backward(True))
    print(f"gather: encoder gradient of a batch of 512 at k = 64 of 2048 latents: {sparse:.1f} ms through gather_pre, "
          f"{dense:.1f} ms dense (its forward matmul, {fwd:.1f} ms, taken off)")
