//! DOCX → a small HTML page that keeps the document's tables as tables.
//!
//! `word/document.xml` is a stream of paragraphs (`w:p`, text in `w:t` runs) and tables
//! (`w:tbl` → `w:tr` → `w:tc`). Word records merged cells as properties of the cells:
//! `w:gridSpan w:val="3"` (a cell spanning three grid columns) and `w:vMerge` (`restart` on
//! the first cell of a vertical merge, bare on the cells it covers). These become `colspan`
//! and `rowspan`, and the HTML table reader (parse::html) expands them into the same grid a
//! text table gives: structure is carried, not guessed back from flattened text.
//!
//! The output has one paragraph or one table row per line, so a metric's `line` points at
//! the paragraph or row it was read from.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::Read;

/// Does this zip hold a Word document?
pub fn looks_like_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map(|z| z.file_names().any(|n| n == "word/document.xml"))
        .unwrap_or(false)
}

/// The document XML, decompressed at most to `limit` bytes.
fn document_xml(bytes: &[u8], limit: u64) -> Result<Vec<u8>, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| format!("corrupt DOCX (zip): {e}"))?;
    let entry = zip.by_name("word/document.xml").map_err(|e| format!("corrupt DOCX: word/document.xml: {e}"))?;
    let mut xml = Vec::new();
    entry.take(limit + 1).read_to_end(&mut xml).map_err(|e| format!("corrupt DOCX: word/document.xml: {e}"))?;
    if xml.len() as u64 > limit {
        return Err(format!(
            "DOCX refused: word/document.xml decompresses to more than {} MB (a zip bomb?)",
            limit / (1024 * 1024)
        ));
    }
    Ok(xml)
}

#[derive(Default)]
pub(crate) struct CellDraft {
    pub(crate) text: String,
    pub(crate) colspan: usize,
    /// None: not merged; Some(true): starts a vertical merge; Some(false): continues one.
    pub(crate) vmerge: Option<bool>,
}

#[derive(Default)]
struct State {
    out: String,
    /// Text of the paragraph being read.
    para: String,
    /// Tables being read (a stack: Word allows tables in cells).
    tables: Vec<Vec<Vec<CellDraft>>>,
    in_text: bool,
}

impl State {
    fn end_paragraph(&mut self) {
        let text = std::mem::take(&mut self.para);
        match self.tables.last_mut().and_then(|t| t.last_mut()).and_then(|r| r.last_mut()) {
            // A paragraph inside a cell: lines of the cell, joined as wrapped CJK text is.
            Some(cell) => cell.text.push_str(text.trim()),
            None if !text.trim().is_empty() => {
                self.out.push_str("<p>");
                self.out.push_str(&escape(text.trim()));
                self.out.push_str("</p>\n");
            }
            None => {}
        }
    }

    fn end_table(&mut self) {
        let Some(rows) = self.tables.pop() else { return };
        let html = table_html(&rows);
        match self.tables.last_mut().and_then(|t| t.last_mut()).and_then(|r| r.last_mut()) {
            // A nested table keeps its text in the outer cell.
            Some(cell) => {
                cell.text.push_str(&rows.iter().flatten().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" "))
            }
            None => self.out.push_str(&html),
        }
    }
}

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Rows of drafted cells → `<table>`, one `<tr>` per line, covered cells of vertical merges
/// dropped and the merge's first cell given its `rowspan`.
pub(crate) fn table_html(rows: &[Vec<CellDraft>]) -> String {
    // Grid column of each cell.
    let columns: Vec<Vec<usize>> = rows
        .iter()
        .map(|row| {
            let mut col = 0;
            row.iter()
                .map(|c| {
                    let at = col;
                    col += c.colspan.max(1);
                    at
                })
                .collect()
        })
        .collect();
    let mut html = String::from("<table>\n");
    for (r, row) in rows.iter().enumerate() {
        html.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if cell.vmerge == Some(false) {
                continue;
            }
            let mut rowspan = 1;
            if cell.vmerge == Some(true) {
                let col = columns[r][i];
                for (next, next_cols) in rows.iter().zip(&columns).skip(r + 1) {
                    let continues = next.iter().zip(next_cols).any(|(c, at)| *at == col && c.vmerge == Some(false));
                    if !continues {
                        break;
                    }
                    rowspan += 1;
                }
            }
            html.push_str("<td");
            if cell.colspan > 1 {
                html.push_str(&format!(" colspan=\"{}\"", cell.colspan));
            }
            if rowspan > 1 {
                html.push_str(&format!(" rowspan=\"{rowspan}\""));
            }
            html.push('>');
            html.push_str(&escape(&cell.text));
            html.push_str("</td>");
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</table>\n");
    html
}

fn attr_val(e: &quick_xml::events::BytesStart) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"val")
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

fn current_cell(state: &mut State) -> Option<&mut CellDraft> {
    state.tables.last_mut().and_then(|t| t.last_mut()).and_then(|r| r.last_mut())
}

/// Convert a DOCX to HTML. `Err` says why it cannot be read.
pub fn docx_to_html(bytes: &[u8], max_xml_bytes: u64) -> Result<String, String> {
    let xml = document_xml(bytes, max_xml_bytes)?;
    let mut reader = Reader::from_reader(xml.as_slice());
    let mut state = State { out: String::from("<html><body>\n"), ..State::default() };
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("corrupt DOCX: word/document.xml at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"t" => state.in_text = true,
                b"tab" => state.para.push('\t'),
                b"br" | b"cr" => state.para.push(' '),
                b"tbl" => state.tables.push(Vec::new()),
                b"tr" => {
                    if let Some(t) = state.tables.last_mut() {
                        t.push(Vec::new());
                    }
                }
                b"tc" => {
                    if let Some(r) = state.tables.last_mut().and_then(|t| t.last_mut()) {
                        r.push(CellDraft { colspan: 1, ..CellDraft::default() });
                    }
                }
                b"gridSpan" => {
                    let n = attr_val(&e).and_then(|v| v.parse().ok()).unwrap_or(1usize).clamp(1, 64);
                    if let Some(c) = current_cell(&mut state) {
                        c.colspan = n;
                    }
                }
                b"vMerge" => {
                    let restart = attr_val(&e).as_deref() == Some("restart");
                    if let Some(c) = current_cell(&mut state) {
                        c.vmerge = Some(restart);
                    }
                }
                _ => {}
            },
            Event::Text(t) if state.in_text => {
                let text = t.decode().map_err(|e| format!("corrupt DOCX text: {e}"))?;
                state.para.push_str(&text);
            }
            Event::GeneralRef(r) if state.in_text => {
                let name = r.decode().map_err(|e| format!("corrupt DOCX text: {e}"))?;
                let ch = match name.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                if let Some(c) = ch {
                    state.para.push(c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => state.in_text = false,
                b"p" => state.end_paragraph(),
                b"tbl" => state.end_table(),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    while !state.tables.is_empty() {
        state.end_table();
    }
    state.out.push_str("</body></html>\n");
    Ok(state.out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(body: &str) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut out));
            zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
            let xml = format!(
                r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
            );
            zip.write_all(xml.as_bytes()).unwrap();
            zip.finish().unwrap();
        }
        out
    }

    fn cell(props: &str, text: &str) -> String {
        format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
    }

    #[test]
    fn word_merges_become_colspan_and_rowspan() {
        // | 申请人情况 (3 columns)        |
        // | 自然人 (2 rows) | 商业企业 | 合计 |
        // | (covered)       | 1        | 3    |
        let restart = r#"<w:vMerge w:val="restart"/>"#;
        let body = format!(
            "<w:p><w:r><w:t>2019年度报告 &amp; 附表</w:t></w:r></w:p><w:tbl><w:tr>{}</w:tr><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>",
            cell(r#"<w:gridSpan w:val="3"/>"#, "申请人情况"),
            cell(restart, "自然人"),
            cell("", "商业企业"),
            cell("", "合计"),
            cell("<w:vMerge/>", ""),
            cell("", "1"),
            cell("", "3"),
        );
        let html = docx_to_html(&docx(&body), 1 << 20).unwrap();
        let lines: Vec<&str> = html.lines().collect();
        assert!(lines.contains(&"<p>2019年度报告 &amp; 附表</p>"), "{html}");
        assert!(lines.contains(&r#"<tr><td colspan="3">申请人情况</td></tr>"#), "{html}");
        assert!(lines.contains(&r#"<tr><td rowspan="2">自然人</td><td>商业企业</td><td>合计</td></tr>"#), "{html}");
        assert!(lines.contains(&"<tr><td>1</td><td>3</td></tr>"), "{html}");
    }

    #[test]
    fn a_bomb_is_refused_and_garbage_is_corrupt() {
        let big = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", " ".repeat(3 << 20));
        let err = docx_to_html(&docx(&big), 1 << 20).unwrap_err();
        assert!(err.contains("zip bomb"), "{err}");
        assert!(docx_to_html(b"PK\x03\x04nonsense", 1 << 20).unwrap_err().contains("corrupt DOCX"));
    }
}
