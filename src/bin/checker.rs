//! The data checker's page (`?check=1`): a program of its own, which `public/start.js` loads
//! instead of the atlas's, so that no reader of the atlas fetches its code (Trunk builds it
//! beside the atlas: `index.html`).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(frontier_atlas::boot::CheckerApp);
}
