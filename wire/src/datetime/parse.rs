//! The byte-level parser behind `MimDateTime::from_str`; kept separate so the type's module stays readable.

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use super::{MAX_FRACTION_DIGITS, MimDateTime, NANOS_PER_TICK, Zone};

/// Internal parse failure: byte position and reason; the input is attached by `from_str`.
type Fail = (usize, String);

/// Byte cursor over the input; every failure carries the position it happened at.
pub(super) struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    pub(super) fn new(input: &'a str) -> Self {
        Parser {
            bytes: input.as_bytes(),
            pos: 0,
        }
    }

    fn fail<T>(&self, position: usize, reason: impl Into<String>) -> Result<T, Fail> {
        Err((position, reason.into()))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Consumes `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), Fail> {
        if self.eat(byte) {
            Ok(())
        } else {
            self.fail(self.pos, format!("expected '{}'", char::from(byte)))
        }
    }

    /// Exactly `count` ASCII digits, as a number no larger than `max`.
    fn number(&mut self, count: usize, max: u32, what: &str) -> Result<u32, Fail> {
        let start = self.pos;
        let mut value = 0u32;
        for _ in 0..count {
            match self.peek() {
                Some(digit @ b'0'..=b'9') => {
                    value = value * 10 + u32::from(digit - b'0');
                    self.pos += 1;
                }
                _ => return self.fail(self.pos, format!("expected {count}-digit {what}")),
            }
        }
        if value > max {
            return self.fail(start, format!("{what} {value} out of range (max {max})"));
        }
        Ok(value)
    }

    pub(super) fn parse(mut self) -> Result<MimDateTime, Fail> {
        if self.bytes.is_empty() {
            return self.fail(0, "empty string");
        }
        let year = self.number(4, 9999, "year")?;
        if year == 0 {
            return self.fail(
                0,
                "year 0000 is outside the .NET DateTime range (0001-9999)",
            );
        }
        let separator = match self.peek() {
            Some(sep @ (b'-' | b'/')) => sep,
            _ => return self.fail(self.pos, "expected '-' or '/' after the year"),
        };
        self.pos += 1;
        let month_at = self.pos;
        let month = self.number(2, 12, "month")?;
        if month == 0 {
            return self.fail(month_at, "month 0 out of range (1-12)");
        }
        self.expect(separator)?;
        let day_at = self.pos;
        let day = self.number(2, 31, "day")?;
        let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) else {
            return self.fail(
                day_at,
                format!("day {day} does not exist in {year:04}-{month:02}"),
            );
        };
        if self.peek().is_none() {
            // Date only: midnight, no zone (what .NET DateTime.Parse gives).
            return Ok(MimDateTime {
                local: date.and_time(NaiveTime::MIN),
                zone: Zone::Unspecified,
                fraction_digits: 0,
            });
        }
        if !(self.eat(b'T') || self.eat(b' ')) {
            return self.fail(self.pos, "expected 'T' or ' ' between date and time");
        }
        let hour = self.number(2, 23, "hour")?;
        self.expect(b':')?;
        let minute = self.number(2, 59, "minute")?;
        let (mut second, mut ticks, mut fraction_digits) = (0, 0, 0u8);
        if self.eat(b':') {
            second = self.number(2, 59, "second")?;
            if self.eat(b'.') {
                (ticks, fraction_digits) = self.fraction()?;
            }
        }
        let zone = self.zone()?;
        if self.pos < self.bytes.len() {
            return self.fail(self.pos, "unexpected trailing characters");
        }
        let Some(time) = NaiveTime::from_hms_nano_opt(hour, minute, second, ticks * NANOS_PER_TICK)
        else {
            return self.fail(0, "invalid time of day");
        };
        Ok(MimDateTime {
            local: date.and_time(time),
            zone,
            fraction_digits,
        })
    }

    /// 1–7 fractional digits after the `.`; returns (ticks within the second, digit count).
    fn fraction(&mut self) -> Result<(u32, u8), Fail> {
        let start = self.pos;
        let mut value = 0u32;
        let mut count = 0u8;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            if count == MAX_FRACTION_DIGITS {
                return self.fail(
                    start,
                    "more than 7 fractional digits (.NET ticks are 100 ns; extra digits cannot round-trip)",
                );
            }
            value = value * 10 + u32::from(digit - b'0');
            count += 1;
            self.pos += 1;
        }
        if count == 0 {
            return self.fail(start, "expected fractional digits after '.'");
        }
        Ok((
            value * 10u32.pow(u32::from(MAX_FRACTION_DIGITS - count)),
            count,
        ))
    }

    /// `Z`, `±HH:MM`, or nothing.
    fn zone(&mut self) -> Result<Zone, Fail> {
        let sign = match self.peek() {
            None => return Ok(Zone::Unspecified),
            Some(b'Z') => {
                self.pos += 1;
                return Ok(Zone::Utc);
            }
            Some(b'+') => 1,
            Some(b'-') => -1,
            Some(_) => {
                return self.fail(
                    self.pos,
                    "expected 'Z', '+HH:MM', '-HH:MM' or end of input after the time",
                );
            }
        };
        let start = self.pos;
        self.pos += 1;
        let hours = self.number(2, 23, "offset hour")?;
        self.expect(b':')?;
        let minutes = self.number(2, 59, "offset minute")?;
        let seconds = sign * (hours * 3600 + minutes * 60) as i32;
        match FixedOffset::east_opt(seconds) {
            Some(offset) => Ok(Zone::Offset(offset)),
            None => self.fail(start, "offset out of range"),
        }
    }
}
