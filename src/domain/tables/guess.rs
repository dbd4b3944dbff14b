//! Which candidate field each column holds, guessed from its header: names compared without
//! case, spaces or punctuation, so "Account Name", "account_name" and "ACCOUNT-NAME" read
//! alike, with the synonyms spreadsheets and CRM exports use. Each field is taken by the first
//! column that names it; the person can change any column's field in the preview.

use crate::domain::archetypes::ArchetypeKind;
use crate::domain::candidates::Criterion;
use crate::domain::values::Id;

/// The candidate field a column is read into.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// Not imported.
    Ignore,
    Name,
    Archetype,
    Website,
    /// The rating (1–5) of the criterion with this id.
    Rating(Id),
    Notes,
}

const NAMES: &[&str] = &[
    "name",
    "candidate",
    "candidatename",
    "company",
    "companyname",
    "partner",
    "partnername",
    "account",
    "accountname",
    "organisation",
    "organization",
    "organisationname",
    "organizationname",
    "firm",
];
const ARCHETYPES: &[&str] = &[
    "archetype",
    "type",
    "partnertype",
    "kind",
    "category",
    "partnercategory",
    "partnerarchetype",
];
const WEBSITES: &[&str] = &[
    "website",
    "websiteurl",
    "web",
    "site",
    "url",
    "domain",
    "companydomain",
    "companydomainname",
    "companywebsite",
    "homepage",
];
const NOTES: &[&str] = &[
    "notes",
    "note",
    "comments",
    "comment",
    "description",
    "remarks",
];

/// A header or a value as the guesser compares it: letters and digits only, lower case, with
/// anything in brackets left out ("ICP overlap (1–5)" is "icpoverlap").
pub fn normalise(text: &str) -> String {
    let mut depth = 0u32;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

/// The field each header names, in column order; a field named twice is taken by the first.
pub fn guess(headers: &[String], criteria: &[Criterion]) -> Vec<Target> {
    let mut taken: Vec<Target> = Vec::new();
    headers
        .iter()
        .map(|header| {
            let target = one(&normalise(header), criteria);
            if target == Target::Ignore || taken.contains(&target) {
                return Target::Ignore;
            }
            taken.push(target.clone());
            target
        })
        .collect()
}

fn one(header: &str, criteria: &[Criterion]) -> Target {
    if header.is_empty() {
        return Target::Ignore;
    }
    // A criterion's own name first: a scorecard may call one "Type" or "Partner".
    let criterion = criteria.iter().find(|c| {
        let name = normalise(&c.name);
        (!name.is_empty() && name == header) || normalise(c.id.as_str()) == header
    });
    if let Some(criterion) = criterion {
        return Target::Rating(criterion.id.clone());
    }
    let is = |words: &[&str]| words.contains(&header);
    if is(NAMES) {
        Target::Name
    } else if is(ARCHETYPES) {
        Target::Archetype
    } else if is(WEBSITES) {
        Target::Website
    } else if is(NOTES) {
        Target::Notes
    } else {
        Target::Ignore
    }
}

/// The archetype a cell names: its label ("Systems integrator (SI)"), its short form ("SI",
/// "MSP", "ISV"), its name in the file format ("systems-integrator"), in either number.
pub fn archetype_named(cell: &str) -> Option<ArchetypeKind> {
    let word = normalise(cell);
    let singular = word.strip_suffix('s').unwrap_or(&word);
    ArchetypeKind::ALL.into_iter().find(|kind| {
        let names = names_of(*kind);
        names.contains(&word.as_str()) || names.contains(&singular)
    })
}

/// Every name of an archetype, normalised; its label without the bracket is among them.
fn names_of(kind: ArchetypeKind) -> &'static [&'static str] {
    match kind {
        ArchetypeKind::Reseller => &["reseller", "var", "valueaddedreseller"],
        ArchetypeKind::Msp => &["msp", "managedserviceprovider", "managedservice"],
        ArchetypeKind::SystemsIntegrator => {
            &["si", "systemsintegrator", "systemintegrator", "integrator"]
        }
        ArchetypeKind::Technology => &[
            "technology",
            "technologypartner",
            "tech",
            "isv",
            "isvtechnologypartner",
        ],
        ArchetypeKind::Referral => &["referral", "referralpartner", "referrer"],
        ArchetypeKind::Agency => &["agency", "agencie", "agencypartner"],
        ArchetypeKind::Subcontractor => &[
            "subcontractor",
            "subcontracting",
            "deliverypartner",
            "subcontractingdeliverypartner",
        ],
        ArchetypeKind::StrategicAlliance => &[
            "strategicalliance",
            "alliance",
            "jointventure",
            "strategicalliancejointventure",
        ],
    }
}
