//! One archetype of the catalogue as a card: the Choose checkbox, and its profile (ICP match,
//! friction removed, economics, enablement, cadence), open when chosen and folded away, still
//! reachable by keyboard, when not.

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::archetypes::{ArchetypeKind, ArchetypeProfile};
use crate::domain::catalogue::{default_profile, share_source};
use crate::domain::health::POOR_ICP_MATCH;
use crate::domain::values::{Cadence, Percent, Rating};
use crate::ui::erase::flag;
use crate::ui::fields::{Checkbox, ParsedField, Select, TextField};
use crate::ui::state::{AppState, use_app};

/// The ICP-match scale, each step in words.
fn icp_options() -> Vec<(Rating, String)> {
    [
        (1, "1: hardly any match"),
        (2, "2: a few match"),
        (3, "3: some match"),
        (4, "4: most match"),
        (5, "5: they are our ICP"),
    ]
    .into_iter()
    .filter_map(|(n, text)| Rating::new(n).ok().map(|r| (r, text.to_owned())))
    .collect()
}

/// The hint under the partner share: the default and where it comes from.
fn share_hint(kind: ArchetypeKind) -> String {
    let default = default_profile(kind).economics.partner_share;
    format!(
        "The partner's share of first-year deal value, as fee or margin. Default {} %: {}.",
        Percent::show(&default),
        share_source(kind)
    )
}

/// A value of the profile at `index`, or `fallback` if the catalogue has no such entry.
fn read<T>(
    d: RwSignal<Design>,
    index: usize,
    fallback: T,
    get: impl Fn(&ArchetypeProfile) -> T + Clone + Send + Sync + 'static,
) -> impl Fn() -> T + Clone + Send + Sync + 'static
where
    T: Clone + Send + Sync + 'static,
{
    move || {
        d.with(|d| d.archetypes.catalogue.get(index).map(&get))
            .unwrap_or_else(|| fallback.clone())
    }
}

/// Changes the profile at `index` as one undoable edit of the field at `path`.
fn edit(app: AppState, index: usize, path: &str, change: impl FnOnce(&mut ArchetypeProfile)) {
    app.edit(path, |d| {
        if let Some(profile) = d.archetypes.catalogue.get_mut(index) {
            change(profile);
        }
    });
}

/// One catalogue entry.
#[component]
pub fn ArchetypeCard(
    /// The entry's position in the catalogue (the index in its document paths).
    index: usize,
    /// The archetype at that position.
    kind: ArchetypeKind,
) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let at = move |field: &str| format!("archetypes.catalogue.{index}.{field}");
    let name = kind.label();
    // A memo, so the details fold only when the choice changes, not on every keystroke.
    let chosen =
        Memo::new(move |_| d.with(|d| d.archetypes.catalogue.get(index).is_some_and(|a| a.chosen)));
    let glance = move || {
        d.with(|d| {
            d.archetypes.catalogue.get(index).map(|a| {
                format!(
                    "{} % share · {} · ICP match {} of 5",
                    Percent::show(&a.economics.partner_share),
                    a.cadence.label().to_ascii_lowercase(),
                    a.icp_match.value()
                )
            })
        })
    };
    let path_chosen = at("chosen");
    let path_icp = at("icp_match");
    let path_friction = at("friction_removed");
    let path_share = at("economics.partner_share");
    let path_note = at("economics.note");
    let path_enablement = at("enablement");
    let path_cadence = at("cadence");
    view! {
        <li class="archetype-card" class:archetype-chosen=flag(move || chosen.get())>
            <div class="archetype-head">
                <h3 class="archetype-name">{name}</h3>
                <span class="archetype-tag" hidden=flag(move || !chosen.get())>"Chosen"</span>
            </div>
            <Checkbox path=path_chosen.clone() label=format!("Choose {name}")
                checked=chosen
                on_change=Callback::new(move |v: bool| edit(app, index, &path_chosen, |a| a.chosen = v)) />
            <details class="archetype-details" prop:open=flag(move || chosen.get())>
                <summary>"Profile of " {name} <span class="archetype-glance">" — " {glance}</span></summary>
                <Select path=path_icp.clone() label="ICP match"
                    hint=format!("How many of this archetype's buyers match your ICP (002). {POOR_ICP_MATCH} or less is flagged.")
                    options=icp_options()
                    value=read(d, index, Rating::default(), |a| a.icp_match)
                    on_change=Callback::new(move |v| edit(app, index, &path_icp, |a| a.icp_match = v)) />
                <TextField path=path_friction.clone() label="Friction it removes" multiline=true
                    hint="The friction in your direct motion this kind of partner takes away (002 FAQ)."
                    value=Signal::derive(read(d, index, String::new(), |a| a.friction_removed.clone()))
                    on_change=Callback::new(move |v: String| edit(app, index, &path_friction, |a| a.friction_removed = v)) />
                <div class="field-grid">
                    <ParsedField path=path_share.clone() label="Partner share" suffix="%"
                        hint=share_hint(kind)
                        value=read(d, index, Percent::ZERO, |a| a.economics.partner_share)
                        parse=Percent::parse format=Percent::show
                        on_change=Callback::new(move |v| edit(app, index, &path_share, |a| a.economics.partner_share = v)) />
                    <TextField path=path_note.clone() label="How the share is earned" multiline=true
                        hint="Fee or margin, on what, and when."
                        value=Signal::derive(read(d, index, String::new(), |a| a.economics.note.clone()))
                        on_change=Callback::new(move |v: String| edit(app, index, &path_note, |a| a.economics.note = v)) />
                </div>
                <TextField path=path_enablement.clone() label="Enablement" multiline=true
                    hint="What you give it to sell or deliver: training, certification, materials."
                    value=Signal::derive(read(d, index, String::new(), |a| a.enablement.clone()))
                    on_change=Callback::new(move |v: String| edit(app, index, &path_enablement, |a| a.enablement = v)) />
                <Select path=path_cadence.clone() label="Cadence"
                    hint="How often you engage it: check-ins, pipeline reviews (001: monthly, quarterly or annual by tier)."
                    options=Cadence::ALL.into_iter().map(|c| (c, c.label().to_owned())).collect()
                    value=read(d, index, Cadence::Monthly, |a| a.cadence)
                    on_change=Callback::new(move |v| edit(app, index, &path_cadence, |a| a.cadence = v)) />
            </details>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icp_scale_runs_one_to_five_in_words() {
        let options = icp_options();
        assert_eq!(options.len(), 5);
        assert_eq!(options[0].0.value(), 1);
        assert!(options[4].1.ends_with("our ICP"));
        assert!(
            options.iter().all(|(_, text)| text.len() <= 20),
            "short enough for a phone"
        );
    }

    #[test]
    fn the_share_hint_gives_the_default_and_its_source() {
        let hint = share_hint(ArchetypeKind::Referral);
        assert!(hint.contains("Default 15 %"), "{hint}");
        assert!(hint.contains("10–20 %"), "{hint}");
    }
}
