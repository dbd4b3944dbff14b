//! The escaping that keeps user text as text when the Markdown is pasted into a wiki.

/// Text as Markdown text: characters Markdown or HTML would act on are escaped, and line breaks
/// become spaces inside a table cell or a one-line fact (`inline`) or stay as lines otherwise.
pub fn text(s: &str, inline: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' if inline => out.push(' '),
            '\n' => out.push_str("  \n"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_stays_text() {
        assert_eq!(
            text("<img src=x onerror=alert(1)>", false),
            "\\<img src=x onerror=alert(1)\\>"
        );
        assert_eq!(text("a | b\nc", true), "a \\| b c");
    }
}
