//! Matching a request path allocates at most the segment list (beyond 8 segments) and the capture
//! list, never one block per segment: segments and captured values borrow from the request unless percent-decoding or an
//! OData `''` changed the text. Counted with dhat's testing mode (one test, so nothing else runs
//! in this process while it counts).

use openapi_core::{Case, PathTemplate, RequestPath};

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// Heap blocks allocated while `f` runs.
fn blocks<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = dhat::HeapStats::get().total_blocks;
    let out = f();
    (out, dhat::HeapStats::get().total_blocks - before)
}

#[test]
fn matching_allocates_per_request_not_per_segment() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let close =
        PathTemplate::parse("/api/pamresources/pamrequests(guid'{requestId}')/Close").unwrap();
    let reject =
        PathTemplate::parse("/api/pamresources/pamrequeststoapprove(guid'{id}')/Reject").unwrap();
    let users = PathTemplate::parse("/api/Users('{name}')/{a}-{b}").unwrap();

    // Plain path: no block (up to 8 segments live on the stack).
    let plain = "/API/PamResources/PamRequests(GUID'5ec10e61-cdd1-404e-a18e-740467d87dbf')/close/";
    let (path, n) = blocks(|| RequestPath::parse(plain).unwrap());
    dhat::assert_eq!(n, 0);
    // Longer paths: the two lists (segments, offsets) spill to the heap and grow by doubling
    // (16, 32, 64): a few blocks for 40 segments, not one per segment.
    let long = "/a".repeat(40);
    let (_, n) = blocks(|| RequestPath::parse(&long).unwrap());
    dhat::assert!(n <= 6, "{n} blocks for 40 segments");
    // A match: one block (the capture list). A miss: none.
    let (captures, n) = blocks(|| close.matches(&path, Case::Insensitive).map(|c| c.len()));
    dhat::assert_eq!((captures, n), (Some(1), 1));
    let (missed, n) = blocks(|| reject.matches(&path, Case::Insensitive).is_none());
    dhat::assert!(missed);
    dhat::assert_eq!(n, 0);

    // Percent-decoding that changes a segment copies that segment only: the decoded copy (which
    // percent-encoding's decoder may grow once while it collects).
    let encoded = "/api/pamresources/pamrequests(guid%27x%27)/Close";
    let (path, n) = blocks(|| RequestPath::parse(encoded).unwrap());
    dhat::assert!((1..=2).contains(&n), "{n} blocks");
    let (_, n) = blocks(|| close.matches(&path, Case::Insensitive).unwrap());
    dhat::assert_eq!(n, 1);

    // Several parameters borrow; undoing an OData `''` copies that one value.
    let (path, _) = blocks(|| RequestPath::parse("/api/Users('O''Brien')/x-y").unwrap());
    let (captures, n) = blocks(|| users.matches(&path, Case::Sensitive).map(|c| c.len()));
    dhat::assert_eq!((captures, n), (Some(3), 2));
}
