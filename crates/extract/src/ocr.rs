//! Scanned PDFs (pages that are pictures, no text layer) → text, by Tesseract, page by page.
//!
//! Many agencies publish their report as a scan. Each page is rendered in grey at 300 dpi by
//! poppler's `pdftoppm` (installed for PDFs already) and read by Tesseract with its simplified
//! Chinese model (`tesseract-ocr-chi-sim`, installed by `make setup`), as one block of text
//! (`--psm 6`), so that a table row comes out as one line with its cells apart — what the
//! space-aligned table reader reads.
//!
//! Before that, the table's rules are taken out of the picture: a ruled table is what Tesseract
//! reads worst (the borders become strokes of characters, and whole rows turn to garbage), so
//! every dark run of a tenth of an inch's ten times — longer than any character's stroke — is
//! whitened, horizontal and vertical, with the two pixels around it. What is left of a rule
//! next to a figure (a stroke read as ” or |) is dropped from the text, and a unit read against
//! its figure (次54) is set apart from it.
//!
//! OCR misreads digits. Nothing here corrects one: the figures are kept as Tesseract printed
//! them, the report is marked (`ocr` among its repairs), and every figure read from it is
//! flagged, so that the template's identities — which a misread digit fails — and a reader can
//! weigh them. Each page has a time limit; a document's pages are bounded.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What OCR did to one document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OcrReport {
    pub pages: usize,
    pub seconds: f64,
}

/// Rendering resolution: Tesseract's Chinese model reads body text of 10–12 pt well at 300 dpi.
const DPI: u32 = 300;
/// A dark run at least this long (pixels at [`DPI`]: about 8 mm) is a rule, not a stroke.
const RULE: usize = 100;
/// Pixels whitened on each side of a rule (anti-aliasing, scanner blur).
const RULE_MARGIN: usize = 2;
/// Grey level below which a pixel counts as ink.
const INK: u8 = 160;

fn tesseract() -> String {
    std::env::var("NIANBAO_TESSERACT").unwrap_or_else(|_| "tesseract".to_string())
}

/// Run a program to its end within `timeout`; its stdout, or the reason it failed.
fn run(mut command: Command, what: &str, timeout: Duration) -> Result<Vec<u8>, String> {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::null()).stdin(Stdio::null()).spawn().map_err(|e| {
        match e.kind() {
            std::io::ErrorKind::NotFound => format!(
                "scanned PDF (no text layer) not read: {what} is not installed; `make setup` installs tesseract-ocr and tesseract-ocr-chi-sim (Debian) for OCR"
            ),
            _ => format!("scanned PDF not read: cannot start {what}: {e}"),
        }
    })?;
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let status = match crate::pdf::wait_within(&mut child, timeout) {
        Ok(Some(status)) => status,
        Ok(None) => return Err(format!("scanned PDF not read: {what} ran longer than {} s", timeout.as_secs())),
        Err(e) => return Err(format!("scanned PDF not read: waiting for {what}: {e}")),
    };
    let out = reader.join().unwrap_or_default();
    if !status.success() {
        return Err(format!("scanned PDF not read: {what} failed ({status})"));
    }
    Ok(out)
}

/// OCR every page (at most `max_pages`) of a PDF, each within `page_seconds`.
pub fn ocr_pdf(bytes: &[u8], max_pages: usize, page_seconds: u64) -> Result<(String, OcrReport), String> {
    let started = Instant::now();
    // One document's pages, removed with it.
    let scratch = tempfile::Builder::new()
        .prefix("nianbao-ocr-")
        .tempdir()
        .map_err(|e| format!("OCR: cannot make a scratch directory: {e}"))?;
    let pdf = scratch.path().join("in.pdf");
    std::fs::write(&pdf, bytes).map_err(|e| format!("OCR: writing the scratch PDF: {e}"))?;
    let mut render = Command::new(std::env::var("NIANBAO_PDFTOPPM").unwrap_or_else(|_| "pdftoppm".into()));
    render
        .args(["-r", &DPI.to_string(), "-gray", "-l", &max_pages.to_string()])
        .arg(&pdf)
        .arg(scratch.path().join("p"));
    run(render, "pdftoppm", Duration::from_secs(page_seconds * max_pages as u64))?;
    let mut pages: Vec<(usize, PathBuf)> = std::fs::read_dir(scratch.path())
        .map_err(|e| format!("OCR: reading the scratch directory: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.strip_prefix("p-")?.parse().ok()?;
            (p.extension()? == "pgm").then_some((stem, p))
        })
        .collect();
    pages.sort();
    if pages.is_empty() {
        return Err("scanned PDF not read: no page could be rendered".into());
    }
    let mut text = String::new();
    for (_, page) in &pages {
        text.push_str(&read_page(page, page_seconds)?);
        text.push('\n');
    }
    let report = OcrReport { pages: pages.len(), seconds: started.elapsed().as_secs_f64() };
    let text = tidy(&text);
    if text.chars().filter(|c| !c.is_whitespace()).count() < 20 {
        return Err(format!("scanned PDF (no text layer): OCR read no text on its {} pages", pages.len()));
    }
    Ok((text, report))
}

/// One page: its rules taken out, then Tesseract.
fn read_page(page: &Path, seconds: u64) -> Result<String, String> {
    let bytes = std::fs::read(page).map_err(|e| format!("OCR: reading a rendered page: {e}"))?;
    let mut image = Grey::parse(&bytes).ok_or("OCR: a rendered page is not a PGM image")?;
    image.remove_rules();
    let clean = page.with_extension("clean.pgm");
    std::fs::write(&clean, image.to_pgm()).map_err(|e| format!("OCR: writing a page: {e}"))?;
    let mut command = Command::new(tesseract());
    // One thread: the run already reads one document per core.
    command.env("OMP_THREAD_LIMIT", "1").arg(&clean).args(["stdout", "-l", "chi_sim", "--psm", "6"]);
    let out = run(command, "tesseract", Duration::from_secs(seconds))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// A grey picture, one byte a pixel.
struct Grey {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Grey {
    /// A binary PGM (`P5`, 8 bits), as pdftoppm writes it.
    fn parse(bytes: &[u8]) -> Option<Grey> {
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while bytes.get(at)?.is_ascii_whitespace() {
                at += 1;
            }
            if bytes[at] == b'#' {
                while *bytes.get(at)? != b'\n' {
                    at += 1;
                }
                continue;
            }
            let start = at;
            while !bytes.get(at)?.is_ascii_whitespace() {
                at += 1;
            }
            fields.push(std::str::from_utf8(&bytes[start..at]).ok()?.to_string());
        }
        let (width, height): (usize, usize) = (fields[1].parse().ok()?, fields[2].parse().ok()?);
        let pixels = bytes.get(at + 1..at + 1 + width.checked_mul(height)?)?.to_vec();
        (fields[0] == "P5" && fields[3] == "255").then_some(Grey { width, height, pixels })
    }

    fn to_pgm(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.pixels);
        out
    }

    /// Whiten every horizontal and vertical run of ink at least [`RULE`] long, and
    /// [`RULE_MARGIN`] pixels around it.
    fn remove_rules(&mut self) {
        let (w, h) = (self.width, self.height);
        let ink = |p: u8| p < INK;
        let mut rule = vec![false; w * h];
        let mut mark = |cells: &mut dyn Iterator<Item = usize>| {
            let mut run: Vec<usize> = Vec::new();
            let flush = |run: &mut Vec<usize>, rule: &mut Vec<bool>| {
                if run.len() >= RULE {
                    for &i in run.iter() {
                        rule[i] = true;
                    }
                }
                run.clear();
            };
            for i in cells {
                if ink(self.pixels[i]) {
                    run.push(i);
                } else {
                    flush(&mut run, &mut rule);
                }
            }
            flush(&mut run, &mut rule);
        };
        for y in 0..h {
            mark(&mut (y * w..(y + 1) * w));
        }
        for x in 0..w {
            mark(&mut (0..h).map(|y| y * w + x));
        }
        for y in 0..h {
            for x in 0..w {
                if !rule[y * w + x] {
                    continue;
                }
                for yy in y.saturating_sub(RULE_MARGIN)..(y + RULE_MARGIN + 1).min(h) {
                    for xx in x.saturating_sub(RULE_MARGIN)..(x + RULE_MARGIN + 1).min(w) {
                        self.pixels[yy * w + xx] = 255;
                    }
                }
            }
        }
    }
}

/// The units of the national table's unit column.
const UNITS: &str = "人次|万元|条|件|次|个|人|篇|元";

/// What is left of the rules in the text: a stroke read as a quote, a bar or a question mark
/// beside a figure (条 ”6194, 次”29, 件 2?), and a unit read against its figure at a row's
/// end (次54). Only at a row's end after a unit: a quote elsewhere is the text's.
fn tidy(text: &str) -> String {
    static STROKE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static GLUED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static TRAILING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let marks = r#"[”“"'‘’|丨?？]+"#;
    let stroke = STROKE
        .get_or_init(|| regex::Regex::new(&format!(r"(\s(?:{UNITS})?\s*){marks}(\d[\d,.]*\s*)$")).expect("valid"));
    let trailing = TRAILING
        .get_or_init(|| regex::Regex::new(&format!(r"(\s(?:{UNITS})\s*\d[\d,.]*)\s*{marks}\s*$")).expect("valid"));
    let glued = GLUED.get_or_init(|| regex::Regex::new(&format!(r"(\s)({UNITS})(\d[\d,.]*)\s*$")).expect("valid"));
    text.lines()
        .map(|line| {
            let line = stroke.replace(line, "$1$2");
            let line = trailing.replace(&line, "$1");
            glued.replace(&line, "$1$2 $3").trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_whitened_and_characters_kept() {
        // A 300 × 40 page: a rule across it, and a "character" of short strokes below.
        let (w, h) = (300, 40);
        let mut pixels = vec![255u8; w * h];
        for x in 0..w {
            pixels[10 * w + x] = 0;
        }
        for y in 20..40 {
            pixels[y * w + 50] = 0;
        }
        for x in 40..80 {
            pixels[30 * w + x] = 0;
        }
        let mut page = Grey { width: w, height: h, pixels };
        let parsed = Grey::parse(&page.to_pgm()).unwrap();
        assert_eq!((parsed.width, parsed.height), (w, h));
        page.remove_rules();
        assert!((0..w).all(|x| page.pixels[10 * w + x] == 255), "the rule is gone");
        assert_eq!(page.pixels[30 * w + 60], 0, "a stroke stays");
        assert_eq!(page.pixels[25 * w + 50], 0, "a short vertical stroke stays");
    }

    #[test]
    fn remnants_of_rules_are_dropped_from_the_text() {
        let text = "4.政务微信公开政府信息数          条 ”6194\n(二) 举办各类培训班数     次54\n1.参加或举办新闻发布会总次数     次”29\n(二) 被依法纠错数     件 2?\n3.3万条 ,“惑海发布”\n";
        assert_eq!(
            tidy(text),
            "4.政务微信公开政府信息数          条 6194\n(二) 举办各类培训班数     次 54\n1.参加或举办新闻发布会总次数     次 29\n(二) 被依法纠错数     件 2\n3.3万条 ,“惑海发布”"
        );
    }

    #[test]
    fn a_page_that_is_not_a_picture_is_refused() {
        assert!(Grey::parse(b"P2\n2 2\n255\n0 0 0 0").is_none());
        assert!(Grey::parse(b"P5\n2000 2000\n255\n\x00\x00").is_none(), "truncated");
    }
}
