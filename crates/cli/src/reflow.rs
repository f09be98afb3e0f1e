//! Real pages laid out again as crawlers leave pages, for `nianbao eval --truth … --reflow FORM`.
//!
//! The hand-read corpora hold each page in one layout, the one its crawl happened to give. The
//! same page reaches other crawls with its lines run together (a `get_text()` without a
//! separator, or with a space) or with an empty line after every line (text nodes joined by a
//! blank line), and mirrors serve it in traditional characters, some in Taiwan's phrasing too
//! (资讯 for 信息, 档案 for 文件), and Markdown-producing crawlers mark titles, headings and
//! table rows up (`# `, `**…**`, `| --- |`). The facts do not change with the form, so the same truth
//! scores the page in each: a reading rule that only works in the form it was written against
//! shows up as a fall in recall, and one that misreads another form as a wrong value. The pages
//! stay where they lie; only their text in memory is laid out again.
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
    /// In traditional characters (OpenCC s2t).
    Traditional,
    /// In traditional characters and Taiwan's phrasing (OpenCC s2twp).
    Taiwan,
    /// As an HTML page: a line of two or more `|` or tab separated cells a table row, every other
    /// line a paragraph (a table printed one cell per line becomes a paragraph a cell).
    Html,
    /// Full-width punctuation, letters and digits in their ASCII forms (，（）：；→ , ( ) : ;) and
    /// the ideographic space a space, as a crawl that normalises width (NFKC) saves a page.
    Halfwidth,
    /// As a crawl of a word processor's page: every run of ASCII digits (with its decimal point
    /// and percent sign) on a line of its own, where a page set its figures in a span of another
    /// font (仿宋 for the words, Times New Roman for the figures) and the crawler broke the line at
    /// every tag: `全年收到申请` / `12` / `件。`. The title and the lines of cells (with a `|` or
    /// a tab) stay whole.
    Spans,
    /// In spans, an empty line after every line (a crawler joining the pieces with `\n\n`).
    SpansDoubleSpaced,
    /// As a crawler's Markdown: the first line `# `, numbered headings `## ` or bold, rows of two
    /// or more written cells between bars with a `| --- |` row under a table's first, a link.
    Markdown,
    /// As a site shows the page, with links to the agency's reports of other years: a related
    /// link above it (`相关链接：` and the title with the year before), the previous and next
    /// reports after it (`上一篇：…`, `下一篇：…`). A page without a title links reports of this
    /// body (本单位) of the years around the first year it names.
    SiteLinks,
}

impl Reflow {
    pub fn name(self) -> &'static str {
        match self {
            Reflow::AsFound => "as-found",
            Reflow::OneLine => "one-line",
            Reflow::OneLineSpaced => "one-line-spaced",
            Reflow::DoubleSpaced => "double-spaced",
            Reflow::Traditional => "traditional",
            Reflow::Taiwan => "taiwan",
            Reflow::Html => "html",
            Reflow::Halfwidth => "halfwidth",
            Reflow::Markdown => "markdown",
            Reflow::Spans => "spans",
            Reflow::SpansDoubleSpaced => "spans-double-spaced",
            Reflow::SiteLinks => "site-links",
        }
    }
}

/// How many non-empty lines a title may come after (breadcrumbs and site chrome come first).
const TITLE_WINDOW: usize = 30;

/// The page's bytes laid out as `form` says.
pub fn reflow(bytes: &[u8], form: Reflow) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(bytes) else { return bytes.to_vec() };
    if form == Reflow::AsFound || nianbao_parse::is_html(text) {
        return bytes.to_vec();
    }
    let lines: Vec<&str> = text.lines().collect();
    match form {
        Reflow::AsFound => unreachable!("returned above"),
        Reflow::DoubleSpaced => lines.iter().flat_map(|l| [*l, ""]).collect::<Vec<_>>().join("\n").into_bytes(),
        Reflow::Traditional => opencc().s2t(text, false).into_bytes(),
        Reflow::Taiwan => opencc().s2twp(text, false).into_bytes(),
        Reflow::Html => as_html(&lines).into_bytes(),
        Reflow::Halfwidth => text.chars().map(nianbao_synth::half_width).collect::<String>().into_bytes(),
        Reflow::Markdown => nianbao_synth::as_markdown(text).into_bytes(),
        Reflow::Spans => in_spans(&lines).into_bytes(),
        Reflow::SpansDoubleSpaced => {
            in_spans(&lines).lines().flat_map(|l| [l, ""]).collect::<Vec<_>>().join("\n").into_bytes()
        }
        Reflow::SiteLinks => with_site_links(text, &lines).into_bytes(),
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

/// The lines with their figures on lines of their own (see [`Reflow::Spans`]).
fn in_spans(lines: &[&str]) -> String {
    let title = lines.iter().take(TITLE_WINDOW).position(|l| is_title(l.trim()));
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        // A line with a cell's bar or tab is a crawler's cells already.
        if Some(i) == title || line.contains(['|', '\t']) {
            out.push(line.to_string());
            continue;
        }
        // A span's pieces, trimmed: the spaces between a row's figures (规章  0  1) were never a
        // span's, and a crawl gives its cells a line each. A sign standing alone before a
        // figure is the figure's (a cell +1).
        let mut piece = String::new();
        let mut in_figure = false;
        for c in line.chars() {
            let figure = c.is_ascii_digit() || (in_figure && matches!(c, '.' | '%'));
            let signed = figure && matches!(piece.trim(), "+" | "-" | "－");
            if figure != in_figure && !piece.trim().is_empty() && !signed {
                out.push(std::mem::take(&mut piece).trim().to_string());
            }
            in_figure = figure;
            piece.push(c);
        }
        if !piece.trim().is_empty() || line.trim().is_empty() {
            out.push(piece.trim().to_string());
        }
    }
    out.join("\n") + "\n"
}

/// The page between links to the agency's reports of other years (see [`Reflow::SiteLinks`]).
fn with_site_links(text: &str, lines: &[&str]) -> String {
    // (A title, not a sentence naming the report: a link is a name.)
    let title =
        lines.iter().take(TITLE_WINDOW).map(|l| l.trim()).find(|l| is_title(l) && !l.contains(['，', ',', '。']));
    let year_of = |t: &str| {
        let digits: Vec<char> = t.chars().collect();
        digits.windows(4).find_map(|w| {
            let y: String = w.iter().collect();
            (y.starts_with("19") || y.starts_with("20")).then(|| y.parse::<u32>().ok()).flatten()
        })
    };
    let Some(year) = title.and_then(year_of).or_else(|| year_of(text)) else { return text.to_string() };
    let name = |y: u32| match title {
        Some(t) if year_of(t).is_some() => t.replacen(&year.to_string(), &y.to_string(), 1),
        _ => format!("本单位{y}年政府信息公开工作年度报告"),
    };
    format!(
        "相关链接：{}\n{}\n上一篇：{}\n下一篇：{}\n",
        name(year - 1),
        text.trim_end_matches('\n'),
        name(year - 1),
        name(year + 1)
    )
}

/// A line of two or more `|` or tab separated written cells.
fn is_a_table_row(line: &str) -> bool {
    line.split(['|', '\t']).filter(|c| !c.trim().is_empty()).count() >= 2
}

/// The lines as an HTML page (see [`Reflow::Html`]).
fn as_html(lines: &[&str]) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = vec!["<html><head><meta charset=\"utf-8\"></head><body>".to_string()];
    let mut in_table = false;
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        // Two cells at least: `信息内容 |` (a cell per line, a bar after each) stays a paragraph.
        let row = is_a_table_row(line);
        match (row, in_table) {
            (true, false) => out.push("<table>".into()),
            (false, true) => out.push("</table>".into()),
            _ => {}
        }
        in_table = row;
        if row {
            // The bar that opens a row closes no cell: an HTML row has no empty cell before it.
            let cells: Vec<String> = line
                .strip_prefix('|')
                .unwrap_or(line)
                .trim_end_matches('|')
                .split(['|', '\t'])
                .map(|c| format!("<td>{}</td>", escape(c.trim())))
                .collect();
            out.push(format!("<tr>{}</tr>", cells.concat()));
        } else {
            out.push(format!("<p>{}</p>", escape(line)));
        }
    }
    if in_table {
        out.push("</table>".into());
    }
    out.push("</body></html>".into());
    out.join("\n") + "\n"
}

/// The converter, built once: its dictionaries take a moment to load.
fn opencc() -> &'static opencc_fmmseg::OpenCC {
    static CC: std::sync::OnceLock<opencc_fmmseg::OpenCC> = std::sync::OnceLock::new();
    CC.get_or_init(opencc_fmmseg::OpenCC::new)
}

/// A line that names the report: short, with 报告 in its Han characters (traditional 報告 too,
/// and 報(bào)告 where a mirror annotated the characters with pinyin). Not 年报 alone: a
/// breadcrumb names the 年报 column the report is filed under.
fn is_title(line: &str) -> bool {
    let han: String = line.chars().filter(|&c| nianbao_decode::hanzi::is_han(c)).collect();
    ["报告", "報告"].iter().any(|w| han.contains(w)) && line.chars().count() < 80
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "首页 > 政务公开\n某县2020年政府信息公开工作年度报告\n\n一、总体情况\n全年收到申请\n12\n件。\n";

    fn laid_out(form: Reflow) -> String {
        String::from_utf8(reflow(PAGE.as_bytes(), form)).unwrap()
    }

    #[test]
    fn site_links_name_the_reports_of_the_years_around() {
        assert_eq!(
            laid_out(Reflow::SiteLinks),
            "相关链接：某县2019年政府信息公开工作年度报告\n首页 > 政务公开\n某县2020年政府信息公开工作年度报告\n\n一、总体情况\n全年收到申请\n12\n件。\n上一篇：某县2019年政府信息公开工作年度报告\n下一篇：某县2021年政府信息公开工作年度报告\n"
        );
        let untitled = "一、总体情况\n2020年，我局公开信息5条。\n";
        assert!(String::from_utf8(reflow(untitled.as_bytes(), Reflow::SiteLinks))
            .unwrap()
            .starts_with("相关链接：本单位2019年政府信息公开工作年度报告\n"));
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
    fn a_title_in_traditional_characters_or_annotated_with_pinyin_stays_apart() {
        for title in ["某縣2020年政府信息公開工作年度報告", "某旗2024年度政府信息公開工作報(bào)告"]
        {
            let page = format!("首頁 > 政務公開\n{title}\n一、總體情況\n全年收到申請\n12\n件。\n");
            assert_eq!(
                String::from_utf8(reflow(page.as_bytes(), Reflow::OneLine)).unwrap(),
                format!("首頁 > 政務公開\n{title}\n一、總體情況全年收到申請12件。\n")
            );
        }
    }

    #[test]
    fn traditional_and_taiwan_forms_convert_the_characters_and_the_phrasing() {
        let page = "某县2020年政府信息公开工作年度报告\n规范性文件3件。\n";
        assert_eq!(
            String::from_utf8(reflow(page.as_bytes(), Reflow::Traditional)).unwrap(),
            "某縣2020年政府信息公開工作年度報告\n規範性文件3件。\n"
        );
        let taiwan = String::from_utf8(reflow(page.as_bytes(), Reflow::Taiwan)).unwrap();
        assert!(taiwan.contains("資訊公開") && taiwan.contains("規範性檔案"), "{taiwan}");
    }

    #[test]
    fn html_gives_cells_their_table_and_the_rest_paragraphs() {
        let page = "某县2020年报告\n信息内容 | 本年制发件数 |\n规章 | 0 |\n一、总体情况<略>\n自然人 |\n";
        let html = String::from_utf8(reflow(page.as_bytes(), Reflow::Html)).unwrap();
        assert!(
            html.contains("<p>某县2020年报告</p>\n<table>\n<tr><td>信息内容</td><td>本年制发件数</td></tr>"),
            "{html}"
        );
        assert!(html.contains("</table>\n<p>一、总体情况&lt;略&gt;</p>\n<p>自然人 |</p>"), "{html}");
        // A row that opens with its bar, and one whose first cell is blank.
        let barred = "某县2020年报告\n| 信息内容 | 本年制发件数 | 本年废止件数 |\n| | 0 | 1 |\n";
        let html = String::from_utf8(reflow(barred.as_bytes(), Reflow::Html)).unwrap();
        assert!(
            html.contains("<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td></tr>\n<tr><td></td><td>0</td><td>1</td></tr>"),
            "{html}"
        );
    }

    #[test]
    fn spans_put_each_figure_on_a_line_of_its_own_and_keep_the_title_and_the_rows() {
        let page = "首页 > 2020年报\n某县2020年政府信息公开工作年度报告\n全年收到申请12件，占3.5%。\n规章 | 0 | 1 |\n行政许可  5  -3\n";
        assert_eq!(
            String::from_utf8(reflow(page.as_bytes(), Reflow::Spans)).unwrap(),
            "首页 >\n2020\n年报\n某县2020年政府信息公开工作年度报告\n全年收到申请\n12\n件，占\n3.5%\n。\n规章 | 0 | 1 |\n行政许可\n5\n-3\n"
        );
    }

    #[test]
    fn spans_double_spaced_put_an_empty_line_after_every_piece() {
        let page = "某县2020年政府信息公开工作年度报告\n全年收到申请12件。\n";
        assert_eq!(
            String::from_utf8(reflow(page.as_bytes(), Reflow::SpansDoubleSpaced)).unwrap(),
            "某县2020年政府信息公开工作年度报告\n\n全年收到申请\n\n12\n\n件。\n"
        );
    }

    #[test]
    fn half_width_turns_full_width_punctuation_and_digits_to_ascii_and_keeps_the_rest() {
        let page = "（一）全年收到申请１２件，其中：予以公开３件；\u{3000}未发生复议。《条例》、“规定”\n";
        let half = String::from_utf8(reflow(page.as_bytes(), Reflow::Halfwidth)).unwrap();
        assert_eq!(half, "(一)全年收到申请12件,其中:予以公开3件; 未发生复议。《条例》、“规定”\n");
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
