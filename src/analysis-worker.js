// The analysis worker for long texts: it runs the page's own WebAssembly (see src/worker.rs).
// The page starts it as a module worker and first posts the URLs of its JavaScript and
// WebAssembly files (their names carry a content hash, so they cannot be written here). Only
// files from this worker's own origin are accepted. Once the WebAssembly runs, it takes over
// the message handler and posts {ready: true}.
self.onmessage = async (event) => {
  self.onmessage = null;
  const { js, wasm } = event.data ?? {};
  const own = (url) => typeof url === 'string' && new URL(url, self.location.href).origin === self.location.origin;
  if (!own(js) || !own(wasm)) {
    self.postMessage({ failed: 'the worker was given files from another origin' });
    return;
  }
  try {
    const { default: init } = await import(js);
    await init({ module_or_path: wasm });
  } catch (err) {
    self.postMessage({ failed: String(err) });
  }
};
