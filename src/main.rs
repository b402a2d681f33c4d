//! Article Explorer's web page: a thin Leptos layer over the `engine` crate.
//!
//! - `highlight`: cuts the text and overlapping spans into flat pieces (plain Rust, tested).
//! - `report`: turns an `engine::Analysis` into what the page shows (plain Rust, tested).
//! - `app`: the Leptos components.

mod app;
mod highlight;
mod report;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
