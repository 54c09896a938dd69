//! [`MimDateTime`]: the single Rust type behind every `format: mim-date-time` field.
//!
//! Why a custom type instead of `chrono::DateTime<Utc>`: MIM (a .NET service) writes date-times in several shapes
//! (with `Z`, with a numeric offset, with no zone at all, with 0–7 fractional digits) and we promise wire fidelity:
//! a value read from MIM must be written back byte-for-byte identical. `chrono` normalises the zone and the
//! fraction, so it cannot keep that promise on its own. This type keeps exactly what is needed to re-create the
//! text: the wall-clock date-time at .NET tick precision (100 ns), the [`Zone`] kind and the number of fractional
//! digits that were written.
//!
//! # Wire form written by [`Display`](fmt::Display) (the canonical form)
//!
//! `YYYY-MM-DDTHH:MM:SS[.f{1..7}][Z|±HH:MM]`. Every string in this form parses and re-displays byte-for-byte
//! identically, with one exception: the offset `-00:00` is read as `+00:00` (the two are the same offset and
//! .NET never writes `-00:00`).
//!
//! # Accepted input forms
//!
//! * The canonical form above (year `0001`–`9999`, the .NET `DateTime` range; seconds `00`–`59`, no leap second
//!   because .NET has none; offsets up to `±23:59`, whole minutes).
//! * Liberal forms MIM itself accepts as input, normalised to the canonical form on output:
//!   * `/` instead of `-` in the date (`2015/07/11 23:40`: the PAM "local" `RequestedTime` input form),
//!   * a space instead of `T` (`2015-07-11 23:40:00`),
//!   * no seconds (`…23:40` is written back as `…23:40:00`),
//!   * date only (`2015-07-11`): midnight with no zone, written back as `2015-07-11T00:00:00`. This mirrors .NET
//!     `DateTime.Parse`, which MIM uses for such inputs, and gives `Kind = Unspecified` midnight.
//!
//! Rejected (with a [`MimDateTimeError`] naming the input): empty strings, leading/trailing whitespace or other
//! trailing characters, more than 7 fractional digits (.NET cannot represent them, and silently dropping digits
//! would break wire fidelity), impossible calendar dates and times.
//!
//! # Equality and ordering
//!
//! `Eq`/`Hash` compare the full representation (wall clock, zone, fractional digit count), i.e. "would be written
//! identically". So `2015-06-23T11:34:38.58Z != 2015-06-23T11:34:38.5800000Z` even though they denote the same
//! instant; use [`MimDateTime::same_instant`] for instant comparison. `Ord` sorts by instant first (a value without
//! zone is treated as UTC) and breaks ties by wall clock, zone and digit count, so `cmp == Equal` exactly when
//! `==` holds and sorting is chronological.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone,
    Timelike, Utc,
};

mod parse;
#[cfg(test)]
mod tests;

use parse::Parser;

/// .NET stores date-times in ticks of 100 ns; that is the precision we keep.
const NANOS_PER_TICK: u32 = 100;
/// Ticks per second, for converting the wall clock to .NET ticks.
const TICKS_PER_SECOND: i64 = 10_000_000;
/// Ticks per day, for converting the wall clock to .NET ticks.
const TICKS_PER_DAY: i64 = 86_400 * TICKS_PER_SECOND;
/// The tick fraction has 7 decimal digits; MIM never writes more.
const MAX_FRACTION_DIGITS: u8 = 7;
/// Longest input echoed in an error message (keeps hostile inputs from producing huge errors).
const MAX_ECHOED_INPUT: usize = 64;

/// `0001-01-01T00:00:00`: .NET `DateTime.MinValue`, MIM's "not set" sentinel and our lower bound.
const MIN_LOCAL: NaiveDateTime = match NaiveDate::from_ymd_opt(1, 1, 1) {
    Some(date) => date.and_time(NaiveTime::MIN),
    None => panic!("0001-01-01 is a valid date"),
};

/// `9999-12-31T23:59:59.9999999`: .NET `DateTime.MaxValue`, our upper bound.
const MAX_LOCAL: NaiveDateTime = match (
    NaiveDate::from_ymd_opt(9999, 12, 31),
    NaiveTime::from_hms_nano_opt(23, 59, 59, 999_999_900),
) {
    (Some(date), Some(time)) => date.and_time(time),
    _ => panic!("9999-12-31T23:59:59.9999999 is a valid date-time"),
};

/// The zone part of a MIM date-time, kept so the value is written back exactly as it was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Written as `Z` (.NET `DateTimeKind.Utc`).
    Utc,
    /// Written as `+HH:MM` / `-HH:MM` (.NET `DateTimeOffset`, or a local `DateTime` serialised with its offset).
    /// Always a whole number of minutes.
    Offset(FixedOffset),
    /// Nothing written (.NET `DateTimeKind.Unspecified`, e.g. `0001-01-01T00:00:00`). Treated as UTC wherever an
    /// instant is needed ([`MimDateTime::to_utc`], ordering), because MIM gives no better information.
    Unspecified,
}

impl Zone {
    /// Seconds east of UTC that this zone stands for; `0` for [`Zone::Utc`] and [`Zone::Unspecified`].
    /// Needed to turn the written wall clock into an instant.
    pub fn offset_seconds(self) -> i32 {
        match self {
            Zone::Offset(offset) => offset.local_minus_utc(),
            Zone::Utc | Zone::Unspecified => 0,
        }
    }

    /// Injective key used to make `Ord` for [`MimDateTime`] total and consistent with `Eq`.
    fn sort_key(self) -> (u8, i32) {
        match self {
            Zone::Unspecified => (0, 0),
            Zone::Utc => (1, 0),
            Zone::Offset(offset) => (2, offset.local_minus_utc()),
        }
    }
}

/// A MIM date-time that remembers its exact wire form. See the [module docs](self) for the accepted forms and
/// the equality/ordering rules.
///
/// Invariants (upheld by every constructor): the wall clock lies in `0001-01-01T00:00:00` ..=
/// `9999-12-31T23:59:59.9999999`, is a whole number of ticks (100 ns), is not a leap second, its tick fraction is
/// fully representable with `fraction_digits` (≤ 7) digits, and offsets are whole minutes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct MimDateTime {
    /// The date-time as written (wall clock in `zone`).
    local: NaiveDateTime,
    /// How the zone was written.
    zone: Zone,
    /// How many fractional-second digits are written (0 = no `.` at all).
    fraction_digits: u8,
}

/// Why a string is not a MIM date-time; names the (truncated) input so logs are actionable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid MIM date-time {input:?}: {reason} (at byte {position})")]
pub struct MimDateTimeError {
    /// The offending input, truncated to a sane length.
    input: String,
    /// What was wrong.
    reason: String,
    /// Byte offset in the input where the problem was detected.
    position: usize,
}

impl MimDateTimeError {
    /// Builds an error, truncating very long inputs so hostile data cannot bloat logs.
    fn new(input: &str, position: usize, reason: impl Into<String>) -> Self {
        let mut echoed: String = input.chars().take(MAX_ECHOED_INPUT).collect();
        if echoed.len() < input.len() {
            echoed.push('…');
        }
        MimDateTimeError {
            input: echoed,
            reason: reason.into(),
            position,
        }
    }

    /// The rejected input (truncated to 64 characters plus `…` if longer), for diagnostics.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Human-readable reason, for diagnostics.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// Byte offset in the input where parsing failed, so callers embedding the value in a larger text (an OData
    /// `datetime'…'` literal) can point at the exact spot.
    pub fn position(&self) -> usize {
        self.position
    }
}

impl MimDateTime {
    /// Wraps a UTC instant the way MIM writes one: `Z`, tick precision (sub-100 ns digits are truncated), and
    /// trailing zeros of the 7-digit fraction trimmed (`.58`, or no fraction at all for whole seconds).
    ///
    /// Infallible on purpose (it is the common constructor): instants outside the .NET range
    /// `0001`–`9999` saturate to that range, and a chrono leap second becomes the last tick of its second.
    pub fn from_utc(instant: DateTime<Utc>) -> Self {
        Self::normalized(instant.naive_utc(), Zone::Utc)
    }

    /// Builds a value from a wall clock as it should be written in `zone` (fraction trimmed as MIM does).
    /// Use this to produce offset or zone-less forms, e.g. in the emulator.
    ///
    /// # Errors
    /// If the wall clock is outside `0001-01-01T00:00:00 ..= 9999-12-31T23:59:59.9999999` or the offset is not a
    /// whole number of minutes (it could not be written back).
    pub fn new(local: NaiveDateTime, zone: Zone) -> Result<Self, MimDateTimeError> {
        if let Zone::Offset(offset) = zone
            && offset.local_minus_utc() % 60 != 0
        {
            return Err(MimDateTimeError::new(
                &offset.to_string(),
                0,
                "offset is not a whole number of minutes",
            ));
        }
        let result = Self::normalized(local, zone);
        if result.local.and_utc().timestamp() != local.and_utc().timestamp() {
            return Err(MimDateTimeError::new(
                &local.to_string(),
                0,
                "outside the .NET DateTime range 0001-01-01 .. 9999-12-31",
            ));
        }
        Ok(result)
    }

    /// Clamps to the .NET range, truncates to ticks, folds leap seconds and trims the fraction.
    fn normalized(local: NaiveDateTime, zone: Zone) -> Self {
        let local = local.clamp(MIN_LOCAL, MAX_LOCAL);
        let nanos = local.nanosecond().min(999_999_999) / NANOS_PER_TICK * NANOS_PER_TICK;
        let local = local.with_nanosecond(nanos).unwrap_or(local);
        let mut ticks = nanos / NANOS_PER_TICK;
        let mut fraction_digits = if ticks == 0 { 0 } else { MAX_FRACTION_DIGITS };
        while fraction_digits > 0 && ticks.is_multiple_of(10) {
            ticks /= 10;
            fraction_digits -= 1;
        }
        MimDateTime {
            local,
            zone,
            fraction_digits,
        }
    }

    /// The current instant, as MIM would write it (`Z`, trimmed fraction). Handy for emulator responses.
    pub fn now() -> Self {
        Self::from_utc(Utc::now())
    }

    /// `0001-01-01T00:00:00` (.NET `DateTime.MinValue`): how MIM says "not set".
    pub fn unset() -> Self {
        MimDateTime {
            local: MIN_LOCAL,
            zone: Zone::Unspecified,
            fraction_digits: 0,
        }
    }

    /// True when the wall clock is `0001-01-01T00:00:00` whatever the zone or digit count, because MIM's sentinel
    /// is `DateTime.MinValue` and .NET may write it with `Z` or an offset depending on the serialiser settings.
    pub fn is_unset(&self) -> bool {
        self.local == MIN_LOCAL
    }

    /// The instant as UTC; a value without zone is taken as UTC (MIM gives nothing better).
    pub fn to_utc(&self) -> DateTime<Utc> {
        let offset = TimeDelta::seconds(i64::from(self.zone.offset_seconds()));
        let utc = self.local.checked_sub_signed(offset).unwrap_or(self.local);
        Utc.from_utc_datetime(&utc)
    }

    /// How the zone is written; lets callers distinguish MIM's "no zone" values from UTC ones.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// The wall-clock date-time exactly as written (before applying the zone).
    pub fn naive_local(&self) -> NaiveDateTime {
        self.local
    }

    /// Number of fractional-second digits written (0–7); kept so `.58` and `.5800000` both round-trip.
    pub fn fraction_digits(&self) -> u8 {
        self.fraction_digits
    }

    /// The wall clock as .NET `DateTime.Ticks` (100 ns units since `0001-01-01T00:00:00`), for interop with
    /// .NET-shaped data.
    pub fn ticks(&self) -> i64 {
        let days = i64::from(self.local.date().num_days_from_ce()) - 1;
        let time = self.local.time();
        days * TICKS_PER_DAY
            + i64::from(time.num_seconds_from_midnight()) * TICKS_PER_SECOND
            + i64::from(time.nanosecond() / NANOS_PER_TICK)
    }

    /// The instant in ticks (wall clock minus offset); the primary ordering key.
    fn instant_ticks(&self) -> i64 {
        self.ticks() - i64::from(self.zone.offset_seconds()) * TICKS_PER_SECOND
    }

    /// True when both denote the same instant, however they are written (`Eq` compares the written form).
    pub fn same_instant(&self, other: &Self) -> bool {
        self.instant_ticks() == other.instant_ticks()
    }
}

impl Default for MimDateTime {
    /// The "not set" sentinel, [`MimDateTime::unset`], matching .NET's `default(DateTime)`.
    fn default() -> Self {
        Self::unset()
    }
}

impl fmt::Display for MimDateTime {
    /// Writes the exact wire form (see the module docs).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (date, time) = (self.local.date(), self.local.time());
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            date.year(),
            date.month(),
            date.day(),
            time.hour(),
            time.minute(),
            time.second()
        )?;
        if self.fraction_digits > 0 {
            let digits = self.fraction_digits.min(MAX_FRACTION_DIGITS);
            let ticks = time.nanosecond() / NANOS_PER_TICK;
            let scaled = ticks / 10u32.pow(u32::from(MAX_FRACTION_DIGITS - digits));
            write!(f, ".{scaled:0width$}", width = usize::from(digits))?;
        }
        match self.zone {
            Zone::Utc => f.write_str("Z"),
            Zone::Unspecified => Ok(()),
            Zone::Offset(offset) => {
                let seconds = offset.local_minus_utc();
                let sign = if seconds < 0 { '-' } else { '+' };
                let abs = seconds.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60)
            }
        }
    }
}

impl fmt::Debug for MimDateTime {
    /// Shows the wire form: far more readable in test failures than the internal fields.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MimDateTime({self})")
    }
}

impl PartialOrd for MimDateTime {
    /// Delegates to [`Ord`].
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MimDateTime {
    /// Chronological (unspecified zone = UTC), ties broken by wall clock, zone and digit count so that the order
    /// is total and agrees with `Eq`.
    fn cmp(&self, other: &Self) -> Ordering {
        self.instant_ticks()
            .cmp(&other.instant_ticks())
            .then_with(|| self.local.cmp(&other.local))
            .then_with(|| self.zone.sort_key().cmp(&other.zone.sort_key()))
            .then_with(|| self.fraction_digits.cmp(&other.fraction_digits))
    }
}

impl From<DateTime<Utc>> for MimDateTime {
    /// Same as [`MimDateTime::from_utc`].
    fn from(instant: DateTime<Utc>) -> Self {
        Self::from_utc(instant)
    }
}

impl From<MimDateTime> for DateTime<Utc> {
    /// Same as [`MimDateTime::to_utc`] (unspecified zone taken as UTC).
    fn from(value: MimDateTime) -> Self {
        value.to_utc()
    }
}

impl TryFrom<DateTime<FixedOffset>> for MimDateTime {
    type Error = MimDateTimeError;

    /// Keeps the offset (written `±HH:MM`); fails when it cannot be written back (see [`MimDateTime::new`]).
    fn try_from(value: DateTime<FixedOffset>) -> Result<Self, Self::Error> {
        Self::new(value.naive_local(), Zone::Offset(*value.offset()))
    }
}

impl FromStr for MimDateTime {
    type Err = MimDateTimeError;

    /// Parses any accepted form (see the module docs).
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        Parser::new(input)
            .parse()
            .map_err(|(position, reason)| MimDateTimeError::new(input, position, reason))
    }
}

impl serde::Serialize for MimDateTime {
    /// A JSON string in the exact wire form.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for MimDateTime {
    /// From a string in any accepted form.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(StrVisitor)
    }
}

/// serde visitor accepting a string and parsing it.
struct StrVisitor;

impl serde::de::Visitor<'_> for StrVisitor {
    type Value = MimDateTime;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a MIM date-time string such as \"2015-07-12T04:35:14.433Z\"")
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<MimDateTime, E> {
        value.parse().map_err(E::custom)
    }
}
