//! Frontier Atlas: the browser entry point.

// As in the library: the page's view type is deeper than the default limit when the binary is
// built natively (`cargo test --workspace`).
#![recursion_limit = "256"]

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(frontier_atlas::App);
}
