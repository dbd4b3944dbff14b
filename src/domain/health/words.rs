//! What the rules mean by a text being "missing" or "a slogan".
//!
//! - Missing: empty once surrounding whitespace is trimmed.
//! - A slogan: fewer than [`MIN_STATEMENT_WORDS`] words. A statement that names who buys, which
//!   partner and what changes needs a subject, a verb and an object with their qualifiers;
//!   "Mid-market SaaS" or "Partners accelerate growth" cannot (002: "If you cannot fill the page,
//!   you do not have a thesis, you have a slogan").
//! - Generic: a statement of any length that names no customer, segment, market or motion.
//!   Leaving out common words and the generic vocabulary of selling ([`COMMON_WORDS`], [`GENERIC_WORDS`]:
//!   partners, revenue, growth, sales, leads, customers, help, more …), fewer than
//!   [`MIN_SPECIFIC_WORDS`] words remain: "Partners will help us grow revenue faster" could be
//!   said of any firm.
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

/// The fewest words a statement needs beyond the generic vocabulary to name a customer, a
/// segment, a market or a motion.
pub const MIN_SPECIFIC_WORDS: usize = 2;

/// Common words, in lower case and in sorted order.
#[rustfmt::skip]
pub const COMMON_WORDS: &[&str] = &[
    "a", "able", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "better", "big", "bigger", "but", "by", "can", "could", "do", "does", "each", "every", "fast",
    "faster", "for", "from", "get", "good", "great", "has", "have", "help", "helping", "how",
    "if", "in", "into", "is", "it", "its", "just", "make", "many", "may", "mean", "more", "most",
    "much", "must", "need", "new", "no", "not", "of", "often", "on", "only", "or", "our", "out",
    "over", "really", "should", "significantly", "so", "some", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "to", "up", "us", "very", "want",
    "we", "what", "when", "where", "which", "who", "why", "will", "with", "work", "working",
    "would", "you", "your",
];

/// The vocabulary of selling that fits any firm, in lower case and in sorted order: what is left of a statement
/// without these and the common words names who, where and how.
#[rustfmt::skip]
pub const GENERIC_WORDS: &[&str] = &[
    "accelerate", "bring", "business", "buy", "buyer", "channel", "client", "companies",
    "company", "customer", "deal", "drive", "ecosystem", "grow", "growing", "growth", "increase",
    "lead", "market", "money", "opportunities", "opportunity", "partner", "partnership",
    "pipeline", "product", "profit", "program", "quarter", "recommend", "revenue", "sale",
    "sales", "scale", "sell", "selling", "service", "share", "success", "successful", "team",
    "value", "win", "year",
];

/// Whether `word` (already in lower case) is common or generic, as itself or as the plural of
/// a listed word.
fn is_generic_word(word: &str) -> bool {
    listed(word) || word.strip_suffix('s').is_some_and(listed)
}

/// Whether `word` is in [`COMMON_WORDS`] or [`GENERIC_WORDS`], both kept in sorted order.
fn listed(word: &str) -> bool {
    COMMON_WORDS.binary_search(&word).is_ok() || GENERIC_WORDS.binary_search(&word).is_ok()
}

/// The words of `text` that are neither common nor generic, nor numbers.
pub fn specific_words(text: &str) -> usize {
    text.split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| word.chars().any(char::is_alphabetic))
        .filter(|word| !is_generic_word(word))
        .count()
}

/// Written, long enough, and still naming no customer, segment, market or motion.
pub fn is_generic(text: &str) -> bool {
    !is_missing(text) && specific_words(text) < MIN_SPECIFIC_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_sorted_for_their_binary_search() {
        for list in [COMMON_WORDS, GENERIC_WORDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn a_plural_counts_as_its_singular_and_case_is_ignored() {
        assert_eq!(specific_words("Partners grow Revenues for Customers"), 0);
        // Four words name the market and motion; the number names nothing.
        assert_eq!(
            specific_words("Shopify agencies replatforming 40 stores"),
            4
        );
    }
}
