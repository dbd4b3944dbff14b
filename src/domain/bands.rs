//! The benchmark bands (BLUEPRINT.md second edition, "Benchmark bands for every forecast
//! assumption"): for each assumption the forecast rests on, the published range (low to high),
//! its typical middle, the point beyond which no published figure goes, and who published it.
//! The health check holds each of a design's assumptions to its band
//! (`assumptions.out-of-band`, `assumptions.implausible`) and the form shows the band beside the
//! field, both from the one table here.
//!
//! Several sources are vendors' claims about their own market; [`Publisher`] says so wherever a
//! band is shown.

mod readings;

use rust_decimal::Decimal;

use super::archetypes::ArchetypeKind;

pub use readings::{Reading, churn_a_year, readings};

/// What kind of publisher a figure comes from, said beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publisher {
    /// One of the five source articles, cited by number.
    Article,
    /// A vendor, about its own market.
    Vendor,
    /// An analyst firm, as another publisher quotes it.
    AnalystQuoted,
    /// A vendor's network data.
    VendorData,
    /// A library of KPI definitions and thresholds.
    KpiLibrary,
}

/// One source of a band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The publisher's name or the article's number, as docs/SOURCES.md lists it.
    pub name: &'static str,
    pub publisher: Publisher,
}

impl Source {
    /// The source in words: "partnermatch.co, a vendor's figure".
    pub fn words(&self) -> String {
        let kind = match self.publisher {
            Publisher::Article => return self.name.to_owned(),
            Publisher::Vendor => "a vendor's figure",
            Publisher::AnalystQuoted => "an analyst's figure, as quoted",
            Publisher::VendorData => "a vendor's network data",
            Publisher::KpiLibrary => "a KPI library",
        };
        format!("{}, {kind}", self.name)
    }
}

/// The unit a band is given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Percent,
    /// A share of something over a year: churn.
    PercentAYear,
    Days,
    DealsAYear,
    Partners,
}

impl Unit {
    /// `value` in this unit, to one decimal place: "12.5 %", "60 days".
    pub fn show(self, value: Decimal) -> String {
        self.show_to(value, 1)
    }

    /// `value` in this unit, to `places` decimal places.
    fn show_to(self, value: Decimal, places: u32) -> String {
        let value = value.round_dp(places).normalize();
        match self {
            Unit::Percent => format!("{value} %"),
            Unit::PercentAYear => format!("{value} % a year"),
            Unit::Days => format!("{value} days"),
            Unit::DealsAYear => format!("{value} deals a year"),
            Unit::Partners => format!("{value} partners"),
        }
    }

    /// The word after a range: "20–40 %", "90–140 days".
    fn after_range(self) -> &'static str {
        match self {
            Unit::Percent => " %",
            Unit::PercentAYear => " % a year",
            Unit::Days => " days",
            Unit::DealsAYear => " deals a year",
            Unit::Partners => " partners",
        }
    }
}

/// A one-sided limit: beyond it, a figure is implausible (or, for churn, optimistic).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    None,
    Above(Decimal),
    Below(Decimal),
}

impl Limit {
    fn passed_by(self, value: Decimal) -> bool {
        match self {
            Limit::None => false,
            Limit::Above(limit) => value > limit,
            Limit::Below(limit) => value < limit,
        }
    }
}

/// Where a value stands against its band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// Inside the typical range.
    Typical,
    /// Inside the published range, outside its typical middle.
    InBand,
    /// Inside the band but past the point the source calls optimistic (churn under 2 % a year).
    Optimistic,
    /// Outside the published range.
    OutOfBand,
    /// Beyond every published figure.
    Implausible,
}

/// One assumption's band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    /// What is measured, in words: "share of recruited partners active within 90 days".
    pub measure: &'static str,
    pub unit: Unit,
    pub low: Decimal,
    /// The typical range, from and to.
    pub typical: (Decimal, Decimal),
    pub high: Decimal,
    /// Beyond this, no published figure supports the value.
    pub implausible: Limit,
    /// Inside the band, but beyond this the source calls the value optimistic.
    pub optimistic: Limit,
    /// What the low and the high mean, where the source says: "under 15 % unmanaged".
    pub note: &'static str,
    pub sources: &'static [Source],
    /// The sources' names, as a finding cites them: "partnermatch.co; forecastable.com".
    pub cite: &'static str,
}

impl Band {
    /// Where `value` stands.
    pub fn standing(&self, value: Decimal) -> Standing {
        if self.implausible.passed_by(value) {
            Standing::Implausible
        } else if value < self.low || value > self.high {
            Standing::OutOfBand
        } else if self.optimistic.passed_by(value) {
            Standing::Optimistic
        } else if value < self.typical.0 || value > self.typical.1 {
            Standing::InBand
        } else {
            Standing::Typical
        }
    }

    /// `value` in the band's unit, to one decimal place, or as many more as it takes for the
    /// figure shown to stand where the value does: 0.96 % is "0.96 %", not the "1 %" that would
    /// sit inside a 1–6 % band.
    pub fn show(&self, value: Decimal) -> String {
        let standing = self.standing(value);
        let places = (1..4)
            .find(|&places| self.standing(value.round_dp(places)) == standing)
            .unwrap_or(4);
        self.unit.show_to(value, places)
    }

    /// The published range: "15–50 %".
    pub fn range(&self) -> String {
        span(self.low, self.high, self.unit)
    }

    /// The typical range: "20–40 %".
    pub fn typical_range(&self) -> String {
        span(self.typical.0, self.typical.1, self.unit)
    }

    /// The point of implausibility in words, if the band has one: "over 60 %".
    pub fn implausible_words(&self) -> Option<String> {
        match self.implausible {
            Limit::None => None,
            Limit::Above(limit) => Some(format!("over {}", self.unit.show(limit))),
            Limit::Below(limit) => Some(format!("under {}", self.unit.show(limit))),
        }
    }

    /// Its sources in words, separated by semicolons.
    pub fn source_words(&self) -> String {
        self.sources
            .iter()
            .map(Source::words)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The band in one sentence for the form: "20–40 % is typical; 15–50 % published (under
    /// 15 % unmanaged, 50 % with structured onboarding); over 60 % no source supports —
    /// partnermatch.co, a vendor's figure; …".
    pub fn words(&self) -> String {
        let mut words = format!(
            "{} is typical; {} published",
            self.typical_range(),
            self.range()
        );
        if !self.note.is_empty() {
            words.push_str(&format!(" ({})", self.note));
        }
        if let Some(beyond) = self.implausible_words() {
            words.push_str(&format!("; {beyond} no source supports"));
        }
        format!("{words} — {}.", self.source_words())
    }
}

/// `from`–`to` in `unit`, the unit once: "20–40 %".
fn span(from: Decimal, to: Decimal, unit: Unit) -> String {
    format!(
        "{}–{}{}",
        from.normalize(),
        to.normalize(),
        unit.after_range()
    )
}

const fn whole(n: u32) -> Decimal {
    Decimal::from_parts(n, 0, 0, false, 0)
}

const PARTNERMATCH: Source = Source {
    name: "partnermatch.co",
    publisher: Publisher::Vendor,
};
const FORECASTABLE: Source = Source {
    name: "forecastable.com",
    publisher: Publisher::Vendor,
};
const TSIA: Source = Source {
    name: "TSIA via saasdash.ai",
    publisher: Publisher::AnalystQuoted,
};
const CROSSBEAM: Source = Source {
    name: "Crossbeam",
    publisher: Publisher::VendorData,
};
const ELINKAGES: Source = Source {
    name: "elinkages.com",
    publisher: Publisher::Vendor,
};
const TRACK360: Source = Source {
    name: "track360.io",
    publisher: Publisher::Vendor,
};
const ACHIEVE_UNITE: Source = Source {
    name: "AchieveUnite",
    publisher: Publisher::Vendor,
};
const KPIDEPOT: Source = Source {
    name: "kpidepot.com",
    publisher: Publisher::KpiLibrary,
};
const MAGENTRIX: Source = Source {
    name: "magentrix.com",
    publisher: Publisher::Vendor,
};
const PARTNER_STANDARD: Source = Source {
    name: "Partner Standard glossary",
    publisher: Publisher::Vendor,
};
const PARTNERPACK: Source = Source {
    name: "partnerpack ROI calculator",
    publisher: Publisher::Vendor,
};
const fn article(name: &'static str) -> Source {
    Source {
        name,
        publisher: Publisher::Article,
    }
}

/// Share of recruited partners active within 90 days.
pub static ACTIVATION: Band = Band {
    measure: "share of recruited partners active within 90 days",
    unit: Unit::Percent,
    low: whole(15),
    typical: (whole(20), whole(40)),
    high: whole(50),
    implausible: Limit::Above(whole(60)),
    optimistic: Limit::None,
    note: "under 20 % unmanaged, 50 % with structured onboarding",
    sources: &[PARTNERMATCH, FORECASTABLE, TSIA],
    cite: "partnermatch.co; forecastable.com; TSIA via saasdash.ai",
};

/// Days from a partner's recruitment to its first registered deal.
pub static DAYS_TO_FIRST_DEAL: Band = Band {
    measure: "days from recruiting a partner to its first registered deal",
    unit: Unit::Days,
    low: whole(30),
    typical: (whole(90), whole(140)),
    high: whole(180),
    implausible: Limit::Below(whole(21)),
    optimistic: Limit::None,
    note: "the median is about 4.7 months",
    sources: &[TSIA, article("002")],
    cite: "TSIA via saasdash.ai; 002",
};

/// Win-rate lift with a partner.
pub static WIN_RATE_LIFT: Band = Band {
    measure: "win-rate lift with a partner",
    unit: Unit::Percent,
    low: whole(5),
    typical: (whole(10), whole(30)),
    high: whole(50),
    implausible: Limit::Above(whole(60)),
    optimistic: Limit::None,
    note: "11.7 % on average across Crossbeam's network; 002 claims 30–50 %",
    sources: &[CROSSBEAM, article("002")],
    cite: "Crossbeam; 002",
};

/// Deals a new referral partner registers a year; the stand-in for every archetype without a
/// band of its own.
pub static REFERRAL_DEALS: Band = Band {
    measure: "deals a new referral partner registers a year",
    unit: Unit::DealsAYear,
    low: whole(1),
    typical: (whole(2), whole(5)),
    high: whole(10),
    implausible: Limit::Above(whole(20)),
    optimistic: Limit::None,
    note: "",
    sources: &[article("001"), ELINKAGES],
    cite: "001; elinkages.com",
};

/// Deals a reseller or an MSP registers a year.
pub static RESELLER_DEALS: Band = Band {
    measure: "deals a reseller or MSP registers a year",
    unit: Unit::DealsAYear,
    low: whole(3),
    typical: (whole(5), whole(20)),
    high: whole(50),
    implausible: Limit::Above(whole(100)),
    optimistic: Limit::None,
    note: "",
    sources: &[ELINKAGES],
    cite: "elinkages.com",
};

/// Active partners one partner manager looks after.
pub static PARTNERS_PER_MANAGER: Band = Band {
    measure: "active partners per partner manager",
    unit: Unit::Partners,
    low: whole(10),
    typical: (whole(20), whole(50)),
    high: whole(50),
    implausible: Limit::Above(whole(80)),
    optimistic: Limit::None,
    note: "7–10 for strategic partnerships",
    sources: &[TRACK360, ACHIEVE_UNITE],
    cite: "track360.io; AchieveUnite",
};

/// Share of active partners lost a year.
pub static CHURN: Band = Band {
    measure: "partner churn a year",
    unit: Unit::PercentAYear,
    low: whole(0),
    typical: (whole(5), whole(10)),
    high: whole(15),
    implausible: Limit::None,
    optimistic: Limit::Below(whole(2)),
    note: "under 5 % excellent, over 10 % worth investigating, under 2 % optimistic",
    sources: &[KPIDEPOT],
    cite: "kpidepot.com",
};

/// A referral fee, as a share of the first year's value.
pub static REFERRAL_FEE: Band = Band {
    measure: "referral fee, share of the first year's value",
    unit: Unit::Percent,
    low: whole(5),
    typical: (whole(10), whole(20)),
    high: whole(25),
    implausible: Limit::Above(whole(40)),
    optimistic: Limit::None,
    note: "",
    sources: &[article("001"), ELINKAGES],
    cite: "001; elinkages.com",
};

/// A reseller's or an MSP's margin.
pub static RESELLER_MARGIN: Band = Band {
    measure: "reseller margin",
    unit: Unit::Percent,
    low: whole(15),
    typical: (whole(20), whole(40)),
    high: whole(40),
    implausible: Limit::Above(whole(50)),
    optimistic: Limit::None,
    note: "most 25–30 %",
    sources: &[ELINKAGES, MAGENTRIX],
    cite: "elinkages.com; magentrix.com",
};

/// Co-marketing funds (MDF) as a share of partner revenue.
pub static CO_MARKETING: Band = Band {
    measure: "co-marketing (MDF), share of partner revenue",
    unit: Unit::Percent,
    low: whole(1),
    typical: (whole(2), whole(5)),
    high: whole(6),
    implausible: Limit::Above(whole(15)),
    optimistic: Limit::None,
    note: "",
    sources: &[TRACK360, PARTNER_STANDARD],
    cite: "track360.io; Partner Standard glossary",
};

/// Gross retention of partner-sourced subscriptions a year. The form holds it to 100 %, the
/// band's high, so only its low can be passed.
pub static GROSS_RETENTION: Band = Band {
    measure: "gross retention of partner-sourced subscriptions a year",
    unit: Unit::Percent,
    low: whole(70),
    typical: (whole(85), whole(95)),
    high: whole(100),
    implausible: Limit::Above(whole(120)),
    optimistic: Limit::None,
    note: "",
    sources: &[PARTNERPACK],
    cite: "partnerpack ROI calculator",
};

/// Every band, in BLUEPRINT.md's order.
pub static ALL: [&Band; 11] = [
    &ACTIVATION,
    &DAYS_TO_FIRST_DEAL,
    &WIN_RATE_LIFT,
    &REFERRAL_DEALS,
    &RESELLER_DEALS,
    &PARTNERS_PER_MANAGER,
    &CHURN,
    &REFERRAL_FEE,
    &RESELLER_MARGIN,
    &CO_MARKETING,
    &GROSS_RETENTION,
];

/// The band for the deals a year an archetype's partners register, and whether it is a stand-in:
/// resellers and MSPs have their own; the other archetypes use the referral band until a source
/// gives them one.
pub fn deals_band(kind: ArchetypeKind) -> (&'static Band, bool) {
    match kind {
        ArchetypeKind::Reseller | ArchetypeKind::Msp => (&RESELLER_DEALS, false),
        ArchetypeKind::Referral => (&REFERRAL_DEALS, false),
        _ => (&REFERRAL_DEALS, true),
    }
}

/// The band for an archetype's partner share: a margin for resellers and MSPs, a fee for the
/// archetypes paid one; none for a revenue split, which no source bands (001: "based on
/// contribution").
pub fn share_band(kind: ArchetypeKind) -> Option<&'static Band> {
    match kind {
        ArchetypeKind::Reseller | ArchetypeKind::Msp => Some(&RESELLER_MARGIN),
        ArchetypeKind::SystemsIntegrator
        | ArchetypeKind::Technology
        | ArchetypeKind::Referral
        | ArchetypeKind::Agency => Some(&REFERRAL_FEE),
        ArchetypeKind::Subcontractor | ArchetypeKind::StrategicAlliance => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_band_is_ordered_low_typical_high() {
        for band in ALL {
            assert!(band.low <= band.typical.0, "{}", band.measure);
            assert!(band.typical.0 <= band.typical.1, "{}", band.measure);
            assert!(band.typical.1 <= band.high, "{}", band.measure);
            match band.implausible {
                Limit::Above(limit) => assert!(limit >= band.high, "{}", band.measure),
                Limit::Below(limit) => assert!(limit <= band.low, "{}", band.measure),
                Limit::None => {}
            }
            assert!(!band.sources.is_empty(), "{}", band.measure);
            let names: Vec<&str> = band.sources.iter().map(|s| s.name).collect();
            assert_eq!(band.cite, names.join("; "), "{}", band.measure);
        }
    }

    #[test]
    fn a_value_stands_where_its_band_puts_it() {
        let at = |n: u32| ACTIVATION.standing(whole(n));
        assert_eq!(at(30), Standing::Typical);
        assert_eq!(at(45), Standing::InBand);
        assert_eq!(at(50), Standing::InBand);
        assert_eq!(at(55), Standing::OutOfBand);
        assert_eq!(at(10), Standing::OutOfBand);
        assert_eq!(at(60), Standing::OutOfBand);
        assert_eq!(at(61), Standing::Implausible);
        assert_eq!(
            DAYS_TO_FIRST_DEAL.standing(whole(20)),
            Standing::Implausible
        );
        assert_eq!(DAYS_TO_FIRST_DEAL.standing(whole(21)), Standing::OutOfBand);
        assert_eq!(CHURN.standing(whole(1)), Standing::Optimistic);
        assert_eq!(CHURN.standing(whole(16)), Standing::OutOfBand);
    }

    #[test]
    fn a_value_just_outside_its_band_is_shown_outside_it() {
        assert_eq!(CO_MARKETING.show(Decimal::new(96, 2)), "0.96 %");
        assert_eq!(CO_MARKETING.show(Decimal::new(1234, 3)), "1.2 %");
        assert_eq!(CO_MARKETING.show(Decimal::new(60004, 4)), "6.0004 %");
    }

    #[test]
    fn the_words_give_the_typical_range_and_say_who_is_a_vendor() {
        assert_eq!(
            ACTIVATION.words(),
            "20–40 % is typical; 15–50 % published (under 20 % unmanaged, 50 % with structured \
             onboarding); over 60 % no source supports — partnermatch.co, a vendor's figure; \
             forecastable.com, a vendor's figure; TSIA via saasdash.ai, an analyst's figure, as \
             quoted."
        );
        assert!(
            REFERRAL_FEE
                .words()
                .contains("— 001; elinkages.com, a vendor's figure.")
        );
    }

    #[test]
    fn archetypes_without_a_deals_band_borrow_the_referral_band() {
        assert_eq!(deals_band(ArchetypeKind::Msp), (&RESELLER_DEALS, false));
        assert_eq!(
            deals_band(ArchetypeKind::Referral),
            (&REFERRAL_DEALS, false)
        );
        assert_eq!(deals_band(ArchetypeKind::Agency), (&REFERRAL_DEALS, true));
        assert_eq!(share_band(ArchetypeKind::Subcontractor), None);
    }
}
