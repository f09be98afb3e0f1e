//! Printed numbers → values, exactly.
//!
//! Money printed in 万元 is stored in yuan; `85.4` × 10,000 in floating point is
//! 854000.0000000001, so the multiplication is done on the decimal digits and only the final
//! value becomes an `f64`. Approximate figures (3.7万多条, 3200余条) keep their printed form in
//! `raw` and are flagged as approximate.

/// A parsed figure: value in base units (count, yuan) and what the print said about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub value: f64,
    /// 万 or 万元 was printed (in the cell or in the unit).
    pub ten_thousands: bool,
    /// 多 / 余 / 约 / 近: a lower bound or an estimate, not an exact count.
    pub approximate: bool,
    /// The cell carried its own money unit (元 or 万元).
    pub money_unit_in_cell: bool,
}

/// Parse a decimal like `-12`, `288.79`, `1,234` into (mantissa, decimal places). Commas
/// (either width) are removed first, wherever they stand; nearly no figure has one.
fn parse_decimal(text: &str) -> Option<(i128, u32)> {
    if text.contains([',', '，']) {
        return parse_decimal(&text.replace([',', '，'], ""));
    }
    let (negative, digits) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty()
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    if int_part.len() + frac_part.len() > 30 {
        return None;
    }
    // At most 30 decimal digits: fits an i128 without overflow.
    let mantissa = int_part.bytes().chain(frac_part.bytes()).fold(0i128, |m, b| m * 10 + (b - b'0') as i128);
    Some((if negative { -mantissa } else { mantissa }, frac_part.len() as u32))
}

/// Could `c` be part of a printed figure: digits, signs, separators, whitespace, and the
/// markers and units [`parse_figure`] strips? Anything else makes the cell a word, refused
/// before any work (most cells asked about while a table is classified are labels).
fn figure_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, ',' | '，' | '.' | '-' | '−' | '+' | '\u{3000}')
        || c.is_whitespace()
        || "约近超过逾人次条件篇个项起份期场多余万元增减加少".contains(c)
}

/// mantissa × 10^-scale × 10^shift as the nearest f64.
fn scaled(mantissa: i128, scale: u32, shift: u32) -> f64 {
    if shift >= scale {
        (mantissa * 10i128.pow(shift - scale)) as f64
    } else {
        // An exact integer divided by an exact power of ten: one correctly rounded division.
        mantissa as f64 / 10f64.powi((scale - shift) as i32)
    }
}

/// Parse a printed cell or phrase. `unit_is_wan` says the column's unit is 万元 (or 万).
/// Blank, dashes and words are `None`: no value, never zero.
/// A cell that holds no figure but keeps a column's place: a blank, `/`, `-`, `—`.
pub fn is_blank_cell(text: &str) -> bool {
    matches!(text, "" | "/" | "-" | "—" | "－" | "／")
}

/// A whole cell printed with a leading zero (07) is a row's code — a statistics form's 代码
/// column, its header perhaps lost to the decoder — not a count as a report prints one. (A piece
/// of a figure broken over two cells, 1 / 05, may start with 0: this is asked of whole cells.)
pub fn is_code(raw: &str) -> bool {
    let t = raw.trim();
    t.len() > 1 && t.starts_with('0') && t.bytes().all(|b| b.is_ascii_digit())
}

/// Words before a figure that make it approximate (约300条, 近百条, 超过230条, 逾千件).
pub(crate) const APPROXIMATION_MARKERS: [&str; 4] = ["约", "近", "超过", "逾"];

pub fn parse_figure(raw: &str, unit_is_wan: bool) -> Option<Figure> {
    // Nearly every cell is a plain count: read it without allocating (this runs several times
    // per cell while a table is classified).
    let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.len() <= 15 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let n: u64 = trimmed.parse().ok()?;
        let value = if unit_is_wan { (n as f64) * 10_000.0 } else { n as f64 };
        return Some(Figure { value, ten_thousands: unit_is_wan, approximate: false, money_unit_in_cell: false });
    }
    // A figure has an ASCII digit (parse_decimal accepts nothing else) and no character
    // foreign to figures.
    if !trimmed.bytes().any(|b| b.is_ascii_digit()) || !trimmed.chars().all(figure_char) {
        return None;
    }
    // Spaces inside a figure (`1 308`) are dropped; nearly no figure has any.
    let spaced;
    let mut text: &str = if trimmed.chars().any(|c| c.is_whitespace() || c == '\u{3000}') {
        spaced = trimmed.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}').collect::<String>();
        &spaced
    } else {
        trimmed
    };
    let mut approximate = false;
    for marker in APPROXIMATION_MARKERS {
        if let Some(rest) = text.strip_prefix(marker) {
            text = rest;
            approximate = true;
        }
    }
    // A change printed in words (本年增/减 column: 减3, 增2, 增加1, 减少4): the word is its sign.
    let mut decrease = false;
    for (word, is_decrease) in [("减少", true), ("增加", false), ("减", true), ("增", false)] {
        if let Some(rest) = text.strip_prefix(word) {
            // 减-3 says its sign twice: which one is meant is not certain.
            if rest.starts_with(['-', '−', '+']) {
                return None;
            }
            text = rest;
            decrease = is_decrease;
            break;
        }
    }
    for suffix in ["人次", "条", "件", "次", "篇", "个", "人", "项", "起", "份", "期", "场"] {
        if let Some(rest) = text.strip_suffix(suffix) {
            text = rest;
            break;
        }
    }
    for marker in ["多", "余"] {
        if let Some(rest) = text.strip_suffix(marker) {
            text = rest;
            approximate = true;
        }
    }
    let mut money_unit_in_cell = false;
    let mut wan = unit_is_wan;
    if let Some(rest) = text.strip_suffix("万元") {
        text = rest;
        wan = true;
        money_unit_in_cell = true;
    } else if let Some(rest) = text.strip_suffix('元') {
        text = rest;
        wan = false;
        money_unit_in_cell = true;
    } else if let Some(rest) = text.strip_suffix('万') {
        text = rest;
        wan = true;
    }
    if let Some(rest) = text.strip_suffix(['多', '余']) {
        text = rest;
        approximate = true;
    }
    let (mantissa, scale) = parse_decimal(text)?;
    let mantissa = if decrease { -mantissa } else { mantissa };
    Some(Figure {
        value: scaled(mantissa, scale, if wan { 4 } else { 0 }),
        ten_thousands: wan,
        approximate,
        money_unit_in_cell,
    })
}

/// The range an approximate figure stands for: 3.7万多 → [37000, 38000), 3200余 → [3200, 3300).
/// The step is one unit of the last printed digit. `None` for an exact figure.
///
/// A figure in 万 with decimals (3.3万条) is rounded by its printing: it agrees with anything
/// that rounds or truncates to it, [32,500, 34,000).
pub fn approximate_range(raw: &str) -> Option<(f64, f64)> {
    let figure = parse_figure(raw, false)?;
    let rounded_wan = figure.ten_thousands && raw.contains('.');
    if !figure.approximate && !rounded_wan {
        return None;
    }
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let step = match digits.split_once('.') {
        Some((_, frac)) => 10f64.powi(-(frac.len() as i32)),
        None => 10f64.powi(digits.len() as i32 - digits.trim_end_matches('0').len() as i32),
    };
    let step = if figure.ten_thousands { step * 10_000.0 } else { step };
    if !figure.approximate {
        return Some((figure.value - step / 2.0, figure.value + step));
    }
    Some((figure.value, figure.value + step))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(raw: &str, wan: bool) -> Option<f64> {
        parse_figure(raw, wan).map(|f| f.value)
    }

    #[test]
    fn a_zero_padded_cell_is_a_code() {
        assert!(is_code("07") && is_code(" 012 "));
        assert!(!is_code("0") && !is_code("0.5") && !is_code("10") && !is_code("07件"));
    }

    #[test]
    fn money_in_wan_becomes_exact_yuan() {
        assert_eq!(v("85.4", true), Some(854000.0));
        assert_eq!(v("288.79万元", false), Some(2887900.0));
        assert_eq!(v("12000元", true), Some(12000.0));
        assert_eq!(v("0.123456", true), Some(1234.56));
        assert_eq!(v("1.2345678", true), Some(12345.678));
    }

    #[test]
    fn counts_and_approximations() {
        assert_eq!(v("1308", false), Some(1308.0));
        assert_eq!(v("-2", false), Some(-2.0));
        assert_eq!(v("1,234", false), Some(1234.0));
        assert_eq!(v("1，234.5", false), Some(1234.5));
        assert_eq!(v(",-12", false), Some(-12.0)); // commas go before the sign is read
        assert_eq!(v(" 1 308 条", false), Some(1308.0));
        assert_eq!(v("约 12 件", false), Some(12.0));
        let f = parse_figure("3.7万多条", false).unwrap();
        assert_eq!((f.value, f.approximate), (37000.0, true));
        let f = parse_figure("3200余条", false).unwrap();
        assert_eq!((f.value, f.approximate), (3200.0, true));
    }

    #[test]
    fn a_change_signed_by_its_word() {
        assert_eq!(v("减3", false), Some(-3.0));
        assert_eq!(v("减少 12", false), Some(-12.0));
        assert_eq!(v("增2", false), Some(2.0));
        assert_eq!(v("增加1项", false), Some(1.0));
        for raw in ["减", "增加", "减-3", "加3", "少3"] {
            assert_eq!(v(raw, false), None, "{raw:?}");
        }
    }

    #[test]
    fn approximate_figures_stand_for_a_range() {
        assert_eq!(approximate_range("3.7万多条"), Some((37000.0, 38000.0)));
        assert_eq!(approximate_range("3200余条"), Some((3200.0, 3300.0)));
        assert_eq!(approximate_range("1000多条"), Some((1000.0, 2000.0)));
        assert_eq!(approximate_range("170条"), None);
        assert_eq!(approximate_range("3.3万条"), Some((32500.0, 34000.0)), "a rounded figure in 万");
    }

    #[test]
    fn blanks_and_words_are_no_value() {
        for raw in ["", " ", "——", "/", "无", "-", "1.2.3", "12a", ",", "计1条数", "约"] {
            assert_eq!(v(raw, false), None, "{raw:?}");
        }
    }
}
