//! The bands of the tiered-by-volume model (001 "Tiered incentive programs": 1–3 referrals a
//! year at 10 %, 4–10 at 15 %, 11+ at 20 %). Bands stay in the order of the referrals they start
//! from, as the format requires, so they are added and removed but not moved.

use leptos::prelude::*;

use super::super::items::{AddButton, ListOf};
use super::super::spec::{Look, Parsed, parsed};
use crate::domain::Design;
use crate::domain::operating::{BandClash, CompensationModel, VolumeBand, band_start_clash};
use crate::domain::values::{Count, Percent, Whole};
use crate::ui::erase::{flag, handler, text};
use crate::ui::fields::field_id;
use crate::ui::state::use_app;

fn bands(d: &Design) -> Option<&Vec<VolumeBand>> {
    match &d.operating.compensation.model {
        CompensationModel::TieredByVolume { bands } => Some(bands),
        _ => None,
    }
}

fn bands_mut(d: &mut Design) -> Option<&mut Vec<VolumeBand>> {
    match &mut d.operating.compensation.model {
        CompensationModel::TieredByVolume { bands } => Some(bands),
        _ => None,
    }
}

/// The bands, when the model is tiered by volume.
const BANDS: ListOf<VolumeBand> = ListOf {
    path: "operating.compensation.model.bands",
    read: bands,
    write: bands_mut,
};

static FROM: Parsed<Count> = Parsed {
    path: "operating.compensation.model.bands.#.from_referrals",
    label: "Band {n}: from",
    hint: "",
    look: Look::Count("referrals a year"),
    parse: Count::parse,
    format: Count::show,
    check: Some(|d, i, from| bands(d).and_then(|b| start_refused(b, i, *from))),
    get: |d, i| bands(d).and_then(|b| b.get(i)).map(|b| b.from_referrals),
    set: |d, i, v| {
        if let Some(band) = bands_mut(d).and_then(|b| b.get_mut(i)) {
            band.from_referrals = v;
        }
    },
};

static RATE: Parsed<Percent> = Parsed {
    path: "operating.compensation.model.bands.#.rate",
    label: "Band {n}: rate",
    hint: "",
    look: Look::Decimal("%"),
    parse: Percent::parse,
    format: Percent::show,
    check: None,
    get: |d, i| bands(d).and_then(|b| b.get(i)).map(|b| b.rate),
    set: |d, i, v| {
        if let Some(band) = bands_mut(d).and_then(|b| b.get_mut(i)) {
            band.rate = v;
        }
    },
};

/// Why band `index` cannot start from `from` referrals: each band starts above the one before
/// it and below the one after it.
fn start_refused(bands: &[VolumeBand], index: usize, from: Count) -> Option<String> {
    band_start_clash(bands, index, from).map(|clash| match clash {
        BandClash::Before(start) => {
            format!("Start above the band before it, which starts from {start} referrals.")
        }
        BandClash::After(start) => {
            format!("Start below the band after it, which starts from {start} referrals.")
        }
    })
}

/// A new top band: one referral above the top band, at its rate; none when the top band
/// already starts at the largest count.
fn new_band(bands: &[VolumeBand]) -> Option<VolumeBand> {
    match bands.last() {
        None => Some(VolumeBand {
            from_referrals: Count::of(1),
            rate: Percent::whole(10),
        }),
        Some(top) if top.from_referrals.get() < Count::MAX => Some(VolumeBand {
            from_referrals: Count::of(top.from_referrals.get() + 1),
            rate: top.rate,
        }),
        Some(_) => None,
    }
}

/// The bands and the button that adds one at the top.
#[component]
pub fn BandList() -> impl IntoView {
    let app = use_app();
    let len = BANDS.len(app);
    let add = Callback::new(move |()| {
        if let Some(band) = app
            .design
            .with_untracked(|d| bands(d).and_then(|b| new_band(b)))
        {
            BANDS.add(app, band, "from_referrals");
        }
    });
    view! {
        <p class="hint operating-hint">"001: 1–3 referrals a year at 10 %, 4–10 at 15 %, 11 or more at 20 %. A band's rate is paid on each referral from its start; counts restart each year."</p>
        <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No bands yet: every referral would earn 0 %."</p>
        <ol class="list operating-rows">
            {move || (0..len.get()).map(|index| view! { <BandRow index /> }).collect_view()}
        </ol>
        <AddButton path=BANDS.path label="Add a band" full=BANDS.full(app) on_add=add />
    }
}

/// One band: where it starts and its rate, on one row, with its Remove button.
#[component]
fn BandRow(
    /// The item's position in its list.
    index: usize,
) -> impl IntoView {
    let app = use_app();
    let from = BANDS.value(app, index, |b| b.from_referrals);
    let what = Signal::derive(move || format!("band from {} referrals", from.get()));
    view! {
        <li class="operating-row" id=field_id(&BANDS.item_path(index)) tabindex="-1">
            {parsed(&FROM, index)}
            {parsed(&RATE, index)}
            <div class="item-controls">
                <button type="button" class="remove"
                    aria-label=text(move || format!("Remove {}", what.get()))
                    on:click=handler(move |_| BANDS.remove(app, index, &what.get_untracked()))>"Remove"</button>
            </div>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bands(starts: &[u32]) -> Vec<VolumeBand> {
        starts
            .iter()
            .map(|&from| VolumeBand {
                from_referrals: Count::of(from),
                rate: Percent::whole(10),
            })
            .collect()
    }

    #[test]
    fn a_band_starts_between_its_neighbours() {
        let b = bands(&[1, 4, 11]);
        assert_eq!(start_refused(&b, 1, Count::of(5)), None);
        assert!(start_refused(&b, 1, Count::of(1)).is_some_and(|e| e.contains("above")));
        assert!(start_refused(&b, 1, Count::of(11)).is_some_and(|e| e.contains("below")));
        assert_eq!(start_refused(&b, 0, Count::of(0)), None);
        assert_eq!(start_refused(&b, 2, Count::of(500)), None);
    }

    #[test]
    fn a_new_band_starts_one_above_the_top_band() {
        assert_eq!(new_band(&[]).map(|b| b.from_referrals.get()), Some(1));
        assert_eq!(
            new_band(&bands(&[1, 4])).map(|b| b.from_referrals.get()),
            Some(5)
        );
        assert_eq!(new_band(&bands(&[Count::MAX])), None);
    }
}
