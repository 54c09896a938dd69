//! Unit and property-style tests for [`MimDateTime`].

use super::*;

/// Every wire form documented as sent by MIM; each must round-trip byte-for-byte.
const MIM_FORMS: &[&str] = &[
    "2015-07-12T04:35:14.433Z",
    "2015-07-12T04:35:00Z",
    "2015-06-23T11:34:38.58Z",
    "2015-07-11T23:38:09.036164-07:00",
    "2015-07-11T23:07:30.2200123-07:00",
    "0001-01-01T00:00:00",
    "2016-07-13T09:10:31",
    "2015-07-12T06:07:27.7229894Z",
    // Not documented, but must round-trip too: untrimmed fractions, +offsets, `+00:00`, bounds.
    "2015-06-23T11:34:38.5800000Z",
    "2015-06-23T11:34:38.0Z",
    "2015-06-23T11:34:38.1+05:30",
    "2015-06-23T11:34:38+00:00",
    "2015-06-23T11:34:38.12-00:30",
    "9999-12-31T23:59:59.9999999",
    "0001-01-01T00:00:00Z",
    "2016-02-29T12:00:00+14:00",
];

fn parse(text: &str) -> MimDateTime {
    match text.parse() {
        Ok(value) => value,
        Err(error) => panic!("{text:?} should parse: {error}"),
    }
}

#[test]
fn documented_forms_round_trip_through_display() {
    for &text in MIM_FORMS {
        assert_eq!(parse(text).to_string(), text);
    }
}

#[test]
fn documented_forms_round_trip_through_serde_json() {
    for &text in MIM_FORMS {
        let json = format!("\"{text}\"");
        let value: MimDateTime = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(serde_json::to_string(&value).expect("serialize"), json);
        // Also inside a struct-like container, as generated code uses it.
        let wrapped = format!("{{\"RequestedTime\":{json},\"Other\":null}}");
        let map: std::collections::BTreeMap<String, Option<MimDateTime>> =
            serde_json::from_str(&wrapped).expect("deserialize map");
        assert_eq!(serde_json::to_string(&map).expect("serialize map"), {
            format!("{{\"Other\":null,\"RequestedTime\":{json}}}")
        });
    }
}

#[test]
fn representation_is_kept() {
    let value = parse("2015-07-11T23:07:30.2200123-07:00");
    assert_eq!(
        value.zone(),
        Zone::Offset(FixedOffset::west_opt(7 * 3600).expect("offset"))
    );
    assert_eq!(value.fraction_digits(), 7);
    assert_eq!(value.naive_local().nanosecond(), 220_012_300);
    assert_eq!(
        value.to_utc().to_rfc3339(),
        "2015-07-12T06:07:30.220012300+00:00"
    );

    let value = parse("2015-06-23T11:34:38.58Z");
    assert_eq!((value.zone(), value.fraction_digits()), (Zone::Utc, 2));
    let padded = parse("2015-06-23T11:34:38.5800000Z");
    assert_eq!(padded.fraction_digits(), 7);
    assert_ne!(value, padded, "Eq compares the written form");
    assert!(value.same_instant(&padded));

    assert_eq!(parse("2016-07-13T09:10:31").zone(), Zone::Unspecified);
}

#[test]
fn unset_sentinel() {
    let unset = MimDateTime::unset();
    assert_eq!(unset.to_string(), "0001-01-01T00:00:00");
    assert!(unset.is_unset());
    assert_eq!(unset.ticks(), 0);
    assert_eq!(MimDateTime::default(), unset);
    assert_eq!(parse("0001-01-01T00:00:00"), unset);
    assert!(parse("0001-01-01T00:00:00Z").is_unset());
    assert!(parse("0001-01-01T00:00:00.0000000+01:00").is_unset());
    assert!(!parse("0001-01-01T00:00:00.0000001").is_unset());
    assert!(!MimDateTime::now().is_unset());
}

#[test]
fn ticks_match_dotnet() {
    // .NET: new DateTime(2015, 7, 12, 6, 7, 27).AddTicks(7229894).Ticks
    assert_eq!(
        parse("2015-07-12T06:07:27.7229894Z").ticks(),
        635_722_780_477_229_894
    );
    assert_eq!(
        parse("9999-12-31T23:59:59.9999999").ticks(),
        3_155_378_975_999_999_999
    );
}

#[test]
fn from_utc_writes_like_mim() {
    let cases = [
        ("2015-07-12T04:35:00Z", "2015-07-12T04:35:00Z"),
        ("2015-06-23T11:34:38.580Z", "2015-06-23T11:34:38.58Z"),
        (
            "2015-07-12T06:07:27.722989412Z",
            "2015-07-12T06:07:27.7229894Z",
        ),
        ("2015-07-12T06:07:27.000000099Z", "2015-07-12T06:07:27Z"),
        (
            "2015-07-12T06:07:27.0000001Z",
            "2015-07-12T06:07:27.0000001Z",
        ),
    ];
    for (input, expected) in cases {
        let utc = DateTime::parse_from_rfc3339(input)
            .expect("rfc3339")
            .with_timezone(&Utc);
        let value = MimDateTime::from_utc(utc);
        assert_eq!(value.to_string(), expected);
        assert_eq!(MimDateTime::from(utc), value);
        assert_eq!(DateTime::<Utc>::from(value), value.to_utc());
    }
    // Saturates outside the .NET range instead of panicking.
    let far = Utc
        .with_ymd_and_hms(20000, 1, 1, 0, 0, 0)
        .single()
        .expect("far");
    assert_eq!(
        MimDateTime::from_utc(far).to_string(),
        "9999-12-31T23:59:59.9999999Z"
    );
    assert_eq!(
        MimDateTime::from_utc(DateTime::<Utc>::MIN_UTC).to_string(),
        "0001-01-01T00:00:00Z"
    );
}

#[test]
fn new_and_try_from_fixed_offset() {
    let offset = DateTime::parse_from_rfc3339("2015-07-11T23:38:09.036164-07:00").expect("rfc3339");
    let value = MimDateTime::try_from(offset).expect("whole-minute offset");
    assert_eq!(value.to_string(), "2015-07-11T23:38:09.036164-07:00");

    let odd = FixedOffset::east_opt(30).expect("offset");
    let local = parse("2015-07-11T23:38:09").naive_local();
    assert!(MimDateTime::new(local, Zone::Offset(odd)).is_err());
    let unspecified = MimDateTime::new(local, Zone::Unspecified).expect("in range");
    assert_eq!(unspecified.to_string(), "2015-07-11T23:38:09");
    let too_late = NaiveDate::from_ymd_opt(10000, 1, 1)
        .expect("date")
        .and_time(NaiveTime::MIN);
    assert!(MimDateTime::new(too_late, Zone::Utc).is_err());
}

#[test]
fn liberal_input_forms_are_normalised() {
    let cases = [
        ("2015/07/11 23:40", "2015-07-11T23:40:00"),
        ("2015/07/11 23:40:05", "2015-07-11T23:40:05"),
        ("2015-07-11 23:40:00", "2015-07-11T23:40:00"),
        ("2015-07-11T23:40", "2015-07-11T23:40:00"),
        ("2015-07-11", "2015-07-11T00:00:00"),
        ("2015/07/11", "2015-07-11T00:00:00"),
        ("2015-07-11 23:40:00.5Z", "2015-07-11T23:40:00.5Z"),
        ("2015-07-11T23:40:00-00:00", "2015-07-11T23:40:00+00:00"),
    ];
    for (input, expected) in cases {
        let value = parse(input);
        assert_eq!(value.to_string(), expected, "input {input:?}");
        assert_eq!(
            parse(expected),
            value,
            "normalised form of {input:?} re-parses"
        );
    }
    assert_eq!(parse("2015/07/11 23:40").zone(), Zone::Unspecified);
}

#[test]
fn garbage_is_rejected_with_the_input_named() {
    let cases = [
        ("", "empty string"),
        ("2015-13-01T00:00:00Z", "month"),
        ("not a date", "year"),
        ("2015-07-12T04:35:14.433Zjunk", "trailing"),
        ("2015-07-12T04:35:14.433Z ", "trailing"),
        (" 2015-07-12T04:35:14Z", "year"),
        ("2015-02-29T00:00:00", "does not exist"),
        ("2015-00-10", "month 0"),
        ("0000-01-01T00:00:00", "year 0000"),
        ("2015-07-12T24:00:00", "hour"),
        ("2015-07-12T23:60:00", "minute"),
        ("2015-07-12T23:59:60Z", "second"),
        ("2015-07-12T04:35:14.Z", "fractional digits"),
        ("2015-07-12T04:35:14.12345678Z", "more than 7"),
        ("2015-07-12T04:35:14+0700", "expected ':'"),
        ("2015-07-12T04:35:14+24:00", "offset hour"),
        ("2015-07-12T04:35:14 Z", "expected 'Z'"),
        ("2015-07-12X04:35:14", "between date and time"),
        ("2015-07/12", "expected '-'"),
        ("15-07-12", "year"),
        ("2015-7-12", "month"),
        ("2015-07-12T04", "expected ':'"),
        ("2015-07-12T04:35:14.1234567\u{e9}", "expected 'Z'"),
        ("\u{1F600}", "year"),
    ];
    for (input, needle) in cases {
        let error = input
            .parse::<MimDateTime>()
            .expect_err(&format!("{input:?} must be rejected"));
        let message = error.to_string();
        assert!(message.contains(needle), "{input:?}: {message}");
        assert!(message.contains(&format!("{input:?}")), "{message}");
        assert_eq!(error.input(), input);
        assert!(error.position() <= input.len());
        let json = serde_json::to_string(input).expect("json");
        assert!(serde_json::from_str::<MimDateTime>(&json).is_err());
    }
    assert!(serde_json::from_str::<MimDateTime>("12345").is_err());
    assert!(serde_json::from_str::<MimDateTime>("null").is_err());
}

#[test]
fn error_positions_point_at_the_problem() {
    let error = "2015-13-01T00:00:00Z"
        .parse::<MimDateTime>()
        .expect_err("bad");
    assert_eq!(error.position(), 5);
    let error = "2015-07-12T04:35:14Zx"
        .parse::<MimDateTime>()
        .expect_err("bad");
    assert_eq!(error.position(), 20);
    assert_eq!(error.reason(), "unexpected trailing characters");
}

#[test]
fn long_inputs_are_truncated_in_errors() {
    let long = "x".repeat(10_000);
    let error = long.parse::<MimDateTime>().expect_err("bad");
    assert!(error.to_string().len() < 200);
    assert!(error.input().ends_with('…'));
}

#[test]
fn ordering_is_chronological_and_consistent_with_eq() {
    let sorted = [
        "0001-01-01T00:00:00",
        "2015-07-12T04:35:14.433Z",
        "2015-07-12T06:07:27.7229894Z",
        "2015-07-12T06:07:30.22Z",
        "2015-07-11T23:07:30.2200123-07:00", // 2015-07-12T06:07:30.2200123Z
        "2015-07-12T06:38:09+00:00",
        "2015-07-11T23:38:09.036164-07:00", // 2015-07-12T06:38:09.036164Z
        "2016-07-13T09:10:31",
    ];
    let values: Vec<MimDateTime> = sorted.iter().map(|text| parse(text)).collect();
    for pair in values.windows(2) {
        assert!(pair[0] < pair[1], "{:?} < {:?}", pair[0], pair[1]);
        assert!(pair[0].to_utc() <= pair[1].to_utc());
    }
    // Same instant, different written forms: ordered deterministically, never Equal.
    let same = [
        "2015-07-12T06:07:30Z",
        "2015-07-12T06:07:30",
        "2015-07-12T06:07:30.0Z",
        "2015-07-12T06:07:30+00:00",
        "2015-07-11T23:07:30-07:00",
        "2015-07-12T07:07:30+01:00",
    ];
    let same: Vec<MimDateTime> = same.iter().map(|text| parse(text)).collect();
    for a in &same {
        for b in &same {
            assert!(a.same_instant(b));
            assert_eq!(a.cmp(b) == Ordering::Equal, a == b, "{a:?} vs {b:?}");
            assert_eq!(a.cmp(b), b.cmp(a).reverse());
        }
    }
    // Unspecified zone is ordered as if it were UTC.
    assert!(parse("2015-07-12T06:07:29") < parse("2015-07-12T06:07:30Z"));
    assert!(parse("2015-07-12T06:07:31") > parse("2015-07-12T06:07:30Z"));
}

/// Tiny deterministic generator (SplitMix64): property-style coverage without a new dependency.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

/// A random valid value: any wall clock in range, any zone, any digit count the fraction allows.
fn generate(rng: &mut SplitMix) -> MimDateTime {
    let max_seconds = MAX_LOCAL.and_utc().timestamp() - MIN_LOCAL.and_utc().timestamp();
    let seconds = rng.below(max_seconds as u64 + 1) as i64;
    let fraction_digits = rng.below(8) as u8;
    let unit = 10u32.pow(u32::from(MAX_FRACTION_DIGITS - fraction_digits));
    let ticks = if fraction_digits == 0 {
        0
    } else {
        rng.below(10_000_000 / u64::from(unit)) as u32 * unit
    };
    let local = MIN_LOCAL
        .checked_add_signed(TimeDelta::seconds(seconds))
        .and_then(|t| t.with_nanosecond(ticks * NANOS_PER_TICK))
        .expect("in range");
    let zone = match rng.below(3) {
        0 => Zone::Utc,
        1 => Zone::Unspecified,
        _ => {
            let minutes = rng.below(2 * 24 * 60 - 1) as i32 - (24 * 60 - 1);
            Zone::Offset(FixedOffset::east_opt(minutes * 60).expect("offset"))
        }
    };
    MimDateTime {
        local,
        zone,
        fraction_digits,
    }
}

#[test]
fn property_parse_display_round_trip() {
    let mut rng = SplitMix(0x5EED);
    let mut previous = MimDateTime::unset();
    for _ in 0..20_000 {
        let value = generate(&mut rng);
        let text = value.to_string();
        assert_eq!(parse(&text), value, "{text}");
        let json = serde_json::to_string(&value).expect("serialize");
        assert_eq!(json, format!("\"{text}\""));
        assert_eq!(
            serde_json::from_str::<MimDateTime>(&json).expect("deserialize"),
            value
        );
        assert_eq!(value.cmp(&previous) == Ordering::Equal, value == previous);
        if value.to_utc() != previous.to_utc() {
            assert_eq!(value.cmp(&previous), value.to_utc().cmp(&previous.to_utc()));
        }
        previous = value;
    }
}

#[test]
fn property_from_utc_round_trip() {
    let mut rng = SplitMix(42);
    for _ in 0..5_000 {
        let seconds = rng.below(315_537_897_600) as i64 - 62_135_596_800;
        let nanos = rng.below(1_000_000_000) as u32;
        let utc = DateTime::from_timestamp(seconds, nanos).expect("in range");
        let value = MimDateTime::from_utc(utc);
        assert_eq!(parse(&value.to_string()), value);
        assert_eq!(value.to_utc().timestamp(), seconds);
        assert_eq!(value.to_utc().nanosecond(), nanos / 100 * 100);
        let text = value.to_string();
        if let Some((_, fraction)) = text.split_once('.') {
            assert!(!fraction.trim_end_matches('Z').ends_with('0'), "{text}");
        }
    }
}

#[test]
fn no_panic_on_arbitrary_bytes() {
    let mut rng = SplitMix(7);
    let alphabet = b"0123456789-/:T Z+.\xC3\xA9x";
    for _ in 0..20_000 {
        let len = rng.below(40) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(value) = text.parse::<MimDateTime>() {
            assert_eq!(parse(&value.to_string()), value);
        }
    }
}
