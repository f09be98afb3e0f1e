//! Builds the name automaton of the embedded gazetteer at compile time (it takes ~75 ms to
//! build, most of the start-up cost otherwise) and writes it to OUT_DIR for `include_bytes!`.

#[path = "src/forms.rs"]
#[allow(dead_code)]
mod forms;

use std::io::Read;

fn main() {
    let data = "../../data/gazetteer/divisions.csv.gz";
    println!("cargo:rerun-if-changed={data}");
    println!("cargo:rerun-if-changed=src/forms.rs");
    let bytes = std::fs::read(data).expect("data/gazetteer/divisions.csv.gz (run `make gazetteer`)");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut text).expect("gzip");
    let divisions = forms::parse_csv(&text).expect("divisions table");
    let names = forms::build_automaton(&forms::name_forms(&divisions)).expect("automaton");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("names.daac");
    std::fs::write(out, names.serialize()).expect("writing the automaton");
}
