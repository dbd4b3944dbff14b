//! Browser unit tests: the app mounted in a real headless Chromium (wasm-bindgen-test), driven
//! through the DOM as a person would — links and the URL hash.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use partner_blueprint::ui::{App, Section, starting_point};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts a fresh app into its own element and returns that element.
fn mount_app() -> Element {
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    leptos::mount::mount_to(root.clone().unchecked_into(), || {
        leptos::view! { <App start=starting_point() /> }
    })
    .forget();
    root
}

/// Lets the browser deliver events and Leptos apply its updates.
async fn settle(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    leptos::task::tick().await;
}

/// Waits, in short steps up to two seconds, until `ready` holds: the app opens in stages, a
/// task apart, so what a person sees arrives a few tasks after mounting.
async fn until(ready: impl Fn() -> bool) {
    for _ in 0..100 {
        if ready() {
            return;
        }
        settle(Duration::from_millis(20)).await;
    }
}

fn heading(root: &Element) -> String {
    root.query_selector("h2#section-heading")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_navigation_lists_every_section_in_the_blueprints_order() {
    let root = mount_app();
    until(|| root.query_selector("nav a").ok().flatten().is_some()).await;
    let links = root.query_selector_all("nav a").expect("links");
    let labels: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|l| l.text_content())
        .collect();
    let expected: Vec<String> = Section::ALL.iter().map(|s| s.label().to_owned()).collect();
    assert_eq!(labels, expected);
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_section_link_shows_that_section_and_marks_it_current() {
    let root = mount_app();
    until(|| heading(&root) == "Overview").await;
    let link: HtmlElement = root
        .query_selector("nav a[href='#/journey']")
        .expect("query")
        .expect("a Journey link")
        .unchecked_into();
    link.click();
    until(|| heading(&root) == "Journey").await;
    assert_eq!(heading(&root), "Journey");
    assert_eq!(link.get_attribute("aria-current").as_deref(), Some("page"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_hash_typed_by_hand_moves_to_that_section() {
    let root = mount_app();
    until(|| heading(&root) == "Overview").await;
    let location = web_sys::window().expect("a window").location();
    location.set_hash("#/scoreboard").expect("hash set");
    until(|| heading(&root) == "Scoreboard").await;
    assert_eq!(heading(&root), "Scoreboard");
    location.set_hash("#/").expect("hash reset");
    until(|| heading(&root) == "Overview").await;
    assert_eq!(heading(&root), "Overview");
    root.remove();
}
