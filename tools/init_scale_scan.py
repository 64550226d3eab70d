"""Would a smaller initial encoder clean the backprojections? Train the default recipe with its encoder's initial weights scaled.

    python tools/init_scale_scan.py OUT [--device cuda] [--fast]

For each scale (and, at scales 1 and 0.1, with the columns of the never-varying pixels zeroed) and seeds 0 and 1,
prints the test FVU, the never-firing and under-1% shares, the spliced accuracy and the training time, and writes
OUT/<variant>.png, the 20 most frequent features' backprojections. In fp32 (bf16 off), so devices compare.
One run on an H200 took about 80 s; --fast is a smoke run (a subset, one epoch).
Needs MNIST where the library finds it ($TRANSCODER_NB_DATA).
"""
import argparse, time
from pathlib import Path

import matplotlib; matplotlib.use('Agg')
import matplotlib.pyplot as plt
import torch

import transcoder_nb.transcoder as T
from transcoder_nb.features import firing_stats, plot_top_features
from transcoder_nb.study import StudyConfig, prepare_mlp

VARIANTS = [('s1', 1., False), ('s0.3', .3, False), ('s0.1', .1, False), ('s0.03', .03, False),
            ('s1-zeroconst', 1., True), ('s0.1-zeroconst', .1, True)]

def scaled_init(scale, zero_const, init=T.init_from_data):
    "`init_from_data`, then the encoder's weights times `scale` (never-varying inputs' columns zeroed first) and its bias re-centred."
    def f(tc, x, y, dec_norm=0.2):
        init(tc, x, y, dec_norm)
        with torch.no_grad():
            W = tc.encoder.weight
            if zero_const: W[:, x.float().std(0) == 0] = 0
            W.mul_(scale); tc.encoder.bias.copy_(-W @ x.float().mean(0))
        return tc
    return f

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('out'); p.add_argument('--device', default='cpu'); p.add_argument('--fast', action='store_true')
    a = p.parse_args(); out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    cfg = StudyConfig.fast() if a.fast else StudyConfig()
    prep = prepare_mlp(cfg, device=a.device, use_cache=False, progress=False)
    tr, te = prep.clean_train_acts, prep.test_acts  # the default recipe trains on the clean images
    print('never-varying pixels:', int((tr.x.float().std(0) == 0).sum()))
    sizes = dict(n_latents=cfg.transcoder.n_latents, k=cfg.transcoder.k, epochs=1) if a.fast else {}
    for name, scale, zero_const in VARIANTS:
        T.init_from_data = scaled_init(scale, zero_const)  # train_transcoder looks it up in its module
        for seed in (0, 1):
            t = time.perf_counter()
            tc, _ = T.train_transcoder(tr.x, tr.post, T.recipe('default', bf16=False, seed=seed, **sizes), te.x, te.post, False, prep.mlp.head)
            dt = time.perf_counter() - t
            m, sm = T.transcoder_metrics(tc, te.x, te.post), T.splice_metrics(prep.mlp.head, tc, te.x, te.post, te.y)
            st = firing_stats(tc.codes(te.x))
            print(f"{name:15s} seed {seed}: FVU {m['fvu']:.4f}, never fire {m['dead_frac']:.1%}, <1% {m['dead_lt1pct_frac']:.1%}, "
                  f"spliced {sm['acc']:.2f}%, {dt:.1f} s", flush=True)
            if seed == 0:
                fig = plot_top_features(tc.cpu(), st, prep.data.image_shape)
                fig.suptitle(name); fig.savefig(out/f'{name}.png', dpi=60); plt.close(fig)

if __name__ == '__main__': main()
