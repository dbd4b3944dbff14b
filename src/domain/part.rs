//! The parts of a design a form edits one at a time: the design itself, or one item of one of
//! its lists, found by the item's index (`at[0]`). A field of a part reads and writes the part
//! alone; the part finds itself in the design, so every field of a role, a tier or a candidate
//! shares one way to get there.

use super::Design;
use super::archetypes::ArchetypeProfile;
use super::candidates::{Candidate, Criterion};
use super::journey::Stage;
use super::operating::{CompensationModel, Role, Tier, VolumeBand};
use super::overrides::Scenario;
use super::scoreboard::Metric;

/// A part of the design, found by the indices of the items it is in, outermost first.
pub trait Part: Sized + 'static {
    /// The part at `at` in `design`, if there is one.
    fn find<'d>(design: &'d Design, at: &[usize]) -> Option<&'d Self>;
    /// The same part, to change.
    fn find_mut<'d>(design: &'d mut Design, at: &[usize]) -> Option<&'d mut Self>;
}

impl Part for Design {
    fn find<'d>(design: &'d Design, _: &[usize]) -> Option<&'d Self> {
        Some(design)
    }

    fn find_mut<'d>(design: &'d mut Design, _: &[usize]) -> Option<&'d mut Self> {
        Some(design)
    }
}

/// Declares each list item's part: `item!(Type: |design| list)`, the list the type's items are
/// in, reached from the design.
macro_rules! item {
    ($($type:ident: |$d:ident| $list:expr, |$m:ident| $list_mut:expr;)+) => {
        $(
            impl Part for $type {
                fn find<'d>($d: &'d Design, at: &[usize]) -> Option<&'d Self> {
                    $list?.get(*at.first()?)
                }

                fn find_mut<'d>($m: &'d mut Design, at: &[usize]) -> Option<&'d mut Self> {
                    $list_mut?.get_mut(*at.first()?)
                }
            }
        )+
    };
}

item! {
    ArchetypeProfile: |d| Some(&d.archetypes.catalogue), |d| Some(&mut d.archetypes.catalogue);
    Role: |d| Some(&d.operating.roles), |d| Some(&mut d.operating.roles);
    Tier: |d| Some(&d.operating.tiers), |d| Some(&mut d.operating.tiers);
    VolumeBand: |d| bands(&d.operating.compensation.model),
        |d| bands_mut(&mut d.operating.compensation.model);
    Stage: |d| Some(&d.journey.stages), |d| Some(&mut d.journey.stages);
    Metric: |d| Some(&d.scoreboard.metrics), |d| Some(&mut d.scoreboard.metrics);
    Criterion: |d| Some(&d.candidates.criteria), |d| Some(&mut d.candidates.criteria);
    Candidate: |d| Some(&d.candidates.candidates), |d| Some(&mut d.candidates.candidates);
    Scenario: |d| Some(&d.scenarios.list), |d| Some(&mut d.scenarios.list);
}

/// The volume bands, when the compensation model is tiered by volume.
pub fn bands(model: &CompensationModel) -> Option<&Vec<VolumeBand>> {
    match model {
        CompensationModel::TieredByVolume { bands } => Some(bands),
        _ => None,
    }
}

/// The volume bands, to change, when the compensation model is tiered by volume.
pub fn bands_mut(model: &mut CompensationModel) -> Option<&mut Vec<VolumeBand>> {
    match model {
        CompensationModel::TieredByVolume { bands } => Some(bands),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::templates::Template;

    #[test]
    fn an_item_is_found_by_its_index_and_nothing_past_the_end() {
        let kickoff = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
        let mut design = Template::SeriesBSaas.design(kickoff);
        let title = Role::find(&design, &[1]).map(|r| r.title.clone());
        assert_eq!(
            title,
            design.operating.roles.get(1).map(|r| r.title.clone())
        );
        assert!(Role::find(&design, &[99]).is_none());
        assert!(Role::find(&design, &[]).is_none());
        if let Some(stage) = Stage::find_mut(&mut design, &[0]) {
            stage.exit_metric = "signed".to_owned();
        }
        assert_eq!(design.journey.stages[0].exit_metric, "signed");
        assert!(
            VolumeBand::find(&design, &[0]).is_none(),
            "not tiered by volume"
        );
    }
}
