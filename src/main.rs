//! Article Explorer's web page: a thin Leptos layer over the `engine` crate.
//!
//! - `highlight`: cuts the text and overlapping spans into flat pieces (plain Rust, tested).
//! - `report`: turns an `engine::Analysis` into what the page shows (plain Rust, tested).
//! - `axis`: the timeline axis layout (plain Rust, tested).
//! - `input`: cleaning pasted and opened text (plain Rust, tested).
//! - `export`: CSV, Markdown and TimelineJS exports (plain Rust, tested).
//! - `share`: share links carrying the compressed text in the URL fragment (plain Rust, tested).
//! - `app`: the Leptos components.

mod app;
mod axis;
mod export;
mod highlight;
mod input;
mod report;
mod share;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
