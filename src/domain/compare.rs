//! Two designs side by side — two versions, a version and the design now, or two saved designs:
//! the fields that changed (old → new, named as a person reads them), the findings that appeared
//! or went, and the headline figures the board pack leads with (readiness, the sourced share of
//! years one to three, revenue to cost by year three), each old, new and the difference.
//!
//! The fields are found by walking the two designs' documents (the JSON the format writes) leaf
//! by leaf; lists are compared by index, so an item added or removed at the end is listed as
//! added or removed, and one inserted in the middle shows as the items after it changing.

use rust_decimal::Decimal;
use serde_json::Value;

use super::Design;
use super::analysis::{Analysis, analyse};
use super::brief::words;
use super::format;
use super::health::Finding;
use super::order;
use super::values::capitalised;

/// How a field differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Changed,
    Added,
    Removed,
}

/// One field, or list item, that differs between the two designs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where, as a person reads it: `Operating model › Roles › 2 (Partner manager) › Title`.
    pub place: String,
    /// Where, as the file writes it: `operating.roles.1.title`.
    pub path: String,
    pub kind: ChangeKind,
    /// The value before, in words; none when added.
    pub old: Option<String>,
    /// The value after, in words; none when removed.
    pub new: Option<String>,
}

/// A finding that appeared or went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingChange {
    pub rule: &'static str,
    /// The field it points at, as the file writes it.
    pub path: String,
    /// Its one line.
    pub message: String,
}

/// One headline figure of both designs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub label: String,
    pub old: String,
    pub new: String,
    /// New minus old, in words; "—" when either is missing, "no change" when equal.
    pub difference: String,
}

/// Everything that differs between two designs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    pub changes: Vec<Change>,
    pub appeared: Vec<FindingChange>,
    pub gone: Vec<FindingChange>,
    pub figures: Vec<Figure>,
}

impl Comparison {
    /// Whether the two designs are the same in every field.
    pub fn is_same(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Compares `old` with `new`, analysing each.
pub fn compare(old: &Design, new: &Design) -> Comparison {
    compare_analysed(old, &analyse(old), new, &analyse(new))
}

/// [`compare`] with the analyses already computed.
pub fn compare_analysed(
    old: &Design,
    old_analysis: &Analysis,
    new: &Design,
    new_analysis: &Analysis,
) -> Comparison {
    let (appeared, gone) = findings(old_analysis, new_analysis);
    Comparison {
        changes: changes(old, new),
        appeared,
        gone,
        figures: figures(old_analysis, new_analysis),
    }
}

/// The fields that differ: the design's parts in the order leaders walk them, the members
/// within each by name, list items by index.
pub fn changes(old: &Design, new: &Design) -> Vec<Change> {
    let old = document_value(old);
    let new = document_value(new);
    let mut out = Vec::new();
    walk(&mut out, &mut Vec::new(), &mut Vec::new(), &old, &new);
    out
}

/// The design as the JSON value its document holds. Read from the text the format writes, so
/// the app carries one writer of the design, not a second one to JSON values.
fn document_value(design: &Design) -> Value {
    serde_json::from_str::<Value>(&format::document(design))
        .ok()
        .and_then(|mut v| v.get_mut("design").map(Value::take))
        .unwrap_or(Value::Null)
}

/// Walks both values together; `place` and `path` are where the walk is.
fn walk(
    out: &mut Vec<Change>,
    place: &mut Vec<String>,
    path: &mut Vec<String>,
    old: &Value,
    new: &Value,
) {
    if old == new {
        return;
    }
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let mut members: Vec<(&String, &Value)> = a.iter().collect();
            if path.is_empty() {
                // The design's parts in the order leaders walk them, as the file writes them.
                order::sort_by_key(&mut members, |(k, _)| {
                    TOP.iter().position(|(t, _)| t == k).unwrap_or(TOP.len())
                });
            }
            for (key, value) in members {
                let other = b.get(key).unwrap_or(&Value::Null);
                place.push(member_words(key, path.is_empty()));
                path.push(key.clone());
                walk(out, place, path, value, other);
                place.pop();
                path.pop();
            }
            for (key, value) in b.iter().filter(|(k, _)| !a.contains_key(*k)) {
                place.push(member_words(key, path.is_empty()));
                path.push(key.clone());
                walk(out, place, path, &Value::Null, value);
                place.pop();
                path.pop();
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for index in 0..a.len().max(b.len()) {
                let item = item_words(index, a.get(index).or(b.get(index)));
                place.push(item);
                path.push(index.to_string());
                match (a.get(index), b.get(index)) {
                    (Some(x), Some(y)) => walk(out, place, path, x, y),
                    (Some(x), None) => push(out, place, path, ChangeKind::Removed, Some(x), None),
                    (None, Some(y)) => push(out, place, path, ChangeKind::Added, None, Some(y)),
                    (None, None) => {}
                }
                place.pop();
                path.pop();
            }
        }
        _ => push(out, place, path, ChangeKind::Changed, Some(old), Some(new)),
    }
}

fn push(
    out: &mut Vec<Change>,
    place: &[String],
    path: &[String],
    kind: ChangeKind,
    old: Option<&Value>,
    new: Option<&Value>,
) {
    out.push(Change {
        place: place.join(" › "),
        path: path.join("."),
        kind,
        old: old.map(value_words),
        new: new.map(value_words),
    });
}

/// A member's name as a person reads it: the mechanics by their labels, the rest in words.
fn member_words(key: &str, top: bool) -> String {
    if top && let Some((_, label)) = TOP.iter().find(|(k, _)| *k == key) {
        return (*label).to_owned();
    }
    capitalised(&key.replace('_', " "))
}

/// The design's members, in the order the design declares them, with their names in words.
const TOP: [(&str, &str); 12] = [
    ("title", "Title"),
    ("firm", "Firm profile"),
    ("thesis", "Thesis"),
    ("archetypes", "Archetypes"),
    ("operating", "Operating model"),
    ("journey", "Journey"),
    ("scoreboard", "Scoreboard"),
    ("candidates", "Candidates"),
    ("assumptions", "Forecast assumptions"),
    ("scenarios", "Scenarios"),
    ("decisions", "Decision log"),
    ("agenda", "Workshop agenda"),
];

/// A list item as a person reads it: its number from 1, and its name or title when it has one.
fn item_words(index: usize, item: Option<&Value>) -> String {
    let name = item
        .and_then(|v| {
            ["title", "name", "what", "kind"]
                .iter()
                .find_map(|k| v.get(*k)?.as_str())
        })
        .map(str::trim)
        .filter(|n| !n.is_empty());
    match name {
        Some(name) => format!("{} ({})", index + 1, cut(name, 60)),
        None => (index + 1).to_string(),
    }
}

/// A value in words: text as it is, numbers as written, yes/no, "—" for none, and a list or an
/// object by its size.
fn value_words(value: &Value) -> String {
    match value {
        Value::Null => "—".to_owned(),
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.trim().is_empty() => "(empty)".to_owned(),
        Value::String(s) => cut(s, 200),
        Value::Array(items) => format!(
            "{} item{}",
            items.len(),
            if items.len() == 1 { "" } else { "s" }
        ),
        Value::Object(_) => ["title", "name", "what", "kind"]
            .iter()
            .find_map(|k| value.get(*k)?.as_str())
            .map_or_else(|| "an item".to_owned(), |n| cut(n, 200)),
    }
}

fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(chars).collect();
        cut.push('…');
        cut
    }
}

/// The findings in `new` that `old` lacks (appeared), and those in `old` that `new` lacks
/// (gone), by rule and path: a finding whose words change with the design ("4 archetypes are
/// chosen" to "5") is the same finding. Each rule and path is listed once.
pub fn findings(old: &Analysis, new: &Analysis) -> (Vec<FindingChange>, Vec<FindingChange>) {
    (
        only_in(&new.findings, &old.findings),
        only_in(&old.findings, &new.findings),
    )
}

fn only_in(these: &[Finding], others: &[Finding]) -> Vec<FindingChange> {
    let same = |a: &Finding, b: &Finding| a.rule == b.rule && a.path == b.path;
    let mut out: Vec<FindingChange> = Vec::new();
    for f in these.iter().filter(|f| !others.iter().any(|o| same(o, f))) {
        let path = f.path.dotted();
        if !out.iter().any(|c| c.rule == f.rule && c.path == path) {
            out.push(FindingChange {
                rule: f.rule,
                path,
                message: f.message.clone(),
            });
        }
    }
    out
}

/// The headline figures, as the board pack's summary computes them: readiness, the sourced
/// share of years one to three, and revenue to cost by year three.
pub fn figures(old: &Analysis, new: &Analysis) -> Vec<Figure> {
    let mut rows = Vec::new();
    let readiness = |a: &Analysis| Some(Decimal::from(a.readiness.overall));
    rows.push(figure(
        "Readiness (of 100)",
        readiness(old),
        readiness(new),
        |d| d.to_string(),
        |d| signed(d, &d.to_string()),
    ));
    for year in 1..=3 {
        let share = |a: &Analysis| a.forecast.year(year).map(|y| y.sourced_share);
        rows.push(figure(
            &format!("Partner-sourced share, year {year}"),
            share(old),
            share(new),
            words::share,
            |d| signed(d, &format!("{} points", words::number(d.abs().round_dp(1)))),
        ));
    }
    let ratio = |a: &Analysis| match a.forecast.year(3) {
        Some(y) if y.quarters == 4 => y.revenue_to_cost,
        _ => None,
    };
    rows.push(figure(
        "Revenue to cost by year three",
        ratio(old),
        ratio(new),
        words::ratio,
        |d| signed(d, &words::number(d.abs().round_dp(1))),
    ));
    rows
}

fn figure(
    label: &str,
    old: Option<Decimal>,
    new: Option<Decimal>,
    show: impl Fn(Decimal) -> String,
    difference: impl Fn(Decimal) -> String,
) -> Figure {
    let shown = |v: Option<Decimal>| v.map_or_else(|| "—".to_owned(), &show);
    Figure {
        label: label.to_owned(),
        old: shown(old),
        new: shown(new),
        difference: match (old, new) {
            (Some(a), Some(b)) if a == b => "no change".to_owned(),
            (Some(a), Some(b)) => difference(b - a),
            _ => "—".to_owned(),
        },
    }
}

/// `+12` or `−3`: the sign of `d` before its size in words.
fn signed(d: Decimal, size: &str) -> String {
    let size = size.trim_start_matches('-');
    if d.is_sign_negative() {
        format!("−{size}")
    } else {
        format!("+{size}")
    }
}
