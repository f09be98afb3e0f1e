//! Real pages laid out again as crawlers leave pages, for `nianbao eval --truth … --reflow FORM`.
//!
//! The hand-read corpora hold each page in one layout, the one its crawl happened to give. The
//! same page reaches other crawls with its lines run together (a `get_text()` without a
//! separator, or with a space) or with an empty line after every line (text nodes joined by a
//! blank line). The facts do not change with the layout, so the same truth scores the page in
//! each: a reading rule that only works in the layout it was written against shows up as a
//! fall in recall, and one that misreads another layout as a wrong value. The pages stay where
//! they lie; only their text in memory is laid out again.
//!
//! The title line stays a line of its own in the run-together forms, as crawlers keep a page's
//! title apart from its body (the generator's one-line pages do the same). Only text that is
//! valid UTF-8 and not HTML is laid out again: other bytes are scored as found.

use serde::Serialize;

/// A layout of a page's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reflow {
    /// The text as the corpus holds it.
    #[default]
    AsFound,
    /// The body after the title on one line, its lines run together without a separator.
    OneLine,
    /// The body after the title on one line, its lines separated by a space.
    OneLineSpaced,
    /// An empty line after every line.
    DoubleSpaced,
}

impl Reflow {
    pub fn name(self) -> &'static str {
        match self {
            Reflow::AsFound => "as-found",
            Reflow::OneLine => "one-line",
            Reflow::OneLineSpaced => "one-line-spaced",
            Reflow::DoubleSpaced => "double-spaced",
        }
    }
}

/// How many non-empty lines a title may come after (breadcrumbs and site chrome come first).
const TITLE_WINDOW: usize = 30;

/// The page's bytes laid out as `form` says.
pub fn reflow(bytes: &[u8], form: Reflow) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(bytes) else { return bytes.to_vec() };
    let looks_like_html = text.get(..4096.min(text.len())).is_some_and(|head| {
        let head = head.to_ascii_lowercase();
        head.contains("<html") || head.contains("<body") || head.contains("<p>") || head.contains("<table")
    });
    if form == Reflow::AsFound || looks_like_html {
        return bytes.to_vec();
    }
    let lines: Vec<&str> = text.lines().collect();
    match form {
        Reflow::AsFound => unreachable!("returned above"),
        Reflow::DoubleSpaced => lines.iter().flat_map(|l| [*l, ""]).collect::<Vec<_>>().join("\n").into_bytes(),
        Reflow::OneLine | Reflow::OneLineSpaced => {
            let separator = if form == Reflow::OneLine { "" } else { " " };
            let written: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
            let title = written.iter().take(TITLE_WINDOW).position(|l| is_title(l));
            let body_from = title.map_or(0, |t| t + 1);
            let mut out: Vec<String> = written[..body_from].iter().map(|l| l.to_string()).collect();
            out.push(written[body_from..].join(separator));
            (out.join("\n") + "\n").into_bytes()
        }
    }
}

/// A line that names the report: short, with 报告 in it.
fn is_title(line: &str) -> bool {
    line.contains("报告") && line.chars().count() < 80
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "首页 > 政务公开\n某县2020年政府信息公开工作年度报告\n\n一、总体情况\n全年收到申请\n12\n件。\n";

    fn laid_out(form: Reflow) -> String {
        String::from_utf8(reflow(PAGE.as_bytes(), form)).unwrap()
    }

    #[test]
    fn the_body_after_the_title_runs_together_and_the_title_stays_apart() {
        assert_eq!(
            laid_out(Reflow::OneLine),
            "首页 > 政务公开\n某县2020年政府信息公开工作年度报告\n一、总体情况全年收到申请12件。\n"
        );
        assert_eq!(
            laid_out(Reflow::OneLineSpaced),
            "首页 > 政务公开\n某县2020年政府信息公开工作年度报告\n一、总体情况 全年收到申请 12 件。\n"
        );
    }

    #[test]
    fn double_spacing_puts_an_empty_line_after_every_line_and_html_is_left_as_found() {
        assert!(laid_out(Reflow::DoubleSpaced)
            .starts_with("首页 > 政务公开\n\n某县2020年政府信息公开工作年度报告\n\n\n\n一、"));
        assert_eq!(laid_out(Reflow::AsFound), PAGE);
        let html = "<html><body><p>某县2020年报告</p>\n<p>全年收到申请12件。</p></body></html>";
        assert_eq!(reflow(html.as_bytes(), Reflow::OneLine), html.as_bytes());
        assert_eq!(reflow(&[0xb9, 0xab, 0xbf, 0xaa], Reflow::OneLine), [0xb9, 0xab, 0xbf, 0xaa]);
    }
}
