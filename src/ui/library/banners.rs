//! Banners under the header: each fault with its message and a way out, the choice after another
//! tab saved a newer version, the shared design being viewed, Undo after a deletion, and the
//! reminder to export a backup.

use leptos::prelude::*;

use crate::ui::erase::handler;
use crate::ui::health::go_to_field;

use super::{Fault, Opened, use_library};

/// Every banner the library has to show.
#[component]
pub fn Banners() -> impl IntoView {
    let library = use_library();
    view! {
        <div class="banners">
            <ConflictBanner />
            <SharedBanner />
            {move || library.faults.get().into_iter().map(|f| view! { <FaultBanner fault=f /> }).collect_view()}
            <DeletedBanner />
            <ReminderBanner />
        </div>
    }
}

#[component]
fn FaultBanner(fault: Fault) -> impl IntoView {
    let library = use_library();
    let download = fault.download_key().map(str::to_owned);
    let field = fault.field().cloned();
    let export = fault.offers_export();
    let dismissed = fault.clone();
    let class = match fault {
        Fault::Import { .. } | Fault::Share { .. } => "banner banner-warning",
        _ => "banner banner-critical",
    };
    view! {
        <div class=class role="alert">
            <p><strong>{fault.heading()}</strong> " " {fault.message()}</p>
            <div class="button-row">
                {download.map(|key| view! {
                    <button type="button" on:click=handler(move |_| library.download_raw(&key))>"Download the saved data"</button>
                })}
                {field.map(|path| view! {
                    <button type="button" on:click=handler(move |_| go_to_field(&path))>"Go to the field"</button>
                })}
                {export.then(|| view! {
                    <button type="button" class="primary" on:click=handler(move |_| library.export_json())>"Export JSON"</button>
                })}
                <button type="button" class="dismiss" aria-label=format!("Dismiss: {}", fault.heading())
                    on:click=handler(move |_| library.faults.update(|f| f.retain(|x| *x != dismissed)))>"Dismiss"</button>
            </div>
        </div>
    }
}

/// Another tab saved a newer version while this one had changes: the user chooses.
#[component]
fn ConflictBanner() -> impl IntoView {
    let library = use_library();
    move || {
        library.conflict.get().map(|_| view! {
            <div class="banner banner-critical" role="alert">
                <p>
                    <strong>"Changed in another tab"</strong>
                    " A newer version of this design was saved in another tab or window, so this tab's changes were not saved over it. Choose which to keep."
                </p>
                <div class="button-row">
                    <button type="button" on:click=handler(move |_| library.load_newer())>"Load the newer version"</button>
                    <button type="button" class="primary" on:click=handler(move |_| library.keep_mine_as_copy())>"Keep mine as a copy"</button>
                </div>
            </div>
        })
    }
}

/// A design opened from a share link is on screen.
#[component]
fn SharedBanner() -> impl IntoView {
    let library = use_library();
    move || {
        (library.opened.get() == Opened::Shared).then(|| view! {
            <div class="banner banner-info" role="region" aria-label="Shared design">
                <p>
                    <strong>"You are viewing a shared design."</strong>
                    " It is not saved, and your own designs are untouched. Keep a copy to work on it."
                </p>
                <div class="button-row">
                    <button type="button" class="primary" on:click=handler(move |_| library.keep_shared())>"Keep a copy"</button>
                    <button type="button" on:click=handler(move |_| library.close_shared())>"Close the shared design"</button>
                </div>
            </div>
        })
    }
}

#[component]
fn DeletedBanner() -> impl IntoView {
    let library = use_library();
    move || {
        library.deleted.get().map(|(name, _, _)| view! {
            <div class="banner banner-info" role="status">
                <p>{format!("Deleted {name}.")}</p>
                <div class="button-row">
                    <button type="button" on:click=handler(move |_| library.undo_delete())>"Undo delete"</button>
                    <button type="button" class="dismiss" aria-label="Dismiss: deleted"
                        on:click=handler(move |_| library.deleted.set(None))>"Dismiss"</button>
                </div>
            </div>
        })
    }
}

#[component]
fn ReminderBanner() -> impl IntoView {
    let library = use_library();
    move || {
        library.reminder.get().then(|| view! {
            <div class="banner banner-info" role="status">
                <p>
                    <strong>"Time for a backup?"</strong>
                    " Your designs live in this browser only; clearing its data erases them. Export a copy now and then."
                </p>
                <div class="button-row">
                    <button type="button" class="primary" on:click=handler(move |_| library.export_json())>"Export JSON now"</button>
                    <button type="button" on:click=handler(move |_| library.snooze_reminder())>"Later"</button>
                </div>
            </div>
        })
    }
}
