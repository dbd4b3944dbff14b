//! File names for exports, from the design's title: `Acme partner program` →
//! `acme-partner-program`.

/// The longest file stem written.
const MAX_LEN: usize = 60;

/// A file name stem from a title: lowercase ASCII letters and digits, words joined by `-`;
/// `untitled-design` when nothing is left.
pub fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.len() >= MAX_LEN {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "untitled-design".to_owned()
    } else {
        stem.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn a_title_becomes_a_safe_file_stem() {
        assert_eq!(
            file_stem("Acme — Partner Program 2025!"),
            "acme-partner-program-2025"
        );
        assert_eq!(file_stem("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(
            file_stem("<img src=x onerror=alert(1)>"),
            "img-src-x-onerror-alert-1"
        );
        assert_eq!(file_stem(""), "untitled-design");
        assert_eq!(file_stem("日本"), "untitled-design");
        assert!(file_stem(&"word ".repeat(100)).len() <= 60);
    }
}
