//! Entry point: report panics to the browser console, then mount the app.

fn main() {
    console_error_panic_hook::set_once();
    partner_blueprint::ui::mount();
}
