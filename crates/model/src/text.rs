//! Character positions in UTF-8 text, counted on the bytes.
//!
//! Several stages cut a text at its n-th character (a document's head, its signature at the
//! end). `char_indices().nth(n)` decodes every character on the way; a byte that starts a
//! character is simply one that is not `10xxxxxx`, so counting those is enough.

/// Is `b` the first byte of a character (not `10xxxxxx`)?
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The byte offset of the `n`th character of `text` (0-based; its length when it has fewer).
pub fn char_offset(text: &str, n: usize) -> usize {
    text.bytes().enumerate().filter(|&(_, b)| starts_char(b)).nth(n).map_or(text.len(), |(i, _)| i)
}

/// The byte offset where the last `n` characters of `text` begin (0 when it has fewer).
pub fn char_offset_from_end(text: &str, n: usize) -> usize {
    if n == 0 {
        return text.len();
    }
    text.bytes().enumerate().rev().filter(|&(_, b)| starts_char(b)).nth(n - 1).map_or(0, |(i, _)| i)
}

/// A CJK unified ideograph of the basic block (U+4E00–U+9FFF): the characters of these
/// reports' words. The readers test this where they ask whether a character is part of a word
/// (a label, a place name, a row's next word); decoding's plausibility counts the extensions
/// and compatibility ideographs as well (`nianbao_decode::hanzi::is_han`), which no catalog
/// word uses.
pub fn is_basic_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_on_bytes_agree_with_char_indices() {
        for text in ["", "a", "a中b", "泗门镇人民政府", "ab泗门c𠀀d", "x\n嘉兴市秀洲区\n王店镇"] {
            for n in 0..12 {
                assert_eq!(
                    char_offset(text, n),
                    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i),
                    "{text:?} {n}"
                );
                if n > 0 {
                    assert_eq!(
                        char_offset_from_end(text, n),
                        text.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i),
                        "{text:?} {n}"
                    );
                }
            }
            assert_eq!(char_offset_from_end(text, 0), text.len());
        }
    }
}
