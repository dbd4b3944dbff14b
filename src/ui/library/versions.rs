//! A design's versions, as the app keeps and shows them: "Save a version", the automatic ones
//! (before an import, before a scenario, before a restore, once a day), and the Versions panel
//! that lists them with their date, name and kind, and opens one read-only, restores it (an
//! undoable step), exports it or deletes it. The order of writes keeps the design safe: the
//! design is saved first and the version second, so a version that cannot be kept never blocks
//! or undoes the design's save.

use leptos::prelude::*;

use super::clock::{day_start_ms, file_date, when};
use super::compare::ComparePanel;
use super::{Library, Opened, use_library};
use crate::browser::{dom, files};
use crate::domain::Design;
use crate::domain::analysis::analyse;
use crate::domain::brief::{chapters, summarise};
use crate::domain::format;
use crate::domain::health::check;
use crate::domain::library::{
    MAX_VERSION_BYTES, StoreError, Taken, Version, VersionError, VersionKind, file_stem,
};
use crate::ui::board_pack::{ChapterView, SummaryPage};
use crate::ui::erase::{handler, text};
use crate::ui::state::Notice;
use crate::ui::trailing::now_ms;

/// The versions of the open design as last read, or why they cannot be read.
pub type Listing = Result<Vec<Version>, String>;

/// The name an automatic version gets; a version saved without a name gets its date.
fn default_name(kind: VersionKind, now: i64) -> String {
    match kind {
        VersionKind::Saved => format!("Version of {}", when(now)),
        VersionKind::BeforeImport => "Before an import".to_owned(),
        VersionKind::BeforeScenario => "Before a scenario was applied".to_owned(),
        VersionKind::BeforeRestore => "Before a restore".to_owned(),
        VersionKind::Daily => "Start of the day".to_owned(),
    }
}

/// What the notice says when a version could not be kept; the design itself is saved.
fn not_kept(error: &VersionError) -> String {
    match error {
        VersionError::Store(StoreError::Full) => {
            "The version could not be kept: the browser's storage is full. Your design is saved."
                .to_owned()
        }
        other => format!("The version could not be kept: {other}. Your design is saved."),
    }
}

impl Library {
    /// Re-reads the open design's versions.
    pub(super) fn refresh_versions(&self) {
        let listing = match self.open_id() {
            None => Ok(Vec::new()),
            Some(id) => self
                .repo
                .with_value(|r| r.versions(&id))
                .map(|v| v.list)
                .map_err(|e| e.to_string()),
        };
        self.versions.set(listing);
    }

    /// Keeps `design` as a version of the open design; saves pending changes first, so the
    /// design is always saved before its version is written.
    fn keep(&self, design: &Design, kind: VersionKind, name: &str) -> Option<Taken> {
        self.flush();
        let id = self.open_id()?;
        let now = now_ms();
        let result = self
            .repo
            .try_update_value(|r| r.take_version(&id, design, kind, name, now))?;
        if self.panel.get_untracked() == Some(super::Panel::Versions) {
            self.refresh_versions();
        }
        match result {
            Ok(taken) => Some(taken),
            Err(e) => {
                self.notice(not_kept(&e));
                None
            }
        }
    }

    /// Takes an automatic version of the open design as it is now, before a change that
    /// replaces much of it: the CSV import calls `take_version(VersionKind::BeforeImport)` just
    /// before it applies the rows, and the scenario buttons `VersionKind::BeforeScenario`. The
    /// design is saved first, then the version written beside it.
    ///
    /// `Ok(true)` when the version was kept; `Ok(false)` when the open design is not saved (first
    /// start, a shared design) and so has no versions; `Err(words)` when it could not be kept
    /// (storage full, no room beside the versions saved by name): the notice already says so in
    /// those words, and a caller that sets a notice of its own next should carry them into it.
    /// Either way the change may go ahead: it is an undoable step.
    pub fn take_version(&self, kind: VersionKind) -> Result<bool, String> {
        if self.open_id().is_none() {
            return Ok(false);
        }
        let design = self.app.design.get_untracked();
        match self.keep(&design, kind, &default_name(kind, now_ms())) {
            Some(_) => Ok(true),
            None => Err(self
                .app
                .notice
                .with_untracked(|n| n.as_ref().map(|n| n.message.clone()))
                .unwrap_or_default()),
        }
    }

    /// "Save a version": keeps the open design under `name` (its date when blank).
    pub fn save_version(&self, name: &str) {
        // A first-start design with changes is saved now, and can then keep versions.
        self.flush();
        if self.open_id().is_none() {
            self.notice(
                "This design is not saved in this browser yet, so it keeps no versions: a change to it saves it.",
            );
            return;
        }
        let name = name.trim();
        let name = if name.is_empty() {
            default_name(VersionKind::Saved, now_ms())
        } else {
            name.chars().take(200).collect()
        };
        let design = self.app.design.get_untracked();
        if let Some(taken) = self.keep(&design, VersionKind::Saved, &name) {
            let mut message = format!("Saved the version “{}”.", taken.version.name);
            if !taken.dropped.is_empty() {
                message.push_str(&format!(
                    " To make room, the oldest automatic version{} went: {}.",
                    if taken.dropped.len() == 1 { "" } else { "s" },
                    taken
                        .dropped
                        .iter()
                        .map(|v| format!("“{}” of {}", v.name, when(v.taken_ms)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            self.notice(message);
        }
    }

    /// After an autosave: the once-a-day version of the design as it was last saved, when no
    /// version of it was taken today. Looked at once a day per design in this tab.
    pub(super) fn daily_version(&self, previous: Option<Design>) {
        let (Some(id), Some(previous)) = (self.open_id(), previous) else {
            return;
        };
        let today = day_start_ms();
        if self.daily_checked.get_value() == Some((id.clone(), today)) {
            return;
        }
        self.daily_checked.set_value(Some((id.clone(), today)));
        let name = default_name(VersionKind::Daily, now_ms());
        let result = self
            .repo
            .try_update_value(|r| r.take_daily(&id, &previous, &name, now_ms(), today));
        if let Some(Err(e)) = result {
            self.notice(not_kept(&e));
        }
    }

    /// The design a version of the open design holds; says why in the notice when it cannot.
    fn version_design(&self, version: u64) -> Option<Design> {
        let id = self.open_id()?;
        match self.repo.with_value(|r| r.version_design(&id, version)) {
            Ok(design) => Some(design),
            Err(e) => {
                self.notice(format!("That version cannot be opened: {e}."));
                None
            }
        }
    }

    /// Shows a version read-only.
    pub fn open_version(&self, version: &Version) {
        if let Some(design) = self.version_design(version.id) {
            self.viewing.set(Some((version.clone(), design)));
            dom::after_render(|| dom::focus("version-view-heading"));
        }
    }

    /// Restores a version as an undoable step, after keeping the design as it is now as a
    /// "before restore" version.
    pub fn restore_version(&self, version: &Version) {
        let Some(restored) = self.version_design(version.id) else {
            return;
        };
        let now = self.app.design.get_untracked();
        let kept = self
            .keep(
                &now,
                VersionKind::BeforeRestore,
                &default_name(VersionKind::BeforeRestore, now_ms()),
            )
            .is_some();
        self.viewing.set(None);
        self.app.change(|d| *d = restored);
        let mut message = format!(
            "Restored the version “{}” of {}.",
            version.name,
            when(version.taken_ms)
        );
        if kept {
            message.push_str(" The design as it was is kept as a version too.");
        } else {
            message.push_str(
                " The design as it was could not be kept as a version; Undo brings it back.",
            );
        }
        self.app.notice.set(Some(Notice {
            message,
            offers_undo: true,
        }));
    }

    /// Downloads a version's JSON, named after the design and the version's date.
    pub fn export_version(&self, version: &Version) {
        let Some(design) = self.version_design(version.id) else {
            return;
        };
        let stem = self.app.design.with_untracked(|d| file_stem(&d.title));
        let name = format!("{stem}-{}.json", file_date(version.taken_ms));
        let text = format::export(&design, &check(&design));
        if let Err(why) = files::download(&name, "application/json", &text) {
            self.notice(format!("The file could not be saved: {why}."));
        }
    }

    /// Puts the version last deleted back among its design's versions.
    pub fn undo_delete_version(&self) {
        let Some((id, version)) = self.deleted_version.get_untracked() else {
            return;
        };
        let name = version.name.clone();
        match self
            .repo
            .try_update_value(|r| r.put_back_version(&id, version, now_ms()))
        {
            Some(Ok(_)) => {
                self.deleted_version.set(None);
                self.notice(format!("Put back the version “{name}”."));
            }
            Some(Err(e)) => self.notice(format!("The version could not be put back: {e}.")),
            None => {}
        }
        self.refresh_versions();
    }

    /// Deletes a version at the user's word.
    pub fn delete_version(&self, version: &Version) {
        let Some(id) = self.open_id() else {
            return;
        };
        match self
            .repo
            .try_update_value(|r| r.delete_version(&id, version.id))
        {
            Some(Ok(removed)) => {
                self.notice(format!("Deleted the version “{}”.", version.name));
                self.deleted_version.set(Some((id, removed)));
            }
            Some(Err(e)) => self.notice(format!("The version could not be deleted: {e}.")),
            None => {}
        }
        if self
            .viewing
            .with_untracked(|v| v.as_ref().is_some_and(|(v, _)| v.id == version.id))
        {
            self.viewing.set(None);
        }
        self.refresh_versions();
    }
}

/// The Versions panel: save a version, the list, the version open read-only, and Compare.
#[component]
pub fn VersionsPanel() -> impl IntoView {
    let library = use_library();
    let name = RwSignal::new(String::new());
    let saved = move || matches!(library.opened.get(), Opened::Saved(_));
    let title = move || {
        library.app.design.with(|d| {
            let t = d.title.trim();
            if t.is_empty() {
                "Untitled design".to_owned()
            } else {
                t.to_owned()
            }
        })
    };
    let usage = move || {
        library.versions.with(|v| match v {
            Ok(list) => {
                let bytes: usize = list.iter().map(Version::bytes).sum();
                format!(
                    "{} version{}, {} KB of {} MB",
                    list.len(),
                    if list.len() == 1 { "" } else { "s" },
                    bytes.div_ceil(1000),
                    MAX_VERSION_BYTES / 1_000_000
                )
            }
            Err(_) => String::new(),
        })
    };
    view! {
        <section id="versions-panel" class="library-panel" aria-labelledby="versions-heading">
            <div class="panel-head">
                <h2 id="versions-heading">{move || format!("Versions of “{}”", title())}</h2>
                <button type="button" on:click=handler(move |_| library.panel.set(None))>"Close versions"</button>
            </div>
            <p class="hint">"A version is a copy of the whole design, kept in this browser beside it. The app also keeps one before an import, before a scenario is applied, before a restore, and once a day while you edit. Up to 20 versions or 1 MB per design: the oldest automatic ones make room; the ones you name stay until you delete them."</p>
            <form class="rename" on:submit=handler(move |e: leptos::ev::SubmitEvent| {
                e.prevent_default();
                library.save_version(&name.get_untracked());
                name.set(String::new());
            })>
                <label>"Name of the version (optional)"
                    <input type="text" maxlength="200" prop:value=text(move || name.get())
                        on:input=handler(move |e| name.set(event_target_value(&e)))/>
                </label>
                <button type="submit">"Save a version"</button>
            </form>
            {move || (!saved()).then(|| view! { <p class="hint">"This design is not saved yet: it keeps versions once a change has saved it."</p> })}
            <p class="hint" id="versions-usage">{text(usage)}</p>
            {move || match library.versions.get() {
                Err(why) => view! {
                    <p class="design-state">{format!("The versions of this design cannot be read ({why}). They are kept as they are; the next version sets them aside, to download from Designs.")}</p>
                }.into_any(),
                Ok(list) if list.is_empty() => view! { <p>"No versions yet."</p> }.into_any(),
                Ok(list) => view! {
                    <ul class="designs-list versions-list">
                        {list.into_iter().rev().map(|v| view! { <VersionItem version=v /> }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            {move || library.deleted_version.get().map(|(_, v)| view! {
                <div class="button-row" role="status">
                    <p>{format!("Deleted the version “{}”.", v.name)}</p>
                    <button type="button" on:click=handler(move |_| library.undo_delete_version())>"Undo delete"</button>
                </div>
            })}
            <ReadOnlyVersion />
            <ComparePanel />
        </section>
    }
}

/// One version in the list.
#[component]
fn VersionItem(
    /// The version shown.
    version: Version,
) -> impl IntoView {
    let library = use_library();
    let label = format!("“{}” of {}", version.name, when(version.taken_ms));
    let (v1, v2, v3, v4) = (
        version.clone(),
        version.clone(),
        version.clone(),
        version.clone(),
    );
    let (l1, l2, l3, l4) = (label.clone(), label.clone(), label.clone(), label);
    view! {
        <li class="design-item version-item">
            <p class="design-name"><strong>{version.name.clone()}</strong></p>
            <p class="hint">{when(version.taken_ms)} " · " {version.kind.label()} " · " {format!("{} KB", version.bytes().div_ceil(1000))}</p>
            <div class="item-controls">
                <button type="button" aria-label=format!("Open read-only version {l1}")
                    on:click=handler(move |_| library.open_version(&v1))>"Open read-only"</button>
                <button type="button" aria-label=format!("Restore version {l2}")
                    on:click=handler(move |_| library.restore_version(&v2))>"Restore"</button>
                <button type="button" aria-label=format!("Export version {l3}")
                    on:click=handler(move |_| library.export_version(&v3))>"Export"</button>
                <button type="button" class="remove" aria-label=format!("Delete version {l4}")
                    on:click=handler(move |_| library.delete_version(&v4))>"Delete"</button>
            </div>
        </li>
    }
}

/// The version open read-only: its summary and chapters as the board pack shows them, under
/// its name and date, with no control that edits.
#[component]
fn ReadOnlyVersion() -> impl IntoView {
    let library: Library = use_library();
    move || {
        library.viewing.get().map(|(version, design)| {
            let analysis = analyse(&design);
            let summary = summarise(&design, &analysis);
            let chapters = chapters(&design, &analysis);
            let heading = format!("Version “{}” of {} (read-only)", version.name, when(version.taken_ms));
            view! {
                <section class="version-view" aria-labelledby="version-view-heading">
                    <div class="panel-head">
                        <h3 id="version-view-heading" tabindex="-1">{heading}</h3>
                        <button type="button" on:click=handler(move |_| library.viewing.set(None))>"Close version"</button>
                    </div>
                    <p class="read-only-mark">{format!("Read-only: “{}” as it was kept, {}. Nothing here can be edited; restore it to work on it.", design.title, version.kind.label())}</p>
                    <div class="board-pack version-pack">
                        <SummaryPage summary />
                        <div class="pack-chapters">
                            {chapters.into_iter().map(|c| view! { <ChapterView chapter=c /> }).collect_view()}
                        </div>
                    </div>
                </section>
            }
        })
    }
}
