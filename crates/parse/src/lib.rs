//! parse: clean text → structure. Title, agency, year, published date, sections, and the cell
//! grids of the statistics tables, each cell with the line it was printed on.
//!
//! Parsing recovers *structure* only; what a row or a sentence *means* (which metric code) is
//! decided by `normalize`, which knows the template generations. Keeping the two apart means a
//! new flattened table form (a new [`grid`] reader) needs no change to the metric mapping.

pub mod cells;
pub mod grid;
pub mod html;
pub mod layout;
pub mod meta;
pub mod sections;
pub mod spans;
mod tags;

pub use grid::{Cell, Grid, GridRow, Layout};
use nianbao_model::{Date, Section};

/// Everything parse recovers from one document.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub title: Option<String>,
    pub agency: Option<String>,
    pub year: Option<i32>,
    /// Where the year came from (`title`, `statistics_period`, `published`, `announced`, `table_caption`, `body_opening`, `body`, `body_self_subject`, `body_own_work`), for inspect.
    pub year_from: &'static str,
    pub published: Option<Date>,
    pub sections: Vec<Section>,
    pub grids: Vec<Grid>,
    /// The text the line numbers refer to, split into lines (index 0 = line 1).
    pub lines: Vec<String>,
    /// Was the text an HTML page (tables read from its markup)?
    pub html: bool,
}

/// Why a text is not a report at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError(pub String);

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Does the text look like an HTML page (rather than text that mentions a tag)? One of
/// `<html`, `<body`, `<p>`, `<table`, `<div` (any case) in its first 4,000 characters.
pub fn is_html(text: &str) -> bool {
    const HEAD_CHARS: usize = 4000;
    // Four bytes at most per character: no marker beyond this byte can be in the head. The
    // characters are counted only up to a marker found (plain text has no `<` at all).
    let bytes = &text.as_bytes()[..text.len().min(4 * HEAD_CHARS)];
    memchr::memchr_iter(b'<', bytes).any(|lt| {
        let after = &bytes[lt + 1..];
        let marker = ["html", "body", "p>", "table", "div"]
            .into_iter()
            .find(|m| after.get(..m.len()).is_some_and(|b| b.eq_ignore_ascii_case(m.as_bytes())));
        marker.is_some_and(|m| nianbao_model::text::char_offset(text, HEAD_CHARS) >= lt + 1 + m.len())
    })
}

/// Each line with its tags removed, so that metadata, sections and sentences read the visible
/// text while line numbers stay those of the document. Lines of a table get a leading tab, the
/// mark the text stages already give table cells (prose readers skip them; the grids come
/// from the markup), and a tab between cells.
fn visible_lines(raw: &[String]) -> Vec<String> {
    let in_table = html::table_lines(raw);
    raw.iter()
        .zip(in_table)
        .map(|(l, table)| {
            let visible = if table { tags::strip_tags_keeping_cells(l) } else { tags::strip_tags(l) };
            if table && !visible.trim().is_empty() {
                format!("\t{}", visible.trim_start())
            } else {
                visible
            }
        })
        .collect()
}

/// Parse one decoded document.
pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    let html = is_html(text);
    let main;
    let text = if html {
        main = html::main_content(text);
        main.as_str()
    } else {
        text
    };
    let raw: Vec<String> = text.lines().map(str::to_string).collect();
    // An HTML page's grids come from its markup, everything else from its visible text.
    let (lines, html_grids) = if html { (visible_lines(&raw), Some(html::tables(&raw))) } else { (raw, None) };
    if !text.contains("公开") {
        return Err(ParseError(format!(
            "not a government information disclosure report: no 公开 in {} lines",
            lines.len()
        )));
    }
    if is_cover_page(&lines) {
        return Err(ParseError(
            "a cover page, not the report: it says the report is attached (详见附件) and states no figure".into(),
        ));
    }
    // The title, year and agency are read line by line: from the lines with the sentences a
    // crawler broke around their figures joined again (see spans).
    let joined = spans::rejoined_at_figures(&lines);
    let title = meta::title(&joined);
    let published = meta::published(&joined);
    let (year, year_from) = meta::report_year(title.as_deref(), &joined, published);
    let agency = meta::agency(title.as_deref(), &joined);
    // A report names itself, its year or its agency somewhere, or at least states a figure; a
    // text with none of them that speaks of 公开 is a stray document (a README beside the
    // reports, an index of them), not an empty report.
    if title.is_none() && year.is_none() && agency.is_none() && !states_a_figure(&joined) && !has_report_heading(&lines)
    {
        return Err(ParseError("not a report: it names no title, no year and no agency, and states no figure".into()));
    }
    // A page whose table is not marked up as one (its cells in paragraphs, a table pasted as
    // text) is read from its visible text, as a text page is; so is a page whose only marked-up
    // tables hold no figure (the site's navigation laid out in a table: 无障碍 | 关怀版 | 简体).
    let holds_a_figure = |g: &Vec<Grid>| {
        g.iter().flat_map(|g| &g.rows).flat_map(|r| &r.cells).any(|c| {
            let t = c.text.trim();
            !t.is_empty()
                && t.bytes().all(|b| b.is_ascii_digit() || b"+-.,".contains(&b))
                && t.bytes().any(|b| b.is_ascii_digit())
        })
    };
    let grids = html_grids.filter(holds_a_figure).unwrap_or_else(|| grid::find_grids(&lines));
    let sections = sections::split(&lines);
    Ok(Parsed { title, agency, year, year_from, published, sections, grids, lines, html })
}

/// A site's report page that only points to its attachment (2019年年度报告详见附件。附件：…):
/// short, saying the report is attached, and stating no figure. The attachment is the report;
/// the page is recorded as what linked it (`reports.referrer`), not as a second report.
pub fn is_cover_page(lines: &[String]) -> bool {
    const ATTACHED: [&str; 6] = ["详见附件", "见附件", "附件下载", "点击下载", "请下载", "附件："];
    // Asked of every document: the cheap tests first, and the count stops at the bound.
    if !lines.iter().any(|l| l.contains("附件") || l.contains("下载")) {
        return false;
    }
    let says_attached = lines.iter().any(|l| ATTACHED.iter().any(|w| l.contains(w)));
    let han = lines.iter().flat_map(|l| l.chars()).filter(|c| is_han(*c)).take(300).count();
    says_attached && han < 300 && !states_a_figure(lines)
}

/// A CJK unified ideograph of the basic block, the characters Chinese words are written in.
pub(crate) fn is_han(c: char) -> bool {
    nianbao_model::text::is_basic_han(c)
}

/// Does the text state a figure: digits and a unit of count, perhaps after 多/余 (1600多份; the
/// year and a date are not)?
fn states_a_figure(lines: &[String]) -> bool {
    lines.iter().any(|l| {
        let mut after_digit = false;
        l.chars().any(|c| {
            let figure = after_digit && "件条次人个项篇份".contains(c);
            after_digit = c.is_ascii_digit() || (after_digit && matches!(c, '多' | '余'));
            figure
        })
    })
}

/// Does the text have a report's section heading (一、政府信息公开总体工作情况, 三、依申请公开
/// 情况)? A page cut to its body is still a report.
fn has_report_heading(lines: &[String]) -> bool {
    lines.iter().any(|l| {
        let t = l.trim_start();
        t.starts_with(|c: char| "一二三四五六七八九".contains(c))
            && t.chars().nth(1) == Some('、')
            && t.chars().count() <= 30
            && ["政府信息公开", "主动公开", "依申请公开"].iter().any(|w| t.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_in_a_table_cell_beside_a_columns_name() {
        let page = "<html><body>\n<table><tr><td>每日一报</td><td>某省2015年政府信息公开工作年度报告</td></tr></table>\n<p>2015年，全省各级政府认真落实条例。</p>\n</body></html>";
        let parsed = parse(page).unwrap();
        assert_eq!(parsed.title.as_deref(), Some("某省2015年政府信息公开工作年度报告"));
        assert_eq!(parsed.agency.as_deref(), Some("某省"));
    }

    #[test]
    fn a_page_that_only_points_to_its_attachment_is_a_cover_page() {
        let lines = |t: &str| t.lines().map(str::to_string).collect::<Vec<_>>();
        assert!(is_cover_page(&lines(
            "某某镇2019年政府信息公开工作年度报告\n2019年政府信息公开工作年度报告详见附件。\n附件：年度报告.pdf"
        )));
        assert!(
            !is_cover_page(&lines("2019年政府信息公开工作年度报告\n全年主动公开政府信息120条，详见附件。")),
            "a figure"
        );
        assert!(
            !is_cover_page(&lines("2019年政府信息公开工作年度报告\n一、总体情况\n本年度我镇扎实推进政务公开。")),
            "no attachment"
        );
    }

    #[test]
    fn a_text_that_names_no_report_and_states_no_figure_is_not_a_report() {
        let readme = "# 说明\n本目录收录各地政府信息公开年度报告的网页文本。\n每个文件一份报告，真值见表格。\n";
        let err = parse(readme).unwrap_err();
        assert!(err.0.starts_with("not a report"), "{}", err.0);
        // A page without title, year or agency that states a figure is kept: its figures are
        // what the report printed.
        assert!(parse("一、总体情况\n本机关政府信息公开工作稳步推进。\n全年主动公开政府信息120条。\n").is_ok());
        // So is a body cut from its page under a report's heading, or stating a figure 多 a unit.
        assert!(parse("一、政府信息公开总体工作情况\n（一）组织机构建设情况。配齐了工作人员。\n").is_ok());
        assert!(parse("（四）查阅场所。全年共接收公开信息件1600多份。\n").is_ok());
        // And one whose figures a crawler put on lines of their own (…信息 / 120 / 篇，其中…).
        assert!(parse("（二）做好网站公开工作。我办主动公开政府信息\n120\n篇，其中政府信息公开指南\n1\n篇。\n").is_ok());
    }

    #[test]
    fn an_html_page_whose_table_is_in_paragraphs_is_read_from_its_text() {
        let cells = [
            "信息内容",
            "本年制发件数",
            "本年废止件数",
            "现行有效件数",
            "规章",
            "0",
            "0",
            "3",
            "行政规范性文件",
            "12",
            "1",
            "40",
        ];
        let body: String = cells.iter().map(|c| format!("<p>{c}</p>\n")).collect();
        let page = format!("<html><body><p>某县2021年政府信息公开工作年度报告</p>\n<p>二、主动公开政府信息情况</p>\n{body}</body></html>");
        let parsed = parse(&page).unwrap();
        assert!(!parsed.grids.is_empty(), "the cells in paragraphs make a grid");
        // The site's navigation in a table of its own holds no figure: the paragraphs are read.
        let navigation = "<table><tr><td>无障碍</td><td>关怀版</td><td>简体</td></tr></table>\n";
        let with_navigation = page.replace("<body>", &format!("<body>{navigation}"));
        let grids = parse(&with_navigation).unwrap().grids;
        assert!(grids.iter().any(|g| g.rows.len() > 1), "{grids:?}");
        // A page with a marked-up table keeps the markup's grids alone.
        let marked = "<html><body><p>某县2021年政府信息公开工作年度报告</p>\n<table><tr><td>规章</td><td>0</td></tr></table>\n<p>公开</p></body></html>";
        assert_eq!(parse(marked).unwrap().grids.len(), 1);
    }

    #[test]
    fn html_is_told_by_a_marker_within_the_first_4000_characters() {
        assert!(is_html("<HTML><body>报告</body>"));
        assert!(is_html(&format!("{}<Div>", "中".repeat(3995))));
        assert!(!is_html(&format!("{}<div>", "中".repeat(3997))));
        assert!(!is_html("a < b, <pre> is not a marker; 2<3"));
    }
}
