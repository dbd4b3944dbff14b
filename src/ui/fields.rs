//! Small reusable form fields. Every field is labelled, carries the document path of the value it
//! edits as its element id (so a health finding can move focus to it), and never corrupts the
//! design: half-typed or invalid text stays in the field with the reason under it, and the design
//! changes only when the text parses.

mod choice;
mod parsed;
mod text;

pub use choice::{Checkbox, Select};
pub use parsed::{ParsedField, optional, optional_whole, show_optional_whole};
pub use text::TextField;
// The props by name, for forms that build their fields from rows of data.
pub use choice::{CheckboxProps, SelectProps};
pub use parsed::ParsedFieldProps;
pub use text::TextFieldProps;

/// The element id of the field that edits the value at a document path:
/// `operating.roles.2.title` → `field-operating-roles-2-title`.
pub fn field_id(path: &str) -> String {
    format!("field-{}", path.replace('.', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_path_becomes_an_element_id() {
        assert_eq!(
            field_id("operating.roles.2.title"),
            "field-operating-roles-2-title"
        );
    }
}
