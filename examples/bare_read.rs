//! Streams every cell of an xlsx with calamine and does nothing else: the
//! floor `scripts/bench.sh` measures `ragplan check` against.
//! `cargo run --release --example bare_read -- plan.xlsx`

#[path = "../benches/support/bare_read.rs"]
mod bare_read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: bare_read FILE.xlsx")?;
    let cells = bare_read::bare_read(std::path::Path::new(&path))?;
    println!("{cells} cells");
    Ok(())
}
