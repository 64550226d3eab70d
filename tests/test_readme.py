"The README's table of measurements against the committed `bench.json` it quotes, so the two cannot drift apart."
import json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / 'nbs' / 'results' / 'h200' / 'bench' / 'bench.json'  # the GPU run; its `compared` holds the CPU run

# README row -> (bench.json key, scale to the README's unit)
ROWS = {'training time': ('train_s', 1), "time to the original's final FVU": ('time_to_original_fvu_s', 1),
        'test FVU': ('test_fvu', 1), 'latents never firing': ('dead_frac', 100),
        'latents firing on < 1% of test images': ('dead_lt1pct_frac', 100), 'spliced test accuracy': ('spliced_test_acc', 1)}

def readme_table(text: str) -> tuple[list[str], dict[str, list[str]]]:
    "The header and the rows of the first markdown table whose header starts with `| | original, CPU`."
    lines = text.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith('| | original, CPU'))
    cells = lambda l: [c.strip() for c in l.strip().strip('|').split('|')]
    rows = {}
    for l in lines[start + 2:]:
        if not l.startswith('|'): break
        c = cells(l); rows[c[0]] = c[1:]
    return cells(lines[start])[1:], rows

def matches(cell: str, value) -> bool:
    "Whether `cell` ('181.5 s', '0.0234', '25.8%', '–') is `value` rounded to the digits the cell shows."
    if value is None: return cell == '–'
    m = re.fullmatch(r'([\d.]+)\s*(s|%)?', cell)
    if not m: return False
    decimals = len(m[1].split('.')[1]) if '.' in m[1] else 0
    return abs(float(m[1]) - value) <= 0.5 * 10**-decimals + 1e-9

def test_readme_table_is_the_committed_bench():
    b = json.loads(BENCH.read_text()); cpu = b['compared'][0]
    header, rows = readme_table((ROOT / 'README.md').read_text())
    assert header == ['original, CPU', 'default, CPU', 'original, H200', 'default, H200']
    assert 'H200' in b['device_name'] and b['device'] == 'cuda' and cpu['device'] == 'cpu'
    runs = [cpu['original'], cpu['default'], b['original'], b['default']]
    assert set(rows) == set(ROWS)
    for row, (key, scale) in ROWS.items():
        for cell, run in zip(rows[row], runs):
            v = run.get(key)
            assert matches(cell, None if v is None else v * scale), (row, cell, v)

def test_matches_reads_rounding():
    assert matches('181.5 s', 181.53) and matches('0.96 s', 0.964) and matches('25.8%', 25.83) and matches('–', None)
    assert not matches('181.5 s', 181.6) and not matches('0.0234', 0.0236) and not matches('–', 1.0) and not matches('n/a', 1.0)
