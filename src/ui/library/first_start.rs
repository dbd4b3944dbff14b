//! First start: choose a template or open a design file. The same choices stay one click away in
//! the designs panel.

use leptos::prelude::*;

use super::intake::FileButton;
use super::use_library;
use crate::domain::templates::Template;
use crate::ui::erase::handler;

/// The first-start choice, above the section while no design has been chosen.
#[component]
pub fn FirstStart() -> impl IntoView {
    let library = use_library();
    move || {
        library.first_start.get().then(|| view! {
            <section class="first-start" aria-labelledby="first-start-heading">
                <h2 id="first-start-heading">"Start a design"</h2>
                <p>"Pick a starting point. The filled examples show what a design ready for the hire looks like. You can start another, or open a file, at any time from Designs."</p>
                <ul class="template-choices">
                    {Template::ALL.into_iter().map(|t| view! {
                        <li>
                            <button type="button" class="choice" on:click=handler(move |_| library.create_from(t))>{t.label()}</button>
                            <p class="hint">{t.description()}</p>
                        </li>
                    }).collect_view()}
                </ul>
                <div class="button-row">
                    <FileButton label="Open a JSON file" />
                    <button type="button" on:click=handler(move |_| library.first_start.set(false))>"Not now"</button>
                </div>
                <p class="hint">"You can also drop a design file anywhere on the page, or paste its JSON."</p>
            </section>
        })
    }
}
