//! `cargo xtask load-bench`: the generated router against a hand-written axum route over real
//! HTTP, and the emulator's `GET pamroles`, under `wrk`.
//!
//! Both servers are the release build of `generated-server-stubs`' `load-server` example and run
//! through the same serve loop, one tokio worker each, pinned to core 0 (`taskset`, when there);
//! `wrk` runs pinned to core 1 with 64 connections. The two servers are measured in the same run,
//! round by round, in alternating order, so that the machine's other load falls on both; the
//! figure is the median of the rounds, and the ratio is what the goal is stated in.
//! Only loopback addresses are used.

use anyhow::{Context, bail};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

/// Options of `load-bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Seconds per `wrk` run.
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Concurrent connections.
    #[arg(long, default_value_t = 64)]
    connections: u32,
    /// Rounds per server (the median is reported).
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Also measure the emulator's `GET /api/pamresources/pamroles` (p99 latency).
    #[arg(long)]
    emulator: bool,
}

const ID: &str = "5ec10e61-cdd1-404e-a18e-740467d87dbf";

/// What one `wrk` run reported.
#[derive(Debug, Clone, Copy)]
struct Run {
    requests_per_sec: f64,
    p50_ms: f64,
    p99_ms: f64,
}

pub fn run(args: &Args) -> anyhow::Result<std::process::ExitCode> {
    if Command::new("wrk").arg("--version").output().is_err() {
        bail!("`wrk` is not on PATH; install it (Debian: apt-get install wrk)");
    }
    let root = crate::targets::workspace_root();
    let mut build = vec![
        "build",
        "--release",
        "-p",
        "generated-server-stubs",
        "--example",
        "load-server",
    ];
    if args.emulator {
        build.extend(["-p", "mim-emulator", "--bin", "mim-emulator"]);
    }
    let status = Command::new(env!("CARGO"))
        .args(&build)
        .current_dir(&root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build failed");
    }
    let release = root.join("target/release");
    let server = release.join("examples/load-server");
    let post = write_post_script()?;
    let mut runs: Vec<(&str, Vec<Run>)> = vec![("axum", Vec::new()), ("generated", Vec::new())];
    for round in 0..args.rounds {
        let order: [usize; 2] = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for i in order {
            let which = runs[i].0;
            let (child, stdin, addr) = start_load_server(&server, which)?;
            let path = match which {
                "axum" => format!("/api/pamresources/pamrequests/{ID}/Close"),
                _ => format!("/api/pamresources/pamrequests(guid'{ID}')/Close"),
            };
            let result = wrk(args, &format!("http://{addr}{path}"), Some(&post), &[]);
            stop(child, stdin);
            let result = result?;
            println!(
                "round {}: {which:<9} {:>10.0} req/s  p50 {:.2} ms  p99 {:.2} ms",
                round + 1,
                result.requests_per_sec,
                result.p50_ms,
                result.p99_ms
            );
            runs[i].1.push(result);
        }
    }
    let axum = median(&runs[0].1);
    let generated = median(&runs[1].1);
    println!();
    println!(
        "median of {} rounds, {} connections, {} s each:",
        args.rounds, args.connections, args.duration
    );
    println!(
        "  axum route (baseline)   {:>10.0} req/s  p99 {:.2} ms",
        axum.requests_per_sec, axum.p99_ms
    );
    println!(
        "  generated router        {:>10.0} req/s  p99 {:.2} ms",
        generated.requests_per_sec, generated.p99_ms
    );
    println!(
        "  ratio generated / axum  {:>10.2}",
        generated.requests_per_sec / axum.requests_per_sec
    );
    // Each round's two runs are adjacent in time, so their ratio cancels most of the machine's
    // other load; the median of those is the steadier figure on a shared machine.
    let mut paired: Vec<f64> = runs[0]
        .1
        .iter()
        .zip(&runs[1].1)
        .map(|(a, g)| g.requests_per_sec / a.requests_per_sec)
        .collect();
    paired.sort_by(f64::total_cmp);
    println!(
        "  median of per-round ratios {:>7.2}",
        paired[paired.len() / 2]
    );
    if args.emulator {
        emulator_pamroles(args, &release.join("mim-emulator"))?;
    }
    let _ = std::fs::remove_file(post);
    Ok(std::process::ExitCode::SUCCESS)
}

/// `GET pamroles` as `PRIV\Jen` against the release emulator on a fresh database.
fn emulator_pamroles(args: &Args, binary: &Path) -> anyhow::Result<()> {
    let db = std::env::temp_dir().join(format!("load-bench-{}.db", std::process::id()));
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0")?;
        probe.local_addr()?.port()
    };
    let addr = format!("127.0.0.1:{port}");
    let mut child = pinned(binary, "0")
        .args(["--listen", &addr, "--db"])
        .arg(&db)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .context("starting the emulator")?;
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(&addr).is_err() {
        if Instant::now() > deadline {
            let _ = child.kill();
            bail!("the emulator did not listen on {addr}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // "PRIV\Jen:Pa55w.rd", a seeded user.
    let auth = ["-H", "Authorization: Basic UFJJVlxKZW46UGE1NXcucmQ="];
    let mut results = Vec::new();
    for round in 0..args.rounds {
        let r = wrk(
            args,
            &format!("http://{addr}/api/pamresources/pamroles"),
            None,
            &auth,
        );
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                let _ = child.kill();
                return Err(e);
            }
        };
        println!(
            "round {}: emulator GET pamroles {:>8.0} req/s  p50 {:.2} ms  p99 {:.2} ms",
            round + 1,
            r.requests_per_sec,
            r.p50_ms,
            r.p99_ms
        );
        results.push(r);
    }
    let _ = child.kill();
    let _ = child.wait();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let m = median(&results);
    println!(
        "  emulator GET pamroles (median)  {:>8.0} req/s  p99 {:.2} ms",
        m.requests_per_sec, m.p99_ms
    );
    Ok(())
}

/// `taskset -c CORE program` when taskset exists, else the program alone.
fn pinned(program: &Path, core: &str) -> Command {
    if Command::new("taskset").arg("--version").output().is_ok() {
        let mut c = Command::new("taskset");
        c.args(["-c", core]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn start_load_server(binary: &Path, which: &str) -> anyhow::Result<(Child, ChildStdin, String)> {
    let mut child = pinned(binary, "0")
        .args([which, "127.0.0.1:0", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {}", binary.display()))?;
    let stdin = child.stdin.take().context("stdin")?;
    let stdout = child.stdout.take().context("stdout")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    let Some(addr) = line.trim().strip_prefix("listening ") else {
        let _ = child.kill();
        bail!("load-server said `{}` instead of its address", line.trim());
    };
    Ok((child, stdin, addr.to_string()))
}

/// Close the server's stdin (it then drains and exits) and wait for it.
fn stop(mut child: Child, stdin: ChildStdin) {
    drop(stdin);
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn write_post_script() -> anyhow::Result<PathBuf> {
    let path = std::env::temp_dir().join(format!("load-bench-post-{}.lua", std::process::id()));
    std::fs::write(&path, "wrk.method = \"POST\"\n")?;
    Ok(path)
}

fn wrk(args: &Args, url: &str, script: Option<&Path>, extra: &[&str]) -> anyhow::Result<Run> {
    let mut command = pinned(Path::new("wrk"), "1");
    command.args([
        "-t1",
        &format!("-c{}", args.connections),
        &format!("-d{}s", args.duration),
        "--latency",
    ]);
    if let Some(script) = script {
        command.arg("-s").arg(script);
    }
    let output = command
        .args(extra)
        .arg(url)
        .output()
        .context("running wrk")?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!(
            "wrk failed: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    if let Some(line) = text
        .lines()
        .find(|l| l.contains("Non-2xx or 3xx responses"))
    {
        bail!(
            "the server answered errors under load ({}): {url}",
            line.trim()
        );
    }
    parse_wrk(&text).with_context(|| format!("unexpected wrk output:\n{text}"))
}

/// `Requests/sec:` and the `--latency` percentiles from wrk's report.
fn parse_wrk(text: &str) -> Option<Run> {
    let value = |prefix: &str| -> Option<&str> {
        text.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(prefix))
            .map(str::trim)
    };
    Some(Run {
        requests_per_sec: value("Requests/sec:")?.parse().ok()?,
        p50_ms: millis(value("50%")?)?,
        p99_ms: millis(value("99%")?)?,
    })
}

/// `812.00us`, `1.23ms`, `2.01s` → milliseconds.
fn millis(text: &str) -> Option<f64> {
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let (n, unit) = text.split_at(split);
    let n: f64 = n.parse().ok()?;
    match unit {
        "us" => Some(n / 1000.0),
        "ms" => Some(n),
        "s" => Some(n * 1000.0),
        "m" => Some(n * 60_000.0),
        _ => None,
    }
}

fn median(runs: &[Run]) -> Run {
    let mut sorted = runs.to_vec();
    sorted.sort_by(|a, b| a.requests_per_sec.total_cmp(&b.requests_per_sec));
    let mut p99: Vec<f64> = runs.iter().map(|r| r.p99_ms).collect();
    p99.sort_by(f64::total_cmp);
    Run {
        p99_ms: p99[p99.len() / 2],
        ..sorted[sorted.len() / 2]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrk_reports_are_parsed() {
        let report = "Running 10s test @ http://127.0.0.1:1/x\n  1 threads and 64 connections\n\
            Thread Stats   Avg      Stdev     Max   +/- Stdev\n    Latency     1.02ms  200.00us   9.00ms   90.00%\n\
            Latency Distribution\n     50%  812.00us\n     75%    1.10ms\n     90%    1.40ms\n     99%    2.50ms\n\
            441234 requests in 10.00s, 30.00MB read\nRequests/sec:  44123.40\nTransfer/sec:      3.00MB\n";
        let run = parse_wrk(report).expect("parsed");
        assert_eq!(run.requests_per_sec, 44123.40);
        assert!((run.p50_ms - 0.812).abs() < 1e-9);
        assert_eq!(run.p99_ms, 2.5);
        assert!(millis("2.01s").is_some_and(|ms| (ms - 2010.0).abs() < 1e-9));
        assert!(parse_wrk("nothing").is_none());
    }
}
