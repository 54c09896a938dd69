//! `$filter` on `pamrequests`, `pamrequeststoapprove` and `pamroles` compiled to a
//! parameterised SQL predicate over the columns of `pam_requests q`, `roles r` and `users u`,
//! with exactly the in-memory evaluator's semantics (which stays as the test
//! oracle: see the property test below).
//!
//! The evaluator is two-valued and typed: a comparison orders its operands by their runtime
//! types (strings, GUIDs, date-times, numbers, booleans; a GUID or date-time against a string
//! parses the string) and an incomparable pair is unequal and unordered; `null` is only equal to
//! `null`. Every property of a PAM request has one static type, so each comparison is decided at
//! compile time to be one SQL comparison of two typed values, a constant, or a `CASE` that
//! handles the one nullable column. Literal values are always parameters, never SQL text.
//! The only comparisons refused (400) are those of a free-text column (`Justification`,
//! `RoleName`, `Requestor`) with a GUID, date-time or number, which would need the evaluator's
//! parsers inside SQL.

use crate::filter::{CmpOp, Expr, FilterError, Value, compare_values, literal_value};
use crate::store::pam::SqlWhere;
use crate::store::{StoredStatus, instant_ticks, uuid_text};
use mim_wire::MimDateTime;
use rusqlite::types::Value as SqlValue;
use uuid::Uuid;

/// SQL text with its positional (`?`) parameters, in order of appearance.
#[derive(Debug, Clone, PartialEq)]
struct Fragment {
    sql: String,
    params: Vec<SqlValue>,
}

impl Fragment {
    fn text(sql: impl Into<String>) -> Self {
        Self {
            sql: sql.into(),
            params: Vec::new(),
        }
    }

    fn param(value: SqlValue) -> Self {
        Self {
            sql: "?".into(),
            params: vec![value],
        }
    }

    fn constant(value: bool) -> Self {
        Self::text(if value { "1" } else { "0" })
    }

    /// `parts` joined in order.
    fn join(parts: Vec<Fragment>) -> Self {
        let mut out = Self::text("");
        for part in parts {
            out.sql.push_str(&part.sql);
            out.params.extend(part.params);
        }
        out
    }
}

/// The static type of a column operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Guid,
    /// Free text (`Justification`): may read as a GUID, date-time or number.
    Str,
    /// One of a closed set of names (`RequestStatus`), none of which reads as a GUID, date-time
    /// or number.
    Name,
    /// 0 or 1.
    Bool,
    /// Stored as ticks (see [`instant_ticks`]).
    DateTime,
    Int,
}

/// One side of a comparison.
#[derive(Debug, Clone)]
enum Operand {
    /// A value known at compile time.
    Const(Value),
    /// A column; `nullable` when it may hold NULL.
    Column {
        sql: Fragment,
        kind: Kind,
        nullable: bool,
    },
    /// A nested boolean expression (0 or 1, never NULL).
    Bool(Fragment),
}

fn column(sql: &str, kind: Kind) -> Operand {
    Operand::Column {
        sql: Fragment::text(sql),
        kind,
        nullable: false,
    }
}

/// The effective status (see `logic::effective_status`) as a SQL expression.
fn effective_status(now_ticks: i64) -> Fragment {
    Fragment {
        sql: format!(
            "(CASE WHEN q.status IN ('{active}', '{scheduled}') AND ? >= q.expiration_ticks \
             THEN '{expired}' WHEN q.status = '{scheduled}' AND ? >= q.requested_ticks \
             THEN '{active}' ELSE q.status END)",
            active = StoredStatus::Active.as_str(),
            scheduled = StoredStatus::Scheduled.as_str(),
            expired = StoredStatus::Expired.as_str(),
        ),
        params: vec![SqlValue::Integer(now_ticks), SqlValue::Integer(now_ticks)],
    }
}

/// The columns of one entity set: property name → operand.
type Properties = fn(&str, usize, i64) -> Result<Operand, FilterError>;

/// What a compilation needs besides the expression.
struct Ctx {
    now_ticks: i64,
    properties: Properties,
}

fn unknown(name: &str, pos: usize) -> FilterError {
    FilterError::new(pos, format!("unknown property `{name}`"))
}

/// `pamrequests` over `pam_requests q`.
fn request_property(name: &str, pos: usize, now_ticks: i64) -> Result<Operand, FilterError> {
    Ok(match name {
        "RequestId" => column("q.id", Kind::Guid),
        "CreatorID" => column("q.creator", Kind::Guid),
        "RoleId" => column("q.role_id", Kind::Guid),
        "Justification" => Operand::Column {
            sql: Fragment::text("q.justification"),
            kind: Kind::Str,
            nullable: true,
        },
        "DisplayName" => Operand::Const(Value::Null),
        "CreationMethod" => Operand::Const(Value::Str(super::logic::CREATION_METHOD.into())),
        "CreationTime" => column("q.creation_ticks", Kind::DateTime),
        "ExpirationTime" => column("q.expiration_ticks", Kind::DateTime),
        "RequestedTime" => column("q.requested_ticks", Kind::DateTime),
        "RequestedTTL" => column("MAX(q.requested_ttl, 0)", Kind::Int),
        "RequestStatus" => Operand::Column {
            sql: effective_status(now_ticks),
            kind: Kind::Name,
            nullable: false,
        },
        other => return Err(unknown(other, pos)),
    })
}

/// `pamroles` over `roles r`.
fn role_property(name: &str, pos: usize, _now: i64) -> Result<Operand, FilterError> {
    Ok(match name {
        "RoleId" => column("r.id", Kind::Guid),
        "DisplayName" => column("r.display_name", Kind::Str),
        "Description" => Operand::Column {
            sql: Fragment::text("r.description"),
            kind: Kind::Str,
            nullable: true,
        },
        "TTL" => column("MAX(r.ttl, 0)", Kind::Int),
        "AvailableFrom" => column("r.available_from_ticks", Kind::DateTime),
        "AvailableTo" => column("r.available_to_ticks", Kind::DateTime),
        "MFAEnabled" => column("r.mfa_enabled", Kind::Bool),
        "ApprovalEnabled" => column("r.approval_enabled", Kind::Bool),
        "AvailabilityWindowEnabled" => column("r.window_enabled", Kind::Bool),
        _ => return Err(unknown(name, pos)),
    })
}

/// `pamrequeststoapprove` over `pam_requests q JOIN roles r JOIN users u` (creator).
fn to_approve_property(name: &str, pos: usize, _now: i64) -> Result<Operand, FilterError> {
    Ok(match name.strip_suffix("/Value").unwrap_or(name) {
        "RoleName" => column("r.display_name", Kind::Str),
        // `DOMAIN.account` (the concatenation also drops the columns' NOCASE collation, so the
        // comparison is case-sensitive like the evaluator's).
        "Requestor" => column(
            "(CASE WHEN u.domain = '' THEN '' ELSE u.domain || '.' END || u.account)",
            Kind::Str,
        ),
        "Justification" => Operand::Column {
            sql: Fragment::text("q.justification"),
            kind: Kind::Str,
            nullable: true,
        },
        "RequestedTTL" => column("MAX(q.requested_ttl, 0)", Kind::Int),
        "RequestedTime" => column("q.requested_ticks", Kind::DateTime),
        "CreationTime" => column("q.creation_ticks", Kind::DateTime),
        "FIMRequestID" => column("q.id", Kind::Guid),
        "RequestorID" => column("q.creator", Kind::Guid),
        // Listed requests always have an approval id.
        "ApprovalObjectID" => column("q.approval_id", Kind::Guid),
        _ => return Err(unknown(name, pos)),
    })
}

/// Compile `expr` (already checked against `types::PamRequest`) as of `now`.
pub fn compile(expr: &Expr, now: MimDateTime) -> Result<SqlWhere, FilterError> {
    compile_with(expr, now, request_property)
}

/// Compile `expr` (already checked against `types::PamRole`).
pub fn compile_roles(expr: &Expr, now: MimDateTime) -> Result<SqlWhere, FilterError> {
    compile_with(expr, now, role_property)
}

/// Compile `expr` (already checked against `types::PamRequestToApprove`).
pub fn compile_to_approve(expr: &Expr, now: MimDateTime) -> Result<SqlWhere, FilterError> {
    compile_with(expr, now, to_approve_property)
}

fn compile_with(
    expr: &Expr,
    now: MimDateTime,
    properties: Properties,
) -> Result<SqlWhere, FilterError> {
    let ctx = Ctx {
        now_ticks: instant_ticks(&now),
        properties,
    };
    let fragment = predicate(expr, &ctx)?;
    Ok(SqlWhere {
        sql: fragment.sql,
        params: fragment.params,
    })
}

/// A 0/1 (never NULL) SQL expression that is 1 exactly when the evaluator's `matches` is true.
fn predicate(expr: &Expr, ctx: &Ctx) -> Result<Fragment, FilterError> {
    Ok(match expr {
        Expr::And(items) | Expr::Or(items) => {
            let glue = if matches!(expr, Expr::And(_)) {
                " AND "
            } else {
                " OR "
            };
            let mut parts = vec![Fragment::text("(")];
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    parts.push(Fragment::text(glue));
                }
                parts.push(predicate(item, ctx)?);
            }
            parts.push(Fragment::text(")"));
            Fragment::join(parts)
        }
        Expr::Not(inner) => Fragment::join(vec![
            Fragment::text("(NOT "),
            predicate(inner, ctx)?,
            Fragment::text(")"),
        ]),
        Expr::Cmp(op, a, b) => compare(*op, operand(a, ctx)?, operand(b, ctx)?)?,
        // A bare operand is true only when it is the boolean `true`.
        Expr::Property(name, pos) => match (ctx.properties)(name, *pos, ctx.now_ticks)? {
            Operand::Column {
                sql,
                kind: Kind::Bool,
                ..
            } => Fragment::join(vec![Fragment::text("("), sql, Fragment::text(" = 1)")]),
            _ => Fragment::constant(false),
        },
        Expr::Literal(lit) => Fragment::constant(literal_value(lit) == Value::Bool(true)),
    })
}

fn operand(expr: &Expr, ctx: &Ctx) -> Result<Operand, FilterError> {
    Ok(match expr {
        Expr::Property(name, pos) => (ctx.properties)(name, *pos, ctx.now_ticks)?,
        Expr::Literal(lit) => Operand::Const(literal_value(lit)),
        other => Operand::Bool(predicate(other, ctx)?),
    })
}

fn op_sql(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " = ",
        CmpOp::Ne => " <> ",
        CmpOp::Gt => " > ",
        CmpOp::Lt => " < ",
        CmpOp::Ge => " >= ",
        CmpOp::Le => " <= ",
    }
}

/// The result for a pair that cannot be ordered: only `ne` holds.
fn incomparable(op: CmpOp) -> Fragment {
    Fragment::constant(op == CmpOp::Ne)
}

fn is_null(o: &Operand) -> bool {
    matches!(o, Operand::Const(Value::Null))
}

fn nullable_sql(o: &Operand) -> Option<&Fragment> {
    match o {
        Operand::Column {
            sql,
            nullable: true,
            ..
        } => Some(sql),
        _ => None,
    }
}

fn compare(op: CmpOp, a: Operand, b: Operand) -> Result<Fragment, FilterError> {
    if let (Operand::Const(x), Operand::Const(y)) = (&a, &b) {
        return Ok(Fragment::constant(compare_values(op, x, y)));
    }
    // null is equal only to null, and unordered.
    let (both_null, one_null) = (op == CmpOp::Eq, op == CmpOp::Ne);
    match (is_null(&a), is_null(&b)) {
        (true, true) => return Ok(Fragment::constant(both_null)),
        (true, false) | (false, true) => {
            let other = if is_null(&a) { &b } else { &a };
            return Ok(match (nullable_sql(other), op) {
                (Some(sql), CmpOp::Eq) => Fragment::join(vec![
                    Fragment::text("("),
                    sql.clone(),
                    Fragment::text(" IS NULL)"),
                ]),
                (Some(sql), CmpOp::Ne) => Fragment::join(vec![
                    Fragment::text("("),
                    sql.clone(),
                    Fragment::text(" IS NOT NULL)"),
                ]),
                _ => Fragment::constant(one_null),
            });
        }
        (false, false) => {}
    }
    let core = typed_compare(op, &a, &b)?;
    let nulls: Vec<&Fragment> = [nullable_sql(&a), nullable_sql(&b)]
        .into_iter()
        .flatten()
        .collect();
    if nulls.is_empty() {
        return Ok(core);
    }
    // One side (or both) may be NULL at run time.
    let any_null = null_tests(&nulls, " OR ");
    let all_null = null_tests(&nulls, " AND ");
    // Both sides null only when every side is nullable.
    let both_can_be_null = nulls.len() == 2;
    let mut parts = vec![Fragment::text("(CASE")];
    if both_can_be_null {
        parts.extend([
            Fragment::text(" WHEN "),
            all_null,
            Fragment::text(" THEN "),
            Fragment::constant(both_null),
        ]);
    }
    parts.extend([
        Fragment::text(" WHEN "),
        any_null,
        Fragment::text(" THEN "),
        Fragment::constant(one_null),
        Fragment::text(" ELSE "),
        core,
        Fragment::text(" END)"),
    ]);
    Ok(Fragment::join(parts))
}

/// `a IS NULL <glue> b IS NULL …`.
fn null_tests(columns: &[&Fragment], glue: &str) -> Fragment {
    let mut parts = Vec::new();
    for (i, column) in columns.iter().enumerate() {
        if i > 0 {
            parts.push(Fragment::text(glue));
        }
        parts.push((*column).clone());
        parts.push(Fragment::text(" IS NULL"));
    }
    Fragment::join(parts)
}

/// How one side takes part in a typed comparison.
enum Side {
    Sql(Fragment),
    /// The side's value cannot take part (the pair is incomparable).
    Nothing,
}

/// Compare two non-null operands the way `eval::order` does.
fn typed_compare(op: CmpOp, a: &Operand, b: &Operand) -> Result<Fragment, FilterError> {
    let kind = |o: &Operand| -> Option<Kind> {
        match o {
            Operand::Column {
                kind: Kind::Name, ..
            } => Some(Kind::Str),
            Operand::Column { kind, .. } => Some(*kind),
            Operand::Const(Value::Str(_)) => Some(Kind::Str),
            Operand::Const(Value::Guid(_)) => Some(Kind::Guid),
            Operand::Const(Value::DateTime(_)) => Some(Kind::DateTime),
            _ => None,
        }
    };
    let is_bool = |o: &Operand| {
        matches!(
            o,
            Operand::Bool(_)
                | Operand::Const(Value::Bool(_))
                | Operand::Column {
                    kind: Kind::Bool,
                    ..
                }
        )
    };
    let (left, right) = match (kind(a), kind(b)) {
        (Some(Kind::Str), Some(Kind::Str)) => (as_text(a), as_text(b)),
        (Some(Kind::Guid), Some(Kind::Guid)) => (as_guid(a)?, as_guid(b)?),
        (Some(Kind::Guid), Some(Kind::Str)) | (Some(Kind::Str), Some(Kind::Guid)) => {
            (as_guid(a)?, as_guid(b)?)
        }
        (Some(Kind::DateTime), Some(Kind::DateTime)) => (as_ticks(a)?, as_ticks(b)?),
        (Some(Kind::DateTime), Some(Kind::Str)) | (Some(Kind::Str), Some(Kind::DateTime)) => {
            (as_ticks(a)?, as_ticks(b)?)
        }
        _ if is_bool(a) && is_bool(b) => (as_bool(a), as_bool(b)),
        _ => (as_number(a)?, as_number(b)?),
    };
    Ok(match (left, right) {
        (Side::Sql(l), Side::Sql(r)) => Fragment::join(vec![
            Fragment::text("("),
            l,
            Fragment::text(op_sql(op)),
            r,
            Fragment::text(")"),
        ]),
        _ => incomparable(op),
    })
}

fn unsupported(what: &str) -> FilterError {
    FilterError::new(
        0,
        format!("comparing the free-text property Justification with {what} is not supported"),
    )
}

fn as_text(o: &Operand) -> Side {
    match o {
        Operand::Column { sql, .. } => Side::Sql(sql.clone()),
        Operand::Const(Value::Str(s)) => Side::Sql(Fragment::param(SqlValue::Text(s.clone()))),
        _ => Side::Nothing,
    }
}

fn as_guid(o: &Operand) -> Result<Side, FilterError> {
    Ok(match o {
        Operand::Column {
            sql,
            kind: Kind::Guid,
            ..
        } => Side::Sql(sql.clone()),
        Operand::Column {
            kind: Kind::Str, ..
        } => return Err(unsupported("a GUID")),
        Operand::Const(Value::Guid(g)) => Side::Sql(Fragment::param(SqlValue::Text(uuid_text(g)))),
        Operand::Const(Value::Str(s)) => match s.parse::<Uuid>() {
            Ok(g) => Side::Sql(Fragment::param(SqlValue::Text(uuid_text(&g)))),
            Err(_) => Side::Nothing,
        },
        _ => Side::Nothing,
    })
}

fn as_ticks(o: &Operand) -> Result<Side, FilterError> {
    Ok(match o {
        Operand::Column {
            sql,
            kind: Kind::DateTime,
            ..
        } => Side::Sql(sql.clone()),
        Operand::Column {
            kind: Kind::Str, ..
        } => return Err(unsupported("a date-time")),
        Operand::Const(Value::DateTime(d)) => {
            Side::Sql(Fragment::param(SqlValue::Integer(instant_ticks(d))))
        }
        Operand::Const(Value::Str(s)) => match s.parse::<MimDateTime>() {
            Ok(d) => Side::Sql(Fragment::param(SqlValue::Integer(instant_ticks(&d)))),
            Err(_) => Side::Nothing,
        },
        _ => Side::Nothing,
    })
}

fn as_bool(o: &Operand) -> Side {
    match o {
        Operand::Bool(sql)
        | Operand::Column {
            sql,
            kind: Kind::Bool,
            ..
        } => Side::Sql(sql.clone()),
        Operand::Const(Value::Bool(b)) => Side::Sql(Fragment::constant(*b)),
        _ => Side::Nothing,
    }
}

fn as_number(o: &Operand) -> Result<Side, FilterError> {
    Ok(match o {
        Operand::Column {
            sql,
            kind: Kind::Int,
            ..
        } => Side::Sql(Fragment::join(vec![
            Fragment::text("CAST("),
            sql.clone(),
            Fragment::text(" AS REAL)"),
        ])),
        Operand::Column {
            kind: Kind::Str, ..
        } => return Err(unsupported("a number")),
        Operand::Const(v) => match crate::filter::number(v) {
            Some(n) if !n.is_nan() => Side::Sql(Fragment::param(SqlValue::Real(n))),
            _ => Side::Nothing,
        },
        // GUID, date-time and name columns and booleans are no numbers.
        _ => Side::Nothing,
    })
}

#[cfg(test)]
#[path = "sql_filter_tests.rs"]
mod tests;
