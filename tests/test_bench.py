"`tnb-bench`: the side-by-side recipe benchmark, in its fast configuration."
import json, subprocess

def test_bench_fast_writes_json_and_markdown(tmp_path, mnist_available):
    out = tmp_path / 'bench'
    r = subprocess.run(['tnb-bench', '--fast', '--quiet', '--out', str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    b = json.loads((out / 'bench.json').read_text())
    assert b['device'] == 'cpu' and b['threads'] >= 1
    assert b['matmul_gflops']['fp32'] > 0 and isinstance(b['bf16_pays'], bool)
    assert (b['matmul_gflops']['bf16'] or 0) > 0 if b['bf16_pays'] else b['matmul_gflops']['bf16'] is None
    assert b['default']['bf16'] == b['bf16_pays'] and b['original']['bf16'] is False  # what ran, not what was asked
    for name in ('original', 'default'):
        r = b[name]
        for k in ('train_s', 'test_fvu', 'test_mse', 'dead_frac', 'dead_lt1pct_frac', 'spliced_test_acc', 'l0', 'flops'):
            assert isinstance(r[k], (int, float)), (name, k)
        assert 0 < r['test_fvu'] < 1 and 0.9 * r['config']['k'] < r['l0'] <= r['config']['k'] + 1e-6
        times = [t for t, _ in r['curve']]
        assert r['evals_per_epoch'] == 4  # 24 and 12 batches per epoch: nothing caps the 4 asked for
        assert len(r['curve']) == r['evals_per_epoch'] * r['config']['epochs'] and times == sorted(times)
        assert abs(r['curve'][-1][1] - r['test_fvu']) < 1e-6  # the curve ends at the final model
    # The first point of the default's curve at or below the original's final FVU
    first = next((t for t, f in b['default']['curve'] if f <= b['original']['test_fvu']), None)
    assert first is not None  # even this short run of the default passes the original's final FVU (0.221 against 0.235)
    assert b['default']['time_to_original_fvu_s'] == first
    assert b['speedup_to_original_fvu'] == b['original']['train_s'] / first
    md = (out / 'bench.md').read_text()
    assert '| test FVU |' in md and 'bench.png' in md
    assert (out / 'bench.png').stat().st_size > 1000

def test_evaluation_time_is_left_out_of_training_time(monkeypatch):
    "A slow evaluation adds to `eval_s`, not to `time_s`, the clock of the FVU-against-time curve."
    import torch
    import transcoder_nb.transcoder as T
    now = [0.]
    def clock(): now[0] += 1e-3; return now[0]  # a fake clock: every reading advances a millisecond
    real = T.transcoder_metrics
    def slow(*a, **k): now[0] += 100.; return real(*a, **k)  # an evaluation that takes 100 s by that clock
    monkeypatch.setattr(T.time, 'perf_counter', clock); monkeypatch.setattr(T, 'transcoder_metrics', slow)
    x, y = torch.randn(256, 8), torch.randn(256, 4)
    _, h = T.train_transcoder(x, y, T.recipe('original', n_latents=16, k=2, epochs=2, batch_size=64), progress=False, evals_per_epoch=2)
    assert len(h['eval_s']) == 4 and all(abs(e - 100 * (i + 1)) < 1 for i, e in enumerate(h['eval_s'])), h['eval_s']  # cumulative
    assert 0 < h['time_s'][-1] < 1, h['time_s']  # none of the 400 s of evaluation

def test_interleaved_timing_alternates_the_order(monkeypatch):
    "The recipes take turns, in reverse order every other round (A B, B A, A B), so a drifting machine favours neither."
    import transcoder_nb.bench as bench
    calls = []
    def fake_bench_recipe(cfg, prep, *args, **kwargs):
        calls.append(cfg); return {'train_s': float(len(calls))}, None
    monkeypatch.setattr(bench, 'bench_recipe', fake_bench_recipe)
    out = bench.interleaved_timing(None, {'a': 'cfg A', 'b': 'cfg B'}, rounds=3)
    assert calls == ['cfg A', 'cfg B', 'cfg B', 'cfg A', 'cfg A', 'cfg B']
    assert out == {'a': [1., 4., 5.], 'b': [2., 3., 6.]}  # each time goes to the recipe that ran
