//! Rules of the tooling plan and the design timeline (002 tooling table and FAQ "Do I need a PRM
//! at launch?", "Should I hire a partnerships leader first or design the program first?").

use rust_decimal::Decimal;

use super::super::design::Mechanic;
use super::super::places::operating;
use super::super::plan::week_of;
use super::{Check, Context, Finding, Rule, Severity};

/// Active partners at which a PRM becomes the right purchase (002).
pub const PRM_ACTIVE_PARTNERS: u32 = 25;

/// The shortest design window, in weeks from the kickoff (002 FAQ: "Six to eight weeks of
/// design work before the hire"): a design done in week 6, on its Friday or later, has had six
/// weeks.
pub const MIN_DESIGN_WEEKS: i64 = 6;

/// A PRM is planned from a program quarter in which the forecast has fewer than
/// [`PRM_ACTIVE_PARTNERS`] active partners. A quarter 0 counts as quarter 1; a quarter past the
/// forecast's horizon cannot be judged and raises nothing.
pub(super) const PRM_TOO_EARLY: Rule = Rule {
    id: "tooling.prm-too-early",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "002 \"Do I need a PRM\"",
    summary: "A PRM is planned before 25 active partners",
    check: Check::Design(prm_too_early),
};

fn prm_too_early(ctx: &Context) -> Vec<Finding> {
    let Some(from) = ctx.design.operating.tooling.prm_from_quarter else {
        return Vec::new();
    };
    let quarter = from.get();
    let Some(forecast) = ctx.forecast.quarters.iter().find(|q| q.quarter == quarter) else {
        return Vec::new();
    };
    if forecast.active_partners >= Decimal::from(PRM_ACTIVE_PARTNERS) {
        return Vec::new();
    }
    vec![PRM_TOO_EARLY.finding(
        format!(
            "A PRM is planned from quarter {quarter}, when the forecast has {} active partners; \
             it pays off from {PRM_ACTIVE_PARTNERS}.",
            forecast.active_partners.round_dp(1).normalize()
        ),
        operating::PRM_FROM.path(),
    )]
}

/// The CRM gets no partner-attribution fields at launch.
pub(super) const NO_CRM_FIELDS: Rule = Rule {
    id: "tooling.no-crm-fields",
    severity: Severity::Warning,
    mechanic: Mechanic::OperatingModel,
    source: "002 \"Without this configured, the scoreboard does not exist\"",
    summary: "No partner-attribution fields in the CRM at launch",
    check: Check::Design(no_crm_fields),
};

fn no_crm_fields(ctx: &Context) -> Vec<Finding> {
    if ctx.design.operating.tooling.crm_attribution_fields {
        return Vec::new();
    }
    vec![NO_CRM_FIELDS.finding(
        "The CRM gets no partner-attribution fields at launch, so partner-sourced pipeline \
         cannot be reported.",
        operating::CRM_FIELDS.path(),
    )]
}

/// The partnerships hire is dated before the design is complete.
pub(super) const HIRE_BEFORE_DESIGN: Rule = Rule {
    id: "timeline.hire-before-design",
    severity: Severity::Critical,
    mechanic: Mechanic::OperatingModel,
    source: "002 \"Hiring first\"",
    summary: "The partnerships hire is dated before the design is complete",
    check: Check::Design(hire_before_design),
};

fn hire_before_design(ctx: &Context) -> Vec<Finding> {
    let t = &ctx.design.operating.timeline;
    if t.partnerships_hire >= t.design_complete {
        return Vec::new();
    }
    vec![HIRE_BEFORE_DESIGN.finding(
        format!(
            "The partnerships hire ({}) comes before the design is complete ({}): the hire would \
             spend months reverse-engineering it.",
            t.partnerships_hire, t.design_complete
        ),
        operating::PARTNERSHIPS_HIRE.path(),
    )]
}

/// The design is complete before week [`MIN_DESIGN_WEEKS`] from the kickoff (week 1 is the
/// kickoff's first seven days), or dated before the kickoff.
pub(super) const SHORT_DESIGN: Rule = Rule {
    id: "timeline.short-design",
    severity: Severity::Info,
    mechanic: Mechanic::OperatingModel,
    source: "002 FAQ \"Six to eight weeks of design work\"",
    summary: "The design gets less than six weeks",
    check: Check::Design(short_design),
};

fn short_design(ctx: &Context) -> Vec<Finding> {
    let kickoff = ctx.design.firm.kickoff.date();
    let done = ctx.design.operating.timeline.design_complete.date();
    let week = week_of(kickoff, done);
    if week >= MIN_DESIGN_WEEKS {
        return Vec::new();
    }
    let message = if week < 1 {
        format!("The design is dated complete ({done}) before the kickoff ({kickoff}).")
    } else {
        format!(
            "The design is complete in week {week} from the kickoff; six to eight weeks is what              it takes."
        )
    };
    vec![SHORT_DESIGN.finding(message, operating::DESIGN_COMPLETE.path())]
}
