//! PDF → text with layout, by poppler's `pdftotext -layout`.
//!
//! No Rust crate extracts CJK text with column layout as well as poppler does (measured in
//! `../shared/docs/templates.md`'s spirit: the tables must come out space-aligned for the
//! layout reader). `pdftotext` is installed by the project's setup (`make setup`, Debian's
//! poppler-utils); when it is missing the PDF is rejected with that reason rather than read
//! badly.

use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The program used, overridable for unusual installs.
fn program() -> String {
    std::env::var("NIANBAO_PDFTOTEXT").unwrap_or_else(|_| "pdftotext".to_string())
}

/// The PDF's text layer, or `None` where it has none (a scan: [`crate::ocr`]).
/// Wait for `child` to end, at most `timeout`; past it the child is killed and `None` returned.
/// (The PDF converters and OCR run as programs of their own: a hostile file must not hang a run.)
pub(crate) fn wait_within(child: &mut Child, timeout: Duration) -> std::io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait()? {
            Some(status) => return Ok(Some(status)),
            None if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            None => {
                let _ = child.kill();
                let _ = child.wait();
                return Ok(None);
            }
        }
    }
}

pub fn pdf_to_text(bytes: &[u8], timeout_seconds: u64) -> Result<Option<String>, String> {
    let mut child = Command::new(program())
        .args(["-layout", "-enc", "UTF-8", "-q", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                "PDF not read: pdftotext (Debian package poppler-utils) is not installed; run `make setup`".to_string()
            }
            _ => format!("PDF not read: cannot start pdftotext: {e}"),
        })?;
    // Feed stdin and drain stdout on threads, so that neither pipe can fill and block.
    let mut stdin = child.stdin.take().expect("piped");
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let status = match wait_within(&mut child, Duration::from_secs(timeout_seconds)) {
        Ok(Some(status)) => status,
        Ok(None) => return Err(format!("PDF not read: pdftotext ran longer than {timeout_seconds} s")),
        Err(e) => return Err(format!("PDF not read: waiting for pdftotext: {e}")),
    };
    let _ = writer.join();
    let out = reader.join().unwrap_or_default();
    if !status.success() {
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        return Err(format!(
            "PDF not read: pdftotext failed ({status}){}",
            if err.trim().is_empty() { String::new() } else { format!(": {}", err.trim()) }
        ));
    }
    // A page break (form feed) starts the next page's first line; make it a line of its own so
    // that a heading at the top of a page still starts its line.
    let text = String::from_utf8_lossy(&out).replace('\u{c}', "\n");
    if text.chars().filter(|c| !c.is_whitespace()).count() < 20 {
        return Ok(None);
    }
    Ok(Some(text))
}
