//! The JSON design format, version 5: how a design is exported, and how a file is imported —
//! size-capped, checked for its format marker and schema version, migrated forward, read with
//! errors that name the JSON path, and validated. docs/FORMAT.md documents it field by field.

mod checks;
mod error;
pub mod limits;
mod migrate;
mod read;
mod validate;
mod wording;

use serde::Serialize;
use serde_json::Value;

use super::Design;
use super::health::Finding;
use super::order;
use super::path::DocPath;

pub use error::{ImportError, ImportErrorKind};
pub use migrate::{Migration, Upgrade, migrate};
pub use read::iso_date;
pub(crate) use read::{Object, Read, object};
pub use validate::validate;

/// The marker that says a JSON file is a Partner Blueprint design.
pub const FORMAT: &str = "partner-blueprint/design";
/// The schema version this app writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 5;
/// The version of the app, written into each export for readers; import ignores it.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The largest file import reads: 4 MiB, checked before parsing. A design of 200 candidates is
/// well under a tenth of it.
pub const MAX_IMPORT_BYTES: usize = 4 * 1024 * 1024;

/// The document as written: the envelope around the design, and, in an exported file, the
/// design's health findings for readers and other tools (import ignores them and recomputes).
#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    design: &'a Design,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<&'a [Finding]>,
}

/// The design as a pretty-printed JSON document, with the health findings already computed for
/// it (the app's analysis; `health::check` elsewhere): what a file and the library hold. The
/// output depends on the design and its findings alone (no timestamp), so two exports of one
/// design are identical and diff cleanly.
pub fn export(design: &Design, findings: &[Finding]) -> String {
    write(design, Some(findings))
}

/// The design as a document without findings: what a share link carries; import reads it as it
/// reads an export.
pub fn document(design: &Design) -> String {
    write(design, None)
}

/// [`export`], once the format's own reader has read it back as the same design: the only text
/// the library writes, so a save is never one the app cannot open again. Refused with the place
/// and the reason when the design would not read back.
pub fn checked(design: &Design, findings: &[Finding]) -> Result<String, ImportError> {
    let text = export(design, findings);
    match import(&text) {
        Ok(read) if read == *design => Ok(text),
        Ok(_) => Err(ImportError::of_file(
            ImportErrorKind::Invalid,
            "the design would read back changed",
        )),
        Err(error) => Err(error),
    }
}

fn write(design: &Design, findings: Option<&[Finding]>) -> String {
    let document = Document {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        design,
        findings,
    };
    // Serialising a design cannot fail: every map key is a field name and every value plain
    // data. Should it ever, the text says why instead of panicking, and import refuses it.
    serde_json::to_string_pretty(&document)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}

/// The design a file holds, or why it cannot be opened. Never panics, whatever the text.
pub fn import(text: &str) -> Result<Design, ImportError> {
    import_noting(text).map(|(design, _)| design)
}

/// [`import`], and what bringing the file up to the current schema changed, if it was older:
/// for the notice the app shows when it opens an older file.
pub fn import_noting(text: &str) -> Result<(Design, Option<Upgrade>), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::of_file(
            ImportErrorKind::TooLarge,
            format!(
                "this file is {} KB, more than the {} KB a design file may be",
                text.len().div_ceil(1024),
                MAX_IMPORT_BYTES / 1024
            ),
        ));
    }
    // Some editors start a UTF-8 file with a byte-order mark; it carries no meaning here.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::of_file(
            ImportErrorKind::NotJson,
            "this file is empty",
        ));
    }
    let document = parse(text)?;
    let version = schema_version(&document)?;
    let (document, upgrade) = migrate(document, version)?;
    let Value::Object(mut fields) = document else {
        return Err(not_a_design("it is not a JSON object"));
    };
    let Some(body) = fields.remove("design") else {
        return Err(ImportError::invalid(
            DocPath::file().member("design"),
            "the field \"design\" is missing",
        ));
    };
    let mut design = read::design(&body)?;
    validate(&design)?;
    // The catalogue and the journey may be listed in any order; the app keeps them in theirs.
    order::sort_by_key(&mut design.archetypes.catalogue, |a| a.kind);
    order::sort_by_key(&mut design.journey.stages, |s| s.kind);
    Ok((design, upgrade))
}

/// The design a JSON text of the design alone holds (no document around it), read but not
/// validated: for tools and tests that keep designs in that shape.
pub fn read_design(text: &str) -> Result<Design, ImportError> {
    read::design(&parse(text)?)
}

/// The JSON value `text` holds, or why it is not JSON.
fn parse(text: &str) -> Result<Value, ImportError> {
    serde_json::from_str(text)
        .map_err(|e| ImportError::of_file(ImportErrorKind::NotJson, wording::not_json(&e)))
}

/// The schema version a document declares, once its format marker is found.
fn schema_version(document: &Value) -> Result<u32, ImportError> {
    let Value::Object(fields) = document else {
        return Err(not_a_design("it is not a JSON object"));
    };
    match fields.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(other)) => {
            return Err(not_a_design(&format!(
                "its format is \"{}\"",
                other.chars().take(80).collect::<String>()
            )));
        }
        _ => return Err(not_a_design("it has no \"format\" marker")),
    }
    let Some(declared) = fields.get("schema_version") else {
        return Err(ImportError::invalid(
            DocPath::file().member("schema_version"),
            "the field \"schema_version\" is missing",
        ));
    };
    let version = match declared.as_u64() {
        Some(0) | None => {
            return Err(ImportError::invalid(
                DocPath::file().member("schema_version"),
                format!("expected a whole number of 1 or more, found {declared}"),
            ));
        }
        Some(v) => u32::try_from(v).unwrap_or(u32::MAX),
    };
    if version > SCHEMA_VERSION {
        return Err(ImportError::new(
            ImportErrorKind::NewerSchema { found: version },
            DocPath::file().member("schema_version"),
            format!(
                "this design was made by a newer version of Partner Blueprint (schema version \
                 {version}; this app reads up to {SCHEMA_VERSION}); open it in that newer \
                 version of the app"
            ),
        ));
    }
    Ok(version)
}

fn not_a_design(why: &str) -> ImportError {
    ImportError::of_file(
        ImportErrorKind::NotADesign,
        format!(
            "this file is not a Partner Blueprint design: {why}, where a design has \
             \"format\": \"{FORMAT}\""
        ),
    )
}
