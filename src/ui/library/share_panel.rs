//! The share panel: the design as a link whose fragment carries it (never sent to a server),
//! with its length and a warning when chat or mail tools may cut it.

use leptos::prelude::*;

use super::use_library;
use crate::browser::share as link;
use crate::domain::library::{
    LINK_FILE_ADVISED, LINK_SAFE_LENGTH, LinkAdvice, encode_payload, link_advice, share_hash,
};
use crate::ui::erase::{handler, text};

/// The share link of the open design.
#[component]
pub fn SharePanel() -> impl IntoView {
    let library = use_library();
    let app = library.app;
    let url = Memo::new(move |_| {
        let payload = app.design.with(encode_payload);
        link::link_with_hash(&share_hash(&payload))
    });
    let copied = RwSignal::new(None::<bool>);
    let length = move || url.with(|u| u.chars().count());
    let counted = move || grouped(length());
    let advice = move || match link_advice(length()) {
        LinkAdvice::Fine => None,
        LinkAdvice::Long => Some(format!(
            "This link is {} characters long. Chat and mail tools may cut links longer than about {} characters: check that it arrives whole, or share the JSON file.",
            counted(),
            grouped(LINK_SAFE_LENGTH)
        )),
        LinkAdvice::UseFile => Some(format!(
            "This link is {} characters long, past the {} characters links carry reliably: share the design’s JSON file instead (Export JSON).",
            counted(),
            grouped(LINK_FILE_ADVISED)
        )),
    };
    view! {
        <section id="share-panel" class="library-panel" aria-labelledby="share-heading">
            <div class="panel-head">
                <h2 id="share-heading">"Share this design"</h2>
                <button type="button" on:click=handler(move |_| library.panel.set(None))>"Close sharing"</button>
            </div>
            <p class="hint">"The whole design travels inside the link, after the #: it is never sent to a server. Whoever opens it sees the design and can keep a copy; their own designs are untouched."</p>
            <div class="field">
                <label for="share-link">"Share link"</label>
                <input id="share-link" type="text" readonly prop:value=text(move || url.get())
                    aria-describedby="share-length" />
                <p id="share-length" class="hint">{text(move || format!("{} characters", counted()))}</p>
            </div>
            {move || advice().map(|a| view! { <p class="share-warning" role="note">{a}</p> }.into_any())}
            <div class="button-row">
                <button type="button" on:click=handler(move |_| {
                    copied.set(Some(link::copy_to_clipboard(&url.get_untracked())));
                })>"Copy link"</button>
                <button type="button" on:click=handler(move |_| library.export_json())>"Export JSON instead"</button>
            </div>
            <p class="hint" role="status">{text(move || match copied.get() {
                Some(true) => "Link copied.".to_owned(),
                Some(false) => "Copying is not allowed here: select the link and copy it.".to_owned(),
                None => String::new(),
            })}</p>
        </section>
    }
}

/// A count with thousands separators: 5861 → "5,861".
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
