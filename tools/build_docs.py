"""Build the documentation site offline into `docs/`, and `README.md` from `nbs/index.ipynb`.

Quarto is not needed: `nbdev-proc-nbs` prepares the notebooks in `_proc/`, then `smalldocs` (pure
Python) renders them with `_quarto.yml`. Run it from anywhere: `python tools/build_docs.py`."""
import html as html_lib, importlib, inspect, json, re, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NBS, PROC, DOCS = ROOT/'nbs', ROOT/'_proc', ROOT/'docs'
SITE = 'https://transcoder-nb.github.io/transcoder_nb/'  # the Documentation URL in pyproject.toml

def run(*cmd):
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode: sys.exit(f"{' '.join(cmd)} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return r

def relative_doc_links(html: str, pages: dict[str, str]) -> str:
    "Point nbdev's absolute symbol links at the numbered pages of this site."
    return re.sub(re.escape(SITE) + r'([\w-]+)\.html', lambda m: pages.get(m[1], m[0].replace(SITE, '')), html)

def page_modules() -> dict[str, str]:
    "Each notebook's page name -> the module it exports (`#| default_exp`)."
    out = {}
    for p in NBS.glob('*.ipynb'):
        m = re.search(r'#\|\s*default_exp\s+([\w.]+)', p.read_text())
        if m: out[p.stem] = m[1]
    return out

def _source_line(module: str, name: str) -> tuple[str, int] | None:
    "The file and line where `name` (a function, class or `Class.method`) of `transcoder_nb.module` is defined; None if it is not found there."
    try:
        obj = importlib.import_module(f'transcoder_nb.{module}')
        for part in name.split('.'): obj = inspect.getattr_static(obj, part)
        obj = inspect.unwrap(getattr(obj, '__func__', obj))  # a classmethod's function
        path = Path(inspect.getsourcefile(obj))
        return path.name, inspect.getsourcelines(obj)[1]
    except (ImportError, AttributeError, TypeError, OSError): return None

_ENTRY = re.compile(r'(<a href="[^"]*/transcoder_nb/)\w+\.py#L\w+("[^>]*>source</a></p>\s*<h3 id="([^"]*)"[^>]*>([^<]+)</h3>)')

def own_entry_links(html: str, module: str) -> str:
    """Point each API entry's source link, and the page's links to its own entries, at this page's module.
    nbdev looks a symbol up by its bare name, so five modules' `report` all linked to the first one's, and a method's line read `LNone`."""
    ids = {}
    def fix(m):
        name = html_lib.unescape(m[4]); ids[name] = m[3]
        found = _source_line(module, name)
        if found is None: return m[0]
        file, line = found
        return f'{m[1]}{file}#L{line}{m[2]}'
    html = _ENTRY.sub(fix, html)
    for name, id_ in ids.items():  # a doc link names the page of the symbol's first module: here it is this page's entry
        html = re.sub(r'href="\d+[a-zA-Z0-9]*_[\w-]+\.html#' + re.escape(name.lower()) + '"', f'href="#{id_}"', html)
    return html

def titled_results(root: Path):
    "Give each `bench.md` under `root/results` a title naming its machines (from its `bench.json`): `tnb-bench` writes the table alone."
    for md in (root/'results').rglob('bench.md'):
        try:
            b = json.loads(md.with_name('bench.json').read_text())
            names = ' against '.join([b['device_name'], *(c['device_name'] for c in b.get('compared', []))])
        except (OSError, ValueError, KeyError, TypeError): names = md.parent.parent.name  # no readable bench.json: its folder
        up = '../' * (len(md.relative_to(root).parts) - 1)  # from the page back to the site's root
        front = {'title': f'tnb-bench: {names}',
                 'description': 'The original and default recipes head to head, as `tnb-bench` wrote them; '
                                f'[Training recipes]({up}09_recipes.ipynb) reads them, and the `README.md` beside '
                                'this run\'s folder in the repository says which command and revision made it.'}
        md.write_text('---\n' + ''.join(f'{k}: {json.dumps(v)}\n' for k, v in front.items()) + '---\n\n' + md.read_text())

def build_site():
    shutil.rmtree(PROC, ignore_errors=True)
    run('nbdev-proc-nbs')  # says Quarto is missing: that is expected, smalldocs renders instead
    for f in ('sidebar.yml', 'styles.css'): shutil.copy(NBS/f, PROC/f)
    for d in ('images', 'results'):  # figures, and measured results that pages link to
        if (NBS/d).exists(): shutil.copytree(NBS/d, PROC/d, dirs_exist_ok=True)
    titled_results(PROC)
    out = run('smalldocs', 'render', str(PROC), '--quiet')
    if out.stderr.strip(): print(out.stderr.strip(), file=sys.stderr)
    shutil.rmtree(DOCS, ignore_errors=True)
    shutil.move(PROC/'docs', DOCS)
    (DOCS/'.nojekyll').touch()
    sitemap = DOCS/'sitemap.xml'  # its <lastmod> is the build's clock time: without it, a rebuild of the same sources changes nothing
    if sitemap.exists(): sitemap.write_text(re.sub(r'\s*<lastmod>[^<]*</lastmod>', '', sitemap.read_text()))
    pages = {re.sub(r'^\d+[a-zA-Z0-9]*_', '', p.stem.lower()): f'{p.stem}.html' for p in NBS.glob('*.ipynb')}
    modules = page_modules()
    for f in DOCS.rglob('*.html'):
        html = relative_doc_links(f.read_text(), pages)
        if f.stem in modules: html = own_entry_links(html, modules[f.stem])
        html = re.sub(r'(<meta (?:name|property)="(?:description|og:description|twitter:description)" content=")([^"]*)',
                      lambda m: m[1] + re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', m[2]).replace('`', ''), html)  # link previews show no markdown
        f.write_text(html)
    shutil.rmtree(PROC, ignore_errors=True)

def build_readme():
    "README.md: the markdown and code of `nbs/index.ipynb`, with links made relative to the repository root."
    nb = json.loads((NBS/'index.ipynb').read_text())
    parts = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown': parts.append(src)
        elif src.strip() and not src.lstrip().startswith('#| hide'):
            parts.append(f"```python\n{src}\n```")
            text = ''.join(''.join(o.get('text', '')) for o in c.get('outputs', []) if o.get('output_type') == 'stream')
            if text.strip(): parts.append(f"```\n{text.rstrip()}\n```")
    md = '\n\n'.join(parts) + '\n'
    md = re.sub(r'\]\(((?:images|results)/[^)]+)\)', r'](nbs/\1)', md)
    md = re.sub(r'\]\((\d+[a-zA-Z0-9]*_[\w-]+\.ipynb)\)', r'](nbs/\1)', md)
    (ROOT/'README.md').write_text('<!-- Generated from nbs/index.ipynb by tools/build_docs.py: edit the notebook. -->\n\n' + md)

if __name__ == '__main__':
    build_site(); build_readme()
    print(f"built {sum(1 for _ in DOCS.glob('*.html'))} pages in {DOCS} and README.md")
