"Tests of `tnb-run`: the smoke runs, the metrics it writes, and its error paths."
import json, os, subprocess, sys
from pathlib import Path

import pytest
from transcoder_nb.cli import main

REQUIRED = {
    'mlp': ['test_acc'],
    'transcoder': ['test_mse', 'test_fvu', 'l0', 'dead_frac', 'dead_lt1pct_frac', 'spliced_test_acc'],
    'timings': ['mlp_train_s', 'activations_s', 'transcoder_train_s', 'analyses_s', 'figures_s', 'total_s'],
}

def _check_metrics(out: Path):
    m = json.loads((out / 'metrics.json').read_text())
    for section, keys in REQUIRED.items():
        for k in keys: assert isinstance(m[section][k], float), (section, k)
    assert m['device'] == 'cpu'
    secs = m['timings']['analysis_s']
    assert list(secs)[:2] == ['study', 'features'] and 'dashboard' in secs and all(isinstance(v, float) and v > 0 for v in secs.values())
    assert 0 < m['transcoder']['test_fvu'] < 0.5 and m['transcoder']['spliced_test_acc'] > m['mlp']['test_acc'] - 10
    assert 0 <= m['transcoder']['dead_frac'] <= m['transcoder']['dead_lt1pct_frac'] <= 1
    assert 0.9 * m['config']['transcoder']['k'] < m['transcoder']['l0'] <= m['config']['transcoder']['k']  # TopK: nearly k fire
    assert m['mlp']['test_acc'] > 80  # chance is 10%
    assert isinstance(m['features']['active_count'], int) and 0 < m['features']['active_count'] <= m['config']['transcoder']['n_latents']
    pairs = m['misclassification']['top_pairs']
    assert len(pairs) <= 10 and sum(c for _, _, c in pairs) <= m['misclassification']['n_errors']
    assert all(t != p for t, p, _ in pairs) and [c for *_, c in pairs] == sorted((c for *_, c in pairs), reverse=True)
    accs = m['ablation']['test_acc_by_n']
    assert accs[str(m['config']['transcoder']['k'])] == pytest.approx(m['transcoder']['spliced_test_acc'])
    figs = sorted(p.name for p in (out / 'figures').glob('*.png'))
    assert len(figs) >= 15 and all((out / 'figures' / f).stat().st_size > 1000 for f in figs)
    page = (out / 'report.html').read_text()
    assert page.count('<figure') == len(figs) and 'test_fvu' in page
    assert not list(out.rglob('.*.tmp')) + list(out.glob('.*.partial')), 'temporary files left behind'
    return m

def test_console_script_fast_mnist(tmp_path, mnist_available):
    "The installed console script runs the fast study on MNIST and writes metrics and figures."
    r = subprocess.run(['tnb-run', '--fast', '--quiet', '--out', str(tmp_path / 'out')], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    m = _check_metrics(tmp_path / 'out')
    assert m['mlp']['test_acc'] > 80 and m['config']['n_train'] == 6000
    assert 'test accuracy' in r.stdout

def test_digits_needs_no_data(tmp_path, monkeypatch):
    "`--dataset digits --fast` works with no data root at all."
    monkeypatch.setenv('TRANSCODER_NB_DATA', str(tmp_path / 'nothing-here'))
    assert main(['--dataset', 'digits', '--fast', '--quiet', '--out', str(tmp_path / 'out')]) == 0
    m = _check_metrics(tmp_path / 'out')
    assert m['config']['dataset'] == 'digits' and m['config']['n_train'] is None  # all 1,438 images, at the digits' own sizes
    assert m['mlp']['test_acc'] > 95 and m['transcoder']['test_fvu'] < 0.2  # MNIST's smoke sizes gave 76% and 0.74

def test_second_run_loads_from_cache(tmp_path):
    args = ['--dataset', 'digits', '--fast', '--quiet', '--out', str(tmp_path / 'out')]
    assert main(args) == 0
    first = json.loads((tmp_path / 'out' / 'metrics.json').read_text())
    assert main(args) == 0
    m = json.loads((tmp_path / 'out' / 'metrics.json').read_text())
    assert m['timings']['mlp_cached'] and m['timings']['transcoder_cached']
    assert (m['mlp'], m['transcoder']) == (first['mlp'], first['transcoder'])  # the loaded models measure the same

@pytest.mark.parametrize('args, message', [
    (['--k', '0'], 'argument -k/--k: must be a whole number above 0'),
    (['--k', '5000'], 'dictionary size (2048)'),
    (['--fast', '--k', '600'], 'dictionary size (512)'),
    (['--dataset', 'cifar10'], "argument --dataset: invalid choice: 'cifar10'"),
    (['--recipe', 'magic'], "argument --recipe: invalid choice: 'magic'"),
    (['--epochs', '-1'], "argument --epochs: must be a whole number above 0, got '-1'"),
    (['--device', 'tpu'], 'Unknown device'),
    (['--fast', '--n-latents', '4', '--k', '2'], 'needs n_latents >= 5'),
    (['--lr', 'inf'], "argument --lr: must be a finite number above 0, got 'inf'"),
    (['--tc-lr', '0'], "argument --tc-lr: must be a finite number above 0, got '0'"),
    (['--seed', '-1'], "argument --seed: must be a whole number from 0 to 2**32 - 1, got '-1'"),
])
def test_bad_arguments_exit_cleanly(tmp_path, args, message):
    "Invalid arguments exit non-zero with a one-paragraph message and no traceback."
    r = subprocess.run([sys.executable, '-m', 'transcoder_nb.cli', *args, '--out', str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 2, r.stderr
    assert message in r.stderr and 'Traceback' not in r.stderr
    assert not (tmp_path / 'metrics.json').exists()

def test_empty_out_is_refused(tmp_path):
    "`--out ''` (say, an unset variable) is refused rather than writing into the current folder."
    cwd = tmp_path / 'cwd'; cwd.mkdir()
    r = subprocess.run([sys.executable, '-m', 'transcoder_nb.cli', '--dataset', 'digits', '--fast', '--out', ''],
                       capture_output=True, text=True, cwd=cwd)
    assert r.returncode == 2 and 'argument --out: it is empty' in r.stderr and 'Traceback' not in r.stderr
    assert list(cwd.iterdir()) == []

def test_empty_cache_dir_is_refused(tmp_path, capsys):
    "`--cache-dir ''` is refused too: it would quietly mean the default cache."
    from transcoder_nb.bench import bench_main
    for command in (main, bench_main):
        with pytest.raises(SystemExit) as e: command(['--dataset', 'digits', '--fast', '--cache-dir', '', '--out', str(tmp_path / 'o')])
        assert e.value.code == 2 and 'argument --cache-dir: it is empty (an unset variable?)' in capsys.readouterr().err
    assert not (tmp_path / 'o').exists()

@pytest.mark.parametrize('args, blown, option', [(['--lr', '1e4', '--epochs', '10'], 'mlp', '--lr'), (['--tc-lr', '1e6'], 'transcoder', '--tc-lr')])
def test_diverged_training_is_reported_and_not_cached(tmp_path, args, blown, option):
    "A learning rate that blows a model up (to NaN, or to a finite but huge error) stops the run with a message about the learning rate, and that model is not cached."
    cache = tmp_path / 'cache'
    r = subprocess.run([sys.executable, '-m', 'transcoder_nb.cli', '--dataset', 'digits', '--fast', '--quiet', *args,
                        '--out', str(tmp_path / 'out'), '--cache-dir', str(cache)], capture_output=True, text=True)
    assert r.returncode == 2 and 'diverged in epoch' in r.stderr and 'Lower the learning rate' in r.stderr, r.stderr
    assert f'tnb-run: {option})' in r.stderr  # the option that sets it, named
    assert not list(cache.rglob(f'{blown}-*'))
    assert not (tmp_path / 'out' / 'metrics.json').exists()

def test_missing_data_names_folders(tmp_path, monkeypatch):
    "Missing data (no network for a download) names every folder it tried and the variable to set."
    empty = tmp_path / 'empty'; empty.mkdir()
    monkeypatch.setenv('TRANSCODER_NB_DATA', str(empty))
    r = subprocess.run([sys.executable, '-m', 'transcoder_nb.cli', '--dataset', 'kmnist', '--fast', '--no-download',
                        '--out', str(tmp_path / 'out')], capture_output=True, text=True)
    assert r.returncode == 2
    assert str(empty) in r.stderr and 'TRANSCODER_NB_DATA' in r.stderr and 'Traceback' not in r.stderr
    assert not (tmp_path / 'out').exists()  # --out was checked, not created, before the data failed

def test_data_dir_without_the_data_warns(tmp_path, mnist_available):
    "A data folder that lacks the data, found under $TRANSCODER_NB_DATA instead, gets a one-line warning naming both."
    empty = tmp_path / 'empty'; empty.mkdir()
    code = ("from transcoder_nb.entry_points import one_line_warnings; from transcoder_nb.data import load_data; "
            f"one_line_warnings('tnb-run'); load_data('mnist', data_dir={str(empty)!r}, download=False)")  # as tnb-run sets up
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith('tnb-run: warning:'), r.stderr
    assert str(empty) in lines[0] and str(Path(os.environ['TRANSCODER_NB_DATA'])) in lines[0], r.stderr

def test_corrupt_artifact_is_reported(tmp_path, monkeypatch):
    "A corrupt cached artifact ends the run with a message naming the file, not a traceback."
    out = tmp_path / 'out'
    assert main(['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]) == 0
    tc_dir = Path(json.loads((out / 'metrics.json').read_text())['artifacts']['transcoder'])
    (tc_dir / 'weights.safetensors').write_bytes(b'not a safetensors file')
    r = subprocess.run([sys.executable, '-m', 'transcoder_nb.cli', '--dataset', 'digits', '--fast', '--quiet',
                        '--out', str(out)], capture_output=True, text=True)
    assert r.returncode == 2 and str(tc_dir / 'weights.safetensors') in r.stderr and 'Traceback' not in r.stderr

def test_bilinear_flag_adds_metrics_and_figures(tmp_path, capsys):
    "`--bilinear` trains the bilinear MLP too and reports the measured comparison."
    out = tmp_path / 'out'
    assert main(['--dataset', 'digits', '--fast', '--quiet', '--bilinear', '--out', str(out)]) == 0
    m = json.loads((out / 'metrics.json').read_text())
    b = m['bilinear']
    n95 = '–' if b['components_for_95pct'] is None else b['components_for_95pct']  # as the summary prints it
    assert f"bilinear    test accuracy {b['test_acc']:.2f}%; 95% of it with {n95} eigenvectors" in capsys.readouterr().out
    assert b['test_acc'] > 80  # chance is 10%
    accs = {int(n): a for n, a in b['truncation_test_acc_by_n'].items()}
    assert set(accs) >= {1, 2, 3, 5, 10} and all(0 <= a <= 100 for a in accs.values())
    assert b['components_for_99pct'] == next((n for n in sorted(accs) if accs[n] >= .99 * b['test_acc']), None)  # the smallest n that reaches it
    figs = {p.stem for p in (out / 'figures').glob('bilinear_*.png')}
    assert {'bilinear_eigen_spectra', 'bilinear_low_rank', 'bilinear_mask_attack', 'bilinear_mask_attack_images_metric'} <= figs
    img = b['masks_images_metric']  # the masks smallest in the images' metric: other masks, the same images and strengths
    assert img['strengths'] == b['masks']['strengths'] and img['transcoder']['acc'][0] == b['masks']['transcoder']['acc'][0]
    assert img['transcoder']['acc'][1:] != b['masks']['transcoder']['acc'][1:]
    assert list(m['timings']['analysis_s'])[-1] == 'bilinear' and m['timings']['analysis_s']['bilinear'] > 0
    assert (out / 'report.html').read_text().count('<figure') == len(list((out / 'figures').glob('*.png')))

def test_no_cache_covers_the_bilinear_model(tmp_path):
    "`--no-cache --bilinear` trains the bilinear MLP too and leaves the artifact cache empty."
    cache = tmp_path / 'cache'; cache.mkdir()
    args = ['--dataset', 'digits', '--fast', '--quiet', '--no-cache', '--bilinear', '--cache-dir', str(cache), '--out', str(tmp_path / 'out')]
    assert main(args) == 0
    assert list(cache.iterdir()) == []
    m = json.loads((tmp_path / 'out' / 'metrics.json').read_text())
    assert m['bilinear']['cached'] is False and m['bilinear']['artifact'] is None

def test_interrupted_outputs_leave_the_previous_run(tmp_path, monkeypatch):
    "Ctrl-C while the figures are saved leaves the previous run's metrics and figures as they were, and no staging folder."
    import transcoder_nb.cli as cli
    out = tmp_path / 'out'; args = ['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]
    (out / 'figures').mkdir(parents=True); (out / 'figures' / 'stale.png').write_bytes(b'from an older run')
    (out / 'figures' / '.tnb-run').write_text('')  # that run marked its folder
    assert main(args) == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob('*') if p.is_file()}
    assert Path('figures/stale.png') not in before and Path('metrics.json') in before  # the whole figures folder is replaced
    real, calls = cli.save_figure, []
    def interrupted(fig, path):  # the new run's figures are marked, so that any that leak out show up
        calls.append(path)
        if len(calls) == 3: raise KeyboardInterrupt
        real(fig, path); Path(path).write_bytes(b'new run')
    monkeypatch.setattr(cli, 'save_figure', interrupted)
    assert main(args) == 130 and len(calls) == 3
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob('*') if p.is_file()} == before
    assert sorted(p.name for p in out.iterdir()) == ['figures', 'metrics.json', 'report.html']

def test_interrupted_first_run_leaves_no_empty_folder(tmp_path, monkeypatch):
    "Ctrl-C while a first run saves its figures into a new folder removes the folders it made: nothing is left half-written, or empty."
    import transcoder_nb.cli as cli
    out, real, calls = tmp_path / 'new' / 'out', cli.save_figure, []
    def interrupted(fig, path):
        calls.append(path)
        if len(calls) == 3: raise KeyboardInterrupt
        return real(fig, path)
    monkeypatch.setattr(cli, 'save_figure', interrupted)
    assert main(['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]) == 130 and len(calls) == 3
    assert not (tmp_path / 'new').exists()

def test_interrupted_swap_puts_the_old_figures_back(tmp_path, monkeypatch):
    "Ctrl-C between moving the old figures away and moving the new ones in puts the old ones back."
    out = tmp_path / 'out'; args = ['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]
    assert main(args) == 0
    figs = {p.name: p.read_bytes() for p in (out / 'figures').iterdir()}
    real = Path.rename
    def rename(self, target):
        if self.name.endswith('.partial'): raise KeyboardInterrupt  # the new set's move into place
        return real(self, target)
    monkeypatch.setattr(Path, 'rename', rename)
    assert main(args) == 130
    assert {p.name: p.read_bytes() for p in (out / 'figures').iterdir()} == figs
    assert sorted(p.name for p in out.iterdir()) == ['figures']  # the metrics went first: the folder reads as incomplete

def _snapshot(out: Path) -> dict:
    return {p.relative_to(out): p.read_bytes() for p in out.rglob('*') if p.is_file()}

def test_sigterm_cleans_up_as_ctrl_c_does(tmp_path, monkeypatch, capsys):
    "SIGTERM (a `kill`, a scheduler's time limit) while the figures are saved: exit code 143, the previous run intact, no staging left."
    import signal, transcoder_nb.cli as cli
    out = tmp_path / 'out'; args = ['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]
    assert main(args) == 0
    before, real, calls, before_handler = _snapshot(out), cli.save_figure, [], signal.getsignal(signal.SIGTERM)
    def killed(fig, path):
        calls.append(path)
        if len(calls) == 3: os.kill(os.getpid(), signal.SIGTERM)
        return real(fig, path)
    monkeypatch.setattr(cli, 'save_figure', killed)
    capsys.readouterr()
    assert main(args) == 143 and len(calls) == 3
    assert capsys.readouterr().err == 'tnb-run: interrupted (SIGTERM); no result or cached model was left half-written.\n'
    assert _snapshot(out) == before and sorted(p.name for p in out.iterdir()) == ['figures', 'metrics.json', 'report.html']
    assert signal.getsignal(signal.SIGTERM) == before_handler  # the handler is given back

def test_full_disk_keeps_the_previous_run(tmp_path, monkeypatch, capsys):
    "A write that fails (a full disk) while the outputs are staged names the folder and leaves the previous run as it was."
    import errno, transcoder_nb.cli as cli
    out = tmp_path / 'out'; args = ['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]
    assert main(args) == 0
    before = _snapshot(out)
    def full(_): raise OSError(errno.ENOSPC, 'No space left on device')
    monkeypatch.setattr(cli, 'json_text', full)
    capsys.readouterr()
    assert main(args) == 2
    assert capsys.readouterr().err.endswith(f'tnb-run: error: [Errno 28] cannot write {out}: No space left on device\n')
    assert _snapshot(out) == before and sorted(p.name for p in out.iterdir()) == ['figures', 'metrics.json', 'report.html']

def test_a_killed_runs_staging_is_removed(tmp_path):
    "A staging folder that a killed run (SIGKILL) left is removed by the next run; a running process's is not."
    out = tmp_path / 'out'
    ended = subprocess.Popen([sys.executable, '-c', '']); ended.wait()
    from transcoder_nb.study import temp_tag
    for pid in (ended.pid, os.getppid()): (out / f'.figures.{temp_tag(pid)}.partial').mkdir(parents=True)
    assert main(['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([f'.figures.{temp_tag(os.getppid())}.partial', 'figures', 'metrics.json', 'report.html'])

def test_interrupted_removal_of_the_old_figures_keeps_the_new_run(tmp_path, monkeypatch):
    "Ctrl-C while the old figures are removed, the last step: the new run is complete, and later runs still work beside what is left."
    import transcoder_nb.cli as cli
    out = tmp_path / 'out'; args = ['--dataset', 'digits', '--fast', '--quiet', '--out', str(out)]
    assert main(args) == 0
    def interrupted(p): raise KeyboardInterrupt
    monkeypatch.setattr(cli, 'remove_path', interrupted)
    assert main(args) == 130
    assert sorted(p.name for p in out.iterdir() if not p.name.endswith('.old')) == ['figures', 'metrics.json', 'report.html']
    _check_metrics(out)  # the new set, complete
    monkeypatch.undo()
    assert main(args) == 0 and sorted(p.name for p in out.iterdir() if not p.name.endswith('.old')) == ['figures', 'metrics.json', 'report.html']

def test_unwritable_out_fails_before_training(tmp_path, monkeypatch, capsys):
    "An output folder that cannot be written ends `tnb-run` and `tnb-bench` at once, before any training."
    import transcoder_nb.cli as cli, transcoder_nb.bench as bench
    def no_training(*a, **k): raise AssertionError('trained before checking --out')
    monkeypatch.setattr(cli, 'run_study', no_training); monkeypatch.setattr(bench, 'prepare_mlp', no_training)
    (tmp_path / 'a_file').write_text('')
    bad = str(tmp_path / 'a_file' / 'out')  # a folder under a file
    assert cli.main(['--dataset', 'digits', '--fast', '--quiet', '--out', bad]) == 2
    assert bench.bench_main(['--dataset', 'digits', '--fast', '--quiet', '--out', bad]) == 2
    err = capsys.readouterr().err
    assert err.count('cannot write to the output folder') == 2 and 'Traceback' not in err
    good, bad_cache = str(tmp_path / 'out'), str(tmp_path / 'a_file' / 'cache')  # the cache is written after training: checked first too
    assert cli.main(['--dataset', 'digits', '--fast', '--quiet', '--out', good, '--cache-dir', bad_cache]) == 2
    assert bench.bench_main(['--dataset', 'digits', '--fast', '--quiet', '--out', good, '--cache-dir', bad_cache]) == 2
    err = capsys.readouterr().err
    assert err.count(f'cannot write to the artifact cache {bad_cache}') == 2 and 'Traceback' not in err
    assert not (tmp_path / 'out').exists()

def test_a_complete_cache_may_be_read_only(tmp_path, monkeypatch, capsys):
    "A cache that holds every model a run needs is only read, so `tnb-run` and `tnb-bench` accept it read-only; one missing a model fails before training."
    import errno, tempfile
    from transcoder_nb.bench import bench_main
    cache = tmp_path / 'cache'
    args = ['--dataset', 'digits', '--fast', '--quiet', '--cache-dir', str(cache)]
    assert main([*args, '--bilinear', '--out', str(tmp_path / 'a')]) == 0
    written = sorted(p.name for p in cache.iterdir())
    def read_only(make):  # what a read-only folder does to a file or folder made in it (root may write anywhere)
        def refuse(*a, dir=None, **k):
            if dir is not None and Path(dir).resolve() == cache.resolve(): raise PermissionError(errno.EACCES, 'Permission denied')
            return make(*a, dir=dir, **k)
        return refuse
    monkeypatch.setattr(tempfile, 'mkstemp', read_only(tempfile.mkstemp)); monkeypatch.setattr(tempfile, 'mkdtemp', read_only(tempfile.mkdtemp))
    assert main([*args, '--bilinear', '--out', str(tmp_path / 'b')]) == 0
    m = json.loads((tmp_path / 'b' / 'metrics.json').read_text())
    assert m['timings']['mlp_cached'] and m['timings']['transcoder_cached'] and m['bilinear']['cached']
    assert bench_main([*args, '--out', str(tmp_path / 'bench')]) == 0  # it saves only the MLP, which is there
    assert sorted(p.name for p in cache.iterdir()) == written
    capsys.readouterr()
    for run in (main, bench_main):  # a new transcoder or MLP would be saved: refused before any training
        assert run([*args, '--seed', '1', '--out', str(tmp_path / 'c')]) == 2
    assert main([*args, '--k', '8', '--out', str(tmp_path / 'c')]) == 2
    assert capsys.readouterr().err.count(f'cannot write to the artifact cache {cache}: Permission denied') == 3
    assert sorted(p.name for p in cache.iterdir()) == written and not (tmp_path / 'c').exists()

def test_metrics_json_is_moved_in_last(tmp_path, monkeypatch):
    "metrics.json marks a complete output folder, so it is the last file `tnb-run` moves into place."
    out, moved, real = tmp_path / 'out', [], os.replace
    def replace(src, dst):
        if Path(dst).parent == out: moved.append(Path(dst).name)
        return real(src, dst)
    monkeypatch.setattr(os, 'replace', replace)
    assert main(['--dataset', 'digits', '--fast', '--quiet', '--out', str(out), '--cache-dir', str(tmp_path / 'c')]) == 0
    assert moved == ['report.html', 'metrics.json']

def test_bench_names_an_unknown_device(tmp_path, capsys):
    "`tnb-bench --device tpu` ends with tnb-bench's own one-line message, before anything is loaded or trained."
    from transcoder_nb.bench import bench_main
    assert bench_main(['--device', 'tpu', '--dataset', 'digits', '--fast', '--quiet', '--out', str(tmp_path / 'b')]) == 2
    err = capsys.readouterr().err
    assert err.startswith('tnb-bench: error:') and "'tpu'" in err and 'also takes auto' in err and 'Traceback' not in err
    assert not (tmp_path / 'b').exists()

def test_dictionary_smaller_than_the_auxk_count(tmp_path):
    "The default recipe's AuxK count (64) exceeds a 32-latent dictionary: the CLI accepts it and trains (the cap to the dead latents is tested in 03)."
    out = tmp_path / 'out'
    assert main(['--dataset', 'digits', '--fast', '--quiet', '--n-latents', '32', '--k', '8', '--out', str(out),
                 '--cache-dir', str(tmp_path / 'cache')]) == 0
    m = json.loads((out / 'metrics.json').read_text())
    assert m['config']['transcoder']['n_latents'] == 32 and m['config']['transcoder']['k_aux'] == 64
    assert 0.9 * 8 < m['transcoder']['l0'] <= 8 and 0 < m['transcoder']['test_fvu'] < 0.5

@pytest.mark.parametrize('script, module', [('tnb_run', 'transcoder_nb.cli'), ('tnb_bench', 'transcoder_nb.bench')])
def test_ctrl_c_while_loading_exits_quietly(tmp_path, script, module):
    "A Ctrl-C while the console script imports the library ends with one line and exit code 130, not a traceback."
    probe = f"""import sys
class Interrupt:  # stands in for a Ctrl-C that lands while {module} is being imported
    def find_spec(self, name, path=None, target=None):
        if name == {module!r}: raise KeyboardInterrupt
sys.meta_path.insert(0, Interrupt())
from transcoder_nb.entry_points import {script}
sys.argv[1:] = ['--out', sys.argv[1]]
{script}()"""
    r = subprocess.run([sys.executable, '-c', probe, str(tmp_path / 'out')], capture_output=True, text=True)
    assert r.returncode == 130, r.stderr
    assert r.stderr == f"{script.replace('_', '-')}: interrupted while loading; nothing was written.\n"

def test_console_scripts_point_at_the_light_module():
    "`pyproject.toml` installs both commands from `transcoder_nb.entry_points`, which reads the command line before torch loads."
    import tomllib
    scripts = tomllib.loads((Path(__file__).parents[1] / 'pyproject.toml').read_text())['project']['scripts']
    assert scripts == {'tnb-run': 'transcoder_nb.entry_points:tnb_run', 'tnb-bench': 'transcoder_nb.entry_points:tnb_bench'}
