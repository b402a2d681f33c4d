//! Article Explorer's web page: a thin Leptos layer over the `engine` crate.
//!
//! - `highlight`: cuts the text and overlapping spans into flat pieces (plain Rust, tested).
//! - `report`: turns an `engine::Analysis` into what the page shows (plain Rust, tested).
//! - `axis`: the timeline axis layout (plain Rust, tested).
//! - `input`: cleaning pasted and opened text (plain Rust, tested).
//! - `export`: CSV, Markdown and TimelineJS exports (plain Rust, tested).
//! - `share`: share links carrying the compressed text in the URL fragment (plain Rust, tested).
//! - `app`: the Leptos components.
//! - `worker`: the same binary inside a Web Worker, analysing long texts off the page's thread.

mod app;
mod axis;
mod export;
mod highlight;
mod input;
mod report;
mod share;
mod worker;

use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    // The page and its analysis worker run this one binary: outside a window, be the worker.
    if js_sys::global().dyn_ref::<web_sys::Window>().is_none() {
        worker::start();
        return;
    }
    leptos::mount::mount_to_body(app::App);
}
