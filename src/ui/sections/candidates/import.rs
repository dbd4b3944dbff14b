//! Candidates imported from a CSV file — chosen, dropped on the box or pasted — through a
//! preview: each column's field (guessed from its header, changeable), each row with its cells
//! editable and a checkbox to import it, every problem named by row and column, and one choice
//! for rows that name a candidate already in the design. Nothing changes until the person
//! imports, and then in one undoable step.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::browser::files::{self, Picked};
use crate::domain::library::VersionKind;
use crate::domain::tables::{
    Incoming, OnMatch, Problem, Sheet, Target, check, guess, matches, merge, read, too_large,
};
use crate::ui::erase::{flag, handler, text};
use crate::ui::library::Library;
use crate::ui::state::{AppState, Notice, use_app};

/// Brings rows of a candidate list into the design: the one way an import changes it, as one
/// undoable step (Undo takes the whole import away), after keeping the design as it was as a
/// "before import" version. Returns what was done, in words, or why nothing was.
pub fn import_candidates(
    app: AppState,
    rows: &[Incoming],
    on_match: OnMatch,
) -> Result<String, String> {
    // A version that could not be kept is said with the import's own words; the import goes
    // ahead either way, as a step Undo takes back.
    let unkept = use_context::<Library>()
        .and_then(|l| l.take_version(VersionKind::BeforeImport).err())
        .map(|words| format!(" {words}"))
        .unwrap_or_default();
    let mut outcome = Err(String::new());
    app.change(|design| outcome = merge(&mut design.candidates, rows, on_match));
    let merged = outcome?;
    let words = format!("{}{unkept}", merged.words());
    app.notice.set(Some(Notice {
        message: words.clone(),
        offers_undo: true,
    }));
    Ok(words)
}

/// The preview's state: the file as read, with the person's edits, and their choices.
#[derive(Clone, Copy)]
struct Preview {
    sheet: RwSignal<Option<Sheet>>,
    /// Where the file came from: "“partners.csv”", "The pasted text".
    source: RwSignal<String>,
    mapping: RwSignal<Vec<Target>>,
    /// Rows (by place in the sheet) the person chose not to import.
    left_out: RwSignal<HashSet<usize>>,
    on_match: RwSignal<OnMatch>,
    /// Why the last file was refused, or what the last import did.
    said: RwSignal<Option<String>>,
    /// Bumped when another file is read, so the rows are laid out afresh.
    generation: RwSignal<u64>,
}

impl Preview {
    fn open(self, app: AppState, source: String, text: &str) {
        match read(text) {
            Ok(sheet) => {
                let mapping = app
                    .design
                    .with_untracked(|d| guess(&sheet.headers, &d.candidates.criteria));
                self.mapping.set(mapping);
                self.left_out.set(HashSet::new());
                self.sheet.set(Some(sheet));
                self.said.set(None);
                self.generation.update(|g| *g += 1);
            }
            Err(why) => {
                self.sheet.set(None);
                self.said
                    .set(Some(format!("{source} was not imported. {why}")));
            }
        }
        self.source.set(source);
    }

    fn open_file(self, app: AppState, file: Picked) {
        let source = format!("“{}”", file.name());
        if let Some(why) = too_large(file.size()) {
            self.sheet.set(None);
            self.said
                .set(Some(format!("{source} was not imported. {why}")));
            return;
        }
        file.read_text(move |text| match text {
            Ok(text) => self.open(app, source, &text),
            Err(why) => self
                .said
                .set(Some(format!("{source} could not be read: {why}."))),
        });
    }

    fn close(self) {
        self.sheet.set(None);
        self.generation.update(|g| *g += 1);
    }
}

/// What the preview reads of the rows with the mapping chosen.
#[derive(Debug, Clone, PartialEq, Default)]
struct Reading {
    /// Every problem, with its row's place in the sheet.
    problems: Vec<(usize, Problem)>,
    /// The rows (by place) with a problem.
    flagged: HashSet<usize>,
    /// The cells (row's place, column) with a problem.
    bad_cells: HashSet<(usize, usize)>,
    /// The rows to import: those without a problem the person has not left out.
    chosen: Vec<Incoming>,
    /// Whether a column holds the names.
    names_a_column: bool,
}

impl Reading {
    fn of(sheet: &Sheet, mapping: &[Target], left_out: &HashSet<usize>) -> Reading {
        let mut reading = Reading {
            names_a_column: mapping.contains(&Target::Name),
            ..Reading::default()
        };
        for (index, (row, problems)) in check(sheet, mapping).into_iter().enumerate() {
            if problems.is_empty() {
                if !left_out.contains(&index) {
                    reading.chosen.push(row);
                }
                continue;
            }
            reading.flagged.insert(index);
            for problem in problems {
                reading.bad_cells.insert((index, problem.column));
                reading.problems.push((index, problem));
            }
        }
        reading
    }
}

/// The options of a column's select: every field, and each criterion's rating.
fn targets(app: AppState) -> Vec<(Target, String)> {
    let mut options = vec![
        (Target::Ignore, "Ignore this column".to_owned()),
        (Target::Name, "Name".to_owned()),
        (Target::Archetype, "Archetype".to_owned()),
        (Target::Website, "Website".to_owned()),
        (Target::Notes, "Notes".to_owned()),
    ];
    app.design.with_untracked(|d| {
        options.extend(
            d.candidates
                .criteria
                .iter()
                .map(|c| (Target::Rating(c.id.clone()), format!("Rating: {}", c.name))),
        );
    });
    options
}

/// The import box: a file button, a drop target, a paste area, and the preview once a file is
/// read.
#[component]
pub fn CandidateImport() -> impl IntoView {
    let app = use_app();
    let preview = Preview {
        sheet: RwSignal::new(None),
        source: RwSignal::new(String::new()),
        mapping: RwSignal::new(Vec::new()),
        left_out: RwSignal::new(HashSet::new()),
        on_match: RwSignal::new(OnMatch::Update),
        said: RwSignal::new(None),
        generation: RwSignal::new(0),
    };
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    view! {
        <section class="csv-import" aria-labelledby="csv-import-heading">
            <h3 id="csv-import-heading">"Import candidates from CSV"</h3>
            <p class="hint">
                "A spreadsheet or CRM export with a header line: a name column, and any of archetype, website, a rating (1–5) per criterion and notes. Commas or semicolons; at most 500 rows, 200 columns and 2 MB. You see every row before anything changes."
            </p>
            <div class="csv-drop" data-own-drop="" class:dragging=flag(move || dragging.get())
                on:dragover=handler(move |e: leptos::ev::DragEvent| {
                    if files::drags_files(&e) {
                        e.prevent_default();
                        dragging.set(true);
                    }
                })
                on:dragleave=handler(move |_: leptos::ev::DragEvent| dragging.set(false))
                on:drop=handler(move |e: leptos::ev::DragEvent| {
                    // The page imports a design file dropped elsewhere; this box is marked as
                    // taking its own (`data-own-drop`).
                    e.prevent_default();
                    dragging.set(false);
                    if let Some(file) = files::dropped_file(&e) {
                        preview.open_file(app, file);
                    }
                })>
                <label class="file-button">
                    "Choose a CSV file"
                    <input type="file" accept=".csv,.tsv,.txt,text/csv" class="visually-hidden"
                        on:change=handler(move |e| {
                            if let Some(file) = files::chosen_file(&e) {
                                preview.open_file(app, file);
                            }
                        }) />
                </label>
                <span>" or drop one here"</span>
            </div>
            <div class="csv-paste">
                <label for="csv-paste">"Or paste CSV"</label>
                <textarea id="csv-paste" rows="4" prop:value=text(move || pasted.get())
                    on:input=handler(move |e| pasted.set(event_target_value(&e)))></textarea>
                <button type="button" disabled=flag(move || pasted.with(|p| p.trim().is_empty()))
                    on:click=handler(move |_| {
                        let text = pasted.get_untracked();
                        preview.open(app, "The pasted text".to_owned(), &text);
                    })>"Read pasted CSV"</button>
            </div>
            <p class="csv-said" role="status">{text(move || preview.said.get().unwrap_or_default())}</p>
            {move || preview.sheet.with(Option::is_some).then(|| view! { <PreviewPanel preview /> })}
        </section>
    }
}

/// The preview of a file read: columns, rows, problems, matches, and the Import button.
#[component]
fn PreviewPanel(preview: Preview) -> impl IntoView {
    let app = use_app();
    let options = StoredValue::new(targets(app));
    // Everything the preview shows of the rows, in one memo: each row's cells are read once a
    // change, and the panel's parts each read what they show of it.
    let reading = Memo::new(move |_| {
        let left_out = preview.left_out.get();
        preview.sheet.with(|sheet| {
            preview.mapping.with(|mapping| {
                sheet
                    .as_ref()
                    .map(|sheet| Reading::of(sheet, mapping, &left_out))
                    .unwrap_or_default()
            })
        })
    });
    let matching = Memo::new(move |_| {
        reading.with(|r| {
            app.design.with(|d| {
                r.chosen
                    .iter()
                    .filter(|row| matches(&d.candidates.candidates, row).is_some())
                    .count()
            })
        })
    });
    let do_import = move |_| {
        let rows = reading.with_untracked(|r| r.chosen.clone());
        match import_candidates(app, &rows, preview.on_match.get_untracked()) {
            Ok(words) => {
                preview.close();
                preview.said.set(Some(words));
            }
            Err(why) => preview.said.set(Some(why)),
        }
    };
    let summary = move || {
        let (rows, columns) = preview.sheet.with(|s| {
            s.as_ref()
                .map_or((0, 0), |s| (s.rows.len(), s.headers.len()))
        });
        let (problems, flagged) = reading.with(|r| (r.problems.len(), r.flagged.len()));
        format!(
            "{} holds {rows} {} and {columns} {}. {}",
            preview.source.get(),
            if rows == 1 { "row" } else { "rows" },
            if columns == 1 { "column" } else { "columns" },
            if problems == 0 {
                "No problems found.".to_owned()
            } else {
                format!(
                    "{problems} {} in {flagged} {}: a flagged row is left out until it is fixed.",
                    if problems == 1 { "problem" } else { "problems" },
                    if flagged == 1 { "row" } else { "rows" }
                )
            }
        )
    };
    view! {
        <section class="csv-preview" aria-labelledby="csv-preview-heading">
            <h4 id="csv-preview-heading">"Preview of the import"</h4>
            <p aria-live="polite">{text(summary)}</p>
            <fieldset class="csv-columns">
                <legend>"What each column holds"</legend>
                {move || {
                    preview.generation.track();
                    let headers = preview.sheet.with_untracked(|s| s.as_ref().map(|s| s.headers.clone()).unwrap_or_default());
                    headers.into_iter().enumerate().map(|(column, header)| {
                        let id = format!("csv-column-{column}");
                        view! {
                            <div class="csv-column">
                                <label for=id.clone()>{format!("Column “{header}”")}</label>
                                <select id=id
                                    on:change=handler(move |e| {
                                        let picked = event_target_value(&e).parse::<usize>().ok();
                                        let Some(target) = picked.and_then(|i| options.with_value(|o| o.get(i).map(|(t, _)| t.clone()))) else {
                                            return;
                                        };
                                        preview.mapping.update(|m| {
                                            // Each field is read from one column.
                                            for other in m.iter_mut() {
                                                if *other == target && target != Target::Ignore {
                                                    *other = Target::Ignore;
                                                }
                                            }
                                            if let Some(slot) = m.get_mut(column) {
                                                *slot = target;
                                            }
                                        });
                                    })>
                                    {options.with_value(|o| o.iter().enumerate().map(|(i, (target, label))| {
                                        let target = target.clone();
                                        view! {
                                            <option value=i.to_string()
                                                prop:selected=flag(move || preview.mapping.with(|m| m.get(column) == Some(&target)))>
                                                {label.clone()}
                                            </option>
                                        }
                                    }).collect_view())}
                                </select>
                            </div>
                        }
                    }).collect_view()
                }}
            </fieldset>
            <p class="csv-problem" hidden=flag(move || reading.with(|r| r.names_a_column))>
                "No column holds the candidates' names: choose one above."
            </p>
            <Rows preview reading />
            <ProblemList reading />
            {move || (matching.get() > 0).then(|| view! {
                <fieldset class="csv-matches">
                    <legend>{text(move || {
                        let n = matching.get();
                        format!("{n} {} a candidate already in the design (same name, or same website)", if n == 1 { "row names" } else { "rows name" })
                    })}</legend>
                    <label>
                        <input type="radio" name="csv-on-match"
                            prop:checked=flag(move || preview.on_match.get() == OnMatch::Update)
                            on:change=handler(move |_| preview.on_match.set(OnMatch::Update)) />
                        "Update them from the file"
                    </label>
                    <label>
                        <input type="radio" name="csv-on-match"
                            prop:checked=flag(move || preview.on_match.get() == OnMatch::Skip)
                            on:change=handler(move |_| preview.on_match.set(OnMatch::Skip)) />
                        "Leave them as they are"
                    </label>
                </fieldset>
            })}
            <div class="csv-actions">
                <button type="button" class="primary"
                    disabled=flag(move || reading.with(|r| r.chosen.is_empty() || !r.names_a_column))
                    on:click=handler(do_import)>
                    {text(move || {
                        let n = reading.with(|r| r.chosen.len());
                        format!("Import {n} {}", if n == 1 { "candidate" } else { "candidates" })
                    })}
                </button>
                <button type="button" on:click=handler(move |_| {
                    preview.close();
                    preview.said.set(Some("The import was cancelled; nothing changed.".to_owned()));
                })>"Cancel import"</button>
            </div>
        </section>
    }
}

/// The rows of the file: a checkbox each, and a text field per column that is imported.
#[component]
fn Rows(
    /// The preview the rows belong to.
    preview: Preview,
    /// What the preview reads of the rows.
    reading: Memo<Reading>,
) -> impl IntoView {
    view! {
        <div class="csv-rows-wrap" role="region" aria-label="Rows of the file" tabindex="0">
            {move || {
                preview.generation.track();
                let columns: Vec<usize> = preview.mapping.with(|m| {
                    m.iter()
                        .enumerate()
                        .filter(|(_, t)| **t != Target::Ignore)
                        .map(|(i, _)| i)
                        .collect()
                });
                let (headers, numbers) = preview.sheet.with_untracked(|s| {
                    s.as_ref()
                        .map(|s| (s.headers.clone(), s.rows.iter().map(|r| r.number).collect::<Vec<_>>()))
                        .unwrap_or_default()
                });
                view! {
                    <table class="csv-rows">
                        <caption>"Rows to import, as the spreadsheet numbers them"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Row"</th>
                                <th scope="col">"Import"</th>
                                {columns.iter().map(|&c| view! { <th scope="col">{headers.get(c).cloned().unwrap_or_default()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {numbers.into_iter().enumerate().map(|(index, number)| {
                                let cells = columns.iter().map(|&column| {
                                    let header = headers.get(column).cloned().unwrap_or_default();
                                    let invalid = move || reading.with(|r| r.bad_cells.contains(&(index, column)));
                                    view! {
                                        <td>
                                            <input type="text" aria-label=format!("Row {number}, {header}")
                                                aria-invalid=text(move || invalid().to_string())
                                                aria-describedby=text(move || if invalid() { format!("csv-problem-{index}-{column}") } else { String::new() })
                                                prop:value=text(move || preview.sheet.with(|s| {
                                                    s.as_ref()
                                                        .and_then(|s| s.rows.get(index))
                                                        .and_then(|r| r.cells.get(column).cloned())
                                                        .unwrap_or_default()
                                                }))
                                                on:input=handler(move |e| {
                                                    let value = event_target_value(&e);
                                                    preview.sheet.update(|s| {
                                                        if let Some(cell) = s.as_mut().and_then(|s| s.rows.get_mut(index)).and_then(|r| r.cells.get_mut(column)) {
                                                            *cell = value;
                                                        }
                                                    });
                                                }) />
                                        </td>
                                    }
                                }).collect_view();
                                view! {
                                    <tr class:flagged=flag(move || reading.with(|r| r.flagged.contains(&index)))>
                                        <th scope="row">{number}</th>
                                        <td>
                                            <input type="checkbox" aria-label=format!("Import row {number}")
                                                disabled=flag(move || reading.with(|r| r.flagged.contains(&index)))
                                                prop:checked=flag(move || !reading.with(|r| r.flagged.contains(&index)) && !preview.left_out.with(|l| l.contains(&index)))
                                                on:change=handler(move |e| {
                                                    let on = event_target_checked(&e);
                                                    preview.left_out.update(|l| {
                                                        if on { l.remove(&index); } else { l.insert(index); }
                                                    });
                                                }) />
                                        </td>
                                        {cells}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }}
        </div>
    }
}

/// Every problem, by row and column, each where the cell it names points.
#[component]
fn ProblemList(
    /// What the preview reads of the rows.
    reading: Memo<Reading>,
) -> impl IntoView {
    move || {
        reading.with(|Reading { problems: all, .. }| {
            (!all.is_empty()).then(|| {
                let items = all
                    .iter()
                    .map(|(index, p)| {
                        // The id the flagged cell's description names.
                        let id = format!("csv-problem-{index}-{}", p.column);
                        view! { <li id=id>{p.words()}</li> }
                    })
                    .collect_view();
                view! {
                    <div class="csv-problems">
                        <h5 id="csv-problems-heading">"Problems to fix or leave out"</h5>
                        <ul aria-labelledby="csv-problems-heading">{items}</ul>
                    </div>
                }
            })
        })
    }
}
