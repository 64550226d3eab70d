"Determinism and the artifact cache, end to end."
import json, os
from dataclasses import replace
from pathlib import Path

import torch
from transcoder_nb.study import StudyConfig, run_study, ArtifactError

def test_same_seed_same_weights():
    cfg = StudyConfig.fast('digits')
    a = run_study(cfg, use_cache=False, progress=False)
    b = run_study(cfg, use_cache=False, progress=False)
    for (n, p), (_, q) in zip(a.mlp.state_dict().items(), b.mlp.state_dict().items()): assert torch.equal(p, q), n
    for (n, p), (_, q) in zip(a.transcoder.state_dict().items(), b.transcoder.state_dict().items()): assert torch.equal(p, q), n
    c = run_study(replace(cfg, mlp=replace(cfg.mlp, seed=1)), use_cache=False, progress=False)
    assert not torch.equal(a.mlp.embed.weight, c.mlp.embed.weight)

def test_no_cache_writes_nothing(tmp_path):
    s = run_study(StudyConfig.fast('digits'), cache_dir=tmp_path, use_cache=False, progress=False)
    assert list(tmp_path.iterdir()) == []
    assert s.metrics['artifacts'] == {'mlp': None, 'transcoder': None}  # no paths to files that were never written

def test_mismatched_artifact_is_reported(tmp_path):
    s = run_study(StudyConfig.fast('digits'), cache_dir=tmp_path, progress=False)
    meta = Path(s.metrics['artifacts']['mlp']) / 'meta.json'
    d = json.loads(meta.read_text()); d['config']['mlp']['epochs'] += 1; meta.write_text(json.dumps(d))
    try: run_study(StudyConfig.fast('digits'), cache_dir=tmp_path, progress=False)
    except ArtifactError as e: assert str(meta) in str(e) and 'differs in: mlp' in str(e)
    else: raise AssertionError('a mismatched artifact was loaded')

def test_interrupted_save_leaves_nothing(tmp_path, monkeypatch):
    "An interruption while saving leaves no artifact and no temporary folder behind."
    import transcoder_nb.study as st
    def boom(*a, **k): raise KeyboardInterrupt
    monkeypatch.setattr(st, 'save_file', boom)
    try: run_study(StudyConfig.fast('digits'), cache_dir=tmp_path, progress=False)
    except KeyboardInterrupt: pass
    else: raise AssertionError('expected the interruption to propagate')
    assert list(tmp_path.iterdir()) == []
