//! The readers' regular expressions, compiled with `\d` as the ASCII digits.
//!
//! Why not `Regex::new` as written: in the regex crate `\d` is Unicode (`\p{Nd}`, some 680
//! code points in 60-odd ranges), and the readers' favourite class — "anything up to the next
//! stop or figure", `[^。；;，,\d]` — then compiles to a lazy DFA many times larger, whose
//! states every search builds anew. Text reaching normalize writes its figures in ASCII digits
//! (decode folds the full-width ０–９; no other script's digits are written in these reports),
//! so the patterns read the same with `[0-9]`; the narrative reader ran in three quarters of
//! its time.

use regex::Regex;

/// `Regex::new(pattern)` with every `\d` read as `[0-9]` (inside a class too: the regex crate
/// takes `[^。[0-9]]` as the union it means).
pub(crate) fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&pattern.replace(r"\d", "[0-9]"))
}

#[cfg(test)]
mod tests {
    use super::compile;

    #[test]
    fn digits_are_ascii_inside_and_outside_classes() {
        let figure = compile(r"公开(?P<what>[^。，\d]{0,8})(?P<fig>\d+)条").unwrap();
        let c = figure.captures("主动公开政府信息45条").unwrap();
        assert_eq!((&c["what"], &c["fig"]), ("政府信息", "45"));
        // A digit of another script is neither a figure nor excluded from the class.
        assert!(figure.captures("公开٤٥条").is_none());
        assert_eq!(&figure.captures("公开第٣批8条").unwrap()["what"], "第٣批");
    }
}
