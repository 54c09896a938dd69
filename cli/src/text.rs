//! Server-supplied text made safe for a terminal.
//!
//! Both the renderers and the error messages print text that came from the server; a newline
//! would break table columns and an escape sequence could reprogram the terminal. This module
//! sits below both (`render` and `error` each use it and neither uses the other for it), which
//! is what keeps them free of an import cycle.

/// Replaces control characters with their escaped form (`\n`, `\u{1b}`).
pub fn clean(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(clean("a\nb\u{1b}[2J"), "a\\nb\\u{1b}[2J");
        assert_eq!(clean("plain"), "plain");
    }
}
