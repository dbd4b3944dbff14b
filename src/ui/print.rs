//! Printing: whichever section is on screen, the browser prints the board pack, the design as a
//! brief rather than its forms. On the board pack's own section that is the section itself;
//! from any other, the board pack is rendered here only while the browser prints (between
//! `beforeprint` and `afterprint`), so it costs nothing while the user works.

use leptos::ev;
use leptos::prelude::*;

use super::board_pack::BoardPack;
use super::section::Section;
use super::state::use_app;

/// The board pack, shown only in print and only when another section is on screen.
#[component]
pub fn PrintDocument() -> impl IntoView {
    let app = use_app();
    let printing = RwSignal::new(false);
    let before = window_event_listener(ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(ev::afterprint, move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    move || {
        (printing.get() && app.section.get() != Section::BoardPack).then(|| {
            view! {
                <div class="print-document">
                    <section class="section print-section">
                        <h2>{Section::BoardPack.label()}</h2>
                        <BoardPack />
                    </section>
                </div>
            }
        })
    }
}
