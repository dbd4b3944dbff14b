//! The bands of the tiered-by-volume model (001 "Tiered incentive programs": 1–3 referrals a
//! year at 10 %, 4–10 at 15 %, 11+ at 20 %). Bands stay in the order of the referrals they start
//! from, as the format requires, so they are added and removed but not moved.

use leptos::prelude::*;

use crate::domain::format::limits::LIST_MAX;
use crate::domain::operating::{BandClash, VolumeBand, band_start_clash};
use crate::domain::part::{bands, bands_mut};
use crate::domain::places::operating;
use crate::domain::values::{Count, Percent};
use crate::ui::erase::flag;
use crate::ui::form::{AddButton, ItemControls, ListOf, Typed, field, labelled, member};
use crate::ui::state::use_app;

/// The bands, when the model is tiered by volume.
static BANDS: ListOf<VolumeBand> = ListOf {
    place: operating::BANDS,
    max: LIST_MAX,
    items: |d| bands(&d.operating.compensation.model),
    items_mut: |d| bands_mut(&mut d.operating.compensation.model),
};

pub(super) static FROM: Typed<Count, VolumeBand> = Typed {
    check: Some(|d, at, from| {
        let list = bands(&d.operating.compensation.model)?;
        start_refused(list, *at.first()?, *from)
    }),
    ..labelled(operating::BAND_FROM, "Band {n}: from")
        .unit("referrals a year")
        .typed(member!(from_referrals))
};

pub(super) static RATE: Typed<Percent, VolumeBand> =
    labelled(operating::BAND_RATE, "Band {n}: rate").typed(member!(rate));

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
    let len = BANDS.len(app, &[]);
    let add = Callback::new(move |()| {
        let band = app
            .design
            .with_untracked(|d| bands(&d.operating.compensation.model).and_then(|b| new_band(b)));
        if let Some(band) = band {
            BANDS.add(app, &[], band, Some(operating::BAND_FROM));
        }
    });
    view! {
        <p class="hint operating-hint">"001: 1–3 referrals a year at 10 %, 4–10 at 15 %, 11 or more at 20 %. A band's rate is paid on each referral from its start; counts restart each year."</p>
        <p class="operating-empty" hidden=flag(move || len.get() != 0)>"No bands yet: every referral would earn 0 %."</p>
        <ol class="list operating-rows">
            {move || (0..len.get()).map(|index| view! { <BandRow index len /> }).collect_view()}
        </ol>
        <AddButton path=BANDS.path(&[]) label="Add a band" full=BANDS.full(app, &[]) max=BANDS.max on_add=add />
    }
}

/// One band: where it starts and its rate, on one row, with its Remove button.
#[component]
fn BandRow(
    /// The item's position in its list.
    index: usize,
    /// How many items the list has.
    len: Memo<usize>,
) -> impl IntoView {
    let app = use_app();
    let from = BANDS.value(app, &[], index, |b| b.from_referrals);
    let what = Signal::derive(move || format!("band from {} referrals", from.get()));
    // Kept in the order of their starts: removed, never moved.
    view! {
        <li class="operating-row" id=BANDS.item_path(&[], index).element_id() tabindex="-1">
            {field(&FROM, &[index])}
            {field(&RATE, &[index])}
            <ItemControls what index len
                on_remove=Callback::new(move |()| BANDS.remove(app, &[], index, &what.get_untracked())) />
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
