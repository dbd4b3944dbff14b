//! Migrations: how a document of an older schema version is brought forward, one version at a
//! time, before it is read. Each step is a function of the whole document (envelope and design)
//! as JSON, so a step may move, rename or fill in anything.

use serde_json::Value;

use super::SCHEMA_VERSION;
use super::error::ImportError;
use crate::domain::path::DocPath;

/// One step: turns a document of schema version `from` into one of version `from + 1`.
pub type Migration = fn(Value) -> Result<Value, ImportError>;

/// The steps, by the version they start from. Version 1 is the first; none exists yet. When the
/// schema changes, `SCHEMA_VERSION` goes up by one and a step from the old version is added here.
const STEPS: &[(u32, Migration)] = &[];

/// The document brought from schema version `from` to `SCHEMA_VERSION`, its `schema_version`
/// field updated after each step.
pub fn migrate(mut document: Value, from: u32) -> Result<Value, ImportError> {
    for version in from..SCHEMA_VERSION {
        let Some((_, step)) = STEPS.iter().find(|(start, _)| *start == version) else {
            return Err(ImportError::invalid(
                DocPath::file().member("schema_version"),
                format!(
                    "expected a schema version this app can read, found {version}, which it cannot bring up to date"
                ),
            ));
        };
        document = step(document)?;
        if let Value::Object(fields) = &mut document {
            fields.insert("schema_version".to_owned(), Value::from(version + 1));
        }
    }
    Ok(document)
}
