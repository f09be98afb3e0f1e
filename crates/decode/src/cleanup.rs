//! Normalisation, last: full-width ASCII, HTML entities, docx and crawler artefacts.
//!
//! Chinese punctuation （）“”：，。 is kept: the parser accepts both forms, and turning （ into (
//! would make a label like （一）予以公开 indistinguishable from scraped ASCII. Only digits,
//! Latin letters and ％＋－． are folded, because numbers must parse.

use regex::Regex;
use std::sync::OnceLock;

/// Full-width digits, letters and ％＋－． to ASCII. Returns how many characters changed.
///
/// Every full-width form is `EF BC xx` or `EF BD xx` in UTF-8: the text is copied in runs between
/// `EF` bytes (found with `memchr`), and only those characters are looked at — Chinese text is
/// full of full-width punctuation （），： that stays.
pub fn fold_fullwidth(text: &str) -> (String, usize) {
    let mut changed = 0;
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for at in memchr::memchr_iter(0xEF, text.as_bytes()) {
        let Some(c) = text[at..].chars().next() else { continue };
        if let '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '＋' | '－' | '．' = c {
            out.push_str(&text[copied..at]);
            out.push(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c));
            copied = at + c.len_utf8();
            changed += 1;
        }
    }
    out.push_str(&text[copied..]);
    (out, changed)
}

struct Patterns {
    entity: Regex,
    artefact: Regex,
    crawler_header: Regex,
    link: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        // &#xff1a; &#65306; &nbsp; and the stripped forms scrapers leave: #xff1a; (no ampersand).
        entity: Regex::new(r"&?#[xX]([0-9a-fA-F]{2,6});|&#([0-9]{2,7});|&(nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|middot|hellip|mdash|ndash|emsp|ensp);").unwrap(),
        artefact: Regex::new(r"\[bookmark: [^\]]*\]|\[image: [^\]]*\]").unwrap(),
        crawler_header: Regex::new(r"^(URL|url|Url|抓取时间|采集时间|爬取时间|crawl_time|Crawled|来源网址|原文链接)\s*[:：]").unwrap(),
        // [县政府网站](http://…) and ![图片](…): the text of a link, nothing of an image.
        link: Regex::new(r"(!?)\[([^\]\n]*)\]\([^)\s]*\)").unwrap(),
    })
}

fn named_entity(name: &str) -> &'static str {
    match name {
        "nbsp" | "emsp" | "ensp" => " ",
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "ldquo" => "“",
        "rdquo" => "”",
        "lsquo" => "‘",
        "rsquo" => "’",
        "middot" => "·",
        "hellip" => "…",
        "mdash" => "—",
        "ndash" => "–",
        _ => "",
    }
}

/// Unescape HTML entities; returns the text and how many were replaced.
pub fn unescape_entities(text: &str) -> (String, usize) {
    if !text.contains('#') && !text.contains('&') {
        return (text.to_string(), 0);
    }
    let mut count = 0;
    let out = patterns().entity.replace_all(text, |caps: &regex::Captures| {
        let decoded = if let Some(hex) = caps.get(1) {
            u32::from_str_radix(hex.as_str(), 16).ok().and_then(char::from_u32).map(String::from)
        } else if let Some(dec) = caps.get(2) {
            dec.as_str().parse().ok().and_then(char::from_u32).map(String::from)
        } else {
            caps.get(3).map(|n| named_entity(n.as_str()).to_string())
        };
        match decoded {
            Some(s) => {
                count += 1;
                s
            }
            None => caps[0].to_string(),
        }
    });
    (out.into_owned(), count)
}

/// Remove `[bookmark: _GoBack]`, `[image: …]`; returns the text and how many were removed.
pub fn remove_artefacts(text: &str) -> (String, usize) {
    if !text.contains('[') {
        return (text.to_string(), 0);
    }
    let mut count = 0;
    let out = patterns().artefact.replace_all(text, |_: &regex::Captures| {
        count += 1;
        ""
    });
    (out.into_owned(), count)
}

/// A crawler's Markdown (`# 标题`, `**（一）主动公开**`, `| --- | --- |` under a table's first row,
/// `[县政府网站](http://…)`) as the text it marks up; returns the text and how many marks went.
///
/// Why: a page converted to Markdown prints its title as `# 某县2021年…年度报告`, and the title,
/// agency and heading readers take the `#` and `**` for words (the agency `# 某县…局`, a heading
/// run into its paragraph). Only a line's leading `#` run before a space, a table's alignment row,
/// paired `**` on a line and a link's brackets are touched: a report's own text has none of them.
pub fn strip_markdown(text: &str) -> (String, usize) {
    // Each mark is looked for line by line only where the text has it at all: most pages have
    // none, and are returned after four scans.
    let has = |mark: &[u8]| memchr::memmem::find(text.as_bytes(), mark).is_some();
    let rows = has(b"---");
    let headings = text.trim_start().starts_with('#') || has(b"\n#");
    let bold = has(b"**");
    let links = has(b"](");
    if !(rows || headings || bold || links) {
        return (text.to_string(), 0);
    }
    let mut count = 0;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        let trimmed = body.trim_start();
        if rows && is_alignment_row(trimmed) {
            count += 1;
            continue;
        }
        let mut body = std::borrow::Cow::Borrowed(body);
        let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with([' ', '\t']) {
            body = trimmed[hashes..].trim_start().to_string().into();
            count += 1;
        }
        let pairs = if bold { body.matches("**").count() } else { 0 };
        if pairs >= 2 && pairs % 2 == 0 {
            body = body.replace("**", "").into();
            count += pairs / 2;
        }
        if links && body.contains("](") {
            let mut links = 0;
            let replaced = patterns().link.replace_all(&body, |c: &regex::Captures| {
                links += 1;
                if c[1].is_empty() {
                    c[2].to_string()
                } else {
                    String::new()
                }
            });
            if links > 0 {
                count += links;
                body = replaced.into_owned().into();
            }
        }
        out.push_str(&body);
        out.push_str(ending);
    }
    (out, count)
}

/// `| --- | :---: |`, `---|---`: a Markdown table's alignment row (at least one `---` cell, every
/// cell dashes with an optional colon at either end), not a rule of dashes in the text.
fn is_alignment_row(line: &str) -> bool {
    let line = line.trim();
    let row = line.trim_matches('|');
    let dashes = |cell: &str| {
        let cell = cell.trim().trim_start_matches(':').trim_end_matches(':');
        cell.len() >= 3 && cell.bytes().all(|b| b == b'-')
    };
    (row.contains('|') || line.starts_with('|')) && row.split('|').all(dashes)
}

/// Drop crawler header lines (URL:, 抓取时间: …) from the top of the document (first 10 lines).
pub fn drop_crawler_headers(text: &str) -> (String, usize) {
    let mut dropped = 0;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Only the first ten lines can be a crawler's header; the rest is copied whole.
    for _ in 0..10 {
        let Some(line) = rest.split_inclusive('\n').next() else { break };
        if patterns().crawler_header.is_match(line.trim_start()) {
            dropped += 1;
        } else {
            out.push_str(line);
        }
        rest = &rest[line.len()..];
    }
    out.push_str(rest);
    (out, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fullwidth_digits_fold_but_chinese_punctuation_stays() {
        assert_eq!(fold_fullwidth("２０１９年（一）：５０％"), ("2019年（一）：50%".to_string(), 7));
        assert_eq!(fold_fullwidth("ａ－Ｚ．＋"), ("a-Z.+".to_string(), 5));
        assert_eq!(
            fold_fullwidth("没有全角，也没有ASCII以外的变化\u{FFFD}"),
            ("没有全角，也没有ASCII以外的变化\u{FFFD}".to_string(), 0)
        );
    }

    #[test]
    fn entities_including_stripped_forms() {
        assert_eq!(unescape_entities("地址#xff1a;府前路&nbsp;1号&#65306;&amp;").0, "地址：府前路 1号：&");
        assert_eq!(unescape_entities("第#1条").0, "第#1条");
    }

    #[test]
    fn a_crawlers_markdown_is_its_text() {
        let page = "某区商务局\n# 2022年度政府信息公开工作年度报告\n## 一、总体情况\n**（一）主动公开**\n全年在[区政府网站](http://www.example.gov.cn/xxgk/)公开信息20条。![图片](a.png)\n| 信息内容 | 本年制发件数 |\n| --- | :---: |\n| 规章 | 0 |\n";
        let (text, count) = strip_markdown(page);
        assert_eq!(
            text,
            "某区商务局\n2022年度政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n全年在区政府网站公开信息20条。\n| 信息内容 | 本年制发件数 |\n| 规章 | 0 |\n"
        );
        assert_eq!(count, 6);
        // A report's own marks stay: a rule of dashes, a number sign inside a line, a lone **.
        let own = "附件#1\n----------\n全文**完\n#xff1a;\n";
        assert_eq!(strip_markdown(own), (own.to_string(), 0));
    }

    #[test]
    fn artefacts_and_crawler_headers_go() {
        assert_eq!(remove_artefacts("[bookmark: _GoBack]2019年[image: 图片]").0, "2019年");
        let (out, n) = drop_crawler_headers("URL: http://x\n标题: 报告\n正文\n");
        assert_eq!((out.as_str(), n), ("标题: 报告\n正文\n", 1));
    }
}
