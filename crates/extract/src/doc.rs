//! Word 97–2003 `.doc` (and Kingsoft `.wps` files saved in the same binary format) → the small
//! HTML page the DOCX reader makes, tables as tables.
//!
//! A `.doc` is an OLE2 compound file ([`cfb`]). Its `WordDocument` stream starts with the File
//! Information Block (FIB), which says where everything else lies, most of it in a second
//! stream (`0Table` or `1Table`). The text is not stored in order: the *piece table* (the
//! `Pcdt` inside the `Clx`) maps runs of character positions to byte offsets in `WordDocument`,
//! each piece either 8-bit "compressed" (Windows-1252, one byte a character: English text) or
//! UTF-16LE (two bytes: every Chinese document). The main document is the first `ccpText`
//! characters.
//!
//! Tables are marked in the text itself: every cell ends with 0x07, and so does every row (the
//! row's end is a paragraph of its own holding only that mark). Which 0x07 ends a row is a
//! paragraph property, not a character: the *table terminating paragraph* flag (`sprmPFTtp`) in
//! the paragraph's PAPX, found through the bin table (`PlcBtePapx`) and the 512-byte formatted
//! disk pages it points to. So each 0x07 is looked up there: a row end closes the row, any
//! other closes a cell — empty cells included, which a guess from the text alone (two marks in
//! a row = a row end) would take for row ends. Paragraphs inside cells (`sprmPFInTable`) join
//! the cell's text, as the DOCX reader joins them.
//!
//! Fields keep their result and drop their instruction (`{ PAGE }` → the number shown);
//! pictures, footnote marks and other anchors are dropped. Encrypted and obfuscated documents,
//! Word 6/95 files and OLE2 files that are not Word documents are refused with a reason. Every
//! offset read from the file is checked: a hostile file is an error, never a panic, and the
//! work is bounded by the stream sizes.
//!
//! Merged cells: Word keeps them in the row's table properties (`sprmTDefTable` on the row's
//! end): each cell's boundaries, and its merge flags. A cell spans as many of the table's
//! columns as lie between its boundaries (a header cell over three columns is one wide cell),
//! a cell Word 97 merged into the one before joins it, and vertical merges are marked — the
//! `colspan`/`rowspan` the DOCX reader gives, read by the same HTML grid reader.

use crate::docx::{table_html, CellDraft};
use std::io::Read;

/// The largest stream read from a compound file.
const MAX_STREAM: u64 = 64 << 20;

/// The magic of a Word 97+ FIB.
const WORD_MAGIC: u16 = 0xA5EC;

/// sprmPFInTable and sprmPFTtp (paragraph in a table; table terminating paragraph), and their
/// inner-table forms.
const SPRM_IN_TABLE: u16 = 0x2416;
const SPRM_TTP: u16 = 0x2417;
const SPRM_INNER_TTP: u16 = 0x244C;
/// sprmTDefTable: a row's cell boundaries and each cell's merge flags (on the row's end).
const SPRM_TABLE_DEF: u16 = 0xD608;

/// Does this OLE2 file look like a Word document (a `WordDocument` stream)?
pub fn is_word_binary(bytes: &[u8]) -> bool {
    cfb::CompoundFile::open(std::io::Cursor::new(bytes)).map(|f| f.exists("/WordDocument")).unwrap_or(false)
}

/// A `.doc` (or a `.wps` in Word's format) as HTML, or the reason it cannot be read.
pub fn doc_to_html(bytes: &[u8]) -> Result<String, String> {
    let mut file = cfb::CompoundFile::open(std::io::Cursor::new(bytes))
        .map_err(|e| format!("corrupt OLE2 compound file (.doc/.wps): {e}"))?;
    if file.exists("/EncryptionInfo") || file.exists("/EncryptedPackage") {
        return Err("encrypted (password-protected) Office document: not read".into());
    }
    if !file.exists("/WordDocument") {
        let streams: Vec<String> =
            file.walk().filter(|e| e.is_stream()).map(|e| e.name().to_string()).take(6).collect();
        return Err(format!(
            "an OLE2 file that is not a Word document (streams: {}): a spreadsheet, a presentation, or a WPS file in Kingsoft's own format",
            streams.join(", ")
        ));
    }
    let word = read_stream(&mut file, "/WordDocument")?;
    let fib = Fib::read(&word)?;
    let table_name = if fib.which_table { "/1Table" } else { "/0Table" };
    if !file.exists(table_name) {
        return Err(format!("corrupt .doc: the FIB names a {} stream that is not there", &table_name[1..]));
    }
    let table = read_stream(&mut file, table_name)?;
    let pieces = pieces(&table, fib.clx)?;
    let paragraphs = ParagraphProperties::read(&word, &table, fib.bte_papx)?;
    let chars = main_text(&word, &pieces, fib.ccp_text)?;
    Ok(Builder::default().build(&chars, &paragraphs))
}

fn read_stream<F: std::io::Read + std::io::Seek>(
    file: &mut cfb::CompoundFile<F>,
    name: &str,
) -> Result<Vec<u8>, String> {
    let stream = file.open_stream(name).map_err(|e| format!("corrupt .doc: stream {}: {e}", &name[1..]))?;
    if stream.len() > MAX_STREAM {
        return Err(format!("the .doc's {} stream is larger than {} MB: not read", &name[1..], MAX_STREAM >> 20));
    }
    let mut out = Vec::with_capacity(stream.len() as usize);
    stream.take(MAX_STREAM).read_to_end(&mut out).map_err(|e| format!("corrupt .doc: stream {}: {e}", &name[1..]))?;
    Ok(out)
}

fn u16_at(b: &[u8], at: usize) -> Result<u16, String> {
    b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]])).ok_or_else(|| truncated(at))
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, String> {
    b.get(at..at + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]])).ok_or_else(|| truncated(at))
}

fn truncated(at: usize) -> String {
    format!("corrupt .doc: a structure runs past its stream (offset {at})")
}

/// What the FIB says of the parts read here.
struct Fib {
    which_table: bool,
    ccp_text: usize,
    /// (offset, length) in the table stream.
    clx: (usize, usize),
    bte_papx: (usize, usize),
}

impl Fib {
    fn read(word: &[u8]) -> Result<Fib, String> {
        if u16_at(word, 0)? != WORD_MAGIC {
            return Err("not a Word document (its FIB has no Word 97 magic)".into());
        }
        let n_fib = u16_at(word, 2)?;
        if n_fib < 0x00C1 {
            return Err(format!("a Word 6/95 document (nFib {n_fib:#x}): only Word 97 and later are read"));
        }
        let flags = u16_at(word, 0x0A)?;
        if flags & 0x0100 != 0 {
            return Err("encrypted (password-protected) .doc: not read".into());
        }
        if flags & 0x8000 != 0 {
            return Err("obfuscated .doc (XOR-protected): not read".into());
        }
        // FibBase (32 bytes), then csw and fibRgW, cslw and fibRgLw, cbRgFcLcb and the blob.
        let csw = u16_at(word, 32)? as usize;
        let lw = 34 + csw * 2;
        let cslw = u16_at(word, lw)? as usize;
        let rg_lw = lw + 2;
        let ccp_text = u32_at(word, rg_lw + 3 * 4)? as usize;
        let blob = rg_lw + cslw * 4 + 2;
        let pair = |i: usize| -> Result<(usize, usize), String> {
            Ok((u32_at(word, blob + i * 8)? as usize, u32_at(word, blob + i * 8 + 4)? as usize))
        };
        Ok(Fib { which_table: flags & 0x0200 != 0, ccp_text, clx: pair(33)?, bte_papx: pair(13)? })
    }
}

/// A run of character positions and where its text lies.
struct Piece {
    cp_start: usize,
    cp_end: usize,
    /// Byte offset in the WordDocument stream.
    offset: usize,
    compressed: bool,
}

/// The piece table: the `Pcdt` of the `Clx`, after any `Prc` (property modifiers) before it.
fn pieces(table: &[u8], (fc, lcb): (usize, usize)) -> Result<Vec<Piece>, String> {
    let clx = table.get(fc..fc.saturating_add(lcb)).ok_or_else(|| truncated(fc))?;
    let mut at = 0;
    while clx.get(at) == Some(&0x01) {
        at += 3 + u16_at(clx, at + 1)? as usize;
    }
    if clx.get(at) != Some(&0x02) {
        return Err("corrupt .doc: no piece table in the Clx".into());
    }
    let lcb_pcd = u32_at(clx, at + 1)? as usize;
    let plc = clx.get(at + 5..(at + 5).saturating_add(lcb_pcd)).ok_or_else(|| truncated(fc + at))?;
    if plc.len() < 4 || (plc.len() - 4) % 12 != 0 {
        return Err("corrupt .doc: a piece table of impossible size".into());
    }
    let n = (plc.len() - 4) / 12;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (cp_start, cp_end) = (u32_at(plc, i * 4)? as usize, u32_at(plc, (i + 1) * 4)? as usize);
        let fc_compressed = u32_at(plc, (n + 1) * 4 + i * 8 + 2)?;
        let compressed = fc_compressed & 0x4000_0000 != 0;
        let fc = (fc_compressed & 0x3FFF_FFFF) as usize;
        let offset = if compressed { fc / 2 } else { fc };
        if cp_end < cp_start {
            return Err("corrupt .doc: a piece ends before it starts".into());
        }
        out.push(Piece { cp_start, cp_end, offset, compressed });
    }
    Ok(out)
}

/// Windows-1252's characters for 0x80–0x9F (the rest of a compressed piece is Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’',
    '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// A character of the main text and the file offset of its byte(s) (what paragraph
/// properties are keyed by).
struct Char {
    c: char,
    fc: usize,
}

/// The first `ccp_text` characters, piece by piece.
fn main_text(word: &[u8], pieces: &[Piece], ccp_text: usize) -> Result<Vec<Char>, String> {
    let mut out: Vec<Char> = Vec::with_capacity(ccp_text.min(word.len()));
    for p in pieces {
        if p.cp_start >= ccp_text {
            break;
        }
        let count = p.cp_end.min(ccp_text) - p.cp_start;
        if p.compressed {
            let bytes = word.get(p.offset..p.offset.saturating_add(count)).ok_or_else(|| truncated(p.offset))?;
            out.extend(bytes.iter().enumerate().map(|(i, &b)| Char {
                c: if (0x80..0xA0).contains(&b) { CP1252_HIGH[(b - 0x80) as usize] } else { b as char },
                fc: p.offset + i,
            }));
        } else {
            let bytes = word.get(p.offset..p.offset.saturating_add(count * 2)).ok_or_else(|| truncated(p.offset))?;
            let units: Vec<u16> = bytes.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]])).collect();
            let mut i = 0;
            for decoded in char::decode_utf16(units.iter().copied()) {
                let c = decoded.unwrap_or('\u{FFFD}');
                out.push(Char { c, fc: p.offset + i * 2 });
                i += c.len_utf16();
            }
        }
    }
    Ok(out)
}

/// Is a paragraph (by the file offset of its mark) in a table, and does it end a row? A row's
/// end also says how its cells lie (its index in [`ParagraphProperties::rows`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct TableFlags {
    in_table: bool,
    row_end: bool,
    row: Option<usize>,
}

/// A row's cells as sprmTDefTable gives them: the boundaries between cells (twips, one more
/// than the cells) and each cell's merge flags (TC80's first word).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct RowDef {
    bounds: Vec<i16>,
    merges: Vec<u16>,
}

/// TC80 flags: a cell merged into the one before it (Word 97's horizontal merge), and the
/// vertical merge (a cell continuing the one above; the first cell of such a merge).
const TC_MERGED: u16 = 0x0002;
const TC_VERT_MERGE: u16 = 0x0020;
const TC_VERT_RESTART: u16 = 0x0040;

/// The paragraph runs of the formatted disk pages: (first fc, end fc, flags), in fc order, and
/// the row definitions their row ends point to.
struct ParagraphProperties {
    runs: Vec<(usize, usize, TableFlags)>,
    rows: Vec<RowDef>,
}

impl ParagraphProperties {
    fn read(word: &[u8], table: &[u8], (fc, lcb): (usize, usize)) -> Result<Self, String> {
        let plc = table.get(fc..fc.saturating_add(lcb)).ok_or_else(|| truncated(fc))?;
        if plc.len() < 4 || (plc.len() - 4) % 8 != 0 {
            return Err("corrupt .doc: a paragraph bin table of impossible size".into());
        }
        let n = (plc.len() - 4) / 8;
        let mut runs = Vec::new();
        let mut rows = Vec::new();
        for i in 0..n {
            let pn = (u32_at(plc, (n + 1) * 4 + i * 4)? & 0x003F_FFFF) as usize;
            let page = word.get(pn * 512..pn * 512 + 512).ok_or_else(|| truncated(pn * 512))?;
            let crun = page[511] as usize;
            for r in 0..crun {
                let (start, end) = (u32_at(page, r * 4)? as usize, u32_at(page, (r + 1) * 4)? as usize);
                // BxPap: one byte (the PAPX's offset in words) and 12 bytes of PHE each.
                let b_offset = *page.get((crun + 1) * 4 + r * 13).ok_or_else(|| truncated(pn * 512))? as usize * 2;
                let flags = if b_offset == 0 { TableFlags::default() } else { papx_flags(page, b_offset, &mut rows)? };
                runs.push((start, end, flags));
            }
        }
        runs.sort_by_key(|r| r.0);
        Ok(ParagraphProperties { runs, rows })
    }

    fn row(&self, flags: TableFlags) -> Option<&RowDef> {
        flags.row.and_then(|i| self.rows.get(i))
    }

    /// The flags of the paragraph whose mark lies at `fc`.
    fn at(&self, fc: usize) -> TableFlags {
        let i = self.runs.partition_point(|r| r.0 <= fc);
        i.checked_sub(1).map(|i| self.runs[i]).filter(|r| fc < r.1).map(|r| r.2).unwrap_or_default()
    }
}

/// The table flags of the PapxInFkp at `at` of a page: its grpprl read sprm by sprm. A row
/// definition it holds goes to `rows`.
fn papx_flags(page: &[u8], at: usize, rows: &mut Vec<RowDef>) -> Result<TableFlags, String> {
    let cb = *page.get(at).ok_or_else(|| truncated(at))? as usize;
    let (start, len) = if cb == 0 {
        (at + 2, *page.get(at + 1).ok_or_else(|| truncated(at))? as usize * 2)
    } else {
        (at + 1, cb * 2 - 1)
    };
    // GrpPrlAndIstd: the style (2 bytes), then the properties.
    let grpprl = page.get(start + 2..(start + len).min(page.len())).unwrap_or(&[]);
    let mut flags = TableFlags::default();
    let mut i = 0;
    while i + 2 <= grpprl.len() {
        let sprm = u16::from_le_bytes([grpprl[i], grpprl[i + 1]]);
        let operand = &grpprl[i + 2..];
        let size = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // sprmTDefTable: a two-byte size, counting itself less one.
            _ if sprm == SPRM_TABLE_DEF => {
                operand.get(..2).map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize + 1)
            }
            // Variable: a size byte first (sprmPChgTabs's own rule aside, rare in PAPX pages).
            _ => 1 + *operand.first().unwrap_or(&0) as usize,
        };
        match sprm {
            SPRM_IN_TABLE => flags.in_table = operand.first().is_some_and(|&v| v != 0),
            SPRM_TTP | SPRM_INNER_TTP => flags.row_end = operand.first().is_some_and(|&v| v != 0),
            SPRM_TABLE_DEF => {
                if let Some(def) = row_def(operand.get(2..size.min(operand.len())).unwrap_or(&[])) {
                    flags.row = Some(rows.len());
                    rows.push(def);
                }
            }
            _ => {}
        }
        i += 2 + size;
    }
    Ok(flags)
}

/// A TDefTableOperand after its size: the number of cells, their boundaries, their TC80s (20
/// bytes each, possibly fewer than the cells).
fn row_def(b: &[u8]) -> Option<RowDef> {
    let cells = *b.first()? as usize;
    let bounds: Vec<i16> = (0..=cells)
        .map(|i| b.get(1 + i * 2..3 + i * 2).map(|w| i16::from_le_bytes([w[0], w[1]])))
        .collect::<Option<_>>()?;
    let tcs = 1 + (cells + 1) * 2;
    let merges = (0..cells)
        .map(|i| b.get(tcs + i * 20..tcs + i * 20 + 2).map_or(0, |w| u16::from_le_bytes([w[0], w[1]])))
        .collect();
    Some(RowDef { bounds, merges })
}

/// Paragraphs and table rows as they come, into HTML.
#[derive(Default)]
struct Builder {
    out: String,
    paragraph: String,
    rows: Vec<(Vec<CellDraft>, Option<RowDef>)>,
    row: Vec<CellDraft>,
    cell: String,
}

impl Builder {
    fn build(mut self, chars: &[Char], paragraphs: &ParagraphProperties) -> String {
        // Fields: {0x13 instruction 0x14 result 0x15}, nested; only results are text.
        let mut fields: Vec<bool> = Vec::new();
        for ch in chars {
            match ch.c {
                '\u{13}' => fields.push(false),
                '\u{14}' => {
                    if let Some(f) = fields.last_mut() {
                        *f = true;
                    }
                }
                '\u{15}' => {
                    fields.pop();
                }
                _ if fields.last() == Some(&false) => {}
                '\r' | '\u{0B}' | '\u{0C}' => self.end_paragraph(paragraphs.at(ch.fc)),
                '\u{07}' => {
                    let flags = paragraphs.at(ch.fc);
                    if flags.row_end {
                        self.end_row(paragraphs.row(flags).cloned());
                    } else {
                        self.end_cell();
                    }
                }
                '\t' => self.paragraph.push(' '),
                '\u{A0}' => self.paragraph.push(' '),
                '\u{1E}' => self.paragraph.push('-'),
                c if (c as u32) < 0x20 => {}
                c => self.paragraph.push(c),
            }
        }
        self.end_paragraph(TableFlags::default());
        self.end_table();
        self.out
    }

    fn end_paragraph(&mut self, flags: TableFlags) {
        let text = std::mem::take(&mut self.paragraph);
        let text = text.trim();
        if flags.in_table {
            self.cell.push_str(text);
            return;
        }
        self.end_table();
        if !text.is_empty() {
            self.out.push_str("<p>");
            self.out.push_str(&crate::docx::escape(text));
            self.out.push_str("</p>\n");
        }
    }

    fn end_cell(&mut self) {
        let mut text = std::mem::take(&mut self.cell);
        text.push_str(std::mem::take(&mut self.paragraph).trim());
        self.row.push(CellDraft { text, colspan: 1, vmerge: None });
    }

    fn end_row(&mut self, def: Option<RowDef>) {
        // The row end's own paragraph holds nothing but its mark.
        self.paragraph.clear();
        self.cell.clear();
        let row = std::mem::take(&mut self.row);
        if !row.is_empty() {
            self.rows.push((row, def));
        }
    }

    fn end_table(&mut self) {
        if !self.row.is_empty() {
            self.end_row(None);
        }
        if !self.rows.is_empty() {
            let rows = merged(std::mem::take(&mut self.rows));
            self.out.push_str(&table_html(&rows));
        }
    }
}

/// A table's rows with Word's merges as the DOCX reader gives them: a cell spans as many of the
/// table's columns (every boundary any row has) as lie between its own boundaries, a cell that
/// Word 97 merged into the one before it joins that one, and vertical merges are marked. Rows
/// without a definition, or whose definition does not count their cells, are left as they are.
fn merged(rows: Vec<(Vec<CellDraft>, Option<RowDef>)>) -> Vec<Vec<CellDraft>> {
    let fits = |cells: &[CellDraft], def: &RowDef| def.bounds.len() == cells.len() + 1;
    let mut grid: Vec<i16> = rows
        .iter()
        .filter_map(|(cells, def)| def.as_ref().filter(|d| fits(cells, d)))
        .flat_map(|d| d.bounds.iter().copied())
        .collect();
    grid.sort_unstable();
    grid.dedup();
    rows.into_iter()
        .map(|(cells, def)| {
            let Some(def) = def.filter(|d| fits(&cells, d)) else { return cells };
            let mut out: Vec<CellDraft> = Vec::with_capacity(cells.len());
            for (i, mut cell) in cells.into_iter().enumerate() {
                let (left, right) = (def.bounds[i], def.bounds[i + 1]);
                cell.colspan = grid.iter().filter(|&&b| b > left && b < right).count() + 1;
                let flags = def.merges.get(i).copied().unwrap_or(0);
                if flags & TC_VERT_MERGE != 0 {
                    cell.vmerge = Some(flags & TC_VERT_RESTART != 0);
                }
                match out.last_mut() {
                    Some(first) if flags & TC_MERGED != 0 => {
                        first.colspan += cell.colspan;
                        first.text.push_str(&cell.text);
                    }
                    _ => out.push(cell),
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(in_table: bool, row_end: bool) -> TableFlags {
        TableFlags { in_table, row_end, row: None }
    }

    /// Characters with one paragraph run per mark, as the disk pages would give them.
    fn document(parts: &[(&str, TableFlags)]) -> (Vec<Char>, ParagraphProperties) {
        let mut chars = Vec::new();
        let mut runs = Vec::new();
        let mut fc = 0;
        for (text, f) in parts {
            let start = fc;
            for c in text.chars() {
                chars.push(Char { c, fc });
                fc += 2;
            }
            runs.push((start, fc, *f));
        }
        (chars, ParagraphProperties { runs, rows: Vec::new() })
    }

    #[test]
    fn cell_marks_and_row_ends_make_rows_with_their_empty_cells() {
        let (chars, props) = document(&[
            ("2019年政府信息公开工作年度报告\r", flags(false, false)),
            ("收到申请数\u{07}", flags(true, false)),
            ("\u{07}", flags(true, false)),
            ("12\u{07}", flags(true, false)),
            ("\u{07}", flags(true, true)),
            ("其中：\r", flags(true, false)),
            ("自然人\u{07}", flags(true, false)),
            ("\u{07}", flags(true, false)),
            ("7\u{07}", flags(true, false)),
            ("\u{07}", flags(true, true)),
            ("本页码\u{13} PAGE \u{14}3\u{15}止。\r", flags(false, false)),
        ]);
        let html = Builder::default().build(&chars, &props);
        let lines: Vec<&str> = html.lines().collect();
        assert_eq!(
            lines,
            [
                "<p>2019年政府信息公开工作年度报告</p>",
                "<table>",
                "<tr><td>收到申请数</td><td></td><td>12</td></tr>",
                "<tr><td>其中：自然人</td><td></td><td>7</td></tr>",
                "</table>",
                "<p>本页码3止。</p>"
            ],
            "{html}"
        );
    }

    /// A Word 97 file written here byte by byte: a FIB, the text as one UTF-16 piece at offset
    /// 1024, one formatted disk page of paragraph properties at 2048, the piece table and the
    /// bin table in `1Table`. Each part is one paragraph (it ends with its mark) and its flags.
    fn word_file(parts: &[(&str, TableFlags)]) -> Vec<u8> {
        use std::io::Write;
        const TEXT_AT: usize = 1024;
        const PAGE: usize = 4;
        let text: Vec<u16> = parts.iter().flat_map(|(t, _)| t.encode_utf16()).collect();
        assert!(TEXT_AT + text.len() * 2 <= PAGE * 512);
        let mut word = vec![0u8; PAGE * 512 + 512];
        let put16 = |b: &mut Vec<u8>, at: usize, v: u16| b[at..at + 2].copy_from_slice(&v.to_le_bytes());
        let put32 = |b: &mut Vec<u8>, at: usize, v: u32| b[at..at + 4].copy_from_slice(&v.to_le_bytes());
        put16(&mut word, 0, WORD_MAGIC);
        put16(&mut word, 2, 0x00C1);
        put16(&mut word, 0x0A, 0x0200); // the table stream is 1Table
        put16(&mut word, 32, 14); // csw
        let lw = 34 + 28;
        put16(&mut word, lw, 22); // cslw
        put32(&mut word, lw + 2 + 12, text.len() as u32); // ccpText
        let blob = lw + 2 + 88 + 2;
        put16(&mut word, lw + 2 + 88, 93); // cbRgFcLcb
        for (i, u) in text.iter().enumerate() {
            put16(&mut word, TEXT_AT + i * 2, *u);
        }
        // The disk page: a run per part, each pointing at its PAPX (style 0 and the flags).
        let page = PAGE * 512;
        let crun = parts.len();
        let mut fc = TEXT_AT;
        put32(&mut word, page, fc as u32);
        let mut papx_at = 510;
        for (r, (t, f)) in parts.iter().enumerate() {
            fc += t.encode_utf16().count() * 2;
            put32(&mut word, page + (r + 1) * 4, fc as u32);
            let mut grpprl = vec![0u8, 0]; // istd
            if f.in_table {
                grpprl.extend([0x16, 0x24, 1]);
            }
            if f.row_end {
                grpprl.extend([0x17, 0x24, 1]);
            }
            if grpprl.len() % 2 == 1 {
                grpprl.push(0);
            }
            papx_at -= 2 + grpprl.len();
            papx_at -= papx_at % 2;
            word[page + papx_at] = 0;
            word[page + papx_at + 1] = (grpprl.len() / 2) as u8;
            word[page + papx_at + 2..page + papx_at + 2 + grpprl.len()].copy_from_slice(&grpprl);
            word[page + (crun + 1) * 4 + r * 13] = (papx_at / 2) as u8;
        }
        word[page + 511] = crun as u8;
        // 1Table: the Clx (one piece) at 0, the paragraph bin table after it.
        let mut table = vec![0x02u8];
        table.extend(16u32.to_le_bytes()); // two CPs and one piece descriptor
        table.extend(0u32.to_le_bytes());
        table.extend((text.len() as u32).to_le_bytes());
        table.extend([0, 0]);
        table.extend((TEXT_AT as u32).to_le_bytes());
        table.extend([0, 0]);
        let clx = (0, table.len());
        let bte_at = table.len();
        table.extend((TEXT_AT as u32).to_le_bytes());
        table.extend((fc as u32).to_le_bytes());
        table.extend((PAGE as u32).to_le_bytes());
        let bte = (bte_at, table.len() - bte_at);
        for (i, (offset, length)) in [(33, clx), (13, bte)] {
            put32(&mut word, blob + i * 8, offset as u32);
            put32(&mut word, blob + i * 8 + 4, length as u32);
        }
        let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
        file.create_stream("WordDocument").unwrap().write_all(&word).unwrap();
        file.create_stream("1Table").unwrap().write_all(&table).unwrap();
        file.flush().unwrap();
        file.into_inner().into_inner()
    }

    #[test]
    fn a_word_file_is_read_through_its_piece_table_and_paragraph_properties() {
        let bytes = word_file(&[
            ("2019年度报告\r", flags(false, false)),
            ("收到申请数\u{07}", flags(true, false)),
            ("\u{07}", flags(true, false)),
            ("12\u{07}", flags(true, false)),
            ("\u{07}", flags(true, true)),
            ("以上为本年度情况。\r", flags(false, false)),
        ]);
        assert!(is_word_binary(&bytes));
        assert_eq!(
            doc_to_html(&bytes).unwrap(),
            "<p>2019年度报告</p>\n<table>\n<tr><td>收到申请数</td><td></td><td>12</td></tr>\n</table>\n<p>以上为本年度情况。</p>\n"
        );
    }

    #[test]
    fn mutated_word_files_are_read_or_refused_never_a_panic() {
        let bytes = word_file(&[
            ("2019年度报告\r", flags(false, false)),
            ("收到申请数\u{07}", flags(true, false)),
            ("12\u{07}", flags(true, false)),
            ("\u{07}", flags(true, true)),
        ]);
        let mut state = 0x9E37_79B9u32;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        let (mut read, mut refused) = (0, 0);
        for _ in 0..3000 {
            let mut mutated = bytes.clone();
            for _ in 0..1 + next() % 8 {
                let at = next() as usize % mutated.len();
                mutated[at] = next() as u8;
            }
            match doc_to_html(&mutated) {
                Ok(_) => read += 1,
                Err(reason) => {
                    assert!(!reason.is_empty());
                    refused += 1;
                }
            }
        }
        assert!(read > 0 && refused > 0, "read {read}, refused {refused}");
    }

    #[test]
    fn a_row_end_tells_the_cells_bounds_and_merges() {
        // PapxInFkp: cb 0, cb' (words), istd, then sprmPFInTable, sprmPFTtp and sprmTDefTable
        // for two cells: boundaries 0, 1000, 3000; the second cell starts a vertical merge.
        let mut grpprl = vec![0u8, 0, 0x16, 0x24, 1, 0x17, 0x24, 1, 0x08, 0xD6];
        let mut def = vec![2u8];
        for b in [0i16, 1000, 3000] {
            def.extend(b.to_le_bytes());
        }
        def.extend([0u8; 20]);
        def.extend((TC_VERT_MERGE | TC_VERT_RESTART).to_le_bytes());
        def.extend([0u8; 18]);
        grpprl.extend(((def.len() + 1) as u16).to_le_bytes());
        grpprl.extend(&def);
        grpprl.extend([0x16, 0x24, 1]); // a sprm after it is still read
        if grpprl.len() % 2 == 1 {
            grpprl.push(0);
        }
        let mut page = vec![0u8, (grpprl.len() / 2) as u8];
        page.extend(&grpprl);
        let mut rows = Vec::new();
        let flags = papx_flags(&page, 0, &mut rows).unwrap();
        assert!(flags.in_table && flags.row_end && flags.row == Some(0));
        assert_eq!(rows, [RowDef { bounds: vec![0, 1000, 3000], merges: vec![0, TC_VERT_MERGE | TC_VERT_RESTART] }]);
    }

    #[test]
    fn cells_span_the_columns_between_their_bounds() {
        let cell = |t: &str| CellDraft { text: t.into(), colspan: 1, vmerge: None };
        let def = |bounds: &[i16], merges: &[u16]| Some(RowDef { bounds: bounds.to_vec(), merges: merges.to_vec() });
        let rows = merged(vec![
            (vec![cell("申请人情况")], def(&[0, 3000], &[0])),
            (
                vec![cell("自然人"), cell("商业企业"), cell("合计")],
                def(&[0, 1000, 2000, 3000], &[TC_VERT_MERGE | TC_VERT_RESTART, 0, 0]),
            ),
            (vec![cell(""), cell("1"), cell("3")], def(&[0, 1000, 2000, 3000], &[TC_VERT_MERGE, 0, 0])),
            (vec![cell("甲"), cell("乙"), cell("丙")], def(&[0, 1000, 2000, 3000], &[0, 0, TC_MERGED])),
        ]);
        let shape: Vec<Vec<(String, usize, Option<bool>)>> =
            rows.iter().map(|r| r.iter().map(|c| (c.text.clone(), c.colspan, c.vmerge)).collect()).collect();
        assert_eq!(shape[0], [("申请人情况".to_string(), 3, None)]);
        assert_eq!(shape[1][0], ("自然人".to_string(), 1, Some(true)));
        assert_eq!(shape[2][0], ("".to_string(), 1, Some(false)));
        assert_eq!(
            shape[3],
            [("甲".to_string(), 1, None), ("乙丙".to_string(), 2, None)],
            "Word 97's horizontal merge"
        );
    }

    #[test]
    fn hostile_bytes_are_errors_not_panics() {
        assert!(doc_to_html(b"not an ole file").unwrap_err().contains("corrupt OLE2"));
        let mut fib = vec![0u8; 1024];
        fib[0..2].copy_from_slice(&WORD_MAGIC.to_le_bytes());
        fib[2..4].copy_from_slice(&0x00C1u16.to_le_bytes());
        fib[0x0A..0x0C].copy_from_slice(&0x0100u16.to_le_bytes());
        assert!(Fib::read(&fib).err().unwrap().contains("encrypted"));
        fib[0x0A..0x0C].copy_from_slice(&0u16.to_le_bytes());
        fib[32..34].copy_from_slice(&0xFFFFu16.to_le_bytes());
        assert!(Fib::read(&fib).err().unwrap().contains("corrupt"));
        // Pseudo-random garbage through every reader.
        let mut state = 0x2545F491u32;
        for len in [0usize, 3, 64, 600, 5000] {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state as u8
                })
                .collect();
            let _ = Fib::read(&bytes);
            let _ = pieces(&bytes, (0, bytes.len()));
            let _ = ParagraphProperties::read(&bytes, &bytes, (0, bytes.len()));
            let _ = papx_flags(&bytes, 0, &mut Vec::new());
        }
    }
}
