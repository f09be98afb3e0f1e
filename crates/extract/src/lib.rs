//! extract: whatever format a report was published in → text the decoder and parser read.
//!
//! Reports come as web pages, plain text, Word documents and PDFs, and the file name or the
//! server's Content-Type is often wrong (a `.html` that is a PDF, a `.doc` that is a DOCX).
//! So the format is decided from the bytes ([`sniff`]), and each format is turned into what
//! the later stages already read well, keeping table structure where the source has it:
//!
//! | format | becomes |
//! |---|---|
//! | text, HTML | the bytes unchanged (decode detects the encoding; parse reads HTML tables as grids) |
//! | DOCX | a small UTF-8 HTML page: paragraphs, and tables with `colspan`/`rowspan` from the Word merges — grids, not flattened text |
//! | PDF | `pdftotext -layout` output (poppler), read by the space-aligned table reader |
//! | scanned PDF (no text layer) | Tesseract's reading of each page, the table rules taken out first ([`ocr`]) |
//! | Word 97–2003 `.doc`, `.wps` in Word's format | the same HTML page as DOCX, read natively from the compound file: piece table, paragraph properties, tables from the cell and row marks ([`doc`]) |
//!
//! Every failure is a reason string, which becomes a reject of stage `extract`.

pub mod doc;
mod docx;
pub mod ocr;
mod pdf;

pub use doc::doc_to_html;
pub use docx::docx_to_html;
pub use pdf::pdf_to_text;

/// The input format, from the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or HTML in any encoding (told apart after decoding).
    Text,
    Docx,
    Pdf,
    /// Word 97–2003 (an OLE2 compound file; Kingsoft WPS saves `.wps` files in the same
    /// format), read by [`doc`]. Other OLE2 files (spreadsheets, encrypted documents) are
    /// rejected by it with their reason.
    Doc,
    /// A recognisably non-report binary (image, archive, executable, …), named.
    Other(&'static str),
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Doc => "doc",
            Format::Other(name) => name,
        }
    }
}

/// Limits on what extraction may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest text or HTML input accepted. A real report is well under 1 MB; a 50 MB "page"
    /// is a crawler accident (a whole site concatenated, an embedded base64 video).
    pub max_text_bytes: usize,
    /// Largest `word/document.xml` after decompression (bounds a DOCX bomb).
    pub max_docx_xml_bytes: u64,
    /// Seconds `pdftotext` may run.
    pub pdf_timeout_seconds: u64,
    /// Pages of a scanned PDF read by OCR, and the seconds each may take.
    pub ocr_max_pages: usize,
    pub ocr_page_seconds: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_text_bytes: 20 * 1024 * 1024,
            max_docx_xml_bytes: 64 * 1024 * 1024,
            pdf_timeout_seconds: 60,
            ocr_max_pages: 40,
            ocr_page_seconds: 120,
        }
    }
}

/// The format of `bytes`, by their first bytes (and, for zip files, their member names).
pub fn sniff(bytes: &[u8]) -> Format {
    const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let magics: [(&[u8], Format); 10] = [
        (b"%PDF-", Format::Pdf),
        (OLE2, Format::Doc),
        (b"\x89PNG\r\n\x1a\n", Format::Other("png image")),
        (b"\xFF\xD8\xFF", Format::Other("jpeg image")),
        (b"GIF8", Format::Other("gif image")),
        (b"Rar!\x1A\x07", Format::Other("rar archive")),
        (b"7z\xBC\xAF\x27\x1C", Format::Other("7z archive")),
        (b"\x1F\x8B", Format::Other("gzip data")),
        (b"\x7FELF", Format::Other("executable")),
        (b"MZ", Format::Other("executable")),
    ];
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return if docx::looks_like_docx(bytes) { Format::Docx } else { Format::Other("zip archive") };
    }
    // A PDF may be preceded by junk (a crawler's HTTP headers): the spec allows 1 KB.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") && !bytes.starts_with(b"<") {
        return Format::Pdf;
    }
    magics.iter().find(|(m, _)| bytes.starts_with(m)).map(|(_, f)| *f).unwrap_or(Format::Text)
}

/// A document ready for decoding.
pub struct Extracted<'a> {
    pub format: Format,
    /// Bytes for the decoder: the input itself for text (borrowed: most documents are text,
    /// and this is on every document's path), UTF-8 for converted formats.
    pub bytes: std::borrow::Cow<'a, [u8]>,
    /// The text was read by OCR (a scanned PDF): pages and time.
    pub ocr: Option<ocr::OcrReport>,
}

/// Sniff and convert. `Err` is the reason the document cannot be read.
pub fn extract<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Extracted<'a>, String> {
    use std::borrow::Cow;
    let format = sniff(bytes);
    let converted = match format {
        Format::Text if bytes.len() > limits.max_text_bytes => {
            return Err(format!(
                "{} MB of text/HTML exceeds the {} MB limit for one report (a crawler accident, not a report)",
                bytes.len() / (1024 * 1024),
                limits.max_text_bytes / (1024 * 1024)
            ))
        }
        Format::Text => Cow::Borrowed(bytes),
        Format::Docx => Cow::Owned(docx_to_html(bytes, limits.max_docx_xml_bytes)?.into_bytes()),
        Format::Pdf => match pdf_to_text(bytes, limits.pdf_timeout_seconds)? {
            Some(text) => Cow::Owned(text.into_bytes()),
            None => {
                let (text, report) = ocr::ocr_pdf(bytes, limits.ocr_max_pages, limits.ocr_page_seconds)?;
                return Ok(Extracted { format, bytes: Cow::Owned(text.into_bytes()), ocr: Some(report) });
            }
        },
        Format::Doc => Cow::Owned(doc_to_html(bytes)?.into_bytes()),
        Format::Other(name) => return Err(format!("unsupported format: {name}")),
    };
    Ok(Extracted { format, bytes: converted, ocr: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_their_bytes() {
        assert_eq!(sniff("政府信息公开".as_bytes()), Format::Text);
        assert_eq!(sniff(b"<html><body>x</body></html>"), Format::Text);
        assert_eq!(sniff(b"%PDF-1.7\n..."), Format::Pdf);
        assert_eq!(sniff(b"HTTP/1.1 200 OK\r\n\r\n%PDF-1.4"), Format::Pdf);
        assert_eq!(sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), Format::Doc);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nrest"), Format::Other("png image"));
        assert_eq!(sniff(b"PK\x03\x04garbage"), Format::Other("zip archive"));
    }

    #[test]
    fn oversized_text_and_unknown_binaries_are_refused_with_reasons() {
        let limits = Limits { max_text_bytes: 1000, ..Limits::default() };
        let err = extract(&vec![b'a'; 5000], &limits).err().unwrap();
        assert!(err.contains("exceeds"), "{err}");
        assert_eq!(extract(b"\xFF\xD8\xFFjpeg", &limits).err().unwrap(), "unsupported format: jpeg image");
        assert!(extract(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], &limits)
            .err()
            .unwrap()
            .contains("corrupt OLE2 compound file"));
    }
}
