// Fulcrum's boot module: the one script a page loads (`<script type="module" src="fulcrum.js">`).
// It replaces Trunk's inline loader so that pages work under a strict Content-Security-Policy
// (no inline scripts), loads the wasm relative to this file (so the build can live in any
// folder), mounts every [data-fulcrum] element, and exports mount/unmount for later elements.
// If WebAssembly cannot start (e.g. a CSP without 'wasm-unsafe-eval'), every element says so
// in words instead of staying empty. It also adds the widget's stylesheets if the page has
// not linked them, and on Fulcrum's own pages (data-fulcrum-offline) registers the service
// worker that keeps the app working offline. scripts/package.py fills in the file names.
const GLUE = "__FULCRUM_GLUE__";
const WASM = "__FULCRUM_WASM__";
const STYLES = __FULCRUM_STYLES__;

const here = new URL(".", import.meta.url);

// A <link> made by a script is allowed under style-src 'self', unlike a style attribute.
for (const name of STYLES) {
  const href = new URL(name, here).href;
  if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.append(link);
  }
}

if (document.querySelector("script[data-fulcrum-offline]") && "serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker.register(new URL("sw.js", here), { scope: here.pathname }).catch((error) => {
    console.warn("Fulcrum works, but will not be available offline:", error);
  });
}

// The words when WebAssembly cannot start, in the languages the widget speaks.
const WORDS = {
  en: {
    csp: "Fulcrum cannot start on this page: its Content-Security-Policy does not allow WebAssembly. " +
      "The page's owner can allow it by adding 'wasm-unsafe-eval' to script-src.",
    other: (text) => "Fulcrum could not start: " + text + ". Reload the page; if this stays, tell the page's owner.",
  },
  de: {
    csp: "Fulcrum kann auf dieser Seite nicht starten: Die Content-Security-Policy der Seite erlaubt kein WebAssembly. " +
      "Die Verantwortlichen der Seite können es erlauben, indem sie 'wasm-unsafe-eval' zu script-src hinzufügen.",
    other: (text) => "Fulcrum konnte nicht starten: " + text + ". Laden Sie die Seite neu; bleibt der Fehler bestehen, wenden Sie sich an die Verantwortlichen der Seite.",
  },
};

// As the widget chooses (ui::mounting): the element's data-lang, else the browser's languages.
function language(element) {
  const wanted = [element.dataset.lang || "", ...(navigator.languages || [])];
  for (const tag of wanted) {
    const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
    if (primary in WORDS) return primary;
  }
  return "en";
}

function explain(error, lang) {
  const words = WORDS[lang];
  const text = String((error && error.message) || error);
  if (/WebAssembly|wasm|unsafe-eval|Content.Security.Policy/i.test(text) && /eval|CSP|Content.Security|refused/i.test(text)) {
    return words.csp;
  }
  return words.other(text);
}

function showFailure(error) {
  for (const element of document.querySelectorAll("[data-fulcrum]")) {
    if (!element.querySelector(".fc")) {
      const lang = language(element);
      const p = document.createElement("p");
      p.className = "fc-boot-error";
      p.setAttribute("role", "alert");
      p.lang = lang;
      p.textContent = explain(error, lang);
      element.replaceChildren(p);
    }
  }
  // Once for the page's author (elements may differ in language): English, beside the error.
  console.error(explain(error, "en"), error);
}

const ready = (async () => {
  try {
    const glue = await import(new URL(GLUE, here).href);
    const wasm = await glue.default({ module_or_path: new URL(WASM, here) });
    // For tools that measure the app (scripts/bench.sh reads the wasm memory's size).
    dispatchEvent(new CustomEvent("fulcrum:started", { detail: { wasm } }));
    return glue;
  } catch (error) {
    showFailure(error);
    throw error;
  }
})();
// Failures are shown in the page; keep them out of "unhandled rejection" noise.
ready.catch(() => {});

/** Mounts a widget on `element` (options: { namespace }); rejects with the reason if refused. */
export async function mount(element, options) {
  const glue = await ready;
  glue.mount(element, options || {});
}

/** Removes the widget from `element` (saved data stays). Resolves to whether there was one. */
export async function unmount(element) {
  const glue = await ready;
  return glue.unmount(element);
}
