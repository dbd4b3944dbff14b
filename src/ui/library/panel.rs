//! The designs panel: every saved design with Open, Rename, Duplicate and Delete; new designs
//! from a template; import by file or pasted JSON; and data kept aside, offered for download.

use chrono::Timelike;
use leptos::prelude::*;

use super::intake::FileButton;
use super::share_panel::SharePanel;
use super::versions::VersionsPanel;
use super::{Library, Opened, Panel, use_library};
use crate::domain::library::{Health, Listed, keys};
use crate::domain::templates::Template;
use crate::ui::erase::{flag, handler, text};

/// The header panel that is open, below the header.
#[component]
pub fn LibraryPanels() -> impl IntoView {
    let library = use_library();
    move || match library.panel.get() {
        Some(Panel::Designs) => view! { <DesignsPanel /> }.into_any(),
        Some(Panel::Versions) => view! { <VersionsPanel /> }.into_any(),
        Some(Panel::Share) => view! { <SharePanel /> }.into_any(),
        None => ().into_any(),
    }
}

#[component]
fn DesignsPanel() -> impl IntoView {
    let library = use_library();
    let pasted = RwSignal::new(String::new());
    view! {
        <section id="designs-panel" class="library-panel" aria-labelledby="designs-heading">
            <div class="panel-head">
                <h2 id="designs-heading">"Your designs"</h2>
                <button type="button" on:click=handler(move |_| library.panel.set(None))>"Close designs"</button>
            </div>
            <p class="hint">"Designs are saved in this browser only; nothing is sent anywhere. Export a design to keep a copy elsewhere."</p>
            <ul class="designs-list">
                {move || library.listing.get().into_iter().map(|d| view! { <DesignItem listed=d /> }).collect_view()}
            </ul>
            <div class="panel-group">
                <h3>"Start a new design"</h3>
                <div class="button-row">
                    {Template::ALL.into_iter().map(|t| view! {
                        <button type="button" aria-label=format!("New design from “{}”", t.label())
                            on:click=handler(move |_| library.create_from(t))>{t.label()}</button>
                    }).collect_view()}
                </div>
            </div>
            <div class="panel-group">
                <h3>"Import a design"</h3>
                <p class="hint">"An import always becomes a new design; nothing is overwritten. You can also drop a file anywhere on the page."</p>
                <FileButton label="Open a JSON file" />
                <div class="field">
                    <label for="paste-json">"Paste a design’s JSON"</label>
                    <textarea id="paste-json" rows="4" prop:value=text(move || pasted.get())
                        on:input=handler(move |e| pasted.set(event_target_value(&e)))></textarea>
                </div>
                <button type="button" disabled=flag(move || pasted.read().trim().is_empty())
                    on:click=handler(move |_| {
                        let text = pasted.get_untracked();
                        library.import_text("The pasted JSON", &text);
                        pasted.set(String::new());
                    })>"Import pasted JSON"</button>
            </div>
            <SetAsideList />
        </section>
    }
}

/// One saved design in the list.
#[component]
fn DesignItem(listed: Listed) -> impl IntoView {
    let library = use_library();
    let Listed {
        id,
        title,
        updated_ms,
        health,
        ..
    } = listed;
    let name = if title.trim().is_empty() {
        "Untitled design".to_owned()
    } else {
        title
    };
    let is_open = {
        let id = id.clone();
        move || library.opened.get() == Opened::Saved(id.clone())
    };
    let key = keys::design(&id);
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(name.clone());
    let updated = chrono::DateTime::from_timestamp_millis(updated_ms)
        .filter(|_| updated_ms > 0)
        .map(|t| {
            let local = t.with_timezone(&chrono::Local);
            format!(
                "saved {} {:02}:{:02}",
                local.date_naive(),
                local.hour(),
                local.minute()
            )
        });
    let state = match &health {
        Health::Ready => None,
        Health::Newer { .. } => Some("Saved by a newer version: download it, or open it there."),
        Health::Damaged { .. } => Some("Cannot be read: kept as it is; download it to repair it."),
    };
    let ready = health == Health::Ready;
    let (open_id, dup_id, rename_id) = (id.clone(), id.clone(), id);
    let (n1, n2, n3, n4, n5) = (
        name.clone(),
        name.clone(),
        name.clone(),
        name.clone(),
        name.clone(),
    );
    let (download_key, delete_key) = (key.clone(), key);
    let is_open2 = is_open.clone();
    view! {
        <li class="design-item" aria-current=move || is_open().then(|| "true".to_owned())>
            <p class="design-name">
                <strong>{name.clone()}</strong>
                {move || is_open2().then(|| view! { <span class="tag">"Open now"</span> }.into_any())}
            </p>
            {updated.map(|u| view! { <p class="hint">{u}</p> })}
            {state.map(|s| view! { <p class="design-state">{s}</p> })}
            <Show when=move || renaming.get()>
                {
                    let rename_id = rename_id.clone();
                    let n = n5.clone();
                    view! {
                        <form class="rename" on:submit=handler(move |e: leptos::ev::SubmitEvent| {
                            e.prevent_default();
                            library.rename(&rename_id, new_name.get_untracked());
                            renaming.set(false);
                        })>
                            <label>{format!("New name for “{n}”")}
                                <input type="text" maxlength="200" prop:value=text(move || new_name.get())
                                    on:input=handler(move |e| new_name.set(event_target_value(&e)) )/>
                            </label>
                            <button type="submit">"Save name"</button>
                            <button type="button" on:click=handler(move |_| renaming.set(false))>"Cancel"</button>
                        </form>
                    }
                }
            </Show>
            <div class="item-controls">
                {ready.then(|| view! {
                    <button type="button" disabled=flag(is_open.clone()) aria-label=format!("Open design “{n1}”")
                        on:click=handler(move |_| library.switch_to(&open_id))>"Open"</button>
                    <button type="button" aria-label=format!("Rename design “{n2}”")
                        on:click=handler(move |_| renaming.update(|r| *r = !*r))>"Rename"</button>
                    <button type="button" aria-label=format!("Duplicate design “{n3}”")
                        on:click=handler(move |_| library.duplicate(&dup_id))>"Duplicate"</button>
                })}
                {(!ready).then(|| view! {
                    <button type="button" aria-label=format!("Download design “{}”", n4.clone())
                        on:click=handler(move |_| library.download_raw(&download_key))>"Download"</button>
                })}
                <button type="button" class="remove" aria-label=format!("Delete design “{}”", name)
                    on:click=handler(move |_| library.delete(&delete_key, &format!("design “{}”", n4)))>"Delete"</button>
            </div>
        </li>
    }
}

/// Data set aside because it could not be read, each offered for download.
#[component]
fn SetAsideList() -> impl IntoView {
    let library: Library = use_library();
    move || {
        let items = library.set_aside.get();
        (!items.is_empty()).then(|| view! {
            <div class="panel-group">
                <h3>"Data kept aside"</h3>
                <p class="hint">"Saved data that could not be read was copied here before anything was written in its place. Download it to keep or repair it."</p>
                <ul class="designs-list">
                    {items.into_iter().enumerate().map(|(i, item)| {
                        let (k1, k2) = (item.key.clone(), item.key.clone());
                        let label = format!("kept-aside data {} ({} bytes)", i + 1, item.bytes);
                        let l2 = label.clone();
                        view! {
                            <li class="design-item">
                                <p class="design-name">{item.key.clone()}</p>
                                <div class="item-controls">
                                    <button type="button" aria-label=format!("Download {label}")
                                        on:click=handler(move |_| library.download_raw(&k1))>"Download"</button>
                                    <button type="button" class="remove" aria-label=format!("Delete {l2}")
                                        on:click=handler(move |_| library.delete(&k2, &l2))>"Delete"</button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}
