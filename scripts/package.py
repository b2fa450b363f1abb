#!/usr/bin/env python3
"""Turns Trunk's output into a drop-in, strict-CSP, offline-capable build.

Usage: scripts/package.py DIST

For every page in DIST: Trunk's inline loader (<script type="module">…</script>) is replaced by
an external boot module (assets/boot.js with the page's file names filled in, named after the
page's wasm: fulcrum.js, fulcrum-feedback.js, fulcrum-growth.js); root-relative links ("/x.css")
become relative ("x.css") so the build works from any folder; the page links the web app
manifest and asks the boot module to register the service worker. Then the example pages
(examples/*.html and the questionnaire they use) are copied in, the self-assessment is also written as one self-contained
file (fulcrum-portable.html: styles, JS and wasm inlined, opens from disk), and sw.js is written with the list of every file and a cache
name derived from their contents. Fails loudly if Trunk's output does not have the expected
shape, instead of shipping a page that cannot start.
"""
import base64
import hashlib
import json
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
INLINE_LOADER = re.compile(r'<script type="module">(?P<body>.*?)</script>', re.S)
GLUE = re.compile(r"from '/?(?P<name>[^'/]+\.js)'")
WASM = re.compile(r"module_or_path: '/?(?P<name>[^'/]+\.wasm)'")
# Trunk's content hash: up to 16 hex digits (leading zeros are dropped).
HASH = re.compile(r"-[0-9a-f]{6,16}(?=\.js$)")


def package_page(dist: pathlib.Path, page: pathlib.Path, template: str) -> str:
    html = page.read_text(encoding="utf-8")
    loader = INLINE_LOADER.search(html)
    if loader is None:
        if 'data-fulcrum-boot' in html:
            return f"{page.name}: already packaged"
        sys.exit(f"package: {page}: no inline Trunk loader found; has Trunk's output changed?")
    glue, wasm = GLUE.search(loader["body"]), WASM.search(loader["body"])
    if glue is None or wasm is None:
        sys.exit(f"package: {page}: cannot find the JS glue or the wasm in Trunk's loader")
    boot_name = HASH.sub("", glue["name"])
    if boot_name == glue["name"]:
        sys.exit(f"package: {page}: cannot tell the content hash in {glue['name']}; has Trunk's naming changed?")
    # The widget's own stylesheets (not the hosted page's layout, page-*.css): the boot module
    # adds them on pages that embed it without linking them.
    styles = [
        name
        for name in re.findall(r'<link rel="stylesheet" href="/?([^"/]+\.css)"', html)
        if not name.startswith("page-")
    ]
    boot = (
        template.replace("__FULCRUM_GLUE__", glue["name"])
        .replace("__FULCRUM_WASM__", wasm["name"])
        .replace("__FULCRUM_STYLES__", json.dumps(styles))
    )
    (dist / boot_name).write_text(boot, encoding="utf-8")
    tag = (
        f'<script type="module" src="{boot_name}" data-fulcrum-boot data-fulcrum-offline></script>\n'
        '    <link rel="manifest" href="manifest.webmanifest">\n'
        '    <link rel="icon" href="icon.svg" type="image/svg+xml">'
    )
    html = html[: loader.start()] + tag + html[loader.end() :]

    def relative(match: re.Match) -> str:
        attr, name = match["attr"], match["name"]
        return f'{attr}="{name}"' if (dist / name).is_file() else match[0]

    html = re.sub(r'(?P<attr>href|src)="/(?P<name>[^"/#?]+)"', relative, html)
    page.write_text(html, encoding="utf-8")
    return f"{page.name}: boot module {boot_name} (glue {glue['name']}, wasm {wasm['name']})"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/package.py DIST")
    dist = pathlib.Path(sys.argv[1])
    template = (ROOT / "assets" / "boot.js").read_text(encoding="utf-8")
    examples = sorted((ROOT / "examples").glob("*.html"))
    made_here = {e.name for e in examples} | {"fulcrum-portable.html"}
    pages = sorted(p for p in dist.glob("*.html") if p.name not in made_here)
    if not pages:
        sys.exit(f"package: no pages in {dist}")
    for name in ("manifest.webmanifest", "icon.svg"):
        shutil.copyfile(ROOT / "assets" / name, dist / name)
    for page in pages:
        print("package:", package_page(dist, page, template))
    for example in examples + sorted((ROOT / "examples").glob("*.json")):
        shutil.copyfile(example, dist / example.name)
        print("package: example", example.name)
    write_portable(dist)
    write_service_worker(dist)


PORTABLE_BOOT = """
// In the widget's language, chosen as the widget does: data-lang, else the browser's languages.
const explain = (error, element) => {
  const cause = String((error && error.message) || error);
  const wanted = [element.dataset.lang || "", ...(navigator.languages || [])];
  const german = wanted.map((tag) => tag.toLowerCase().split(/[-_]/)[0]).find((t) => t === "de" || t === "en") === "de";
  return german
    ? "Fulcrum konnte nicht starten: " + cause + ". Dieser Browser erlaubt WebAssembly in Dateien, die von der Festplatte geöffnet werden, möglicherweise nicht; öffnen Sie stattdessen die gehostete Seite."
    : "Fulcrum could not start: " + cause + ". This browser may not allow WebAssembly in files opened from disk; open the hosted page instead.";
};
try {
  const bytes = Uint8Array.from(atob(document.getElementById("fulcrum-wasm").textContent.trim()), (c) => c.charCodeAt(0));
  await __wbg_init({ module_or_path: bytes });
} catch (error) {
  for (const element of document.querySelectorAll("[data-fulcrum]")) {
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = explain(error, element);
    element.replaceChildren(p);
  }
  console.error(error);
}
"""


def write_portable(dist: pathlib.Path) -> None:
    """index.html as one file: everything inlined, so it opens from disk (file://), where
    module scripts and fetch() of neighbouring files are not allowed."""
    page = dist / "index.html"
    html = page.read_text(encoding="utf-8")
    boot = re.search(r'<script type="module" src="([^"]+)"[^>]*></script>', html)
    if boot is None:
        sys.exit("package: index.html has no boot module to make a portable copy from")
    boot_js = (dist / boot[1]).read_text(encoding="utf-8")
    glue_name = re.search(r'const GLUE = "([^"]+)"', boot_js)[1]
    wasm_name = re.search(r'const WASM = "([^"]+)"', boot_js)[1]
    glue = (dist / glue_name).read_text(encoding="utf-8")
    # The wasm-bindgen glue is an ES module; inlined, its exports become plain declarations.
    glue = re.sub(r"^export function ", "function ", glue, flags=re.M)
    glue, removed = re.subn(r"^export \{[^}]*\};?\s*$", "", glue, flags=re.M)
    if removed != 1 or re.search(r"^export ", glue, flags=re.M):
        sys.exit(f"package: unexpected exports in {glue_name}; cannot inline it")
    wasm = base64.b64encode((dist / wasm_name).read_bytes()).decode("ascii")
    styles = "".join(
        (dist / name).read_text(encoding="utf-8")
        for name in re.findall(r'<link rel="stylesheet" href="([^"]+\.css)"', html)
    )
    head_end = html.index("</head>")
    head = re.sub(r"\s*<link (rel=\"(stylesheet|modulepreload|preload|manifest|icon)\")[^>]*>", "", html[:head_end])
    head = re.sub(r"\s*<script[^>]*></script>", "", head)
    out = (
        head
        + f"\n<style>\n{styles}\n</style>\n"
        + f'<script type="application/octet-stream" id="fulcrum-wasm">{wasm}</script>\n'
        + f'<script type="module">\n{glue}\n{PORTABLE_BOOT}</script>\n'
        + html[head_end:]
    )
    (dist / "fulcrum-portable.html").write_text(out, encoding="utf-8")
    print(f"package: fulcrum-portable.html ({len(out.encode())} bytes, opens from disk)")


def write_service_worker(dist: pathlib.Path) -> None:
    files = sorted(
        p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file() and p.name != "sw.js"
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (dist / name).read_bytes())
    cache = "fulcrum-" + digest.hexdigest()[:16]
    worker = (ROOT / "assets" / "sw.js").read_text(encoding="utf-8")
    worker = worker.replace("__FULCRUM_CACHE__", cache).replace("__FULCRUM_FILES__", json.dumps(["./"] + files))
    (dist / "sw.js").write_text(worker, encoding="utf-8")
    print(f"package: sw.js precaches {len(files) + 1} files as {cache}")


if __name__ == "__main__":
    main()
