import os
from pathlib import Path
import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / 'shared' / 'data'

@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    "Every test gets its own artifact cache and user cache, so nothing leaks between tests or from the user."
    monkeypatch.setenv('TRANSCODER_NB_CACHE', str(tmp_path / 'artifacts'))
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path / 'xdg'))
    if not os.environ.get('TRANSCODER_NB_DATA') and SHARED_DATA.is_dir():
        monkeypatch.setenv('TRANSCODER_NB_DATA', str(SHARED_DATA))

@pytest.fixture
def mnist_available():
    from transcoder_nb.data import load_data, DataNotFoundError
    try: load_data('mnist', download=False)
    except DataNotFoundError: pytest.skip('MNIST is not available offline here (set TRANSCODER_NB_DATA)')
