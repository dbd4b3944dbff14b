//! Printing: the whole design as one document, every section in order, whichever section is on
//! screen. It is rendered only while the browser prints (between `beforeprint` and
//! `afterprint`), so it costs nothing while the user works.

use leptos::ev;
use leptos::prelude::*;

use super::section::Section;
use super::sections::section_body;

/// Every section, one after another, shown only in print.
#[component]
pub fn PrintDocument() -> impl IntoView {
    let printing = RwSignal::new(false);
    let before = window_event_listener(ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(ev::afterprint, move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    move || {
        printing.get().then(|| {
            view! {
                <div class="print-document">
                    {Section::ALL
                        .into_iter()
                        .map(|section| view! {
                            <section class="section print-section">
                                <h2>{section.label()}</h2>
                                {section_body(section)}
                            </section>
                        })
                        .collect_view()}
                </div>
            }
        })
    }
}
