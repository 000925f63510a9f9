//! Writes a generated plan of N actions: `cargo run --release --example
//! generate -- 10000 plan-10k.xlsx`. Used by the benchmarks and by
//! `scripts/bench.sh`.

#[path = "../benches/support/plan_generator.rs"]
mod plan_generator;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let actions: usize = args
        .next()
        .ok_or("usage: generate ACTIONS OUT.xlsx")?
        .parse()?;
    let out = args.next().ok_or("usage: generate ACTIONS OUT.xlsx")?;
    plan_generator::write_plan(std::path::Path::new(&out), actions)?;
    println!("wrote {out}: {actions} actions");
    Ok(())
}
