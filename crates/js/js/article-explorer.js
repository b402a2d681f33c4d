// Article Explorer's engine as an ES module: `import { analyze } from './article-explorer.js'`.
// Loads and compiles the WebAssembly next to it once (top-level await), then `analyze` is
// synchronous. Copied next to wasm-bindgen's output by scripts/build-js.sh; see README.md,
// "JavaScript API".
import init, { analyze, tokenCount } from './article_explorer_wasm.js';

await init({ module_or_path: new URL('./article_explorer_wasm_bg.wasm', import.meta.url) });

export { analyze, tokenCount };
