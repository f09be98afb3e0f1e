//! `nianbao synth`: write a synthetic corpus with its truth manifest:
//! `DIR/docs/<file>` (the inputs) and `DIR/truth.jsonl` (one line per document, outside the
//! input directory so that a run over `DIR/docs` sees documents only).

use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

pub fn synth(out: &Path, docs: u64, seed: u64) -> Result<String> {
    let started = Instant::now();
    let docs_dir = out.join("docs");
    std::fs::create_dir_all(&docs_dir).with_context(|| format!("creating {}", docs_dir.display()))?;
    let mut manifest = std::io::BufWriter::new(std::fs::File::create(out.join("truth.jsonl"))?);
    let mut bytes = 0;
    // Chunk by chunk, in order: the truths of a chunk are serialised as soon as it is written,
    // so memory holds one chunk's truths, not the corpus's (a 100,000-document corpus carries
    // ~1.7 GB of truth as structs).
    const CHUNK: u64 = 4096;
    for start in (0..docs).step_by(CHUNK as usize) {
        let lines: Vec<Result<(Vec<u8>, usize)>> = (start..docs.min(start + CHUNK))
            .into_par_iter()
            .map(|i| {
                let doc = nianbao_synth::generate(seed, i);
                let path = docs_dir.join(&doc.truth.file);
                std::fs::write(&path, &doc.bytes).with_context(|| format!("writing {}", path.display()))?;
                let mut line = serde_json::to_vec(&doc.truth)?;
                line.push(b'\n');
                Ok((line, doc.bytes.len()))
            })
            .collect();
        for l in lines {
            let (line, len) = l?;
            bytes += len;
            manifest.write_all(&line)?;
        }
    }
    manifest.flush()?;
    let secs = started.elapsed().as_secs_f64();
    Ok(format!(
        "generated {docs} documents, {:.1} MB, seed {seed}, in {secs:.1} s ({:.0} docs/s) → {}/docs, truth in truth.jsonl\n",
        bytes as f64 / 1e6,
        docs as f64 / secs.max(1e-9),
        out.display()
    ))
}
