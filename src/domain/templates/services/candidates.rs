//! The services firm's candidates: six complementary firms rated on the default criteria, four
//! selected to launch (000: three to five for a small firm; 001: start with two or three).

use super::super::super::archetypes::ArchetypeKind;
use super::super::super::candidates::{Candidates, RedFlag};
use super::super::scorecard::{CandidateRow, scorecard};

pub(super) fn candidates() -> Candidates {
    use ArchetypeKind::{Referral, Subcontractor};
    let rows: [CandidateRow; 6] = [
        (
            "harbour-cmo",
            "Harbour Fractional CMOs",
            Referral,
            [5, 5, 5, 4, 4, 4, 5, 4],
            &[],
            true,
            "Eight fractional CMOs inside funded SaaS firms; they asked us twice this quarter \
             for a studio.",
        ),
        (
            "signal-pr",
            "Signal PR",
            Referral,
            [5, 4, 4, 5, 4, 4, 4, 4],
            &[],
            true,
            "Launch PR after raises; sends us the rebrand, we send them the announcement.",
        ),
        (
            "brick-and-byte",
            "Brick & Byte",
            Subcontractor,
            [4, 5, 4, 4, 5, 4, 4, 3],
            &[],
            true,
            "Webflow build shop we have used twice; on time and to spec.",
        ),
        (
            "northline-ir",
            "Northline Investor Relations",
            Referral,
            [4, 4, 4, 4, 4, 4, 4, 3],
            &[],
            true,
            "Sees companies before the raise is announced.",
        ),
        (
            "pixelmill",
            "Pixelmill",
            Subcontractor,
            [3, 4, 3, 2, 3, 3, 3, 3],
            &[],
            false,
            "Cheaper but discount-positioned: a mismatch with our premium work (001).",
        ),
        (
            "growthstack",
            "Growthstack Agency",
            Referral,
            [4, 2, 3, 3, 3, 4, 2, 4],
            &[RedFlag::OneSidedInterest],
            false,
            "Asked only what we would send them; overlaps our own brand work.",
        ),
    ];
    scorecard(&rows)
}
