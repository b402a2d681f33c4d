// Starts the WebAssembly app. Trunk (see pattern_script in Trunk.toml) points this script at the
// hashed file names through data attributes, so no inline script is needed and the page's
// Content-Security-Policy can forbid them.
const tag = document.querySelector('script[data-js][data-wasm]');
const js = new URL(tag.dataset.js, document.baseURI).href;
const wasm = new URL(tag.dataset.wasm, document.baseURI).href;
// The analysis worker (analysis-worker.js) runs the same two files for long texts.
globalThis.articleExplorerFiles = { js, wasm };
const { default: init } = await import(js);
await init({ module_or_path: wasm });

// Offline after the first visit (see sw.js). The worker's scope is the page's own folder.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch((err) => {
    console.warn(`Offline mode unavailable: ${err}`);
  });
}
