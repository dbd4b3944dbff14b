//! Every forecast assumption held to its benchmark band (`domain::bands`): a value outside the
//! published range is a warning, one beyond every published figure is critical, because the
//! forecast then rests on a number no source supports. Each finding names the assumption, its
//! value, the band and the band's sources, cites those sources, and lands on the field that sets
//! the value.

use super::super::bands::{Limit, Reading, Standing, readings};
use super::super::design::Mechanic;
use super::{Check, Context, Finding, Rule, Severity};

/// An assumption outside its band's low–high range; churn under 2 % a year says it is optimistic
/// (info).
pub(super) const OUT_OF_BAND: Rule = Rule {
    id: "assumptions.out-of-band",
    severity: Severity::Warning,
    mechanic: Mechanic::Economics,
    source: "the band's source",
    summary: "A forecast assumption is outside its published band",
    check: Check::Design(out_of_band),
};

/// An assumption beyond the point no published figure reaches.
pub(super) const IMPLAUSIBLE: Rule = Rule {
    id: "assumptions.implausible",
    severity: Severity::Critical,
    mechanic: Mechanic::Economics,
    source: "the band's source",
    summary: "A forecast assumption is beyond every published figure",
    check: Check::Design(implausible),
};

fn out_of_band(ctx: &Context) -> Vec<Finding> {
    judged(ctx)
        .filter_map(|(reading, standing)| {
            let (severity, verdict) = match standing {
                Standing::OutOfBand => (
                    Severity::Warning,
                    format!("outside the {} published", reading.band.range()),
                ),
                Standing::Optimistic => (
                    Severity::Info,
                    format!(
                        "{} is optimistic, as a plan should expect some partners to leave",
                        optimistic_words(&reading)
                    ),
                ),
                _ => return None,
            };
            let mut finding = cited(&OUT_OF_BAND, &reading, verdict);
            finding.severity = severity;
            Some(finding)
        })
        .collect()
}

fn implausible(ctx: &Context) -> Vec<Finding> {
    judged(ctx)
        .filter(|(_, standing)| *standing == Standing::Implausible)
        .map(|(reading, _)| {
            let beyond = reading.band.implausible_words().unwrap_or_default();
            let verdict = format!(
                "{beyond} is beyond every published figure, so the forecast rests on a number no \
                 source supports ({} published)",
                reading.band.range()
            );
            cited(&IMPLAUSIBLE, &reading, verdict)
        })
        .collect()
}

/// Each of the design's readings with where it stands.
fn judged<'a>(ctx: &'a Context) -> impl Iterator<Item = (Reading, Standing)> + 'a {
    readings(ctx.design, ctx.forecast).into_iter().map(|r| {
        let standing = r.band.standing(r.value);
        (r, standing)
    })
}

/// "under 2 % a year", from the band's optimistic limit.
fn optimistic_words(reading: &Reading) -> String {
    match reading.band.optimistic {
        Limit::Below(limit) => format!("under {}", reading.band.unit.show(limit)),
        Limit::Above(limit) => format!("over {}", reading.band.unit.show(limit)),
        Limit::None => String::new(),
    }
}

/// A finding of `rule` on `reading`: the assumption, its value, the verdict, the typical range
/// and the band's sources, citing them.
fn cited(rule: &Rule, reading: &Reading, verdict: String) -> Finding {
    let band = reading.band;
    let stand_in = if reading.stand_in {
        "; this archetype has no band of its own, so the referral band stands in"
    } else {
        ""
    };
    let message = format!(
        "{} is {}: {verdict}; {} is typical for the {} ({}){stand_in}.",
        reading.subject,
        reading.shown(),
        band.typical_range(),
        band.measure,
        band.source_words(),
    );
    Finding {
        source: band.cite,
        ..rule.finding(message, reading.path.clone())
    }
}
