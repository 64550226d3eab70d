"""Copy the README's figure out of the full-scale outputs of 05_class_analysis.ipynb.

The README shows the class-selective features of the study as it stands, drawn as patterns; run by tools/run_notebooks.sh after the
notebooks are re-executed, so the image is always the one the notebook shows."""
import base64, json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NB, CELL, DEST = ROOT/'nbs'/'05_class_analysis.ipynb', '8b060576', ROOT/'nbs'/'images'/'class_selective_features.png'

def main() -> int:
    cell = next((c for c in json.loads(NB.read_text())['cells'] if c.get('id') == CELL), None)
    pngs = [o['data']['image/png'] for o in (cell or {}).get('outputs', []) if 'image/png' in o.get('data', {})]
    if not pngs:
        print(f"readme_figure: {NB.name} cell {CELL} has no figure output; run it first (tools/run_notebooks.sh).", file=sys.stderr)
        return 1
    png = base64.b64decode(''.join(pngs[0]) if isinstance(pngs[0], list) else pngs[0])
    tmp = DEST.with_name(f'.{DEST.name}.tmp'); tmp.write_bytes(png); tmp.replace(DEST)
    print(f"readme_figure: wrote {DEST.relative_to(ROOT)} from {NB.name} cell {CELL}")
    return 0

if __name__ == '__main__': sys.exit(main())
