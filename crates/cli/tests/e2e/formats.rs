//! The same report as text, as a Word document and as a web page gives the same numbers.
//!
//! The DOCX and HTML versions are written here from the tab-per-cell text of seeds 003 and
//! 004 by a small writer (one table row per blank-line-separated group of tab lines; a row
//! shorter than the table is given a merged last cell, as Word's headers are), so that the
//! product's DOCX and HTML readers are checked against the text reader on real reports.

use crate::common::*;
use serde_json::Value;
use std::io::Write;
use std::path::Path;

pub(crate) enum Block {
    Para(String),
    Table(Vec<Vec<String>>),
}

/// Paragraphs and tables of a tab-per-cell text. A line without a tab right after a cell line
/// is that cell's wrapped continuation (the seeds print long header cells that way).
pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(cell) = line.strip_prefix('\t') {
            row.push(cell.trim().to_string());
        } else if line.trim().is_empty() {
            if !row.is_empty() {
                table.push(std::mem::take(&mut row));
            }
        } else if let Some(last) = row.last_mut() {
            last.push_str(line.trim());
        } else {
            if !row.is_empty() {
                table.push(std::mem::take(&mut row));
            }
            if !table.is_empty() {
                out.push(Block::Table(std::mem::take(&mut table)));
            }
            out.push(Block::Para(line.trim().to_string()));
        }
    }
    if !row.is_empty() {
        table.push(row);
    }
    if !table.is_empty() {
        out.push(Block::Table(table));
    }
    out
}

fn width(table: &[Vec<String>]) -> usize {
    table.iter().map(Vec::len).max().unwrap_or(0)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

pub(crate) fn write_docx(path: &Path, blocks: &[Block]) {
    let mut body = String::new();
    let para = |t: &str| format!(r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#, xml_escape(t));
    for b in blocks {
        match b {
            Block::Para(t) => body += &para(t),
            Block::Table(rows) => {
                let w = width(rows);
                body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>";
                for row in rows {
                    body += "<w:tr>";
                    for (i, cell) in row.iter().enumerate() {
                        let span = if i + 1 == row.len() { w - row.len() + 1 } else { 1 };
                        let props = if span > 1 {
                            format!("<w:tcPr><w:gridSpan w:val=\"{span}\"/></w:tcPr>")
                        } else {
                            String::new()
                        };
                        body += &format!("<w:tc>{props}{}</w:tc>", para(cell));
                    }
                    body += "</w:tr>";
                }
                body += "</w:tbl>";
            }
        }
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let files = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string()),
        ("word/document.xml", document),
    ];
    for (name, content) in files {
        zip.start_file(name, opts).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
}

/// A web page as portals publish it: navigation, a script, the report, a footer. Without the
/// portal template (`portal = false`), the page a publisher prints to PDF.
pub(crate) fn write_html(path: &Path, blocks: &[Block], portal: bool) {
    let mut html = String::from("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>政府信息公开</title>\n<style>table { border-collapse: collapse } td { border: 1px solid #000; padding: 2px 6px }</style>\n");
    if portal {
        html += "<script>var nav = 'SCRIPT-MARK 信息公开 2099年 年报 共999条';</script>\n</head><body>\n<div class=\"nav\"><a href=\"/\">首页 NAV-MARK</a> &gt; <a href=\"/xxgk\">政府信息公开</a></div>\n";
    } else {
        html += "</head><body>\n";
    }
    for b in blocks {
        match b {
            Block::Para(t) => html += &format!("<p>{}</p>\n", xml_escape(t)),
            Block::Table(rows) => {
                let w = width(rows);
                html += "<table border=\"1\">\n";
                for row in rows {
                    html += "<tr>";
                    for (i, cell) in row.iter().enumerate() {
                        let span = if i + 1 == row.len() { w - row.len() + 1 } else { 1 };
                        let attr = if span > 1 { format!(" colspan=\"{span}\"") } else { String::new() };
                        html += &format!("<td{attr}>{}</td>", xml_escape(cell));
                    }
                    html += "</tr>\n";
                }
                html += "</table>\n";
            }
        }
    }
    if portal {
        html += "<div class=\"footer\">主办单位：某某人民政府 版权所有 FOOTER-MARK</div>\n";
    }
    html += "</body></html>\n";
    std::fs::write(path, html).unwrap();
}

fn inspect(path: &Path) -> Value {
    let out = nianbao(&["inspect", "--json", path.to_str().unwrap()], &repo_root());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (metric, applicant, value, source), sorted: what a report says, wherever it was printed.
fn facts(report: &Value) -> Vec<String> {
    let mut v: Vec<String> = report["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            format!(
                "{} [{}] = {} ({})",
                m["metric"].as_str().unwrap(),
                m["applicant"].as_str().unwrap_or("-"),
                m["value"],
                m["source"].as_str().unwrap()
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn docx_and_html_versions_of_the_seeds_give_the_text_seeds_metrics() {
    let dir = tempdir();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for seed in ["003_7afbdd925f005157.txt", "004_f6584d2c7913d8cd.txt"] {
        let text_path = samples().join(seed);
        let text = std::fs::read_to_string(&text_path).unwrap();
        let b = blocks(&text);
        assert!(b.iter().any(|b| matches!(b, Block::Table(_))), "{seed} has tab-per-cell tables");
        let docx = input.join(seed.replace(".txt", ".docx"));
        let html = input.join(seed.replace(".txt", ".html"));
        write_docx(&docx, &b);
        write_html(&html, &b, true);
        let want = inspect(&text_path);
        assert!(facts(&want).len() >= 20, "{seed}: {:?}", facts(&want));
        for (path, format) in [(&docx, "docx"), (&html, "text")] {
            let got = inspect(path);
            assert_eq!(got["format"], format, "{}", path.display());
            assert_eq!(facts(&got), facts(&want), "{} differs from the text seed", path.display());
            for field in ["year", "published", "template", "agency"] {
                assert_eq!(got[field], want[field], "{field} of {}", path.display());
            }
        }
        assert_eq!(inspect(&html)["html"], true);
    }
    // Through the whole pipeline: the format is recorded, and the page template (navigation,
    // script, footer) is not part of any section.
    run(dir.path(), &[&input]);
    let formats = query(dir.path(), "SELECT format, count(*) AS n FROM reports GROUP BY format ORDER BY format");
    assert_eq!(formats.len(), 2, "{formats:?}");
    assert_eq!((formats[0]["format"].as_str(), formats[0]["n"].as_i64()), (Some("docx"), Some(2)));
    assert_eq!((formats[1]["format"].as_str(), formats[1]["n"].as_i64()), (Some("html"), Some(2)));
    let leaked =
        query(dir.path(), "SELECT heading, body FROM sections WHERE body LIKE '%-MARK%' OR heading LIKE '%-MARK%'");
    assert!(leaked.is_empty(), "{leaked:?}");
    let bodies = query(dir.path(), "SELECT count(*) AS n FROM sections WHERE body LIKE '%行政复议%'");
    assert!(bodies[0]["n"].as_i64().unwrap() >= 2, "the report's own text is kept");
}

#[test]
fn broken_and_unreadable_formats_are_rejects_and_the_run_goes_on() {
    let dir = tempdir();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::copy(samples().join("000_0ee38c6073f2f61e.txt"), input.join("good.txt")).unwrap();
    // A DOCX whose document.xml inflates to 100 MB of nothing.
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(input.join("bomb.docx")).unwrap());
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..100 {
            zip.write_all(&chunk).unwrap();
        }
        zip.finish().unwrap();
    }
    // A zip cut short, named as a Word file.
    let mut good_docx = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut good_docx));
        zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(b"<w:document/>").unwrap();
        zip.finish().unwrap();
    }
    std::fs::write(input.join("cut.docx"), &good_docx[..good_docx.len() / 2]).unwrap();
    // A 50 MB "page".
    let mut page =
        b"<html><body><p>\xe6\x94\xbf\xe5\xba\x9c\xe4\xbf\xa1\xe6\x81\xaf\xe5\x85\xac\xe5\xbc\x80</p>".to_vec();
    page.resize(50 * 1024 * 1024, b'x');
    std::fs::write(input.join("huge.html"), page).unwrap();
    std::fs::write(input.join("old.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]).unwrap();
    std::fs::write(input.join("photo.jpg"), b"\xFF\xD8\xFF\xE0 not a report").unwrap();
    run(dir.path(), &[&input]);
    assert_eq!(count(dir.path(), "reports"), 1);
    let rejects = query(dir.path(), "SELECT source, stage, reason FROM rejects ORDER BY source");
    let reason = |name: &str| -> String {
        let r = rejects
            .iter()
            .find(|r| r["source"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name}: {rejects:?}"));
        assert_eq!(r["stage"], "extract", "{r:?}");
        r["reason"].as_str().unwrap().to_string()
    };
    assert!(reason("bomb.docx").contains("zip bomb"), "{}", reason("bomb.docx"));
    // The truncated zip has lost its central directory: not recognisable as a Word document.
    assert!(reason("cut.docx").contains("zip"), "{}", reason("cut.docx"));
    assert!(reason("huge.html").contains("exceeds the 20 MB limit"), "{}", reason("huge.html"));
    assert!(reason("old.doc").contains("corrupt OLE2 compound file"), "{}", reason("old.doc"));
    assert_eq!(reason("photo.jpg"), "unsupported format: jpeg image");
    assert_eq!(rejects.len(), 5, "{rejects:?}");
    let formats = query(dir.path(), "SELECT format FROM reports");
    assert_eq!(formats[0]["format"], "text");
}

/// Print an HTML file to PDF with Debian's Chromium, as a publisher's "save as PDF" would.
pub(crate) fn print_to_pdf(html: &Path, pdf: &Path) {
    let chromium = std::env::var("NIANBAO_CHROMIUM").unwrap_or_else(|_| "chromium".into());
    let profile = tempdir();
    let status = std::process::Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("{chromium} not runnable ({e}): `make setup-test` installs Debian's chromium"));
    assert!(status.success() && pdf.is_file(), "chromium did not print {}", html.display());
}

#[test]
fn pdfs_printed_from_the_seeds_give_the_text_seeds_metrics() {
    let dir = tempdir();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for seed in ["003_7afbdd925f005157.txt", "004_f6584d2c7913d8cd.txt"] {
        let text_path = samples().join(seed);
        let b = blocks(&std::fs::read_to_string(&text_path).unwrap());
        let html = dir.path().join(seed.replace(".txt", ".print.html"));
        let pdf = input.join(seed.replace(".txt", ".pdf"));
        write_html(&html, &b, false);
        print_to_pdf(&html, &pdf);
        std::fs::remove_file(&html).unwrap();
        let got = inspect(&pdf);
        let want = inspect(&text_path);
        assert_eq!(got["format"], "pdf");
        assert_eq!(facts(&got), facts(&want), "{seed}: the PDF's metrics differ from the text's");
        for field in ["year", "published", "template"] {
            assert_eq!(got[field], want[field], "{field} of the PDF of {seed}");
        }
    }
    // A scan: a PDF of a picture, no text layer.
    let scan_html = dir.path().join("scan.html");
    std::fs::write(
        &scan_html,
        r#"<html><body><svg width="600" height="800"><rect width="600" height="800" fill="gray"/></svg></body></html>"#,
    )
    .unwrap();
    print_to_pdf(&scan_html, &input.join("scan.pdf"));
    run(dir.path(), &[&input]);
    let formats = query(dir.path(), "SELECT format, count(*) AS n FROM reports GROUP BY format");
    assert_eq!(formats, [serde_json::json!({"format": "pdf", "n": 2})]);
    let rejects = query(dir.path(), "SELECT source, stage, reason FROM rejects");
    assert_eq!(rejects.len(), 1, "{rejects:?}");
    assert!(rejects[0]["source"].as_str().unwrap().ends_with("scan.pdf"));
    assert_eq!(rejects[0]["reason"], "scanned PDF (no text layer): OCR read no text on its 1 pages");
}

/// A scan of a printed PDF, as an office scanner makes one: every page rendered to a picture
/// at 200 dpi, and the pictures printed back into a PDF (no text layer).
fn scan_of(pdf: &Path, work: &Path) -> std::path::PathBuf {
    let pages = work.join(pdf.file_stem().unwrap().to_string_lossy().to_string() + "-pages");
    std::fs::create_dir_all(&pages).unwrap();
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "200", "-png"])
        .arg(pdf)
        .arg(pages.join("page"))
        .status()
        .expect("pdftoppm (poppler-utils, make setup)");
    assert!(status.success());
    let mut images: Vec<_> = std::fs::read_dir(&pages).unwrap().map(|e| e.unwrap().path()).collect();
    images.sort();
    let imgs: String = images.iter().map(|p| format!("<img src=\"file://{}\">", p.display())).collect();
    let html = pages.join("scan.html");
    std::fs::write(
        &html,
        format!("<!DOCTYPE html><html><head><style>@page {{ size: A4; margin: 0 }} body {{ margin: 0 }} img {{ width: 210mm; height: 297mm; display: block; page-break-after: always }}</style></head><body>{imgs}</body></html>"),
    )
    .unwrap();
    let scan = work.join(pdf.file_name().unwrap().to_string_lossy().replace(".pdf", ".scan.pdf"));
    print_to_pdf(&html, &scan);
    scan
}

#[test]
fn scans_of_the_seeds_are_read_by_ocr_and_every_figure_is_flagged() {
    let dir = tempdir();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for seed in ["003_7afbdd925f005157.txt", "004_f6584d2c7913d8cd.txt"] {
        let text_path = samples().join(seed);
        let html = dir.path().join(seed.replace(".txt", ".print.html"));
        let pdf = dir.path().join(seed.replace(".txt", ".pdf"));
        write_html(&html, &blocks(&std::fs::read_to_string(&text_path).unwrap()), false);
        print_to_pdf(&html, &pdf);
        let scan = scan_of(&pdf, dir.path());
        let got = inspect(&scan);
        assert_eq!(got["format"], "pdf");
        let repairs: Vec<&str> =
            got["decode"]["repairs"].as_array().unwrap().iter().filter_map(|r| r["kind"].as_str()).collect();
        assert!(repairs.contains(&"ocr"), "{seed}: {repairs:?}");
        let (want, read) = (figures(&inspect(&text_path)), figures(&got));
        let right = want.iter().filter(|(k, v)| read.get(*k) == Some(v)).count();
        assert!(right * 100 >= want.len() * 95, "{seed}: {right} of {} figures right", want.len());
        // Every figure OCR read carries a failed check: a misread digit looks like a right one.
        let flagged: Vec<&str> = got["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["rule"] == "ocr_text" && c["passed"] == false)
            .filter_map(|c| c["detail"].as_str())
            .collect();
        for key in read.keys() {
            let metric = key.split(' ').next().unwrap();
            assert!(flagged.iter().any(|d| d.starts_with(metric)), "{seed}: {key} not flagged");
        }
        std::fs::copy(&scan, input.join(scan.file_name().unwrap())).unwrap();
    }
    // The run says how long OCR took a page.
    let summary = run(dir.path(), &[&input]);
    assert!(summary.contains("pages of scans read by Tesseract in"), "{summary}");
    // Without Tesseract: a reject that says how to install it.
    let scan = input.read_dir().unwrap().next().unwrap().unwrap().path();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(["inspect", scan.to_str().unwrap()])
        .env("NIANBAO_TESSERACT", "/nonexistent/tesseract")
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(printed.contains("make setup") && printed.contains("tesseract-ocr-chi-sim"), "{printed}");
}

/// Convert a DOCX to Word 97–2003 with LibreOffice, as an agency's office suite saves a `.doc`.
fn libreoffice_to_doc(docx: &Path, out_dir: &Path) -> std::path::PathBuf {
    let soffice = std::env::var("NIANBAO_SOFFICE").unwrap_or_else(|_| "soffice".into());
    let profile = tempdir();
    let status = std::process::Command::new(&soffice)
        .arg(format!("-env:UserInstallation=file://{}", profile.path().display()))
        .args(["--headless", "--convert-to", "doc:MS Word 97", "--outdir"])
        .arg(out_dir)
        .arg(docx)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| {
            panic!("{soffice} not runnable ({e}): `make setup-test` installs Debian's libreoffice-writer-nogui")
        });
    let doc = out_dir.join(docx.file_name().unwrap()).with_extension("doc");
    assert!(status.success() && doc.is_file(), "LibreOffice did not convert {}", docx.display());
    doc
}

#[test]
fn word_97_and_wps_versions_of_the_seeds_give_the_text_seeds_metrics() {
    let dir = tempdir();
    let input = dir.path().join("in");
    let drafts = dir.path().join("drafts");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::create_dir_all(&drafts).unwrap();
    for seed in ["003_7afbdd925f005157.txt", "004_f6584d2c7913d8cd.txt"] {
        let text_path = samples().join(seed);
        let docx = drafts.join(seed.replace(".txt", ".docx"));
        // The DOCX writer gives the short rows a merged last cell, as Word's headers are.
        write_docx(&docx, &blocks(&std::fs::read_to_string(&text_path).unwrap()));
        let converted = libreoffice_to_doc(&docx, &drafts);
        let doc = input.join(seed.replace(".txt", ".doc"));
        std::fs::rename(&converted, &doc).unwrap();
        // WPS Office saves .wps files in Word's binary format: the same bytes under its name.
        let wps = input.join(seed.replace(".txt", ".wps"));
        let mut bytes = std::fs::read(&doc).unwrap();
        // Not the same content as the .doc (a document is loaded once): an unused sector more.
        bytes.extend_from_slice(&[0u8; 512]);
        std::fs::write(&wps, bytes).unwrap();
        let want = inspect(&text_path);
        for path in [&doc, &wps] {
            let got = inspect(path);
            assert_eq!(got["format"], "doc", "{}", path.display());
            assert_eq!(facts(&got), facts(&want), "{} differs from the text seed", path.display());
            for field in ["year", "published", "template", "agency"] {
                assert_eq!(got[field], want[field], "{field} of {}", path.display());
            }
        }
    }
    run(dir.path(), &[&input]);
    let formats = query(dir.path(), "SELECT format, count(*) AS n FROM reports GROUP BY format");
    assert_eq!((formats[0]["format"].as_str(), formats[0]["n"].as_i64()), (Some("doc"), Some(4)), "{formats:?}");
}

#[test]
fn a_directory_of_hostile_word_files_is_read_or_rejected_whole() {
    let dir = tempdir();
    let input = dir.path().join("in");
    let drafts = dir.path().join("drafts");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::create_dir_all(&drafts).unwrap();
    let seed = "003_7afbdd925f005157.txt";
    let docx = drafts.join("r.docx");
    write_docx(&docx, &blocks(&std::fs::read_to_string(samples().join(seed)).unwrap()));
    let good = std::fs::read(libreoffice_to_doc(&docx, &drafts)).unwrap();
    let mut inputs = 0;
    let mut write = |name: &str, bytes: &[u8]| {
        std::fs::write(input.join(name), bytes).unwrap();
        inputs += 1;
    };
    write("good.doc", &good);
    write("cut.doc", &good[..good.len() / 3]);
    write("header-only.wps", &good[..512]);
    // Bytes flipped all over the file, deterministically, in twenty copies.
    let mut state = 0x1234_5678u32;
    for copy in 0..20 {
        let mut bad = good.clone();
        for _ in 0..(1 + copy * 3) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let at = state as usize % bad.len();
            bad[at] = (state >> 8) as u8;
        }
        write(&format!("flipped-{copy:02}.doc"), &bad);
    }
    // The encryption flag of the FIB set (the WordDocument stream starts a sector of its own:
    // found by the FIB's magic at a sector boundary).
    let magic = (0..good.len()).step_by(512).find(|&at| good[at..].starts_with(&[0xEC, 0xA5])).expect("a Word 97 FIB");
    let mut encrypted = good.clone();
    encrypted[magic + 0x0B] |= 0x01;
    write("encrypted.doc", &encrypted);
    // An OLE2 file with no WordDocument stream (Kingsoft's own format, a spreadsheet).
    let mut other = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    other.create_stream("WpsContent").unwrap().write_all(b"not word").unwrap();
    other.flush().unwrap();
    write("kingsoft.wps", &other.into_inner().into_inner());
    write("garbage.pdf", b"%PDF-1.4\n%garbage, no objects at all\n");
    // PDFs cut short, and one whose body is noise: pdftotext, or the OCR of what renders.
    let html = drafts.join("r.print.html");
    write_html(&html, &blocks(&std::fs::read_to_string(samples().join(seed)).unwrap()), false);
    let pdf = drafts.join("r.pdf");
    print_to_pdf(&html, &pdf);
    let printed = std::fs::read(&pdf).unwrap();
    write("cut.pdf", &printed[..printed.len() / 2]);
    let mut noisy = printed[..64.min(printed.len())].to_vec();
    noisy.extend((0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    write("noise.pdf", &noisy);
    run(dir.path(), &[&input]);
    let reports = count(dir.path(), "reports");
    let rejects = query(dir.path(), "SELECT source, stage, reason FROM rejects ORDER BY source");
    assert_eq!(reports + rejects.len() as i64, inputs, "every input is a report or a reject");
    let reason = |name: &str| -> String {
        rejects
            .iter()
            .find(|r| r["source"].as_str().unwrap().ends_with(name))
            .map(|r| r["reason"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{name}: {rejects:?}"))
    };
    assert!(reason("encrypted.doc").contains("encrypted"), "{}", reason("encrypted.doc"));
    assert!(reason("kingsoft.wps").contains("not a Word document"), "{}", reason("kingsoft.wps"));
    assert!(reason("cut.doc").contains("corrupt"), "{}", reason("cut.doc"));
    let good_loaded = query(dir.path(), "SELECT count(*) AS n FROM reports WHERE source LIKE '%good.doc'");
    assert_eq!(good_loaded[0]["n"], 1);
}

/// The figures of an inspected report, by metric and applicant (derived ones left out).
fn figures(report: &Value) -> std::collections::BTreeMap<String, f64> {
    report["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["source"] != "derived")
        .map(|m| {
            let key = format!("{} [{}]", m["metric"].as_str().unwrap(), m["applicant"].as_str().unwrap_or("-"));
            (key, m["value"].as_f64().unwrap())
        })
        .collect()
}

/// Seed 004 (UTF-8) read as GBK and saved with U+FFFD for what GBK could not read, the way a
/// decoder with replacement leaves it: Python's `errors="replace"` (one U+FFFD a byte) and a
/// browser's (WHATWG, Node's TextDecoder: one U+FFFD for a bad pair). Made here by those
/// decoders themselves.
fn gu_wen_ma(decoder: &str, seed: &Path, out: &Path) {
    let status = match decoder {
        "python" => std::process::Command::new("python3")
            .args(["-c", "import sys; t = open(sys.argv[1], 'rb').read().decode('gbk', errors='replace'); open(sys.argv[2], 'w', encoding='utf-8').write(t)"])
            .arg(seed)
            .arg(out)
            .status(),
        _ => std::process::Command::new("node")
            .args(["-e", "const fs = require('fs'); fs.writeFileSync(process.argv[2], new TextDecoder('gbk').decode(fs.readFileSync(process.argv[1])))"])
            .arg(seed)
            .arg(out)
            .status(),
    };
    assert!(status.is_ok_and(|s| s.success()), "{decoder} could not decode {}", seed.display());
}

#[test]
fn a_report_turned_to_gu_wen_ma_with_lost_bytes_is_loaded_its_losses_flagged() {
    let dir = tempdir();
    let seed = samples().join("004_f6584d2c7913d8cd.txt");
    let want = inspect(&seed);
    let truth = figures(&want);
    for decoder in ["python", "browser"] {
        let path = dir.path().join(format!("004-{decoder}.txt"));
        gu_wen_ma(decoder, &seed, &path);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains('\u{FFFD}') && !text.contains("公开"), "{decoder}: bytes were lost");
        let got = inspect(&path);
        let read = figures(&got);
        let right = truth.iter().filter(|(k, v)| read.get(*k) == Some(v)).count();
        assert!(right * 10 >= truth.len() * 9, "{decoder}: {right} of {} figures right", truth.len());
        let repairs: Vec<&str> =
            got["decode"]["repairs"].as_array().unwrap().iter().filter_map(|r| r["kind"].as_str()).collect();
        assert!(repairs.contains(&"utf8_as_gbk_lossy"), "{decoder}: {repairs:?}");
        // A figure that is not the seed's, or that the seed does not have, carries a failed check.
        let failed: Vec<String> = got["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["passed"] == false)
            .map(|c| c["detail"].as_str().unwrap().to_string())
            .collect();
        for (key, value) in &read {
            if truth.get(key) != Some(value) {
                let metric = key.split(' ').next().unwrap();
                assert!(failed.iter().any(|d| d.contains(metric)), "{decoder}: {key} = {value} is not flagged");
            }
        }
        assert_eq!(got["year"], want["year"]);
        assert_eq!(got["template"], want["template"]);
    }
}
