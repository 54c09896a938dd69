//! Tokenizer and recursive-descent parser for `$filter`.
//!
//! Every input is bounded before any work is done that grows with it: the text length
//! ([`MAX_FILTER_BYTES`]), the token count ([`MAX_TOKENS`]) and the nesting depth ([`MAX_DEPTH`],
//! counting parentheses and `not`). `and`/`or` chains are flat lists, so a long chain is wide, not
//! deep; the tree's depth therefore never exceeds `MAX_DEPTH + 2`, which bounds every recursion
//! over it (the parser, `check`, the evaluator, the SQL compiler and `Drop`).

use super::{CmpOp, Expr, FilterError, MAX_DEPTH, MAX_FILTER_BYTES, MAX_TOKENS};
use mim_wire::odata::{Literal, parse_literal};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    And,
    Or,
    Not,
    Cmp(CmpOp),
    Ident(String),
    Lit(Literal),
    End,
}

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::Open => "`(`".into(),
        Tok::Close => "`)`".into(),
        Tok::And => "`and`".into(),
        Tok::Or => "`or`".into(),
        Tok::Not => "`not`".into(),
        Tok::Cmp(op) => format!("operator `{}`", format!("{op:?}").to_ascii_lowercase()),
        Tok::Ident(name) => format!("property `{name}`"),
        Tok::Lit(lit) => format!("literal `{lit}`"),
        Tok::End => "end of input".into(),
    }
}

fn tokenize(text: &str) -> Result<Vec<(Tok, usize)>, FilterError> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        if out.len() >= MAX_TOKENS {
            return Err(FilterError::new(
                pos,
                format!("the filter has more than {MAX_TOKENS} tokens"),
            ));
        }
        let b = bytes[pos];
        if b.is_ascii_whitespace() {
            pos += 1;
            continue;
        }
        match b {
            b'(' => {
                out.push((Tok::Open, pos));
                pos += 1;
            }
            b')' => {
                out.push((Tok::Close, pos));
                pos += 1;
            }
            b'\'' | b'0'..=b'9' | b'+' | b'-' => {
                let (lit, used) = literal_at(text, pos)?;
                out.push((Tok::Lit(lit), pos));
                pos += used;
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let end = text[pos..]
                    .bytes()
                    .position(|c| {
                        !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'/')
                    })
                    .map_or(text.len(), |n| pos + n);
                let word = &text[pos..end];
                let is_literal_word = bytes.get(end) == Some(&b'\'')
                    || matches!(word, "null" | "true" | "false" | "NaN" | "INF");
                if is_literal_word {
                    let (lit, used) = literal_at(text, pos)?;
                    out.push((Tok::Lit(lit), pos));
                    pos += used;
                    continue;
                }
                let tok = match word.to_ascii_lowercase().as_str() {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "not" => Tok::Not,
                    "eq" => Tok::Cmp(CmpOp::Eq),
                    "ne" => Tok::Cmp(CmpOp::Ne),
                    "gt" => Tok::Cmp(CmpOp::Gt),
                    "lt" => Tok::Cmp(CmpOp::Lt),
                    "ge" => Tok::Cmp(CmpOp::Ge),
                    "le" => Tok::Cmp(CmpOp::Le),
                    _ => Tok::Ident(word.to_string()),
                };
                out.push((tok, pos));
                pos = end;
            }
            _ => {
                let c = text[pos..].chars().next().unwrap_or('?');
                return Err(FilterError::new(pos, format!("unexpected character {c:?}")));
            }
        }
    }
    out.push((Tok::End, text.len()));
    Ok(out)
}

fn literal_at(text: &str, pos: usize) -> Result<(Literal, usize), FilterError> {
    parse_literal(&text[pos..]).map_err(|e| {
        FilterError::new(
            pos + e.offset(),
            format!("expected {}, found {}", e.expected(), e.found()),
        )
    })
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    at: usize,
    /// Open parentheses and `not`s around the current position.
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.at).map_or(&Tok::End, |(t, _)| t)
    }

    fn pos(&self) -> usize {
        self.toks.get(self.at).map_or(0, |(_, p)| *p)
    }

    fn bump(&mut self) -> Tok {
        let tok = self.peek().clone();
        self.at += 1;
        tok
    }

    fn unexpected(&self, wanted: &str) -> FilterError {
        FilterError::new(
            self.pos(),
            format!("expected {wanted}, found {}", describe(self.peek())),
        )
    }

    /// Enter one nesting level (a parenthesis or a `not`), refusing beyond [`MAX_DEPTH`].
    fn descend(&mut self) -> Result<(), FilterError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(FilterError::new(
                self.pos(),
                format!("the filter nests deeper than {MAX_DEPTH} levels"),
            ));
        }
        Ok(())
    }

    fn or(&mut self) -> Result<Expr, FilterError> {
        let mut items = vec![self.and()?];
        while *self.peek() == Tok::Or {
            self.bump();
            items.push(self.and()?);
        }
        Ok(if items.len() == 1 {
            items.swap_remove(0)
        } else {
            Expr::Or(items)
        })
    }

    fn and(&mut self) -> Result<Expr, FilterError> {
        let mut items = vec![self.unary()?];
        while *self.peek() == Tok::And {
            self.bump();
            items.push(self.unary()?);
        }
        Ok(if items.len() == 1 {
            items.swap_remove(0)
        } else {
            Expr::And(items)
        })
    }

    fn unary(&mut self) -> Result<Expr, FilterError> {
        if *self.peek() == Tok::Not {
            self.bump();
            self.descend()?;
            let inner = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(inner)));
        }
        self.compare()
    }

    fn compare(&mut self) -> Result<Expr, FilterError> {
        let left = self.primary()?;
        if let Tok::Cmp(op) = *self.peek() {
            self.bump();
            let right = self.primary()?;
            return Ok(Expr::Cmp(op, Box::new(left), Box::new(right)));
        }
        Ok(left)
    }

    fn primary(&mut self) -> Result<Expr, FilterError> {
        let pos = self.pos();
        match self.peek().clone() {
            Tok::Open => {
                self.bump();
                self.descend()?;
                let inner = self.or()?;
                if *self.peek() != Tok::Close {
                    return Err(self.unexpected("`)`"));
                }
                self.bump();
                self.depth -= 1;
                Ok(inner)
            }
            Tok::Ident(name) => {
                self.bump();
                Ok(Expr::Property(name, pos))
            }
            Tok::Lit(lit) => {
                self.bump();
                Ok(Expr::Literal(lit))
            }
            _ => Err(self.unexpected("a property, a literal or `(`")),
        }
    }
}

/// Parse a complete `$filter` expression (bounded: see the module docs).
pub fn parse(text: &str) -> Result<Expr, FilterError> {
    if text.len() > MAX_FILTER_BYTES {
        return Err(FilterError::new(
            MAX_FILTER_BYTES,
            format!(
                "the filter is {} bytes long; at most {MAX_FILTER_BYTES} are accepted",
                text.len()
            ),
        ));
    }
    let mut parser = Parser {
        toks: tokenize(text)?,
        at: 0,
        depth: 0,
    };
    let expr = parser.or()?;
    if *parser.peek() != Tok::End {
        return Err(parser.unexpected("`and`, `or`, a comparison operator or end of input"));
    }
    Ok(expr)
}
