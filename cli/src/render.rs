//! Output formats: aligned tables, key/value blocks and pretty JSON.
//!
//! Everything here returns a `String`; nothing writes to stdout, so tests can capture output.
//! Cell text that comes from the server is cleaned of control characters (a newline would break
//! the columns, an escape sequence could reprogram the terminal).

use crate::error::CliError;
use crate::text::clean;
use mim_wire::MimDateTime;
use serde::Serialize;

/// `--output`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// The decoded response, re-serialized as pretty JSON, for scripts.
    Json,
}

/// A table with a header row; columns are separated by two spaces and padded to the widest cell.
pub struct Table {
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    empty: &'static str,
}

impl Table {
    /// A table with these column headers; `empty` is printed instead when it has no rows.
    pub fn new(headers: &[&'static str], empty: &'static str) -> Self {
        Self {
            headers: headers.to_vec(),
            rows: Vec::new(),
            empty,
        }
    }

    /// Adds a row (cells are cleaned of control characters).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells.iter().map(|c| clean(c)).collect());
    }

    /// The aligned text, one line per row, ending in a newline.
    pub fn render(&self) -> String {
        if self.rows.is_empty() {
            return format!("{}\n", self.empty);
        }
        let columns = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(columns) {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
        let mut out = String::new();
        let header: Vec<String> = self.headers.iter().map(|h| h.to_string()).collect();
        push_line(&mut out, &header, &widths);
        for row in &self.rows {
            push_line(&mut out, row, &widths);
        }
        out
    }
}

fn push_line(out: &mut String, cells: &[String], widths: &[usize]) {
    let mut line = String::new();
    for (i, width) in widths.iter().enumerate() {
        let cell = cells.get(i).map_or("", String::as_str);
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(cell);
        if i + 1 < widths.len() {
            let pad = width.saturating_sub(cell.chars().count());
            line.extend(std::iter::repeat_n(' ', pad));
        }
    }
    out.push_str(line.trim_end_matches(' '));
    out.push('\n');
}

/// One object as `Key:  value` lines, keys padded to the same width.
pub fn fields(pairs: &[(&str, String)]) -> String {
    let width = pairs.iter().map(|(k, _)| k.len() + 1).max().unwrap_or(0);
    let mut out = String::new();
    for (key, value) in pairs {
        let label = format!("{key}:");
        out.push_str(&format!("{label:<width$}  {}", clean(value)));
        out.push('\n');
    }
    out
}

/// Pretty JSON with a trailing newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| CliError::Response(format!("cannot re-serialize the response: {e}")))
}

/// A string in quotes, so that leading and trailing spaces show (`"Allow AD Access "`).
pub fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// An optional string; `-` for none or empty.
pub fn opt(text: Option<&str>) -> String {
    match text {
        Some(t) if !t.is_empty() => t.to_string(),
        _ => "-".to_string(),
    }
}

/// A date-time in its wire form; `-` for MIM's "not set" (`0001-01-01T00:00:00`).
pub fn when(value: &MimDateTime) -> String {
    if value.is_unset() {
        "-".to_string()
    } else {
        value.to_string()
    }
}

/// `yes` / `no`.
pub fn yes_no(flag: bool) -> String {
    if flag { "yes" } else { "no" }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_and_lines_have_no_trailing_spaces() {
        let mut t = Table::new(&["A", "Long header"], "nothing");
        t.row(vec!["wide cell".into(), "x".into()]);
        t.row(vec!["y".into(), String::new()]);
        assert_eq!(t.render(), "A          Long header\nwide cell  x\ny\n");
    }

    #[test]
    fn empty_table_prints_its_message() {
        assert_eq!(Table::new(&["A"], "no rows").render(), "no rows\n");
    }

    #[test]
    fn quoted_shows_spaces() {
        assert_eq!(quoted("Allow AD Access "), "\"Allow AD Access \"");
    }

    #[test]
    fn fields_align_keys() {
        assert_eq!(
            fields(&[("Id", "1".into()), ("Status", "ok".into())]),
            "Id:      1\nStatus:  ok\n"
        );
    }
}
