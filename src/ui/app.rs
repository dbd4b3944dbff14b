//! The application shell: the header with the design's title, the section navigation, and the
//! section being viewed, which follows the URL hash so links, back and forward all work.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use super::library::{
    Banners, Boot, DropOverlay, FirstStart, Library, LibraryBar, LibraryPanels, SaveStatus, boot,
};
use super::print::PrintDocument;
use super::section::Section;
use super::sections::section_body;
use super::shortcuts::Shortcuts;
use super::state::{AppState, use_app};
use super::theme::ThemeSelect;
use super::workshop::{self, Presenter, Workshop, WorkshopStrip};
use crate::browser::{dom, location};
use crate::ui::erase::{effect, flag, handler, once, text};

/// What the app opens with: the saved design and section; a share link, or the first-start
/// choice, when there is one. Read in a task before the app's first view is built.
pub fn starting_point() -> Boot {
    let today = chrono::Local::now().date_naive();
    let now = chrono::Utc::now().timestamp_millis();
    boot(today, &location::hash(), now)
}

/// The whole app, opening on `start`.
#[component]
pub fn App(start: Boot) -> impl IntoView {
    let state = AppState::new(start.design.clone(), start.section);
    provide_context(state);
    let shortcuts_open = RwSignal::new(false);
    // On a phone the design actions and the sections fold behind one Menu button, so the
    // section's heading and its first field are on the first screen.
    let menu_open = RwSignal::new(false);
    let library = Library::new(state, start);
    // The presenter view's step, while the hash names it; the workshop's clock runs on
    // whichever view is showing.
    let presenting = RwSignal::new(workshop::step_from_hash(&location::hash()));
    let workshop = Workshop::new();

    // Links, back and forward, and a hash typed by hand all move between sections; a share link
    // opens the design it carries.
    let listener = window_event_listener(ev::hashchange, move |_| {
        let hash = location::hash();
        presenting.set(workshop::step_from_hash(&hash));
        if presenting.get_untracked().is_none() && !library.follow_hash(&hash) {
            state.section.set(Section::from_hash(&hash));
        }
        menu_open.set(false);
    });
    on_cleanup(move || listener.remove());

    // A memo: the heading and the tab's title change when the title does, not on every edit.
    let title = Memo::new(move |_| {
        let title = state.design.read().title.trim().to_owned();
        if title.is_empty() {
            "Untitled design".to_owned()
        } else {
            title
        }
    });

    // The tab names the section and the design.
    Effect::new(effect(move |_| {
        dom::set_title(&format!(
            "{} · {} · Partner Blueprint",
            state.section.get().label(),
            title.get()
        ));
    }));
    // Opening the app is a run of short tasks, one after the other: the header (whole, so
    // nothing under it moves when a later stage arrives) and the navigation; the first-start
    // choice and the banners; the design's analysis; the section in view (its findings and
    // charts a task later again); then what stays hidden until asked for (the designs panels,
    // the shortcuts, the print document). The app counts as started when all of it is there.
    let opened = RwSignal::new(Opened::Header);
    let next = move |stage: Opened| opened.set(stage);
    dom::next_task(once(move || {
        next(Opened::Main);
        dom::next_task(once(move || {
            state.analyse();
            dom::next_task(once(move || {
                next(Opened::Section);
                dom::next_task(once(move || {
                    next(Opened::All);
                    dom::mark_started();
                }));
            }));
        }));
    }));
    let shown = move |stage: Opened| opened.get() >= stage;
    let in_presenter = Memo::new(move |_| presenting.get().is_some());
    let step = Memo::new(move |_| presenting.get().unwrap_or(0));

    move || {
        if in_presenter.get() {
            return view! {
                <NoticeLine />
                {move || shown(Opened::Section).then(|| view! { <Presenter step workshop /> })}
            }
            .into_any();
        }
        view! {
        <header class="app-header" class:menu-open=flag(move || menu_open.get())>
            <a class="skip-link" href="#/" on:click=handler(move |e: leptos::ev::MouseEvent| {
                e.prevent_default();
                dom::focus("section-heading");
            })>"Skip to content"</a>
            <p class="brand">"Partner Blueprint"</p>
            <MenuButton open=menu_open />
            <h1 class="design-title">{text(move || title.get())}</h1>
            <EditBar />
            <SaveStatus />
            <LibraryBar />
            <div class="header-tools" id="header-tools">
                <a class="button-link" href=move || workshop::present_href(workshop::step_of(state.section.get()))>"Workshop mode"</a>
                <ThemeSelect />
                <button type="button" id="shortcuts-button" aria-keyshortcuts="?"
                    on:click=handler(move |_| shortcuts_open.set(true))>"Keyboard shortcuts"</button>
            </div>
        </header>
        <div class="layout" class:menu-open=flag(move || menu_open.get())>
            <SectionNav />
            <main id="main">
                {move || shown(Opened::Main).then(|| view! { <Banners /> })}
                {move || shown(Opened::All).then(|| view! {
                    <LibraryPanels />
                    <DropOverlay />
                })}
                <NoticeLine />
                <WorkshopStrip workshop />
                {move || shown(Opened::All).then(|| view! { <Shortcuts open=shortcuts_open /> })}
                {move || shown(Opened::Main).then(|| view! { <FirstStart /> })}
                {move || shown(Opened::Section).then(|| view! { <SectionView /> })}
                {move || shown(Opened::All).then(|| view! { <PrintDocument /> })}
            </main>
        </div>
        }
        .into_any()
    }
}

/// How far opening the app has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Opened {
    /// The header and the navigation.
    Header,
    /// The first-start choice and the banners.
    Main,
    /// The section in view.
    Section,
    /// Everything.
    All,
}

/// The list of sections, in order, with the current one marked.
#[component]
fn SectionNav() -> impl IntoView {
    let state = use_app();
    view! {
        <nav class="sections" id="sections-nav" aria-label="Sections">
            <ol>
                {Section::ALL
                    .into_iter()
                    .map(|section| {
                        let current = move || {
                            (state.section.get() == section).then(|| "page".to_owned())
                        };
                        view! {
                            <li>
                                <a href=section.href() aria-current=current>
                                    {section.label()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The section in view: its heading, what it is for, and its content.
#[component]
fn SectionView() -> impl IntoView {
    let state = use_app();
    let previous = StoredValue::new(None::<Section>);
    move || {
        let section = state.section.get();
        // Focus follows a change of section so keyboard and screen-reader users land on its
        // heading, once that heading is on the page; only a change of section, so an edit never
        // pulls focus out of the field being typed in.
        let heading = NodeRef::<html::H2>::new();
        if previous.get_value().is_some_and(|p| p != section) {
            heading.on_load(|h| {
                let _ = h.focus();
            });
        }
        previous.set_value(Some(section));
        // The board pack is what prints, so it alone stays on the page in print.
        let class = if section == Section::BoardPack {
            "section pack-screen"
        } else {
            "section on-screen"
        };
        view! {
            <section class=class aria-labelledby="section-heading">
                <h2 id="section-heading" tabindex="-1" node_ref=heading>{section.label()}</h2>
                <p class="purpose">{section.purpose()}</p>
                {section_body(section)}
            </section>
        }
    }
}

/// The button that shows and hides the design actions and the sections on a small screen (on a
/// wider one it is not shown, and they always are). Escape folds them again.
#[component]
fn MenuButton(open: RwSignal<bool>) -> impl IntoView {
    let escape = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && open.get_untracked() {
            open.set(false);
            dom::focus("menu-button");
        }
    });
    on_cleanup(move || escape.remove());
    view! {
        <button type="button" id="menu-button" class="menu-button"
            aria-controls="design-actions header-tools sections-nav"
            aria-expanded=text(move || open.get().to_string())
            on:click=handler(move |_| open.update(|o| *o = !*o))>"Menu"</button>
    }
}

/// Undo and redo, beside the title.
#[component]
fn EditBar() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="edit-bar" role="toolbar" aria-label="Edit">
            <button type="button" on:click=handler(move |_| state.undo())
                disabled=flag(move || !state.can_undo()) aria-keyshortcuts="Control+Z">
                "Undo"
            </button>
            <button type="button" on:click=handler(move |_| state.redo())
                disabled=flag(move || !state.can_redo()) aria-keyshortcuts="Control+Shift+Z">
                "Redo"
            </button>
        </div>
    }
}

/// What just happened, with Undo after a removal.
#[component]
fn NoticeLine() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notice" role="status" aria-live="polite">
            {move || state.notice.get().map(|n| view! {
                <p>
                    {n.message}
                    {n.offers_undo.then(|| view! {
                        <button type="button" on:click=handler(move |_| {
                            state.undo();
                        })>"Undo"</button>
                    })}
                    <button type="button" class="dismiss" aria-label="Dismiss message"
                        on:click=handler(move |_| state.notice.set(None))>"×"</button>
                </p>
            }.into_any())}
        </div>
    }
}
