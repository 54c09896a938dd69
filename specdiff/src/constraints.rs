//! Keyword-level schema checks: format, enum, nullable, default, and the numeric/string/array/object bounds.
//!
//! Everything except `format` follows the variance rule ([`Shift::flags`]): a tighter constraint breaks the
//! producer of the message, a looser one its consumer.

use openapi_core::pointer;
use std::cmp::Ordering;
use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::differ::{Differ, Shift};
use crate::model::{Category, Context};
use crate::resolve::{Node, Res};

fn show(v: Option<&Value>) -> String {
    v.map_or_else(|| "(none)".to_owned(), Value::to_string)
}

/// `format` decides the generated Rust type (`uuid` -> `Uuid`, `mim-date-time` -> the MIM time type,
/// `int64` -> `i64`), so any change breaks code on both sides, whichever way the value set moves.
pub(crate) fn compare_format(
    d: &mut Differ<'_>,
    ctx: Context,
    new: &Node<'_>,
    om: &Map<String, Value>,
    nm: &Map<String, Value>,
) {
    let (o, n) = (om.get("format"), nm.get("format"));
    if o != n {
        d.push(
            new.ptr_of_present("format"),
            Category::FormatChanged,
            ctx,
            (true, true),
            format!(
                "{ctx}: format changed from {} to {}; accepted values and the generated type change",
                show(o),
                show(n)
            ),
        );
    }
}

pub(crate) fn compare_nullable(
    d: &mut Differ<'_>,
    ctx: Context,
    new: &Node<'_>,
    om: &Map<String, Value>,
    nm: &Map<String, Value>,
) {
    let was = om.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    let is = nm.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    if was != is {
        let (shift, what) = if is {
            (Shift::Wider, "nullable added (null is now allowed)")
        } else {
            (
                Shift::Narrower,
                "nullable removed (null is no longer allowed)",
            )
        };
        d.push_shift(
            new.ptr_of_present("nullable"),
            Category::NullabilityChanged,
            ctx,
            shift,
            what,
        );
    }
}

/// A changed default silently changes behaviour for request senders that omit the value. In a response a
/// default is documentation.
pub(crate) fn compare_default(
    d: &mut Differ<'_>,
    ctx: Context,
    new: &Node<'_>,
    om: &Map<String, Value>,
    nm: &Map<String, Value>,
) {
    let (o, n) = (om.get("default"), nm.get("default"));
    if o == n {
        return;
    }
    let breaking = ctx == Context::Request && o.is_some();
    let detail = if breaking {
        "callers that omit the value now get different behaviour"
    } else {
        "no existing caller relied on it"
    };
    d.push(
        new.ptr_of_present("default"),
        Category::DefaultChanged,
        ctx,
        (breaking, false),
        format!(
            "{ctx}: default changed from {} to {}; {detail}",
            show(o),
            show(n)
        ),
    );
}

/// Enum values by direction. `x-open-enum: true` (project convention) means the generated type keeps unknown
/// values, so an added value no longer breaks the consumer.
pub(crate) fn compare_enum<'a>(
    d: &mut Differ<'a>,
    ctx: Context,
    old: &Node<'a>,
    new: &Node<'a>,
    om: &Map<String, Value>,
    nm: &Map<String, Value>,
) -> Res<()> {
    let (o, n) = match (om.get("enum"), nm.get("enum")) {
        (None, None) => return Ok(()),
        (None, Some(_)) => {
            d.push_shift(
                new.ptr_of("enum"),
                Category::ConstraintTightened,
                ctx,
                Shift::Narrower,
                "enum introduced",
            );
            return Ok(());
        }
        (Some(_), None) => {
            d.push_shift(
                new.ptr.clone(),
                Category::ConstraintLoosened,
                ctx,
                Shift::Wider,
                "enum removed",
            );
            return Ok(());
        }
        (Some(o), Some(n)) => (o, n),
    };
    let o = o
        .as_array()
        .ok_or_else(|| d.old.shape(old.ptr_of("enum"), "an array"))?;
    let n = n
        .as_array()
        .ok_or_else(|| d.new.shape(new.ptr_of("enum"), "an array"))?;
    // Canonical text of each value: serde_json prints object keys sorted, so equal values print equally.
    let old_set: BTreeSet<String> = o.iter().map(Value::to_string).collect();
    let new_set: BTreeSet<String> = n.iter().map(Value::to_string).collect();
    let open = nm.get("x-open-enum").and_then(Value::as_bool) == Some(true);
    for (i, v) in n.iter().enumerate() {
        let text = v.to_string();
        if old_set.contains(&text) {
            continue;
        }
        let (flags, detail) = match (open, ctx) {
            (true, _) => (
                (false, false),
                "the enum is open (x-open-enum), generated types keep unknown values",
            ),
            (false, Context::Response) => (
                Shift::Wider.flags(ctx),
                "clients generated with a closed enum reject it",
            ),
            (false, _) => (
                Shift::Wider.flags(ctx),
                "implementations must handle the new value",
            ),
        };
        d.push(
            pointer::push(&new.ptr_of("enum"), &i.to_string()),
            Category::EnumValueAdded,
            ctx,
            flags,
            format!("{ctx}: enum value {text} added; {detail}"),
        );
    }
    for (i, v) in o.iter().enumerate() {
        let text = v.to_string();
        if new_set.contains(&text) {
            continue;
        }
        let detail = match ctx {
            Context::Response => "implementations that still return it violate the contract",
            _ => "callers sending it are rejected",
        };
        d.push(
            pointer::push(&old.ptr_of("enum"), &i.to_string()),
            Category::EnumValueRemoved,
            ctx,
            Shift::Narrower.flags(ctx),
            format!("{ctx}: enum value {text} removed; {detail}"),
        );
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Tighter,
    Looser,
    Incomparable,
}

impl Verdict {
    fn record(self, d: &mut Differ<'_>, ptr: String, ctx: Context, what: &str) {
        let (category, shift) = match self {
            Verdict::Tighter => (Category::ConstraintTightened, Shift::Narrower),
            Verdict::Looser => (Category::ConstraintLoosened, Shift::Wider),
            Verdict::Incomparable => (Category::ConstraintChanged, Shift::Incomparable),
        };
        d.push_shift(ptr, category, ctx, shift, what);
    }
}

/// A bound keyword: `upper` bounds get tighter when lowered; `exclusive` names the OpenAPI 3.0 boolean
/// modifier; `absent_is_zero` for minimums whose absence means 0 (`minLength`, ...).
struct Bound {
    kw: &'static str,
    upper: bool,
    exclusive: Option<&'static str>,
    absent_is_zero: bool,
}

const BOUNDS: [Bound; 8] = [
    Bound {
        kw: "maxLength",
        upper: true,
        exclusive: None,
        absent_is_zero: false,
    },
    Bound {
        kw: "minLength",
        upper: false,
        exclusive: None,
        absent_is_zero: true,
    },
    Bound {
        kw: "maximum",
        upper: true,
        exclusive: Some("exclusiveMaximum"),
        absent_is_zero: false,
    },
    Bound {
        kw: "minimum",
        upper: false,
        exclusive: Some("exclusiveMinimum"),
        absent_is_zero: false,
    },
    Bound {
        kw: "maxItems",
        upper: true,
        exclusive: None,
        absent_is_zero: false,
    },
    Bound {
        kw: "minItems",
        upper: false,
        exclusive: None,
        absent_is_zero: true,
    },
    Bound {
        kw: "maxProperties",
        upper: true,
        exclusive: None,
        absent_is_zero: false,
    },
    Bound {
        kw: "minProperties",
        upper: false,
        exclusive: None,
        absent_is_zero: true,
    },
];

impl Bound {
    /// `(value, exclusive)`, or `Err(())` when the keyword is not a number (compared textually instead).
    fn read(&self, m: &Map<String, Value>) -> Result<Option<(f64, bool)>, ()> {
        let exclusive = self
            .exclusive
            .and_then(|k| m.get(k))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        match m.get(self.kw) {
            None if self.absent_is_zero => Ok(Some((0.0, false))),
            None => Ok(None),
            Some(v) => v.as_f64().map(|x| Some((x, exclusive))).ok_or(()),
        }
    }

    fn verdict(&self, old: Option<(f64, bool)>, new: Option<(f64, bool)>) -> Option<Verdict> {
        match (old, new) {
            (None, None) => None,
            (None, Some(_)) => Some(Verdict::Tighter),
            (Some(_), None) => Some(Verdict::Looser),
            (Some((o, oe)), Some((n, ne))) => {
                // For an upper bound a smaller value is tighter; for a lower bound a larger one.
                let ord = if self.upper {
                    n.partial_cmp(&o)
                } else {
                    o.partial_cmp(&n)
                };
                match ord {
                    Some(Ordering::Less) => Some(Verdict::Tighter),
                    Some(Ordering::Greater) => Some(Verdict::Looser),
                    Some(Ordering::Equal) => match (oe, ne) {
                        (false, true) => Some(Verdict::Tighter),
                        (true, false) => Some(Verdict::Looser),
                        _ => None,
                    },
                    None => Some(Verdict::Incomparable),
                }
            }
        }
    }

    fn describe(&self, m: &Map<String, Value>) -> String {
        let excl = self
            .exclusive
            .and_then(|k| m.get(k))
            .and_then(Value::as_bool)
            == Some(true);
        match m.get(self.kw) {
            None => "(none)".to_owned(),
            Some(v) if excl => format!("{v} (exclusive)"),
            Some(v) => v.to_string(),
        }
    }
}

pub(crate) fn compare_bounds(
    d: &mut Differ<'_>,
    ctx: Context,
    new: &Node<'_>,
    om: &Map<String, Value>,
    nm: &Map<String, Value>,
) {
    for bound in &BOUNDS {
        let verdict = match (bound.read(om), bound.read(nm)) {
            (Ok(o), Ok(n)) => bound.verdict(o, n),
            _ if om.get(bound.kw) != nm.get(bound.kw) => Some(Verdict::Incomparable),
            _ => None,
        };
        if let Some(v) = verdict {
            let what = format!(
                "{} changed from {} to {}",
                bound.kw,
                bound.describe(om),
                bound.describe(nm)
            );
            v.record(d, new.ptr_of_present(bound.kw), ctx, &what);
        }
    }

    let (o, n) = (om.get("multipleOf"), nm.get("multipleOf"));
    if o != n {
        let verdict = match (o.and_then(Value::as_f64), n.and_then(Value::as_f64)) {
            (None, Some(_)) if o.is_none() => Verdict::Tighter,
            (Some(_), None) if n.is_none() => Verdict::Looser,
            // Every multiple of 10 is a multiple of 5: 5 -> 10 admits fewer values.
            (Some(o), Some(n)) if o != 0.0 && n != 0.0 && (n / o).fract() == 0.0 => {
                Verdict::Tighter
            }
            (Some(o), Some(n)) if o != 0.0 && n != 0.0 && (o / n).fract() == 0.0 => Verdict::Looser,
            _ => Verdict::Incomparable,
        };
        let what = format!("multipleOf changed from {} to {}", show(o), show(n));
        verdict.record(d, new.ptr_of_present("multipleOf"), ctx, &what);
    }

    let (o, n) = (om.get("pattern"), nm.get("pattern"));
    if o != n {
        // Two regexes cannot be compared for inclusion in general, so a replaced pattern counts both ways.
        let verdict = match (o, n) {
            (None, Some(_)) => Verdict::Tighter,
            (Some(_), None) => Verdict::Looser,
            _ => Verdict::Incomparable,
        };
        let what = format!("pattern changed from {} to {}", show(o), show(n));
        verdict.record(d, new.ptr_of_present("pattern"), ctx, &what);
    }

    let unique = |m: &Map<String, Value>| {
        m.get("uniqueItems")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    if unique(om) != unique(nm) {
        let verdict = if unique(nm) {
            Verdict::Tighter
        } else {
            Verdict::Looser
        };
        let what = format!("uniqueItems changed from {} to {}", unique(om), unique(nm));
        verdict.record(d, new.ptr_of_present("uniqueItems"), ctx, &what);
    }

    for kw in ["discriminator", "not"] {
        if om.get(kw) != nm.get(kw) {
            let what = format!("`{kw}` changed");
            Verdict::Incomparable.record(d, new.ptr_of_present(kw), ctx, &what);
        }
    }
}
