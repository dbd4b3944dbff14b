//! Every declared field as the native tests enter values into it ([`Declared`]), and the tests:
//! what a field accepts, the format accepts. Each
//! field is given its probes (its bounds, and past them; a date typed digit by digit) on
//! designs that hold its part, as a person would type them; whatever the field takes must
//! export to a file that imports again, identical. And random sequences of such edits, with
//! items added and removed between them, never leave a design that cannot be reopened.

use proptest::prelude::*;

use super::render::within;
use super::{Check, Choice, Entry, Text, Typed};
use crate::domain::Design;
use crate::domain::commissions::default_models;
use crate::domain::format::{document, import};
use crate::domain::part::Part;
use crate::domain::path::Place;
use crate::domain::places;
use crate::domain::templates::Template;
use crate::ui::sections::declared;

/// A declared field, as the tests enter values into it.
pub trait Declared: Sync + 'static {
    /// The place it edits.
    fn place(&self) -> Place;

    /// Enters `input` at `at` as a person would: text typed, an option's position, `true` or
    /// `false` for a check. False when the field refuses it; the design is then unchanged.
    fn enter(&self, design: &mut Design, at: &[usize], input: &str) -> bool;

    /// Inputs worth trying: its bounds, and past them.
    fn probes(&self, design: &Design, at: &[usize]) -> Vec<String>;
}

impl<S: Part> Declared for Text<S> {
    fn place(&self) -> Place {
        self.head.place
    }

    fn enter(&self, design: &mut Design, at: &[usize], input: &str) -> bool {
        let text = within(input.to_owned(), self.max());
        S::find_mut(design, at)
            .map(|part| (self.access.set)(part, at, text))
            .is_some()
    }

    fn probes(&self, _: &Design, _: &[usize]) -> Vec<String> {
        let max = self.max();
        vec![
            String::new(),
            "A statement of six words or more.".to_owned(),
            "é👩".repeat(max / 2),
            "x".repeat(max + 1),
        ]
    }
}

impl<T: Entry, S: Part> Declared for Typed<T, S> {
    fn place(&self) -> Place {
        self.head.place
    }

    fn enter(&self, design: &mut Design, at: &[usize], input: &str) -> bool {
        let Ok(value) = T::parse(input) else {
            return false;
        };
        if self
            .check
            .and_then(|check| check(design, at, &value))
            .is_some()
        {
            return false;
        }
        S::find_mut(design, at)
            .map(|part| (self.access.set)(part, at, value))
            .is_some()
    }

    fn probes(&self, _: &Design, _: &[usize]) -> Vec<String> {
        TYPED_PROBES.iter().map(|t| (*t).to_owned()).collect()
    }
}

impl<T: Clone + Sync + 'static, S: Part> Declared for Choice<T, S> {
    fn place(&self) -> Place {
        self.head.place
    }

    fn enter(&self, design: &mut Design, at: &[usize], input: &str) -> bool {
        let options = self.options.list(design, at);
        let Some((value, _)) = input.parse::<usize>().ok().and_then(|i| options.get(i)) else {
            return false;
        };
        let value = value.clone();
        S::find_mut(design, at)
            .map(|part| (self.access.set)(part, at, value))
            .is_some()
    }

    fn probes(&self, design: &Design, at: &[usize]) -> Vec<String> {
        (0..self.options.list(design, at).len())
            .map(|i| i.to_string())
            .collect()
    }
}

impl<S: Part> Declared for Check<S> {
    fn place(&self) -> Place {
        self.head.place
    }

    fn enter(&self, design: &mut Design, at: &[usize], input: &str) -> bool {
        let Ok(on) = input.parse::<bool>() else {
            return false;
        };
        S::find_mut(design, at)
            .map(|part| (self.access.set)(part, at, on))
            .is_some()
    }

    fn probes(&self, _: &Design, _: &[usize]) -> Vec<String> {
        vec!["true".to_owned(), "false".to_owned()]
    }
}

/// Texts worth typing into any typed field: each bound of the design's values, and past them.
pub const TYPED_PROBES: &[&str] = &[
    "",
    "abc",
    "-1",
    "-0.5",
    "0",
    "1",
    "7",
    "8",
    "12",
    "12.5",
    "12.5 %",
    "40",
    "41",
    "50",
    "51",
    "100",
    "100.01",
    "101",
    "1,200",
    "1000",
    "1001",
    "3650",
    "3651",
    "8760",
    "8761",
    "10000",
    "10001",
    "1000000",
    "1000001",
    "10000000",
    "10000001",
    "10000000000000",
    "10000000000001",
    "99999999999999999999999999999",
    "1e3",
    "$250,000.50",
    "EUR",
    "usd",
    "2027-01-04",
    "2000-01-01",
    "2100-12-31",
    "1999-12-31",
    "2101-01-01",
    "0002-01-04",
    "0020-01-04",
    "0202-01-04",
    "2202-01-04",
    "2027-02-30",
];

/// Designs that hold, between them, every part a field edits: the filled templates, and the
/// Series B one under each compensation model.
fn specimens() -> Vec<Design> {
    let kickoff = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
    let mut designs: Vec<Design> = Template::ALL.iter().map(|t| t.design(kickoff)).collect();
    for model in default_models() {
        let mut design = Template::SeriesBSaas.design(kickoff);
        design.operating.compensation.model = model;
        designs.push(design);
    }
    let mut with_scenarios = Template::SeriesBSaas.design(kickoff);
    let base = crate::domain::forecast::forecast(&with_scenarios);
    with_scenarios.scenarios.list = crate::domain::scenarios::presets(&with_scenarios, &base);
    designs.push(with_scenarios);
    designs
}

/// The indices a field is tried at: the first item of each list it is in, and the second.
const SPOTS: [[usize; 2]; 2] = [[0, 0], [1, 1]];

/// The design exported and imported again: it must open, identical.
fn reopens(design: &Design) -> Result<(), String> {
    match import(&document(design)) {
        Ok(read) if read == *design => Ok(()),
        Ok(_) => Err("it reopens changed".to_owned()),
        Err(e) => Err(e.to_string()),
    }
}

#[test]
fn whatever_a_field_accepts_the_format_accepts_and_reads_back_unchanged() {
    let fields = declared();
    assert!(fields.len() > 100, "{} fields declared", fields.len());
    let mut tried = 0;
    let specimens = specimens();
    for field in &fields {
        // The first specimen that holds the field's part, at each spot that it holds.
        let held = |design: &Design, at: &[usize; 2]| {
            let mut probe = design.clone();
            field
                .probes(design, at)
                .iter()
                .any(|p| field.enter(&mut probe, at, p))
        };
        let design = specimens
            .iter()
            .find(|d| held(d, &SPOTS[0]))
            .unwrap_or_else(|| panic!("{}: no specimen holds its part", field.place().pattern()));
        for at in SPOTS.iter().filter(|at| held(design, at)) {
            for probe in field.probes(design, at) {
                let mut edited = design.clone();
                if !field.enter(&mut edited, at, &probe) {
                    assert_eq!(
                        &edited,
                        design,
                        "{}: a refused {probe:?} changed the design",
                        field.place().pattern()
                    );
                    continue;
                }
                tried += 1;
                if let Err(why) = reopens(&edited) {
                    let shown: String = probe.chars().take(40).collect();
                    panic!(
                        "{} accepted {shown:?}…, but the design cannot be reopened: {why}",
                        field.place().pattern()
                    );
                }
            }
        }
    }
    assert!(tried > 1000, "{tried} values entered");
}

#[test]
fn a_date_typed_digit_by_digit_never_reaches_the_design_before_it_is_a_plan_date() {
    let fields = declared();
    let kickoff = fields
        .iter()
        .find(|f| f.place() == places::firm::KICKOFF)
        .expect("the kickoff is declared");
    let design = specimens().remove(1);
    // What a date input reports while the year is typed over 2027-01-04, one digit at a time.
    for typed in [
        "0002-01-04",
        "0020-01-04",
        "0202-01-04",
        "2202-01-04",
        "20202-01-04",
    ] {
        let mut edited = design.clone();
        assert!(!kickoff.enter(&mut edited, &[], typed), "{typed} was taken");
        assert_eq!(edited, design);
    }
    let mut edited = design.clone();
    assert!(kickoff.enter(&mut edited, &[], "2028-03-06"));
    assert_eq!(edited.firm.kickoff.to_string(), "2028-03-06");
}

/// The places a field edits: every place no other place lies under, but for the places of
/// whole items (a role, a stage), which the lists' buttons edit.
fn leaves() -> Vec<Place> {
    let patterns: Vec<String> = places::ALL.iter().map(Place::pattern).collect();
    places::ALL
        .iter()
        .copied()
        .filter(|place| {
            let pattern = place.pattern();
            !pattern.ends_with(".#")
                && !patterns
                    .iter()
                    .any(|other| other.starts_with(&format!("{pattern}.")))
        })
        .collect()
}

#[test]
fn every_value_of_the_design_has_a_declared_field() {
    let fields = declared();
    // Lists of plain values (a stage's activities) are edited item by item: `…activities.#`.
    // A logged decision is kept as it was taken: the log adds and removes whole entries. An
    // agenda's steps are fixed by its type; only their minutes are typed.
    let not_fields = [
        places::assumptions::WHOLE,
        places::decisions::MECHANIC,
        places::decisions::WHAT,
        places::decisions::OPTIONS,
        places::decisions::OWNER,
        places::decisions::DATE,
        places::agenda::STEP,
    ];
    for leaf in leaves() {
        if not_fields.contains(&leaf) {
            continue;
        }
        assert!(
            fields.iter().any(|f| f.place() == leaf),
            "{} has no field",
            leaf.pattern()
        );
    }
}

/// An edit a person can make: a field given one of its probes, or an item added or removed.
#[derive(Debug, Clone)]
enum Edit {
    Type {
        field: usize,
        at: [usize; 2],
        probe: usize,
    },
    AddRole,
    RemoveFirstRole,
    AddActivity,
    RemoveFirstStage,
    AddMetric,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        8 => (0usize..500, 0usize..3, 0usize..3, 0usize..60)
            .prop_map(|(field, a, b, probe)| Edit::Type { field, at: [a, b], probe }),
        1 => Just(Edit::AddRole),
        1 => Just(Edit::RemoveFirstRole),
        1 => Just(Edit::AddActivity),
        1 => Just(Edit::RemoveFirstStage),
        1 => Just(Edit::AddMetric),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_design_along_random_edits_exports_and_imports_identically(
        start in 0usize..3,
        edits in proptest::collection::vec(edit(), 1..25),
    ) {
        let fields = declared();
        let kickoff = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
        let mut design = Template::ALL[start].design(kickoff);
        for edit in edits {
            match edit {
                Edit::Type { field, at, probe } => {
                    let field = fields[field % fields.len()];
                    let probes = field.probes(&design, &at);
                    if let Some(probe) = probes.get(probe % probes.len().max(1)) {
                        field.enter(&mut design, &at, probe);
                    }
                }
                Edit::AddRole => {
                    let id = crate::domain::values::Id::fresh(
                        "role",
                        design.operating.roles.iter().map(|r| &r.id),
                    );
                    if let Some(mut role) = design.operating.roles.first().cloned() {
                        role.id = id;
                        role.owns_metric = None;
                        design.operating.roles.push(role);
                    }
                }
                Edit::RemoveFirstRole => {
                    if !design.operating.roles.is_empty() {
                        let gone = design.operating.roles.remove(0);
                        design.forget_role(&gone.id);
                    }
                }
                Edit::AddActivity => {
                    if let Some(stage) = design.journey.stages.first_mut() {
                        stage.activities.push(String::new());
                    }
                }
                Edit::RemoveFirstStage => {
                    if !design.journey.stages.is_empty() {
                        design.journey.stages.remove(0);
                    }
                }
                Edit::AddMetric => {
                    let id = crate::domain::values::Id::fresh(
                        "metric",
                        design.scoreboard.metrics.iter().map(|m| &m.id),
                    );
                    let family = design.scoreboard.next_family();
                    let quarters = design.assumptions.quarters.get() as usize;
                    design.scoreboard.metrics.push(crate::domain::scoreboard::Metric::new(id, family, quarters));
                }
            }
            prop_assert_eq!(reopens(&design), Ok(()));
        }
    }
}
