//! One archetype of the catalogue as a card: the Choose checkbox, and its profile (ICP match,
//! friction removed, economics, enablement, cadence), open when chosen and folded away, still
//! reachable by keyboard, when not.

use leptos::prelude::*;

use crate::domain::Design;
use crate::domain::archetypes::{ArchetypeKind, ArchetypeProfile};
use crate::domain::bands;
use crate::domain::catalogue::{default_profile, pool_source, share_source};
use crate::domain::part::Part;
use crate::domain::places::archetypes;
use crate::domain::values::{Cadence, Deals, Percent, Rating, Relative};
use crate::ui::erase::flag;
use crate::ui::form::{Check, Choice, Options, Size, Text, Typed, field, labelled, member};
use crate::ui::sections::cadences;
use crate::ui::state::use_app;

/// The ICP-match scale, each step in words.
const ICP_SCALE: [(Rating, &str); 5] = [
    (Rating::of(1), "1: hardly any match"),
    (Rating::of(2), "2: a few match"),
    (Rating::of(3), "3: some match"),
    (Rating::of(4), "4: most match"),
    (Rating::of(5), "5: they are our ICP"),
];

/// The archetype of the catalogue entry at `at`.
fn kind_at(design: &Design, at: &[usize]) -> Option<ArchetypeKind> {
    ArchetypeProfile::find(design, at).map(|a| a.kind)
}

/// The hint under the partner share: what it is paid on, the default and its source.
fn share_hint(kind: ArchetypeKind) -> String {
    let default = default_profile(kind).economics.partner_share;
    let paid_on = if kind.share_recurs() {
        "of each year's value while the client renews"
    } else {
        "of the first year's value"
    };
    let band = match bands::share_band(kind) {
        Some(band) => format!(" Its band: {}", band.words()),
        None => " No published band covers a revenue split.".to_owned(),
    };
    format!(
        "The partner's {}, {paid_on}; the forecast costs it. Default {} %: {}.{band}",
        kind.share_name(),
        default.show(),
        share_source(kind)
    )
}

/// The hint under deals a partner: the default and where it comes from.
fn deals_hint(kind: ArchetypeKind) -> String {
    let default = default_profile(kind).pool.deals_per_partner;
    let (band, stand_in) = bands::deals_band(kind);
    let stand_in = if stand_in {
        " (the referral band, until a source gives this archetype its own)"
    } else {
        ""
    };
    format!(
        "Deals an active partner of this kind registers a quarter. Default {}, {}. Judged a \
         year{stand_in}: {}",
        default.get().normalize(),
        pool_source(kind),
        band.words()
    )
}

/// The hint under the activation rate: the band and its sources.
fn activation_hint(_: &Design, _: &[usize]) -> String {
    format!(
        "Share of its recruited partners active within 90 days. Default 30 %. {}",
        bands::ACTIVATION.words()
    )
}

static CHOSEN: Check<ArchetypeProfile> = labelled(archetypes::CHOSEN, "")
    .label_made(|d, at| format!("Choose {}", kind_at(d, at).map_or("", ArchetypeKind::label)))
    .check(member!(chosen));

static ICP_MATCH: Choice<Rating, ArchetypeProfile> = labelled(archetypes::ICP_MATCH, "ICP match")
    .hint(ICP_HINT)
    .choice(Options::Fixed(&ICP_SCALE), member!(icp_match));

/// The hint under the ICP match, naming the rating the health check flags.
const ICP_HINT: &str =
    "How many of this archetype's buyers match your ICP (002). 2 or less is flagged.";

static FRICTION: Text<ArchetypeProfile> =
    labelled(archetypes::FRICTION_REMOVED, "Friction it removes")
        .hint("The friction in your direct motion this kind of partner takes away (002 FAQ).")
        .text(Size::Paragraph, member!(friction_removed));

static SHARE: Typed<Percent, ArchetypeProfile> =
    labelled(archetypes::PARTNER_SHARE, "Partner share")
        .hint_made(|d, at| kind_at(d, at).map(share_hint).unwrap_or_default())
        .judged()
        .typed(member!(economics.partner_share));

static RECRUIT_SHARE: Typed<Percent, ArchetypeProfile> =
    labelled(archetypes::RECRUIT_SHARE, "Share of recruits")
        .hint(
            "This archetype's part of each quarter's recruits. The chosen archetypes' shares are \
             weights: 60 and 40 split recruits 60/40; all at 0 split them evenly.",
        )
        .typed(member!(pool.recruit_share));

static ACTIVATION: Typed<Percent, ArchetypeProfile> =
    labelled(archetypes::POOL_ACTIVATION, "Activation rate")
        .hint_made(activation_hint)
        .judged()
        .typed(member!(pool.activation_rate));

static DEALS: Typed<Deals, ArchetypeProfile> = labelled(
    archetypes::POOL_DEALS,
    "Deals per active partner per quarter",
)
.hint_made(|d, at| kind_at(d, at).map(deals_hint).unwrap_or_default())
.judged()
.typed(member!(pool.deals_per_partner));

static DEAL_SIZE: Typed<Relative, ArchetypeProfile> =
    labelled(archetypes::POOL_DEAL_SIZE, "Deal size against your average")
        .hint(
            "100 % is your average deal (firm profile); 150 % half as large again. Default 100 %.",
        )
        .typed(member!(pool.deal_size));

static NOTE: Text<ArchetypeProfile> =
    labelled(archetypes::ECONOMICS_NOTE, "How the share is earned")
        .hint("Fee or margin, on what, and when.")
        .text(Size::Paragraph, member!(economics.note));

static ENABLEMENT: Text<ArchetypeProfile> = labelled(archetypes::ENABLEMENT, "Enablement")
    .hint("What you give it to sell or deliver: training, certification, materials.")
    .text(Size::Paragraph, member!(enablement));

static CADENCE: Choice<Cadence, ArchetypeProfile> = labelled(archetypes::CADENCE, "Cadence")
    .hint(
        "How often you engage it: check-ins, pipeline reviews (001: monthly, quarterly or \
         annual by tier).",
    )
    .choice(Options::Listed(cadences), member!(cadence));

/// Every field of a card, for the tests that enter values into each.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) static FIELDS: &[&dyn crate::ui::form::Declared] = &[
    &CHOSEN,
    &ICP_MATCH,
    &FRICTION,
    &SHARE,
    &NOTE,
    &RECRUIT_SHARE,
    &ACTIVATION,
    &DEALS,
    &DEAL_SIZE,
    &ENABLEMENT,
    &CADENCE,
];

/// One catalogue entry.
#[component]
pub fn ArchetypeCard(
    /// The entry's position in the catalogue (the index in its places).
    index: usize,
    /// The archetype at that position.
    kind: ArchetypeKind,
) -> impl IntoView {
    let app = use_app();
    let d = app.design;
    let name = kind.label();
    let at = [index];
    // A memo, so the details fold only when the choice changes, not on every keystroke.
    let chosen =
        Memo::new(move |_| d.with(|d| d.archetypes.catalogue.get(index).is_some_and(|a| a.chosen)));
    let glance = move || {
        d.with(|d| {
            d.archetypes.catalogue.get(index).map(|a| {
                format!(
                    "{} % share · {} · ICP match {} of 5",
                    a.economics.partner_share.show(),
                    a.cadence.label().to_ascii_lowercase(),
                    a.icp_match.value()
                )
            })
        })
    };
    view! {
        <li class="archetype-card" class:archetype-chosen=flag(move || chosen.get())>
            <div class="archetype-head">
                <h3 class="archetype-name">{name}</h3>
                <span class="archetype-tag" hidden=flag(move || !chosen.get())>"Chosen"</span>
            </div>
            {field(&CHOSEN, &at)}
            <details class="archetype-details" prop:open=flag(move || chosen.get())>
                <summary>"Profile of " {name} <span class="archetype-glance">" — " {glance}</span></summary>
                {field(&ICP_MATCH, &at)}
                {field(&FRICTION, &at)}
                <div class="field-grid">
                    {field(&SHARE, &at)}
                    {field(&NOTE, &at)}
                </div>
                <fieldset class="archetype-pool">
                    <legend>"In the forecast"</legend>
                    <div class="field-grid">
                        {field(&RECRUIT_SHARE, &at)}
                        {field(&ACTIVATION, &at)}
                        {field(&DEALS, &at)}
                        {field(&DEAL_SIZE, &at)}
                    </div>
                </fieldset>
                {field(&ENABLEMENT, &at)}
                {field(&CADENCE, &at)}
            </details>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::health::POOR_ICP_MATCH;

    #[test]
    fn the_icp_scale_runs_one_to_five_in_words() {
        assert_eq!(ICP_SCALE.len(), 5);
        assert_eq!(ICP_SCALE[0].0.value(), 1);
        assert!(ICP_SCALE[4].1.ends_with("our ICP"));
        assert!(
            ICP_SCALE.iter().all(|(_, text)| text.len() <= 20),
            "short enough for a phone"
        );
        assert!(ICP_HINT.contains(&format!("{POOR_ICP_MATCH} or less")));
    }

    #[test]
    fn the_share_hint_gives_the_default_and_its_source() {
        let hint = share_hint(ArchetypeKind::Referral);
        assert!(hint.contains("Default 15 %"), "{hint}");
        assert!(hint.contains("10–20 %"), "{hint}");
    }
}
