//! Migrations: how a document of an older schema version is brought forward, one version at a
//! time, before it is read. Each step is a function of the whole document (envelope and design)
//! as JSON, so a step may move, rename or fill in anything, and says in words what it changed
//! for the notice the app shows ("upgraded from version 1: …").

use serde_json::{Map, Value};

use super::SCHEMA_VERSION;
use super::error::ImportError;
use crate::domain::path::DocPath;

/// One step: turns a document of schema version `from` into one of version `from + 1`, and
/// adds to the notes what it changed, in words.
pub type Migration = fn(Value, &mut Vec<String>) -> Result<Value, ImportError>;

/// The steps, by the version they start from. When the schema changes, `SCHEMA_VERSION` goes up
/// by one and a step from the old version is added here.
const STEPS: &[(u32, Migration)] = &[
    (1, version_2),
    (2, version_3),
    (3, version_4),
    (4, version_5),
];

/// What bringing a document up to date changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upgrade {
    /// The schema version the document was written in.
    pub from: u32,
    /// What each step changed, in words.
    pub notes: Vec<String>,
}

impl Upgrade {
    /// What the app tells a person who opens an upgraded design: that it was upgraded, that
    /// nothing was lost, and what changed.
    pub fn words(&self) -> String {
        let mut words = format!(
            "It was made by an earlier version of the app (format version {}) and has been \
             upgraded; nothing in it was lost.",
            self.from
        );
        for note in &self.notes {
            words.push(' ');
            words.push_str(note);
        }
        words
    }
}

/// The document brought from schema version `from` to `SCHEMA_VERSION`, its `schema_version`
/// field updated after each step, and what that changed (none when it was up to date).
pub fn migrate(mut document: Value, from: u32) -> Result<(Value, Option<Upgrade>), ImportError> {
    let mut notes = Vec::new();
    for version in from..SCHEMA_VERSION {
        let Some((_, step)) = STEPS.iter().find(|(start, _)| *start == version) else {
            return Err(ImportError::invalid(
                DocPath::file().member("schema_version"),
                format!(
                    "expected a schema version this app can read, found {version}, which it cannot bring up to date"
                ),
            ));
        };
        document = step(document, &mut notes)?;
        if let Value::Object(fields) = &mut document {
            fields.insert("schema_version".to_owned(), Value::from(version + 1));
        }
    }
    let upgrade = (from < SCHEMA_VERSION).then_some(Upgrade { from, notes });
    Ok((document, upgrade))
}

/// Version 1 to 2 (the forecast follows the design):
/// - the firm gains a partner sales cycle, equal to the direct cycle the version-1 forecast
///   closed partner deals on, and whether it sells subscriptions (no, as version 1 forecast);
/// - "quarters to activate" goes: the journey's recruit, onboard and activate durations decide
///   it;
/// - the program's activation rate and deals a partner move into every archetype's pool, each
///   with an even share of recruits and the firm's average deal size;
/// - enablement per partner (none), gross retention (85 %), a PRM cost (none) and role start
///   dates (none: from the program's start) are added.
fn version_2(mut document: Value, notes: &mut Vec<String>) -> Result<Value, ImportError> {
    let Some(design) = document.get_mut("design").and_then(Value::as_object_mut) else {
        // The reader names what is missing.
        return Ok(document);
    };
    if let Some(firm) = member(design, "firm")
        && !firm.contains_key("partner_sales_cycle_days")
        && let Some(cycle) = firm.get("sales_cycle_days").cloned()
    {
        notes.push(format!(
            "The partner sales cycle is new; it starts equal to the direct sales cycle ({cycle} \
             days), which the forecast closed partner deals on before."
        ));
        firm.insert("partner_sales_cycle_days".to_owned(), cycle);
    }
    if let Some(firm) = member(design, "firm")
        && !firm.contains_key("sells_subscriptions")
    {
        firm.insert("sells_subscriptions".to_owned(), Value::Bool(false));
        notes.push(
            "\"We sell subscriptions\" is new and off, so partner deals do not renew in the \
             forecast; turn it on in the firm profile if they do."
                .to_owned(),
        );
    }
    let mut pool = Map::new();
    if let Some(assumptions) = member(design, "assumptions") {
        if let Some(quarters) = assumptions.remove("quarters_to_activate") {
            notes.push(format!(
                "\"Quarters to activate\" ({quarters}) is no longer a separate figure: the \
                 journey's recruit, onboard and activate durations now decide when a partner's \
                 first deal comes."
            ));
        }
        let activation = assumptions.remove("activation_rate");
        let deals = assumptions.remove("deals_per_active_partner");
        if let (Some(activation), Some(deals)) = (activation, deals) {
            notes.push(format!(
                "The activation rate ({} %) and deals a partner ({} a quarter) \
                 are now each archetype's own, in its profile; every archetype starts with \
                 these, an even share of recruits and your average deal size. The forecast \
                 now also costs each archetype's own partner share.",
                plain(&activation),
                plain(&deals)
            ));
            pool.insert("recruit_share".to_owned(), Value::from("0"));
            pool.insert("activation_rate".to_owned(), activation);
            pool.insert("deals_per_partner".to_owned(), deals);
            pool.insert("deal_size".to_owned(), Value::from("100"));
        }
        assumptions
            .entry("enablement_per_partner_year")
            .or_insert_with(|| Value::from("0"));
        assumptions
            .entry("gross_retention")
            .or_insert_with(|| Value::from("85"));
    }
    if !pool.is_empty()
        && let Some(catalogue) = member(design, "archetypes")
            .and_then(|a| a.get_mut("catalogue"))
            .and_then(Value::as_array_mut)
    {
        for profile in catalogue.iter_mut().filter_map(Value::as_object_mut) {
            profile
                .entry("pool")
                .or_insert_with(|| Value::Object(pool.clone()));
        }
    }
    if let Some(tooling) = member(design, "operating")
        .and_then(|o| o.get_mut("tooling"))
        .and_then(Value::as_object_mut)
    {
        tooling
            .entry("prm_cost_per_quarter")
            .or_insert_with(|| Value::from("0"));
    }
    Ok(document)
}

/// Version 2 to 3 (decision support): the design gains its scenarios, none yet, so it is read
/// as designed.
fn version_3(mut document: Value, notes: &mut Vec<String>) -> Result<Value, ImportError> {
    if let Some(design) = document.get_mut("design").and_then(Value::as_object_mut)
        && !design.contains_key("scenarios")
    {
        let mut scenarios = Map::new();
        scenarios.insert("list".to_owned(), Value::Array(Vec::new()));
        scenarios.insert("active".to_owned(), Value::Null);
        design.insert("scenarios".to_owned(), Value::Object(scenarios));
        notes.push(
            "Scenarios are new: the design has none yet, so its forecast reads the assumptions \
             as you typed them."
                .to_owned(),
        );
    }
    Ok(document)
}

/// The two-hour agenda version 4 gives a file that had none, written out here so the step keeps
/// its meaning if the app's default agenda changes later.
const VERSION_4_AGENDA: [(&str, u32); 7] = [
    ("thesis", 20),
    ("archetypes", 20),
    ("operating-model", 20),
    ("journey", 20),
    ("scoreboard", 15),
    ("candidates", 15),
    ("economics", 10),
];

/// Version 3 to 4 (the workshop): the design gains an empty decision log and the two-hour
/// agenda, so it reads as it did.
fn version_4(mut document: Value, notes: &mut Vec<String>) -> Result<Value, ImportError> {
    if let Some(design) = document.get_mut("design").and_then(Value::as_object_mut)
        && !design.contains_key("decisions")
    {
        design.insert("decisions".to_owned(), Value::Array(Vec::new()));
        let steps = VERSION_4_AGENDA
            .iter()
            .map(|(step, minutes)| {
                let mut time_box = Map::new();
                time_box.insert("step".to_owned(), Value::from(*step));
                time_box.insert("minutes".to_owned(), Value::from(*minutes));
                Value::Object(time_box)
            })
            .collect();
        let mut agenda = Map::new();
        agenda.insert("steps".to_owned(), Value::Array(steps));
        design.insert("agenda".to_owned(), Value::Object(agenda));
        notes.push(
            "The decision log and the workshop agenda are new: the log starts empty, and the \
             agenda is a two-hour session in the blueprint's order."
                .to_owned(),
        );
    }
    Ok(document)
}

/// Version 4 to 5 (candidates from a spreadsheet): each candidate gains a website, empty, so an
/// import can recognise a candidate already listed by its site.
fn version_5(mut document: Value, notes: &mut Vec<String>) -> Result<Value, ImportError> {
    let Some(list) = document
        .get_mut("design")
        .and_then(Value::as_object_mut)
        .and_then(|design| member(design, "candidates"))
        .and_then(|candidates| candidates.get_mut("candidates"))
        .and_then(Value::as_array_mut)
    else {
        return Ok(document);
    };
    let mut filled = 0;
    for candidate in list.iter_mut().filter_map(Value::as_object_mut) {
        if !candidate.contains_key("website") {
            candidate.insert("website".to_owned(), Value::from(""));
            filled += 1;
        }
    }
    if filled > 0 {
        notes.push(
            "Candidates now have a website, empty for now: a candidate list imported from a \
             spreadsheet recognises a candidate already listed by its website as well as its \
             name."
                .to_owned(),
        );
    }
    Ok(document)
}

/// A JSON value as a person reads it: a string without its quotes.
fn plain(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}

/// The object member `name` of `object`, if it is an object.
fn member<'a>(
    object: &'a mut Map<String, Value>,
    name: &str,
) -> Option<&'a mut Map<String, Value>> {
    object.get_mut(name).and_then(Value::as_object_mut)
}
