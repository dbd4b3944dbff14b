//! The firm profile: who is designing the program, and the direct-sales figures the forecast
//! compares partner-sourced pipeline against.

use serde::Serialize;

use super::values::{Currency, Days, Headcount, Money, Percent, PlanDate};

/// What kind of firm this is; it picks the template, the hints and some rules (a small services
/// firm is held to the leadership-time floor of 000 Step Two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FirmKind {
    /// A software or product company.
    Software,
    /// A professional-services firm or agency.
    Services,
    Other,
}

/// Funding or maturity stage; the partnermatch.co benchmark expects a sourced share by stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FirmStage {
    Bootstrapped,
    Seed,
    SeriesA,
    SeriesB,
    SeriesC,
    Public,
}

impl FirmStage {
    /// Every stage with its name, in order.
    pub const LABELLED: [(FirmStage, &'static str); 6] = [
        (FirmStage::Bootstrapped, "Bootstrapped"),
        (FirmStage::Seed, "Seed"),
        (FirmStage::SeriesA, "Series A"),
        (FirmStage::SeriesB, "Series B"),
        (FirmStage::SeriesC, "Series C or later"),
        (FirmStage::Public, "Public"),
    ];

    pub fn label(self) -> &'static str {
        FirmStage::LABELLED
            .iter()
            .find(|(stage, _)| *stage == self)
            .map_or("", |(_, name)| name)
    }
}

/// The firm designing the program.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FirmProfile {
    pub name: String,
    pub kind: FirmKind,
    /// People employed, 1 or more.
    pub headcount: Headcount,
    pub stage: FirmStage,
    pub annual_revenue: Money,
    /// The ideal customer profile, in the firm's words.
    pub icp: String,
    /// The currency every amount in the design is in.
    pub currency: Currency,
    /// Whether the firm sells subscriptions: a partner-sourced customer's yearly value then
    /// renews at the forecast's gross retention, and recurring margins follow it.
    pub sells_subscriptions: bool,
    /// New pipeline the direct team creates in a quarter.
    pub direct_pipeline_per_quarter: Money,
    pub average_deal_size: Money,
    pub direct_win_rate: Percent,
    /// Days from opportunity to close in the direct motion.
    pub sales_cycle_days: Days,
    /// Days from a partner-sourced deal's registration to its close (002: partner deals have
    /// "shorter sales cycles"); the forecast's closing lag and the timeline's first closed-won.
    pub partner_sales_cycle_days: Days,
    /// The day the leadership team starts the design: week 1 of the timeline.
    pub kickoff: PlanDate,
}
