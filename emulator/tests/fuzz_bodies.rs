//! The fuzz target bodies (`mim_emulator::fuzzing`, also run by cargo-fuzz under `fuzz/`) on
//! stable: over seed inputs and their random mutations, and over random token soups.

use mim_emulator::fuzzing::{self, Gen};

/// Insert, delete, replace or duplicate random bytes of `seed`.
fn mutate(g: &mut Gen, seed: &[u8], alphabet: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..=g.below(6) {
        let at = if out.is_empty() {
            0
        } else {
            g.below(out.len())
        };
        match g.below(5) {
            0 => out.insert(at, alphabet[g.below(alphabet.len())]),
            1 if !out.is_empty() => {
                out.remove(at);
            }
            2 if !out.is_empty() => out[at] = alphabet[g.below(alphabet.len())],
            3 if !out.is_empty() => {
                let end = (at + 1 + g.below(8)).min(out.len());
                let piece = out[at..end].to_vec();
                out.splice(at..at, piece);
            }
            _ => out.insert(at, u8::try_from(g.below(256)).unwrap_or(0)),
        }
    }
    out
}

fn run(target: fn(&[u8]), seeds: &[&str], alphabet: &[u8], rounds: usize) {
    let mut g = Gen(0x5eed_1234_abcd_0001);
    for seed in seeds {
        target(seed.as_bytes());
    }
    for _ in 0..rounds {
        let seed = seeds[g.below(seeds.len())].as_bytes();
        target(&mutate(&mut g, seed, alphabet));
    }
}

const FILTER_SEEDS: &[&str] = &[
    "DisplayName eq 'SQL File Access'",
    "CreationTime gt datetime'2015-06-12T04:49:32.431Z' and CreationTime lt datetime'2015-07-01T04:49:32.432Z'",
    "not (RequestedTTL gt 3600) or RequestStatus eq 'Active'",
    "RequestId eq guid'C28EAB4A-95CF-4C08-A153-D5E8A9E660CD'",
    "Justification eq null and (RoleId ne '8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62')",
    "((((RequestedTTL eq 1))))",
    "not not not RequestStatus eq 'x'",
    "(RequestedTTL eq 600.5M) eq true",
    "ExpirationTime le RequestedTime or CreationMethod eq 'PAM Web API'",
];

#[test]
fn filter_body_on_generated_inputs() {
    run(
        fuzzing::filter,
        FILTER_SEEDS,
        b"() notandoreqgtlt'0123456789.-+:TZguidatetime",
        30_000,
    );
    // Token soups: long random sequences of filter tokens.
    let tokens = [
        "(",
        ")",
        " not ",
        " and ",
        " or ",
        " eq ",
        " lt ",
        "RequestedTTL",
        "RequestStatus",
        "Justification",
        "null",
        "true",
        "1",
        "'a'",
        "guid'00000000-0000-0000-0000-000000000000'",
    ];
    let mut g = Gen(42);
    for _ in 0..3_000 {
        let text: String = (0..g.below(400))
            .map(|_| tokens[g.below(tokens.len())])
            .collect();
        fuzzing::filter(text.as_bytes());
    }
    // The inputs of the bug report: thousands of parentheses or `not`s.
    fuzzing::filter(format!("{}TTL eq 1{}", "(".repeat(3000), ")".repeat(3000)).as_bytes());
    fuzzing::filter("not ".repeat(9000).as_bytes());
}

#[test]
fn datetime_body_on_generated_inputs() {
    run(
        fuzzing::datetime,
        &[
            "2015-06-23T11:34:38.58Z",
            "2015-07-12T04:35:14.4330000-07:00",
            "0001-01-01T00:00:00",
            "9999-12-31T23:59:59.9999999Z",
            "2024-02-29T12:00:00+14:00",
        ],
        b"0123456789-:T.Z+ ",
        30_000,
    );
}

#[test]
fn odata_literal_body_on_generated_inputs() {
    run(
        fuzzing::odata_literal,
        &[
            "'it''s'",
            "guid'c28eab4a-95cf-4c08-a153-d5e8a9e660cd'",
            "datetime'2015-06-23T11:34:38.58Z'",
            "datetimeoffset'2015-06-23T11:34:38.58+02:00'",
            "42L",
            "-1.5e10d",
            "600.25M",
            "1.5f",
            "NaN",
            "-INF",
            "null",
            "true",
        ],
        b"0123456789'.-+eEdDfFmMlLINFNaguidtme",
        30_000,
    );
}
