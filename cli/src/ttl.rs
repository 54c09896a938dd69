//! Durations for `--ttl`: plain seconds (`3600`) or units (`1h`, `30m`, `1h30m`, `2d`, `90s`).

/// Seconds in each accepted unit.
const UNITS: [(char, i64); 4] = [('d', 86_400), ('h', 3_600), ('m', 60), ('s', 1)];

/// Parses a `--ttl` value into seconds (at least 1).
pub fn parse_ttl(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let bad = || {
        format!("invalid duration `{text}`: use seconds (3600) or units d/h/m/s (1h, 30m, 1h30m)")
    };
    if text.is_empty() {
        return Err(bad());
    }
    let seconds = if text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<i64>().map_err(|_| bad())?
    } else {
        let mut total: i64 = 0;
        let mut number = String::new();
        let mut seen_unit = false;
        for c in text.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            let factor = UNITS
                .iter()
                .find(|(unit, _)| unit.eq_ignore_ascii_case(&c))
                .map(|(_, f)| *f)
                .ok_or_else(bad)?;
            let n: i64 = number.parse().map_err(|_| bad())?;
            total = n
                .checked_mul(factor)
                .and_then(|s| total.checked_add(s))
                .ok_or_else(bad)?;
            number.clear();
            seen_unit = true;
        }
        if !number.is_empty() || !seen_unit {
            return Err(bad());
        }
        total
    };
    if seconds <= 0 {
        return Err(format!(
            "invalid duration `{text}`: must be at least one second (use `mim pam close` to end an elevation)"
        ));
    }
    Ok(seconds)
}

/// Seconds as the shortest unit form: `3600` → `1h`, `5400` → `1h30m`, `0` → `0s`.
pub fn format_ttl(seconds: i64) -> String {
    if seconds <= 0 {
        return format!("{seconds}s");
    }
    let mut rest = seconds;
    let mut out = String::new();
    for (unit, factor) in UNITS {
        let n = rest / factor;
        if n > 0 {
            out.push_str(&format!("{n}{unit}"));
            rest -= n * factor;
        }
    }
    out
}

/// A TTL as the API sends it (a string of digits), shown as [`format_ttl`]; verbatim if odd.
pub fn show_ttl(digits: &str) -> String {
    digits
        .parse::<i64>()
        .map_or_else(|_| digits.to_string(), format_ttl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_seconds_and_units() {
        assert_eq!(parse_ttl("3600"), Ok(3600));
        assert_eq!(parse_ttl("1h"), Ok(3600));
        assert_eq!(parse_ttl("30m"), Ok(1800));
        assert_eq!(parse_ttl("1h30m"), Ok(5400));
        assert_eq!(parse_ttl("2d"), Ok(172_800));
        assert_eq!(parse_ttl("90S"), Ok(90));
    }

    #[test]
    fn rejects_nonsense_zero_and_overflow() {
        for bad in [
            "",
            "h",
            "1x",
            "1h30",
            "-5",
            "0",
            "0m",
            "99999999999999999999d",
        ] {
            assert!(parse_ttl(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn formats_round_trip() {
        for s in [1, 59, 60, 3600, 5400, 86_400, 12_960_000, 93_784] {
            assert_eq!(parse_ttl(&format_ttl(s)), Ok(s));
        }
        assert_eq!(show_ttl("3600"), "1h");
        assert_eq!(show_ttl("12960000"), "150d");
    }
}
