//! Tokenizer and recursive-descent parser for `$filter`.

use super::{CmpOp, Expr, FilterError};
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

    fn or(&mut self) -> Result<Expr, FilterError> {
        let mut left = self.and()?;
        while *self.peek() == Tok::Or {
            self.bump();
            let right = self.and()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, FilterError> {
        let mut left = self.unary()?;
        while *self.peek() == Tok::And {
            self.bump();
            let right = self.unary()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, FilterError> {
        if *self.peek() == Tok::Not {
            self.bump();
            return Ok(Expr::Not(Box::new(self.unary()?)));
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
                let inner = self.or()?;
                if *self.peek() != Tok::Close {
                    return Err(self.unexpected("`)`"));
                }
                self.bump();
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

/// Parse a complete `$filter` expression.
pub fn parse(text: &str) -> Result<Expr, FilterError> {
    let mut parser = Parser {
        toks: tokenize(text)?,
        at: 0,
    };
    let expr = parser.or()?;
    if *parser.peek() != Tok::End {
        return Err(parser.unexpected("`and`, `or`, a comparison operator or end of input"));
    }
    Ok(expr)
}
