//! Tests for the OData literal helpers.

use super::*;
use percent_encoding::percent_decode_str;

const GUID: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";

fn uuid() -> Uuid {
    Uuid::parse_str(GUID).expect("uuid")
}

fn parse_ok(text: &str) -> (Literal, usize) {
    match parse_literal(text) {
        Ok(result) => result,
        Err(error) => panic!("{text:?} should parse: {error}"),
    }
}

fn parse_err(text: &str) -> LiteralError {
    match parse_literal(text) {
        Ok(result) => panic!("{text:?} should fail, got {result:?}"),
        Err(error) => error,
    }
}

fn mim(text: &str) -> MimDateTime {
    text.parse().expect("date-time")
}

#[test]
fn quoting_helpers() {
    assert_eq!(quote_string("O'Brien"), "'O''Brien'");
    assert_eq!(quote_string(""), "''");
    assert_eq!(quote_string("''"), "''''''");
    assert_eq!(quote_string("é'"), "'é'''");
    assert_eq!(guid_literal(&uuid()), format!("guid'{GUID}'"));
    let value = mim("2015-07-12T04:35:14.433Z");
    assert_eq!(
        datetime_literal(&value),
        "datetime'2015-07-12T04:35:14.433Z'"
    );
    let value = mim("2015-07-11T23:38:09.036164-07:00");
    assert_eq!(
        datetimeoffset_literal(&value),
        "datetimeoffset'2015-07-11T23:38:09.036164-07:00'"
    );
}

#[test]
fn string_key_encoding() {
    assert_eq!(encode_string_key("O'Brien a/b"), "'O''Brien%20a%2Fb'");
    assert_eq!(encode_string_key("a?b#c%d"), "'a%3Fb%23c%25d'");
    assert_eq!(encode_string_key("(x)"), "'(x)'");
    assert_eq!(encode_string_key("é\n"), "'%C3%A9%0A'");
    assert_eq!(encode_string_key("CONTOSO\\jdoe"), "'CONTOSO%5Cjdoe'");
    assert_eq!(
        encode_string_key("a-b_c.d~e!$&*+,;=:@"),
        "'a-b_c.d~e!$&*+,;=:@'"
    );
}

#[test]
fn unquote_string_key_cases() {
    assert_eq!(unquote_string_key("O''Brien").expect("ok"), "O'Brien");
    assert_eq!(unquote_string_key("").expect("ok"), "");
    assert_eq!(unquote_string_key("''''").expect("ok"), "''");
    assert_eq!(unquote_string_key("plain é").expect("ok"), "plain é");
    let error = unquote_string_key("O'Brien").expect_err("lone quote");
    assert_eq!(error.offset(), 1);
    let error = unquote_string_key("ab'''").expect_err("lone trailing quote");
    assert_eq!(error.offset(), 4);
    assert!(unquote_string_key("'").is_err());
}

#[test]
fn escaping_round_trips() {
    let samples = [
        "",
        "O'Brien",
        "'",
        "''",
        "a/b c",
        "100%",
        "é ñ 日本",
        "x?y#z",
        "(a,b)",
        "tab\there",
        "'lead",
        "trail'",
    ];
    for sample in samples {
        // Client encodes; router decodes the segment and strips the quotes; server unquotes.
        let encoded = encode_string_key(sample);
        assert!(encoded.is_ascii() && !encoded.contains(['/', ' ', '?', '#']));
        let decoded = percent_decode_str(&encoded).decode_utf8().expect("utf8");
        let inner = decoded
            .strip_prefix('\'')
            .and_then(|rest| rest.strip_suffix('\''))
            .expect("quoted");
        assert_eq!(unquote_string_key(inner).expect("unquote"), sample);
        // The quoted form parses as one literal consuming everything.
        let quoted = quote_string(sample);
        assert_eq!(
            parse_ok(&quoted),
            (Literal::String(sample.to_owned()), quoted.len())
        );
    }
}

#[test]
fn parses_each_kind_with_consumed_length() {
    let cases: Vec<(&str, Literal, usize)> = vec![
        ("null", Literal::Null, 4),
        ("null)", Literal::Null, 4),
        ("true and x", Literal::Bool(true), 4),
        ("false", Literal::Bool(false), 5),
        ("42", Literal::Int(42), 2),
        ("-7 ", Literal::Int(-7), 2),
        ("+3", Literal::Int(3), 2),
        ("9223372036854775807L", Literal::Int(i64::MAX), 20),
        ("-9223372036854775808l,", Literal::Int(i64::MIN), 21),
        (
            "9223372036854775808",
            Literal::Decimal("9223372036854775808".into()),
            19,
        ),
        ("1.5", Literal::Decimal("1.5".into()), 3),
        ("1.5M", Literal::Decimal("1.5".into()), 4),
        ("-1.50m)", Literal::Decimal("-1.50".into()), 6),
        ("2M", Literal::Decimal("2".into()), 2),
        ("1e3", Literal::Double(1000.0), 3),
        ("1.0d", Literal::Double(1.0), 4),
        ("2.5E-3D eq", Literal::Double(0.0025), 7),
        ("1.5f", Literal::Double(1.5), 4),
        ("1E+2", Literal::Double(100.0), 4),
        ("INF", Literal::Double(f64::INFINITY), 3),
        ("-INF)", Literal::Double(f64::NEG_INFINITY), 4),
        ("INFd", Literal::Double(f64::INFINITY), 4),
        ("'it''s' eq x", Literal::String("it's".into()), 7),
        ("''", Literal::String(String::new()), 2),
        ("'é'x", Literal::String("é".into()), 4),
        (
            "guid'0f8fad5b-d9cb-469f-a165-70867728950e' and x",
            Literal::Guid(uuid()),
            42,
        ),
        (
            "GUID'0F8FAD5B-D9CB-469F-A165-70867728950E'",
            Literal::Guid(uuid()),
            42,
        ),
        (
            "datetime'2015-07-12T04:35:14.433Z')",
            Literal::DateTime(mim("2015-07-12T04:35:14.433Z")),
            34,
        ),
        (
            "DateTime'0001-01-01T00:00:00'",
            Literal::DateTime(MimDateTime::unset()),
            29,
        ),
        (
            "datetimeoffset'2015-07-11T23:38:09.036164-07:00' or",
            Literal::DateTimeOffset(mim("2015-07-11T23:38:09.036164-07:00")),
            48,
        ),
        (
            "DATETIMEOFFSET'2015-07-12T06:07:27.7229894Z'",
            Literal::DateTimeOffset(mim("2015-07-12T06:07:27.7229894Z")),
            44,
        ),
    ];
    for (text, literal, consumed) in cases {
        assert_eq!(parse_ok(text), (literal, consumed), "{text:?}");
    }
    let (nan, consumed) = parse_ok("NaN");
    assert!(matches!(nan, Literal::Double(value) if value.is_nan()));
    assert_eq!(consumed, 3);
}

#[test]
fn typed_literal_keeps_the_wire_form() {
    let (literal, _) = parse_ok("datetime'2015-06-23T11:34:38.5800000Z'");
    let Literal::DateTime(value) = literal else {
        panic!("not a datetime");
    };
    assert_eq!(value.to_string(), "2015-06-23T11:34:38.5800000Z");
}

#[test]
fn literal_errors_carry_offset_and_expectation() {
    let cases: &[(&str, usize, &str)] = &[
        ("", 0, "a literal"),
        (" 1", 0, "a literal"),
        (")", 0, "a literal"),
        ("nullx", 0, "a literal"),
        ("Null", 0, "a literal"),
        ("True", 0, "a literal"),
        ("name eq 'x'", 0, "a literal"),
        ("12abc", 2, "end of the literal"),
        ("1.", 2, "a digit after '.'"),
        ("1.x", 2, "a digit after '.'"),
        ("1e", 2, "exponent digits"),
        ("1e+", 3, "exponent digits"),
        ("-", 1, "a digit"),
        ("-x", 1, "a digit"),
        ("+INFINITY", 1, "a literal"),
        ("1.5L", 3, "an integer before the 'L' suffix"),
        ("1e3M", 3, "a decimal without exponent"),
        ("9223372036854775808L", 0, "an Int64 in range"),
        ("1e999", 0, "a double in range"),
        ("1.2.3", 3, "end of the literal"),
        ("'unterminated", 0, "a closing quote for the string"),
        ("'it''s", 0, "a closing quote for the string"),
        ("guid'0f8fad5b", 4, "a closing quote for the typed literal"),
        ("guid'not-a-guid'", 5, "a hyphenated GUID"),
        (
            "guid'0f8fad5bd9cb469fa16570867728950e'",
            5,
            "a hyphenated GUID",
        ),
        (
            "guid'0f8fad5b-d9cb-469f-a165-70867728950g'",
            5,
            "a hyphenated GUID",
        ),
        ("datetime'2015-13-01T00:00:00Z'", 14, "a MIM date-time"),
        ("datetime'2015-07-12T04:35:14Zjunk'", 29, "a MIM date-time"),
        ("datetimeoffset''", 15, "a MIM date-time"),
        ("time'PT1H'", 0, "a literal (supported typed prefixes"),
        ("X'0A'", 0, "a literal (supported typed prefixes"),
        (
            "guid'0f8fad5b-d9cb-469f-a165-70867728950e'x",
            42,
            "end of the literal",
        ),
    ];
    for &(text, offset, expected) in cases {
        let error = parse_err(text);
        assert_eq!(error.offset(), offset, "{text:?}: {error}");
        assert!(error.expected().starts_with(expected), "{text:?}: {error}");
        assert!(error.to_string().contains(&format!("at byte {offset}")));
        assert!(!error.found().is_empty());
    }
}

#[test]
fn literal_display_round_trips() {
    let literals = [
        Literal::Null,
        Literal::Bool(true),
        Literal::Bool(false),
        Literal::Int(0),
        Literal::Int(-42),
        Literal::Int(i64::MAX),
        Literal::Int(i64::MIN),
        Literal::Decimal("1.50".into()),
        Literal::Decimal("-3".into()),
        Literal::Double(1000.0),
        Literal::Double(-0.0025),
        Literal::Double(1e300),
        Literal::Double(5e-324),
        Literal::Double(f64::INFINITY),
        Literal::Double(f64::NEG_INFINITY),
        Literal::String("it's é".into()),
        Literal::Guid(uuid()),
        Literal::DateTime(mim("2015-06-23T11:34:38.58Z")),
        Literal::DateTimeOffset(mim("2015-07-11T23:07:30.2200123-07:00")),
    ];
    for literal in literals {
        let text = literal.to_string();
        assert_eq!(parse_ok(&text), (literal, text.len()), "{text}");
    }
    assert_eq!(Literal::Int(i64::MAX).to_string(), "9223372036854775807L");
    assert_eq!(Literal::Int(7).to_string(), "7");
    assert_eq!(Literal::Double(f64::NAN).to_string(), "NaN");
}

/// SplitMix64: deterministic pseudo-random source for the property-style tests.
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

#[test]
fn property_strings_and_numbers_round_trip() {
    let alphabet: Vec<char> = "ab'' /?#%()é日\u{0}\n+-.0".chars().collect();
    let mut rng = SplitMix(99);
    for _ in 0..5_000 {
        let len = rng.below(12) as usize;
        let sample: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
            .collect();
        let quoted = quote_string(&sample);
        let with_tail = format!("{quoted} eq x");
        assert_eq!(
            parse_ok(&with_tail),
            (Literal::String(sample.clone()), quoted.len())
        );
        let inner = &quoted[1..quoted.len() - 1];
        assert_eq!(unquote_string_key(inner).expect("unquote"), sample);
        let decoded = percent_decode_str(&encode_string_key(&sample))
            .decode_utf8()
            .expect("utf8")
            .into_owned();
        assert_eq!(decoded, quoted);

        let int = rng.next() as i64;
        let text = Literal::Int(int).to_string();
        assert_eq!(parse_ok(&text), (Literal::Int(int), text.len()));
        let double = f64::from_bits(rng.next());
        if double.is_finite() {
            let text = Literal::Double(double).to_string();
            assert_eq!(
                parse_ok(&text),
                (Literal::Double(double), text.len()),
                "{text}"
            );
        }
    }
}

#[test]
fn no_panic_on_arbitrary_input() {
    let alphabet: Vec<char> = "gGuidatemofsnlrINFaN0123456789.eE+-'LMDd x()é"
        .chars()
        .collect();
    let mut rng = SplitMix(3);
    for _ in 0..20_000 {
        let len = rng.below(24) as usize;
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
            .collect();
        match parse_literal(&text) {
            Ok((_, consumed)) => assert!(consumed > 0 && text.is_char_boundary(consumed)),
            Err(error) => assert!(error.offset() <= text.len()),
        }
        let _ = unquote_string_key(&text);
    }
}
