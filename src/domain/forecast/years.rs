//! Program years from the quarters: partner-sourced share of the year's new pipeline against the
//! year's floor (002 FAQ: 15, 25, 35 %) and the scoreboard's target, and the year's economics.
//! Year y holds quarters 4(y − 1) + 1 ..= 4y; a year the horizon only partly covers is summed
//! over the quarters it has.

use super::super::catalogue::sourced_share_floor;
use super::super::design::Design;
use super::saturating::sum;
use super::{QuarterForecast, YearSummary, ratio, share};

/// Quarters in a program year.
const QUARTERS_PER_YEAR: usize = 4;

/// One summary per program year the quarters reach.
pub(super) fn summarise(design: &Design, quarters: &[QuarterForecast]) -> Vec<YearSummary> {
    quarters
        .chunks(QUARTERS_PER_YEAR)
        .enumerate()
        .map(|(index, year_quarters)| {
            let year = index as u32 + 1;
            let partner_pipeline = sum(year_quarters.iter().map(|q| q.pipeline)).normalize();
            let direct_pipeline = sum(year_quarters.iter().map(|q| q.direct_pipeline)).normalize();
            let sourced_share = share(partner_pipeline, direct_pipeline);
            let floor = sourced_share_floor(year);
            let last = year_quarters.last();
            YearSummary {
                year,
                quarters: year_quarters.len() as u32,
                partner_pipeline,
                direct_pipeline,
                sourced_share,
                floor,
                target: design.scoreboard.sourced_share_targets.get(index).copied(),
                meets_floor: sourced_share >= floor.value(),
                revenue: sum(year_quarters.iter().map(QuarterForecast::revenue)).normalize(),
                cost: sum(year_quarters.iter().map(|q| q.cost.total)).normalize(),
                revenue_to_cost: last.and_then(|q| ratio(q.cumulative_revenue, q.cumulative_cost)),
            }
        })
        .collect()
}
