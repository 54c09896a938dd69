//! Property test: the SQL compilation of a `$filter` selects exactly the rows the in-memory
//! evaluator (the oracle) accepts, on random rows and random expressions.

use super::compile as compile_sql;
use crate::filter::{self, FilterError, Filterable};
use crate::fuzzing::Gen;
use crate::pam::logic::to_wire;
use crate::store::pam::{insert_request, insert_role, requests_by_creator};
use crate::store::{PamRequestRow, Role, RoleRow, StoredStatus, User, schema, users};
use chrono::{TimeDelta, Utc};
use generated_server_stubs::pam::types;
use mim_wire::MimDateTime;
use rusqlite::Connection;
use uuid::Uuid;

const PROPERTIES: &[&str] = <types::PamRequest as Filterable>::PROPERTIES;

const OPS: &[&str] = &["eq", "ne", "gt", "lt", "ge", "le"];

struct World {
    conn: Connection,
    creator: Uuid,
    rows: Vec<PamRequestRow>,
    now: MimDateTime,
}

fn at(now: MimDateTime, seconds: i64) -> MimDateTime {
    MimDateTime::from_utc(now.to_utc() + TimeDelta::seconds(seconds))
}

fn world(g: &mut Gen) -> World {
    let mut conn = Connection::open_in_memory().expect("db");
    schema::migrate(&mut conn).expect("schema");
    let creator = Uuid::new_v4();
    users::insert(
        &conn,
        &User {
            id: creator,
            name: "PRIV\\Jen".into(),
            password: "x".into(),
            cm_uuid: None,
        },
    )
    .expect("user");
    let roles: Vec<Uuid> = (0..2).map(|_| Uuid::new_v4()).collect();
    for id in &roles {
        insert_role(
            &conn,
            &Role {
                row: RoleRow {
                    id: *id,
                    display_name: "R".into(),
                    description: None,
                    ttl: 3600,
                    available_from: MimDateTime::unset(),
                    available_to: MimDateTime::unset(),
                    mfa_enabled: false,
                    approval_enabled: false,
                    availability_window_enabled: false,
                },
                candidates: vec![creator],
                approvers: Vec::new(),
            },
        )
        .expect("role");
    }
    let now = MimDateTime::from_utc(Utc::now());
    let justifications = [
        None,
        Some("Active"),
        Some("600"),
        Some("abc"),
        Some("2026-01-01T00:00:00Z"),
        Some("8f5cec1a-ecba-42ec-b76d-e6e0e4bf4c62"),
        Some(""),
    ];
    let mut rows = Vec::new();
    for _ in 0..40 {
        let requested = at(now, *g.pick(&[-7200, -60, 0, 60, 7200]));
        let row = PamRequestRow {
            id: Uuid::new_v4(),
            creator,
            role_id: *g.pick(&roles),
            justification: g.pick(&justifications).map(str::to_string),
            creation_time: at(now, *g.pick(&[-86_400, -3600, -1])),
            expiration_time: if g.below(4) == 0 {
                MimDateTime::unset()
            } else {
                at(now, *g.pick(&[-3600, -1, 1, 3600]))
            },
            requested_ttl: *g.pick(&[-5, 0, 60, 600, 3600]),
            requested_time: requested,
            status: *g.pick(&StoredStatus::ALL),
            approval_id: None,
        };
        insert_request(&conn, &row).expect("insert");
        rows.push(row);
    }
    World {
        conn,
        creator,
        rows,
        now,
    }
}

fn literal(g: &mut Gen, w: &World) -> String {
    let row = &w.rows[g.below(w.rows.len())];
    match g.below(16) {
        0 => format!("guid'{}'", row.id),
        1 => format!("guid'{}'", row.role_id),
        2 => format!("guid'{}'", Uuid::new_v4()),
        3 => format!("datetime'{}'", row.creation_time),
        4 => format!("datetime'{}'", w.now),
        5 => format!("datetimeoffset'{}'", row.requested_time),
        6 => format!(
            "'{}'",
            g.pick(&[
                "Active",
                "Closed",
                "Expired",
                "PendingApproval",
                "PAM Web API"
            ])
        ),
        7 => format!("'{}'", g.pick(&["abc", "600", "", "Active"])),
        8 => format!("'{}'", row.id),
        9 => format!("'{}'", row.requested_time),
        10 => g.pick(&["0", "60", "600", "3600", "-5"]).to_string(),
        11 => g
            .pick(&["600.0", "60.5", "1e3", "600M", "600d"])
            .to_string(),
        12 => "null".into(),
        13 => g.pick(&["true", "false"]).to_string(),
        14 => format!("'{}'", row.justification.clone().unwrap_or_default()),
        _ => format!("{}", row.requested_ttl),
    }
}

/// A property (with probability `property_in_4` / 4) or a literal.
fn operand(g: &mut Gen, w: &World, property_in_4: usize) -> String {
    if g.below(4) < property_in_4 {
        g.pick(PROPERTIES).to_string()
    } else {
        literal(g, w)
    }
}

fn expr(g: &mut Gen, w: &World, depth: usize) -> String {
    let choice = if depth == 0 { 0 } else { g.below(6) };
    match choice {
        0..=2 => {
            let (a, b) = (operand(g, w, 3), operand(g, w, 1));
            format!("{a} {} {b}", g.pick(OPS))
        }
        3 => format!(
            "({}) and ({})",
            expr(g, w, depth - 1),
            expr(g, w, depth - 1)
        ),
        4 => format!("{} or {}", expr(g, w, depth - 1), expr(g, w, depth - 1)),
        _ => {
            let inner = expr(g, w, depth - 1);
            if g.below(2) == 0 {
                format!("not ({inner})")
            } else {
                format!(
                    "({inner}) {} {}",
                    g.pick(&["eq", "ne"]),
                    g.pick(&["true", "false"])
                )
            }
        }
    }
}

#[test]
fn sql_agrees_with_the_evaluator() {
    let mut compared = 0;
    let mut refused = 0;
    // Expressions that keep some rows but not all: the ones that tell SQL and oracle apart.
    let mut selective = 0;
    for seed in 1..=40u64 {
        let mut g = Gen(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let w = world(&mut g);
        let wire: Vec<types::PamRequest> = w
            .rows
            .iter()
            .map(|r| to_wire(r, w.now).expect("wire"))
            .collect();
        for _ in 0..150 {
            let depth = g.below(3);
            let text = expr(&mut g, &w, depth);
            let Some(parsed) = filter::compile::<types::PamRequest>(Some(&text))
                .unwrap_or_else(|e| panic!("seed {seed}: `{text}` does not parse: {e}"))
            else {
                continue;
            };
            let expected: Vec<Uuid> = filter::apply(wire.clone(), Some(&parsed))
                .iter()
                .map(|r| r.request_id)
                .collect();
            let sql = match compile_sql(&parsed, w.now) {
                Ok(sql) => sql,
                Err(FilterError { message, .. }) => {
                    assert!(message.contains("not supported"), "{text}: {message}");
                    refused += 1;
                    continue;
                }
            };
            let got: Vec<Uuid> = requests_by_creator(&w.conn, w.creator, Some(&sql))
                .unwrap_or_else(|e| panic!("seed {seed}: `{text}` → {}: {e}", sql.sql))
                .iter()
                .map(|r| r.id)
                .collect();
            assert_eq!(got, expected, "seed {seed}: `{text}`\nSQL: {}", sql.sql);
            compared += 1;
            if !expected.is_empty() && expected.len() < w.rows.len() {
                selective += 1;
            }
        }
    }
    assert!(
        compared > 3000,
        "only {compared} expressions compared ({refused} refused)"
    );
    assert!(
        selective > 500,
        "only {selective} of {compared} expressions were selective"
    );
}

/// Approvals: several creators (with and without domain, other case), two roles, requests in
/// several states and some by the approver himself (never listed).
struct ApprovalWorld {
    conn: Connection,
    approver: User,
    rows: Vec<PamRequestRow>,
}

fn approval_world(g: &mut Gen) -> ApprovalWorld {
    let mut conn = Connection::open_in_memory().expect("db");
    schema::migrate(&mut conn).expect("schema");
    let user = |name: &str| User {
        id: Uuid::new_v4(),
        name: name.into(),
        password: "x".into(),
        cm_uuid: None,
    };
    let approver = user("PRIV\\Bob");
    let creators = [
        user("PRIV\\Jen"),
        user("Alice"),
        user("priv\\Carl"),
        approver.clone(),
    ];
    for u in &creators {
        users::insert(&conn, u).expect("user");
    }
    let roles: Vec<Uuid> = (0..2).map(|_| Uuid::new_v4()).collect();
    for (i, id) in roles.iter().enumerate() {
        insert_role(
            &conn,
            &Role {
                row: RoleRow {
                    id: *id,
                    display_name: ["ApprovalRole", "Ops Role"][i].into(),
                    description: None,
                    ttl: 3600,
                    available_from: MimDateTime::unset(),
                    available_to: MimDateTime::unset(),
                    mfa_enabled: false,
                    approval_enabled: true,
                    availability_window_enabled: false,
                },
                candidates: creators.iter().map(|u| u.id).collect(),
                approvers: vec![approver.id],
            },
        )
        .expect("role");
    }
    let now = MimDateTime::from_utc(Utc::now());
    let mut rows = Vec::new();
    for _ in 0..40 {
        let pending = g.below(4) != 0;
        let row = PamRequestRow {
            id: Uuid::new_v4(),
            creator: g.pick(&creators).id,
            role_id: *g.pick(&roles),
            justification: g
                .pick(&[None, Some("ok"), Some("600"), Some("")])
                .map(str::to_string),
            creation_time: at(now, *g.pick(&[-86_400, -3600, -1])),
            expiration_time: MimDateTime::unset(),
            requested_ttl: *g.pick(&[-5, 0, 60, 600, 3600]),
            requested_time: at(now, *g.pick(&[-60, 0, 60])),
            status: if pending {
                StoredStatus::PendingApproval
            } else {
                StoredStatus::Rejected
            },
            approval_id: Some(Uuid::new_v4()),
        };
        insert_request(&conn, &row).expect("insert");
        rows.push(row);
    }
    ApprovalWorld {
        conn,
        approver,
        rows,
    }
}

fn approval_literal(g: &mut Gen, w: &ApprovalWorld) -> String {
    let row = &w.rows[g.below(w.rows.len())];
    match g.below(10) {
        0 => format!(
            "'{}'",
            g.pick(&["ApprovalRole", "Ops Role", "approvalrole"])
        ),
        1 => format!(
            "'{}'",
            g.pick(&["PRIV.Jen", "Alice", "priv.Carl", "PRIV.jen", "PRIV.Bob"])
        ),
        2 => format!("guid'{}'", row.id),
        3 => format!("guid'{}'", row.creator),
        4 => format!("guid'{}'", row.approval_id.unwrap_or_default()),
        5 => format!("datetime'{}'", row.creation_time),
        6 => format!("datetime'{}'", row.requested_time),
        7 => g
            .pick(&["0", "60", "600", "3600", "600.0", "null", "true"])
            .to_string(),
        8 => format!("'{}'", row.justification.clone().unwrap_or_default()),
        _ => format!("'{}'", row.id),
    }
}

fn approval_expr(g: &mut Gen, w: &ApprovalWorld, depth: usize) -> String {
    let properties = <types::PamRequestToApprove as Filterable>::PROPERTIES;
    match if depth == 0 { 0 } else { g.below(5) } {
        0..=2 => format!(
            "{} {} {}",
            g.pick(properties),
            g.pick(OPS),
            approval_literal(g, w)
        ),
        3 => format!(
            "{} and {}",
            approval_expr(g, w, depth - 1),
            approval_expr(g, w, depth - 1)
        ),
        _ => format!(
            "not ({}) or {}",
            approval_expr(g, w, depth - 1),
            approval_expr(g, w, depth - 1)
        ),
    }
}

#[test]
fn approval_sql_agrees_with_the_evaluator() {
    let mut compared = 0;
    let mut selective = 0;
    for seed in 1..=30u64 {
        let mut g = Gen(seed.wrapping_mul(0xd1b5_4a32_d192_ed03));
        let w = approval_world(&mut g);
        let all = super::super::logic::list_to_approve(&w.conn, &w.approver, None).expect("list");
        assert!(all.iter().all(|a| a.requestor_id.value != w.approver.id));
        for _ in 0..150 {
            let depth = g.below(3);
            let text = approval_expr(&mut g, &w, depth);
            let Some(parsed) =
                filter::compile::<types::PamRequestToApprove>(Some(&text)).expect("parses")
            else {
                continue;
            };
            let expected: Vec<Uuid> = filter::apply(all.clone(), Some(&parsed))
                .iter()
                .map(|a| a.fim_request_id.value)
                .collect();
            let got =
                match super::super::logic::list_to_approve(&w.conn, &w.approver, Some(&parsed)) {
                    Ok(list) => list
                        .iter()
                        .map(|a| a.fim_request_id.value)
                        .collect::<Vec<_>>(),
                    Err(fail) => {
                        assert!(
                            fail.message().contains("not supported"),
                            "{text}: {}",
                            fail.message()
                        );
                        continue;
                    }
                };
            assert_eq!(got, expected, "seed {seed}: `{text}`");
            compared += 1;
            if !expected.is_empty() && expected.len() < all.len() {
                selective += 1;
            }
        }
    }
    assert!(
        compared > 2000 && selective > 300,
        "{compared} compared, {selective} selective"
    );
}

fn role_literal(g: &mut Gen, roles: &[Role], now: MimDateTime) -> String {
    let role = &g.pick(roles).row;
    match g.below(9) {
        0 => format!("'{}'", g.pick(&["Ops", "ops", "Allow AD Access ", "3600"])),
        1 => format!("guid'{}'", role.id),
        2 => format!("'{}'", role.id),
        3 => format!("datetime'{}'", role.available_from),
        4 => format!("datetimeoffset'{}'", now),
        5 => g
            .pick(&["0", "60", "3600", "7200", "3600.0", "-1"])
            .to_string(),
        6 => g.pick(&["true", "false", "null"]).to_string(),
        7 => format!("'{}'", role.description.clone().unwrap_or_default()),
        _ => format!("'{}'", role.available_to),
    }
}

fn role_expr(g: &mut Gen, roles: &[Role], now: MimDateTime, depth: usize) -> String {
    let properties = <types::PamRole as Filterable>::PROPERTIES;
    match if depth == 0 { g.below(4) } else { g.below(6) } {
        0 => g.pick(properties).to_string(),
        1..=3 => format!(
            "{} {} {}",
            g.pick(properties),
            g.pick(OPS),
            role_literal(g, roles, now)
        ),
        4 => format!(
            "{} or ({})",
            role_expr(g, roles, now, depth - 1),
            role_expr(g, roles, now, depth - 1)
        ),
        _ => format!(
            "not {} and {}",
            role_expr(g, roles, now, depth - 1),
            role_expr(g, roles, now, depth - 1)
        ),
    }
}

#[test]
fn role_sql_agrees_with_the_evaluator() {
    let mut compared = 0;
    let mut selective = 0;
    for seed in 1..=30u64 {
        let mut g = Gen(seed.wrapping_mul(0x94d0_49bb_1331_11eb));
        let mut conn = Connection::open_in_memory().expect("db");
        schema::migrate(&mut conn).expect("schema");
        let user = User {
            id: Uuid::new_v4(),
            name: "PRIV\\Jen".into(),
            password: "x".into(),
            cm_uuid: None,
        };
        users::insert(&conn, &user).expect("user");
        let now = MimDateTime::from_utc(Utc::now());
        let roles: Vec<Role> = (0..12)
            .map(|_| Role {
                row: RoleRow {
                    id: Uuid::new_v4(),
                    display_name: g
                        .pick(&["Ops", "ops", "Allow AD Access ", "3600"])
                        .to_string(),
                    description: g.pick(&[None, Some("x"), Some("3600")]).map(str::to_string),
                    ttl: *g.pick(&[-1, 0, 60, 3600, 7200]),
                    available_from: at(now, *g.pick(&[-3600, 0, 3600])),
                    available_to: if g.below(3) == 0 {
                        MimDateTime::unset()
                    } else {
                        at(now, *g.pick(&[-60, 60, 86_400]))
                    },
                    mfa_enabled: g.below(2) == 0,
                    approval_enabled: g.below(2) == 0,
                    availability_window_enabled: g.below(2) == 0,
                },
                candidates: if g.below(5) == 0 {
                    Vec::new()
                } else {
                    vec![user.id]
                },
                approvers: Vec::new(),
            })
            .collect();
        for role in &roles {
            insert_role(&conn, role).expect("role");
        }
        let all = super::super::logic::list_roles(&conn, &user, None).expect("roles");
        for _ in 0..150 {
            let depth = g.below(3);
            let text = role_expr(&mut g, &roles, now, depth);
            let Some(parsed) = filter::compile::<types::PamRole>(Some(&text)).expect("parses")
            else {
                continue;
            };
            let expected: Vec<Uuid> = filter::apply(all.clone(), Some(&parsed))
                .iter()
                .map(|r| r.role_id)
                .collect();
            let got = match super::super::logic::list_roles(&conn, &user, Some(&parsed)) {
                Ok(list) => list.iter().map(|r| r.role_id).collect::<Vec<_>>(),
                Err(fail) => {
                    assert!(
                        fail.message().contains("not supported"),
                        "{text}: {}",
                        fail.message()
                    );
                    continue;
                }
            };
            assert_eq!(got, expected, "seed {seed}: `{text}`");
            compared += 1;
            if !expected.is_empty() && expected.len() < all.len() {
                selective += 1;
            }
        }
    }
    assert!(
        compared > 2000 && selective > 500,
        "{compared} compared, {selective} selective"
    );
}
