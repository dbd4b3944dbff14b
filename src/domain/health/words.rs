//! What the rules mean by a text being "missing" or "a slogan".
//!
//! - Missing: empty once surrounding whitespace is trimmed.
//! - A slogan: fewer than [`MIN_STATEMENT_WORDS`] words. A statement that names who buys, which
//!   partner and what changes needs a subject, a verb and an object with their qualifiers;
//!   "Mid-market SaaS" or "Partners accelerate growth" cannot (002: "If you cannot fill the page,
//!   you do not have a thesis, you have a slogan").
//! - A word: a run of non-whitespace characters holding at least one letter or digit, so a
//!   stray dash or bullet does not count.

/// The fewest words a thesis statement needs to say who, which and what.
pub const MIN_STATEMENT_WORDS: usize = 6;

/// The number of words in `text`.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// Nothing but whitespace.
pub fn is_missing(text: &str) -> bool {
    text.trim().is_empty()
}

/// Written, but too short to be a statement.
pub fn is_slogan(text: &str) -> bool {
    !is_missing(text) && word_count(text) < MIN_STATEMENT_WORDS
}
