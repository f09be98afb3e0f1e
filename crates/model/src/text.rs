//! Character positions in UTF-8 text, counted on the bytes; and counts written in Chinese
//! numerals, which the parse and normalize stages both read.
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

/// A count below a hundred written in words, as reports write requests few enough to count
/// them so (收到政府信息公开申请一件, 两件, 十二件, 三十五件): 一 to 十, 十一 to 十九, 二十 to 九十九.
/// Anything else (三四件, about three or four) is no count.
pub fn small_count_in_words(text: &str) -> Option<u32> {
    let digit = |c: char| count_word(c).filter(|&n| n < 10 && c != '两');
    let chars: Vec<char> = text.chars().collect();
    match chars[..] {
        [c] => count_word(c),
        ['十', u] => Some(10 + digit(u)?),
        [t, '十'] => Some(digit(t).filter(|&t| t > 1)? * 10),
        [t, '十', u] => Some(digit(t).filter(|&t| t > 1)? * 10 + digit(u)?),
        _ => None,
    }
}

/// The value of one numeral character, 一 to 十.
pub fn count_word(c: char) -> Option<u32> {
    let n = match c {
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    };
    Some(n)
}

/// A digit written in words, zero as 〇, ○, 零 or O (a year digit by digit: 二〇二一).
pub fn digit_in_words(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' | 'O' | 'o' => Some(0),
        '两' | '十' => None,
        c => count_word(c),
    }
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
