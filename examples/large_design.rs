//! Writes the benchmarks' large design (200 candidates, 12 quarters, every list filled) as a
//! design file on standard output, for the browser benchmarks to open as a user would.
//!
//! Run with `cargo run --release --example large_design > bench/tmp/large-design.json`.

#[path = "support/large_design.rs"]
mod support;

fn main() {
    print!(
        "{}",
        partner_blueprint::domain::format::document(&support::large_design())
    );
}
