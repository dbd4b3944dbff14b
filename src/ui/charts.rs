//! Charts beside the sections they belong to.

use leptos::prelude::*;

use super::section::Section;

/// The charts shown in a section, below its form.
pub fn charts_for(_section: Section) -> AnyView {
    ().into_any()
}
