use super::*;

struct Row {
    name: &'static str,
    ttl: i64,
    approval: bool,
    created: &'static str,
    id: &'static str,
    description: Option<&'static str>,
}

impl Filterable for Row {
    const PROPERTIES: &'static [&'static str] = &[
        "DisplayName",
        "TTL",
        "ApprovalEnabled",
        "CreationTime",
        "RoleId",
        "Description",
    ];
    fn property(&self, name: &str) -> Value {
        match name {
            "DisplayName" => Value::Str(self.name.into()),
            "TTL" => Value::Int(self.ttl),
            "ApprovalEnabled" => Value::Bool(self.approval),
            "CreationTime" => self.created.parse().map_or(Value::Null, Value::DateTime),
            "RoleId" => self.id.parse().map_or(Value::Null, Value::Guid),
            "Description" => self
                .description
                .map_or(Value::Null, |d| Value::Str(d.into())),
            _ => Value::Null,
        }
    }
}

fn rows() -> Vec<Row> {
    vec![
        Row {
            name: "SQL File Access",
            ttl: 3600,
            approval: false,
            created: "2015-06-23T11:34:38.58Z",
            id: "8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62",
            description: None,
        },
        Row {
            name: "ApprovalRole",
            ttl: 7200,
            approval: true,
            created: "2015-07-12T04:35:14.433Z",
            id: "c28eab4a-95cf-4c08-a153-d5e8a9e660cd",
            description: Some("x"),
        },
    ]
}

fn names(filter: &str) -> Vec<&'static str> {
    let expr = compile::<Row>(Some(filter)).expect("filter parses");
    apply(rows(), expr.as_ref())
        .into_iter()
        .map(|r| r.name)
        .collect()
}

#[test]
fn documented_examples() {
    assert_eq!(
        names("DisplayName eq 'SQL File Access'"),
        ["SQL File Access"]
    );
    assert_eq!(
        names(
            "CreationTime gt datetime'2015-06-12T04:49:32.431Z' and CreationTime lt datetime'2015-07-01T04:49:32.432Z'"
        ),
        ["SQL File Access"]
    );
}

#[test]
fn operators_precedence_and_parentheses() {
    assert_eq!(names("TTL ge 3600 and TTL le 3600"), ["SQL File Access"]);
    assert_eq!(
        names("TTL gt 3600 or DisplayName eq 'SQL File Access'"),
        ["SQL File Access", "ApprovalRole"]
    );
    assert_eq!(names("not (TTL gt 3600)"), ["SQL File Access"]);
    assert_eq!(names("not ApprovalEnabled"), ["SQL File Access"]);
    assert_eq!(names("ApprovalEnabled eq true"), ["ApprovalRole"]);
    assert_eq!(
        names("TTL lt 1 or (TTL ne 3600 and ApprovalEnabled)"),
        ["ApprovalRole"]
    );
    assert_eq!(
        names("RoleId eq guid'C28EAB4A-95CF-4C08-A153-D5E8A9E660CD'"),
        ["ApprovalRole"]
    );
    assert_eq!(names("Description eq null"), ["SQL File Access"]);
    assert_eq!(names("Description ne null"), ["ApprovalRole"]);
    assert_eq!(names("TTL eq '7200'"), ["ApprovalRole"]);
    assert_eq!(names("DisplayName eq 'it''s'"), Vec::<&str>::new());
}

#[test]
fn errors_point_at_the_problem() {
    let err = compile::<Row>(Some("DisplayName eq")).unwrap_err();
    assert_eq!(err.position, 14);
    let err = compile::<Row>(Some("Nope eq 1")).unwrap_err();
    assert_eq!(err.position, 0);
    assert!(err.message.contains("unknown property"));
    let err = compile::<Row>(Some("TTL eq 1 TTL")).unwrap_err();
    assert_eq!(err.position, 9);
    let err = compile::<Row>(Some("(TTL eq 1")).unwrap_err();
    assert_eq!(err.position, 9);
    let err = compile::<Row>(Some("TTL eq datetime'bogus'")).unwrap_err();
    assert!(err.position >= 7, "{err}");
    let err = compile::<Row>(Some("DisplayName eq \"x\"")).unwrap_err();
    assert_eq!(err.position, 15);
    let err = compile::<Row>(Some("DisplayName eq 'open")).unwrap_err();
    assert_eq!(err.position, 15);
}

#[test]
fn empty_filter_is_no_filter() {
    assert_eq!(compile::<Row>(Some("  ")).unwrap(), None);
    assert_eq!(compile::<Row>(None).unwrap(), None);
}

#[test]
fn deep_nesting_is_refused_not_recursed() {
    for depth in [33, 3_000, 100_000] {
        let text = format!("{}TTL eq 1{}", "(".repeat(depth), ")".repeat(depth));
        let err = compile::<Row>(Some(&text)).unwrap_err();
        assert!(
            err.message.contains("deeper")
                || err.message.contains("bytes")
                || err.message.contains("tokens"),
            "{depth}: {err}"
        );
        let nots = format!("{}ApprovalEnabled", "not ".repeat(depth));
        assert!(compile::<Row>(Some(&nots)).is_err(), "{depth} nots");
    }
    let ok = format!("{}TTL eq 3600{}", "(".repeat(32), ")".repeat(32));
    assert_eq!(names(&ok), ["SQL File Access"]);
    let ok = format!("{}ApprovalEnabled", "not ".repeat(32));
    assert_eq!(names(&ok), ["ApprovalRole"]);
}

#[test]
fn length_and_token_limits() {
    let long = format!("DisplayName eq '{}'", "x".repeat(MAX_FILTER_BYTES));
    let err = compile::<Row>(Some(&long)).unwrap_err();
    assert!(err.message.contains("bytes"), "{err}");
    // A long flat chain stays inside the length limit but not the token limit.
    let chain = vec!["TTL eq 1"; 200].join(" or ");
    assert!(chain.len() < MAX_FILTER_BYTES);
    let err = compile::<Row>(Some(&chain)).unwrap_err();
    assert!(err.message.contains("tokens"), "{err}");
    // A chain within the limits is flat (wide, not deep) and evaluates.
    let chain = vec!["TTL eq 1"; 100].join(" or ") + " or TTL eq 7200";
    let expr = parse(&chain).expect("parses");
    assert!(matches!(&expr, Expr::Or(items) if items.len() == 101));
    assert_eq!(names(&chain), ["ApprovalRole"]);
}
