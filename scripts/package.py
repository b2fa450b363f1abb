#!/usr/bin/env python3
"""Turns Trunk's output into a drop-in, strict-CSP build.

Usage: scripts/package.py DIST

For every page in DIST: Trunk's inline loader (<script type="module">…</script>) is replaced by
an external boot module (assets/boot.js with the page's file names filled in, named after the
page's wasm: fulcrum.js, fulcrum-feedback.js, fulcrum-growth.js), and root-relative links
("/x.css") become relative ("x.css") so the build works from any folder. Fails loudly if
Trunk's output does not have the expected shape, instead of shipping a page that cannot start.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
INLINE_LOADER = re.compile(r'<script type="module">(?P<body>.*?)</script>', re.S)
GLUE = re.compile(r"from '/?(?P<name>[^'/]+\.js)'")
WASM = re.compile(r"module_or_path: '/?(?P<name>[^'/]+\.wasm)'")
HASH = re.compile(r"-[0-9a-f]{16}(?=\.js$)")


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
    boot = template.replace("__FULCRUM_GLUE__", glue["name"]).replace("__FULCRUM_WASM__", wasm["name"])
    (dist / boot_name).write_text(boot, encoding="utf-8")
    tag = f'<script type="module" src="{boot_name}" data-fulcrum-boot></script>'
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
    pages = sorted(dist.glob("*.html"))
    if not pages:
        sys.exit(f"package: no pages in {dist}")
    for page in pages:
        print("package:", package_page(dist, page, template))


if __name__ == "__main__":
    main()
