//! Document metadata: title, report year, published date, issuing agency.

use nianbao_model::Date;
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    year_in_title: Regex,
    /// A title's year printed without 年 (2008上海市…报告, 浙江省经济和信息化厅2022政府…).
    bare_year_in_title: Regex,
    /// A body that opens on its year: 2019年，某某县… (no title, no statistics period).
    opening_year: Regex,
    /// A sentence inside a paragraph led by a year and the agency's word for itself (…作用。
    /// 2019年度，我乡主动公开信息81条).
    self_subject_year: Regex,
    crawler_title: Regex,
    date_line: Regex,
    period: Regex,
    /// 截至2023年12月31日: the year's last day, the period's end.
    period_end: Regex,
    /// 我镇2023年政府信息公开工作: the agency's own year of disclosure work.
    own_work_year: Regex,
    /// 现将2020年政务公开年度工作情况报告如下, 编制了2021年政府信息公开年度报告: the report
    /// announcing the year it reports on.
    announced_year: Regex,
    /// 政府信息公开情况统计表（2012年度）: the statistics table's caption names its year.
    table_caption_year: Regex,
    any_year: Regex,
    /// A report's title inside its opening sentence, where the page prints none on a line of
    /// its own: 现公布《南京市江宁区城市管理局2024年政府信息公开工作年度报告》.
    embedded_title: Regex,
    /// The agency calling itself by its kind: 我镇, 本街道, 我局, 本厅, 我省.
    self_reference: Regex,
    /// A township's body naming itself by its kind alone as a clause's subject: 2025年，街道收到…,
    /// …，街道主动公开…, 镇政府高度重视….
    bare_township: Regex,
    /// The subject of a body's year-led opening sentence: 2020年，区发改局以…, 2024年，大云镇紧紧围绕….
    opening_subject: Regex,
    /// 由某某街道办事处编制, 某某县人民政府办公室编制了本报告.
    compiled_by: Regex,
    /// 如对本报告有疑问，请与某某镇人民政府党政办公室联系.
    contact: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        year_in_title: Regex::new(r"((?:19|20)\d{2})\s*年").unwrap(),
        bare_year_in_title: Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)").unwrap(),
        // 2019年，我乡…; 2022年我局… (without the comma only before the agency's word for itself).
        opening_year: Regex::new(&format!(
            r"{}((?:19|20)\d{{2}})\s*年度?\s*(?:以来)?\s*(?:[，,]|{SELF_SUBJECT})",
            opening_at()
        ))
        .unwrap(),
        self_subject_year: Regex::new(&format!(r"[。！？]\s*((?:19|20)\d{{2}})\s*年度?\s*[，,]?\s*{SELF_SUBJECT}")).unwrap(),
        // 标题: …, and a page's metadata table as crawled: 名称 宿迁市2017年…报告 (a space or a bar
        // where the cell ended); a list of fields prints a bullet before each and pads the
        // field's name to the width of the others (• 标    题:某某区…报告).
        crawler_title: Regex::new(
            r"^\s*(?:[•·●▪*-]\s*)?(?:标\s*题|题\s*目|名\s*称|文件名称|Title)\s*(?:[:：|]\s*|\s+)(\S.*)$",
        )
        .unwrap(),
        date_line: Regex::new(
            r"^\s*((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))\s*$",
        )
        .unwrap(),
        period: Regex::new(r"(?:期限|期间|时间)[^。\n]{0,12}?自?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日").unwrap(),
        own_work_year: Regex::new(
            r"[我本](?:省|市|县|区|旗|镇|乡|街道|局|委|厅|办|单位|机关)\s*((?:19|20)\d{2})\s*年度?(?:的)?政府(?:信息|资讯)公开工作",
        )
        .unwrap(),
        // The year of the work the sentence announces (现就2020年政务公开工作情况报告如下, 现将我局
        // 2019年度政府信息公开工作报告如下); not a year inside a document's name before it.
        announced_year: Regex::new(&format!(
            r"(?:现[将就把]\s*(?:[我本]\p{{Han}}{{1,3}}?)?\s*((?:19|20)\d{{2}})\s*年度?[^。；;《》]{{0,30}}?(?:报告|汇报|公布|总结)如下|编制[了的]\s*((?:19|20)\d{{2}}){YEARS_REPORT}|(?m:^)\s*((?:19|20)\d{{2}})\s*年度?年报\s*(?:是)?(?:根据|依据|按照))",
        ))
        .unwrap(),
        period_end: Regex::new(r"(?:截至|截止)(?:到)?\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日").unwrap(),
        table_caption_year: Regex::new(r"统计表\s*[（(]\s*((?:19|20)\d{2})\s*年度?\s*[）)]").unwrap(),
        any_year: Regex::new(r"((?:19|20)\d{2})\s*年").unwrap(),
        embedded_title: Regex::new(
            // 释出: 发布 in Taiwan's phrasing (a page converted s2twp and back prints 现释出《…资讯公开…》).
            // A title may be a 年报 (某旗2024年度政府信息公开年报), announced by 公开 too (现向社会公开《…》),
            // and may drop 政府 (特向社会公布2021年度某市民政局信息公开年度报告).
            r"(?:^\s*|(?:(?:公布|发布|释出|公开|编制|编写|现将|印发)了?(?:并|和|及)?)+)《?([^《》。，,；;：:\s]{0,40}?(?:19|20)\d{2}\s*年度?\s?[^《》。，,；;\s]{0,20}?(?:政府)?(?:信息|资讯)公开[^《》。，,；;\s]{0,6}?(?:报告|年报))",
        )
        .unwrap(),
        self_reference: Regex::new(r"[我本](省|市|县|区|镇|乡|街道|街|局|委|厅|室|馆|中心)").unwrap(),
        bare_township: Regex::new(&format!(
            r"(?:^|[。；;，,]|(?:19|20)\d{{2}}\s*年度?)\s*[，,]?\s*(?:街道|街道办事处|镇政府|乡政府|镇人民政府|乡人民政府)(?:{OPENING_VERBS}|收到|受理|主动公开)"
        ))
        .unwrap(),
        compiled_by: Regex::new(&format!(
            r"由\s*(?P<by>\p{{Han}}{{2,30}}?(?:{AUTHORS}))\s*{SECOND_NAME}\s*(?:负责)?(?:(?P<grounds>按照|根据|依据|结合|综合)[^。；;]{{0,160}}?)?编制|(?:^|[，,。])\s*(?P<before>\p{{Han}}{{2,30}}?(?:{AUTHORS}))\s*(?:(?:根据|按照|依据)[^。；;]{{0,80}}?)?编制了?(?:本(?:年度|级行政机关[^。，,；;《》]{{0,30}}?)?报告|\s*(?:19|20)\d{{2}}{YEARS_REPORT})"
        ))
        .unwrap(),
        // 请与某局联系, and 请联系：某某街道办事处；联系电话… (the body named after a colon).
        contact: Regex::new(&format!(
            r"请(?:与\s*(?P<body>\p{{Han}}{{2,30}}?(?:{AUTHORS}))\s*(?:联系|联络)|联系\s*[：:]\s*(?P<after_colon>\p{{Han}}{{2,30}}?(?:{AUTHORS}))\s*[；;，,。（(])"
        ))
        .unwrap(),
        opening_subject: Regex::new(
            &concat!(
                // (A first sub-heading that names no 情况 runs into the year as well, on a page
                // on one line: 一、总体情况（一）坚持以公开为常态，做好公开工作2023年，市体育局…)
                r"OPENING_AT(?:[（(][一二三四五六七八九十]{1,2}[）)][^。；;\d（）()]{1,30}?)?",
                r"(?:19|20)\d{2}\s*年度?\s*(?:以来)?\s*[，,]?\s*",
                // 2023年，在区委、区政府的坚强领导下，某某街道办事处认真…
                r"(?:在[^，,。；;]{2,30}?(?:领导|指导|部署)下\s*[，,]\s*)?",
                r"(\p{Han}{1,20}?(?:人民政府办公室|人民政府办公厅|人民政府|政府|街道办事处|办事处|管委会|委员会|办公室|办公厅|",
                r"街道|自治区|省|市|县|区|旗|镇|乡|局|委|厅|中心|研究室))",
                r"(?:OPENING_VERBS)"
            )
            .replace("OPENING_AT", &opening_at())
            .replace("OPENING_VERBS", OPENING_VERBS),
        )
        .unwrap(),
    })
}

/// A year's report named after its year (2021年政府信息公开年度报告, 资讯 in Taiwan's phrasing): the
/// report a body says it compiled.
const YEARS_REPORT: &str = r"\s*年度?(?:政府)?(?:信息|资讯)公开(?:工作)?(?:年度)?报告";

/// What the subject of a report's sentence does first: 认真贯彻…, 坚持…, 高度重视….
const OPENING_VERBS: &str = concat!(
    "认真|坚持|以|深入|严格|全面|进一步|紧紧|紧密|紧扣|紧跟|围绕|按照|在|持续|高度|始终|积极|聚焦|对照|结合|",
    "扎实|根据|依据|立足|深化|不断|继续|贯彻|牢固|切实|大力|着力|主动|",
    // The means it disclosed by (2025年，某某区民政局通过区政府网站主动公开…).
    "通过|",
    // 共 as an adverb before its verb (某某县共收到…), not a place name's first character (共和乡).
    "共(?:收到|受理|公开|主动|发布|制作|制发|办理|接到|计)"
);

/// The agency's word for itself as a sentence's subject: 我乡, 本局, 我办, 本机关.
const SELF_SUBJECT: &str = "[我本](?:省|市|县|区|旗|镇|乡|街道|局|委|厅|办|单位|机关)";

/// The opening section's heading a page on one line runs into its first sentence (一、总体情况
/// 2020年，区发改局以…).
/// The opening section's heading, and the first sub-heading under it where it runs on
/// (一、总体情况（一）主动公开情况2022年，…, as a page on one line prints them; its stop kept:
/// …（一）主动公开情况。2022年，…).
const OPENING_HEADING: &str = r"[一1][、.．]\s*(?:总体情况|概述|概况|基本情况|工作概况|工作概述)\s*(?:[（(][一二三四五六七八九十]{1,2}[）)][^。，,；;\d（）()]{1,14}?情况\s*[。.]?\s*)?";

/// Where a body's opening sentence starts: at a line's start, after the opening heading or not;
/// or, on a page run onto one line, after a stop and the opening heading (…查阅。一、概述2016年，
/// 河北省认真…). Without the heading, a sentence inside a line is not taken for the opening: a
/// year-led sentence there may tell of any year.
fn opening_at() -> String {
    format!(r"(?:^\s*(?:{OPENING_HEADING})?|[。！？]\s*{OPENING_HEADING})")
}

/// `text` without the opening section's heading it may start with (一、总体情况2020年，… as a
/// page on one line runs it into the first sentence).
pub fn without_opening_heading(text: &str) -> &str {
    static HEADING: OnceLock<Regex> = OnceLock::new();
    let heading = HEADING.get_or_init(|| Regex::new(&format!("^\\s*(?:{OPENING_HEADING})?")).unwrap());
    heading.find(text).map_or(text, |m| &text[m.end()..])
}

/// How the name of a body that compiles a report ends.
/// (办 alone last: 办公室 shortened, 某省人防办, 某县信访办. 综合科: a body's general section,
/// named for questions in its body's name: 请与某局综合科联系.)
const AUTHORS: &str =
    "人民政府办公室|人民政府办公厅|党政办公室|人民政府|街道办事处|办事处|管委会|委员会|办公室|办公厅|局|委|厅|部|中心|合作社|联社|供销社|综合科|办";

/// A body's second name in brackets after its first (某区行政审批服务管理办公室（公共资源交易管理
/// 委员会办公室）): one body with two plates, no part of the name read. (Not a short form's
/// note, which the caller keeps apart.)
const SECOND_NAME: &str = r"(?:[（(](?:[^（）()以简]\p{Han}{1,29})[）)])?";

/// Lines of a document's head that may be its title: site chrome (navigation, breadcrumbs,
/// an index-number block) often comes first.
const TITLE_WINDOW: usize = 30;

pub(crate) fn is_report_title(line: &str) -> bool {
    let l = line.trim();
    let chars = l.chars().count();
    // 当前位置: 首页 > 政府信息公开 > 2022年度政府信息公开年报: a breadcrumb names the column.
    let breadcrumb = l.contains('>') || l.contains('»') || l.contains("当前位置") || l.contains("首页");
    !breadcrumb
        && !is_metadata_field(l)
        && !links_another_page(l)
        && !is_attachment(l)
        && (4..=80).contains(&chars)
        && (l.contains("报告") || l.contains("年报"))
        && l.contains("公开")
        && !l.contains(['。', '，', ','])
        && !speaks_of_the_report(l)
        // 根据…要求，现将我办2022年度政府信息公开情况报告如下：a sentence leading into the body.
        && !l.ends_with([':', '：'])
}

/// An attachment's line (附件：某县2018年…报告.doc, 某县2019年…报告.pdf): the name of a file, of this
/// report or another year's; a title only where the page prints no other.
fn is_attachment(line: &str) -> bool {
    const FILES: [&str; 8] = [".doc", ".docx", ".pdf", ".wps", ".xls", ".xlsx", ".ofd", ".zip"];
    let end = line.trim_end().as_bytes();
    line.starts_with("附件")
        || FILES.iter().any(|f| end.len() >= f.len() && end[end.len() - f.len()..].eq_ignore_ascii_case(f.as_bytes()))
}

/// The report an attachment's line names (附件：某县2019年…报告.doc → 某县2019年…报告).
fn attached_report(line: &str) -> Option<String> {
    if !is_attachment(line) {
        return None;
    }
    let name = line
        .trim_start_matches("附件下载")
        .trim_start_matches("附件")
        .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "：:.、".contains(c));
    let name = name.rsplit_once('.').filter(|(_, ext)| ext.is_ascii()).map_or(name, |(stem, _)| stem).trim();
    (is_report_title(name) && !is_attachment(name)).then(|| name.to_string())
}

/// The report a notice publishes, by its name in 《》 (关于公布《某县人民政府2019年政府信息公开工作
/// 年度报告》的通知 → 某县人民政府2019年政府信息公开工作年度报告).
fn published_report(title: &str) -> Option<&str> {
    let open = title.find('《')? + '《'.len_utf8();
    let close = open + title[open..].find('》')?;
    let inner = title[open..close].trim();
    let a_report = inner.ends_with("报告") || inner.ends_with("年报");
    (a_report && is_report_title(inner)).then_some(inner)
}

/// A site's link to another page (上一篇：某县2018年…报告, 相关链接: …): the name of another
/// report, often of another year, never this one's title.
fn links_another_page(line: &str) -> bool {
    const LINKS: [&str; 12] = [
        "上一篇",
        "下一篇",
        "上一条",
        "下一条",
        "上一页",
        "下一页",
        "相关链接",
        "相关文章",
        "相关阅读",
        "推荐阅读",
        "延伸阅读",
        "相关信息",
    ];
    LINKS
        .iter()
        .any(|w| line.strip_prefix(w).is_some_and(|rest| rest.trim_start().starts_with([':', '：', '|', ']', '】'])))
        || line.starts_with(['[', '【'])
            && LINKS.iter().any(|w| line[line.chars().next().map_or(0, char::len_utf8)..].starts_with(w))
}

/// A sentence about the report, not its name: it calls it 本报告 or 本年度报告, or cites the
/// grounds it was written on (根据《条例》…). Such a sentence passes for a title where a crawler
/// broke it at a figure before its first comma (本报告依据《中华人民共和国政府信息公开条例》（国务院令第 / 711 / 号）).
fn speaks_of_the_report(line: &str) -> bool {
    let grounds = ["根据《", "依据《", "按照《"].iter().any(|w| line.contains(w));
    // A line that closes a document's name it did not open (的通知》（国办公开办函…) starts inside
    // a sentence.
    let opens_inside = line.find('》').is_some_and(|close| !line[..close].contains('《'));
    grounds || opens_inside || line.starts_with("本报告") || line.starts_with("本年度报告")
}

/// A field of a page's or a crawl's metadata (栏目: 政府信息公开年报, 所属主题: 州政府信息公开年报):
/// it names the column the report was filed under, not the report.
fn is_metadata_field(line: &str) -> bool {
    const FIELDS: &[&str] = &[
        "栏目",
        "所属栏目",
        "主题分类",
        "所属主题",
        "分类",
        "信息分类",
        "来源",
        "信息来源",
        "发布机构",
        "关键词",
        "关键字",
        "主题词",
        "文号",
        "索引号",
        // 名称 and 文号 cut to their last character where a crawl lost the cell's start.
        "称",
        "号",
    ];
    // (A field's name spaced out to the width of the others: 文       号: 关键字: 某局2020年…报告.)
    line.split_once([':', '：']).is_some_and(|(field, _)| {
        let name: String = field.chars().filter(|c| !c.is_whitespace()).collect();
        FIELDS.contains(&name.as_str())
    })
}

/// The cell of a line of `|`- or tab-separated cells that reads like a report's title, or the
/// line.
fn report_cell(line: &str) -> &str {
    // (A link's or an attachment's line offers none of its cells: 相关链接：栏目 | 某县2018年…报告.)
    if links_another_page(line) || is_attachment(line) {
        return line;
    }
    let cells = || line.split(['|', '\t']).map(str::trim).filter(|c| !c.is_empty());
    if cells().count() >= 2 {
        // (A cell may be a row of fields itself: 政务要闻 | 索引号：… 名称：某县…报告.)
        return cells().find_map(|c| if is_report_title(c) { Some(c) } else { named_field(c) }).unwrap_or(line);
    }
    // A row of fields on one line (索引号：… 发布机构：… 名称：某县2019年…报告): the name's field.
    if let Some(name) = named_field(line) {
        return name;
    }
    // A column's label before the title (政府信息公开年报：某县2019年…报告): the title after it.
    match line.split_once(['：', ':']) {
        Some((label, rest))
            if label.chars().count() <= 10
                && !label.chars().any(|c| c.is_ascii_digit())
                && !is_metadata_field(line)
                && is_report_title(rest.trim()) =>
        {
            rest.trim()
        }
        _ => line,
    }
}

/// The value of a 名称 or 标题 field inside a row of fields crawled onto one line, up to the next
/// field's label (索引号：… 名称：某县2019年…报告 文号：…); or of a 关键字 (关键词) field where
/// it names a report (文号： 关键字：某区统计局2020年…报告: many sites key a page by its title).
fn named_field(line: &str) -> Option<&str> {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    let field = FIELD.get_or_init(|| {
        Regex::new(r"(?:标\s*题|名\s*称|关\s*键\s*[字词])\s*[:：]\s*(\S.*?)\s*(?:\s\p{Han}{2,4}\s*[:：]|$)").unwrap()
    });
    let value = field.captures(line)?.get(1)?.as_str();
    is_report_title(value).then_some(value)
}

/// The agency's name run into a copy of a title that names none, inside a longer line: the
/// Han characters right before the copy, where they end like an agency and no verb leads them
/// (…编制某县人民政府关于… is a sentence, not a name).
fn agency_run_into<'a>(line: &'a str, title: &str) -> Option<&'a str> {
    line.match_indices(title).find_map(|(at, _)| {
        let before = &line[..at];
        let from = before.char_indices().rev().take_while(|(_, c)| crate::is_han(*c)).last()?.0;
        let name = &before[from..];
        let led_by_a_verb = ["编制", "公布", "发布", "印发", "现将", "关于", "根据"].iter().any(|v| name.contains(v));
        (!led_by_a_verb && name.chars().count() >= 3 && is_agency_line(name)).then_some(name)
    })
}

/// An agency name printed on the line above the title: short, no punctuation. (A centre or an
/// archive too — 某市公积金管理中心, 某区档案馆 — but not a site's section of disclosure, 信息公开中心.)
pub(crate) fn is_agency_line(line: &str) -> bool {
    let l = line.trim();
    let chars = l.chars().count();
    let institution = (l.ends_with("中心") || l.ends_with('馆')) && !l.contains("公开");
    (2..=30).contains(&chars)
        && !l.chars().any(|c| "。，,；;：:（）()《》、|".contains(c))
        && (institution
            || [
                "政府",
                "镇",
                "乡",
                "街道",
                "办事处",
                "局",
                "委员会",
                "办公室",
                "厅",
                "区",
                "县",
                "市",
                "省",
                "盟",
                "旗",
                "自治州",
            ]
            .iter()
            .any(|s| l.ends_with(s)))
}

/// The title: a crawler `标题:` line, else the first report-like line of the head, prefixed
/// with the agency line above it when the agency stands on its own line (泗门镇人民政府 / 2017年…).
pub fn title(lines: &[String]) -> Option<String> {
    // (A link to another page names another report, even in a sentence: 相关链接：…现公布某县
    // 2023年…报告。 is passed over by every reader of the title.)
    let head: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !links_another_page(l))
        .take(TITLE_WINDOW)
        .collect();
    for (_, l) in &head {
        if let Some(c) = patterns().crawler_title.captures(l) {
            return Some(c[1].trim().to_string());
        }
    }
    // A line of cells (每日一报 | 辽宁2015年…报告, a metadata row 主题分类 | 区政府组成部门信息公开年度报告
    // | …) offers its report-like cell.
    let head: Vec<(usize, &str)> = head.into_iter().map(|(i, l)| (i, report_cell(l))).collect();
    // A title with the year beats a generic one (an HTML page's <title> often has none).
    let Some(mut pos) = head
        .iter()
        .position(|(_, l)| is_report_title(l) && patterns().year_in_title.is_match(l))
        .or_else(|| head.iter().position(|(_, l)| is_report_title(l)))
    else {
        // (A title spaced out is a title line, before a report a sentence names.)
        return broken_before_its_last_words(&head)
            .or_else(|| head.iter().find_map(|(_, l)| letter_spaced_title(l)))
            .or_else(|| embedded_title(&head))
            .or_else(|| head.iter().find_map(|(_, l)| attached_report(l)));
    };
    // The agency on its own line above a title that names none (泗门镇人民政府 / 2017年…报告,
    // 某某镇人民政府 / 关于2021年度…的年度报告). A page repeats its title below the site's header:
    // the copy with the agency above it is taken.
    let agency_above = |at: usize| at > 0 && is_agency_line(head[at - 1].1) && !head[at].1.contains(head[at - 1].1);
    // (The header row's copy may carry its date and counters around it: 2018-01-10 关于…的年度报告
    // 阅读次数：739.)
    let copy_of = |at: usize, of: &str| {
        let line = head[at].1.trim();
        line == of || (of.contains(line) && is_report_title(line))
    };
    let first = without_leading_year(head[pos].1.trim());
    if names_no_agency(first) && !agency_above(pos) {
        if let Some(copy) = (pos + 1..head.len()).find(|&at| copy_of(at, head[pos].1.trim()) && agency_above(at)) {
            pos = copy;
        }
    }
    let title = head[pos].1.trim_matches(|c: char| c == '|' || c.is_whitespace());
    // A notice publishing the report (关于公布《某县人民政府2019年…报告》的通知): the report's name
    // inside it is the title.
    let title = published_report(title).unwrap_or(title).to_string();
    if agency_above(pos) && names_no_agency(&title) {
        return Some(format!("{}{}", head[pos - 1].1, title));
    }
    // The copy run into a line after the agency's name (…阅读次数:某县某镇人民政府关于2021年度…的年度
    // 报告一、总体情况…, a header row and the body crawled onto one line).
    if names_no_agency(&title) {
        if let Some(agency) = head.iter().find_map(|(_, l)| agency_run_into(l, &title)) {
            return Some(format!("{agency}{title}"));
        }
    }
    // A title broken after its year or a word later (宿州市人民政府2016年 / 政府信息公开工作年度报告,
    // 某某街道办事处2023年度政府 / 信息公开工作年度报告): the line above is the agency, the year and
    // a few words of the phrase.
    if pos > 0 && !patterns().year_in_title.is_match(&title) {
        // The line above may be a row of cells (政务要闻 | 某某镇政府2021年): its last cell.
        let above = last_cell(head[pos - 1].1);
        if let Some(year) = patterns().year_in_title.find(above) {
            let rest = &above[year.end()..];
            let words_only = rest.chars().count() <= 8 && rest.chars().all(crate::is_han);
            if words_only && is_agency_line(above[..year.start()].trim()) {
                return Some(format!("{above}{title}"));
            }
            // The year on a line of its own, the agency a line further up (某县人民政府 / 2019年度
            // / 政府信息公开工作年度报告).
            let agency = (pos >= 2).then(|| last_cell(head[pos - 2].1)).filter(|a| is_agency_line(a));
            if let Some(agency) = agency.filter(|_| words_only && above[..year.start()].trim().is_empty()) {
                return Some(format!("{agency}{above}{title}"));
            }
        }
    }
    Some(title)
}

/// Does a title name no agency: does it open with its year (2021年度…) or with 关于 (关于2021年度
/// …的年度报告)?
fn names_no_agency(title: &str) -> bool {
    patterns().year_in_title.find(title).is_some_and(|m| m.start() == 0) || title.starts_with("关于")
}

/// A title set with a space after every character, as a word processor spaces a heading out
/// (某 某 县 人 民 政 府 2019 年 政 府 信 息 公 开 工 作 年 度 报 告): its characters together.
/// Only a line whose every gap is one space and whose every piece is one Han character or a
/// run of digits.
fn letter_spaced_title(line: &str) -> Option<String> {
    let pieces: Vec<&str> = line.split(' ').collect();
    let spaced = pieces.len() >= 8
        && pieces.iter().all(|p| {
            let mut chars = p.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => crate::is_han(c),
                (Some(_), Some(_)) => p.chars().all(|c| c.is_ascii_digit()),
                _ => false,
            }
        });
    let joined = pieces.concat();
    (spaced && is_report_title(&joined) && patterns().year_in_title.is_match(&joined)).then_some(joined)
}

/// The last cell of a line of `|`-separated cells (the line itself where it has none).
fn last_cell(line: &str) -> &str {
    line.rsplit('|').next().unwrap_or_default().trim()
}

/// A title broken before its last words (道县某局2013年度信息公开工作 / 年度报告): a line naming its
/// year and 公开 without a stop, then a line of a few Han characters that ends the title.
fn broken_before_its_last_words(head: &[(usize, &str)]) -> Option<String> {
    head.windows(2).enumerate().find_map(|(at, pair)| {
        // The first line may be a row of cells (政务要闻 | 某局2013年度信息公开工作): its last cell.
        let first = last_cell(pair[0].1);
        let last = pair[1].1.trim();
        let ends_it = last.chars().count() <= 8
            && last.chars().all(crate::is_han)
            && (last.ends_with("报告") || last.ends_with("年报"));
        let joined = format!("{first}{last}");
        if !(ends_it && patterns().year_in_title.is_match(first) && is_report_title(&joined)) {
            return None;
        }
        // The agency on the line above a title that names none (某县人民政府 / 关于2019年度…的 /
        // 年度报告).
        match at.checked_sub(1).map(|above| last_cell(head[above].1)) {
            Some(agency) if names_no_agency(&joined) && is_agency_line(agency) => Some(format!("{agency}{joined}")),
            _ => Some(joined),
        }
    })
}

/// How many of the head's lines the opening sentence that may hold an embedded title can start
/// after: the legal basis comes first on a page without a title line.
const EMBEDDED_TITLE_LINES: usize = 8;

/// The title a page without a title line states in its opening sentence (根据…规定，现公布
/// 天津市宝坻区文化和旅游局2025年政府信息公开工作年度报告). Only a title naming its year counts:
/// 现公布本级政府信息公开工作年度报告 names no one.
fn embedded_title(head: &[(usize, &str)]) -> Option<String> {
    head.iter().take(EMBEDDED_TITLE_LINES).find_map(|(_, l)| {
        // 公开 closing the noun 信息公开, 政务公开 or 依申请公开 is no verb announcing a title
        // (确保政府信息公开工作持续开展2016年…报告, a mirror's title injected into a sentence): the
        // search goes on after it (…政务公开工作领导小组办公室编制了某区人民政府2021年度…报告).
        let mut from = 0;
        let c = loop {
            let c = patterns().embedded_title.captures_at(l, from)?;
            let (start, verbs_end) = (c.get(0)?.start(), c.get(1)?.start());
            let noun = l[start..verbs_end].trim_start().starts_with("公开")
                && ["信息", "资讯", "政务", "申请"].iter().any(|n| l[..start].ends_with(n));
            if !noun {
                break c;
            }
            from = start + l[start..].find("公开")? + "公开".len();
        };
        // 《…关于编制公布2023年政府信息公开工作年度报告有关事项的通知》 names another document.
        let before = &l[..c.get(0)?.start()];
        if before.matches('《').count() > before.matches('》').count() {
            return None;
        }
        // (A title broken after its year and joined back with a space, as a crawl joins its text
        // nodes: 某旗2024年度 政府信息公开年报. A title has no space inside.)
        let title: String = c[1].trim_start_matches(['《', '“']).chars().filter(|c| !c.is_whitespace()).collect();
        // Without 政府 only the year-first form names a report of its own (公布2021年度某市民政局
        // 信息公开年度报告): …及2019年度信息公开工作报告 is a document the year's work published.
        let year_first = title.starts_with("19") || title.starts_with("20");
        let with_government = title.contains("政府信息公开") || title.contains("政府资讯公开");
        if !(with_government || year_first && title.ends_with("年度报告")) {
            return None;
        }
        // At the sentence's start the title is its subject (某省2013年…报告是根据…编制的), or a
        // title line a page run onto one line joined to its body's opening (…年报本年度报告根据…).
        let whole = c.get(0)?;
        // (Its short form noted first: 某县2009年…年度报告（以下简称年报）根据…; or characters a
        // decoding lost, printed as question marks, between title and body: …年报?? ?本年度报告….)
        let lost = |c: char| c.is_whitespace() || matches!(c, '?' | '？' | '\u{FFFD}');
        let after = without_short_form_note(l[whole.end()..].trim_start_matches(lost));
        let subject_follows =
            ["是", "根据", "依据", "由", "按照", "本年度报告", "本报告", "一、"].iter().any(|w| after.starts_with(w));
        if whole.as_str().trim_start().starts_with(&c[1]) && !subject_follows {
            return None;
        }
        // 现将我局2020年度政府信息公开情况报告如下: the agency by its kind names no one; the
        // agency may follow the year (现公布2012年某安镇政府信息公开工作年度报告).
        let agency_part = agency_in_title(&title)?;
        // A verb inside a document's number (国办公开办函〔2021〕30号)等…要求编制2024年度…报告)
        // opens no title: a name holds no document number and no bracket it does not open.
        let opens = agency_part.matches(['（', '(']).count();
        let closes = agency_part.matches(['）', ')']).count();
        if agency_part.contains(['〔', '〕']) || closes > opens {
            return None;
        }
        (!collective(&agency_part)).then_some(title)
    })
}

/// The text after a note in brackets giving a short form (（以下简称年报）, (简称《条例》)) that it
/// opens with, else the text.
fn without_short_form_note(text: &str) -> &str {
    let Some(inner) = text.strip_prefix(['（', '(']) else { return text };
    let Some(close) = inner.find(['）', ')']) else { return text };
    if !gives_a_short_form(inner) {
        return text;
    }
    inner[close + inner[close..].chars().next().map_or(1, char::len_utf8)..].trim_start()
}

/// The year a sentence announcing the report names (a form of `announced_year`: 现将…2020年…报告如下,
/// 编制了2021年…报告, or the page opening with the year's 年报 and its grounds, 2009年年报根据…).
fn announced_year(head: &str) -> Option<i32> {
    let c = patterns().announced_year.captures(head)?;
    c.get(1).or(c.get(2)).or(c.get(3))?.as_str().parse().ok()
}

/// The published date: the last line that is nothing but a date (the signature block; the
/// statistics table may still follow it).
pub fn published(lines: &[String]) -> Option<Date> {
    lines.iter().rev().find_map(|l| date_of_line(l))
}

/// The date a line consists of: 2021年1月15日, 2021-01-15, or in Chinese numerals as formal
/// documents sign (二〇二一年一月十五日).
fn date_of_line(l: &str) -> Option<Date> {
    let t = l.trim_start();
    if t.starts_with(['二', '一']) {
        return date_in_chinese_numerals(t.trim_end());
    }
    // A date line starts with its year (19xx/20xx): refuse the others before the regex.
    if !(t.starts_with("19") || t.starts_with("20")) {
        return None;
    }
    let c = patterns().date_line.captures(l)?;
    let year = c[1].parse().ok()?;
    let month = c.get(2).or(c.get(4))?.as_str().parse().ok()?;
    let day = c.get(3).or(c.get(5))?.as_str().parse().ok()?;
    Date::new(year, month, day)
}

/// 二〇二一年一月十五日 (also with ○, 零 or O for zero): the year digit by digit, month and day as
/// counted (十, 十五, 二十一, 三十).
fn date_in_chinese_numerals(line: &str) -> Option<Date> {
    use nianbao_model::text::{digit_in_words, small_count_in_words};
    let (year, rest) = line.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let year_digits: Vec<u32> = year.trim().chars().map(digit_in_words).collect::<Option<_>>()?;
    if year_digits.len() != 4 {
        return None;
    }
    let year = year_digits.iter().fold(0, |y, d| y * 10 + d) as i32;
    if !(1900..2100).contains(&year) {
        return None;
    }
    Date::new(year, small_count_in_words(month.trim())?, small_count_in_words(day.trim())?)
}

/// The lines that hold text: the blank lines between them are no part of a head of so many lines.
fn written(lines: &[String]) -> impl Iterator<Item = &String> {
    lines.iter().filter(|l| !l.trim().is_empty())
}

/// The year reported on (not the year published): from the title, else the statistics period
/// (数据统计期限自2017年1月1日…), else the year before an early-in-the-year publication date,
/// else the statistics table's caption (统计表（2012年度）), else the year opening the body, else
/// the most frequent year in the opening text when it clearly dominates. `None` when unsure.
pub fn report_year(title: Option<&str>, lines: &[String], published: Option<Date>) -> (Option<i32>, &'static str) {
    let p = patterns();
    // (Not a link's or an attachment's line: the name of another year's report, 相关链接：某县
    // 2018年…报告, is no evidence of this one's year.)
    // (Nor a blank line: a page with a blank line between its lines, as many crawls leave it,
    // has the same text in its first forty lines as printed without.)
    let head: String = written(lines)
        .filter(|l| !links_another_page(l.trim()) && !is_attachment(l.trim()))
        .take(40)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n");
    let period: Option<i32> = p.period.captures(&head).and_then(|c| c[1].parse().ok());
    // A name carried over from last year's report (编制了《某镇2020年…报告》 above 统计期限自
    // 2021年1月1日 and 2021年度，我镇…): where the period and the body's opening year agree
    // against the year a name states, they tell the year. (Looked for only where they differ.)
    // (The body's year: opening a line, or opening the agency's own sentence inside one:
    // …止。2021年度，我镇….)
    let body_year = |l: &String| {
        let opening = p.opening_year.captures(after_a_sub_heading(l).unwrap_or(l));
        opening.or_else(|| p.self_subject_year.captures(l)).and_then(|c| c[1].parse::<i32>().ok())
    };
    let outvoted = |named: i32| {
        period.is_some_and(|period| period != named && written(lines).take(40).find_map(body_year) == Some(period))
    };
    let in_title = title.and_then(|t| p.year_in_title.captures(t).or_else(|| p.bare_year_in_title.captures(t)));
    if let Some(y) = in_title.and_then(|c| c[1].parse().ok()) {
        return if outvoted(y) { (period, "statistics_period") } else { (Some(y), "title") };
    }
    // 现将2020年政府信息公开工作情况报告如下, 编制了2021年政府信息公开年度报告: the report says
    // which year's work it tells. Before the statistics period, which a page may carry over
    // unchanged from the year before's report (编制了2021年…报告 above 统计期限自2020年1月1日).
    if let Some(y) = announced_year(&head) {
        return if outvoted(y) { (period, "statistics_period") } else { (Some(y), "announced") };
    }
    if let Some(y) = period {
        return (Some(y), "statistics_period");
    }
    // The period's end alone: 截止2023年12月31日我局通过官方网站发布….
    if let Some(y) = p.period_end.captures(&head).and_then(|c| c[1].parse().ok()) {
        return (Some(y), "statistics_period");
    }
    if let Some(d) = published.filter(|d| d.month <= 6) {
        return (Some(d.year - 1), "published");
    }
    // The statistics table's caption, wherever the table stands (a page without a title run
    // onto one line keeps neither a title nor a date line: 附表：政府信息公开情况统计表（2012年度）).
    let caption = lines.iter().filter(|l| l.contains("统计表")).find_map(|l| p.table_caption_year.captures(l));
    if let Some(y) = caption.and_then(|c| c[1].parse().ok()) {
        return (Some(y), "table_caption");
    }
    // The first sentence of the body, where a page has no title: 2019年，我乡明确专人负责….
    let opening =
        |l: &String| p.opening_year.captures(after_a_sub_heading(l).unwrap_or(l)).and_then(|c| c[1].parse().ok());
    if let Some(y) = written(lines).take(40).find_map(opening) {
        return (Some(y), "body_opening");
    }
    let mut counts: std::collections::BTreeMap<i32, usize> = std::collections::BTreeMap::new();
    for c in p.any_year.captures_iter(&head.chars().take(1500).collect::<String>()) {
        if let Ok(y) = c[1].parse::<i32>() {
            *counts.entry(y).or_default() += 1;
        }
    }
    let mut ranked: Vec<(i32, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
    if let [(y, n), rest @ ..] = ranked.as_slice() {
        if *n >= 2 && rest.first().is_none_or(|(_, m)| *n >= 2 * m) {
            return (Some(*y), "body");
        }
    }
    // 2019年度，我乡…: inside a paragraph the year leading the agency's own sentence is the
    // report's, where no other year is named in the head as often.
    let most = ranked.first().map_or(0, |r| r.1);
    let self_subject = p.self_subject_year.captures(&head).and_then(|c| c[1].parse::<i32>().ok());
    match self_subject {
        Some(y)
            if ranked.iter().any(|(year, n)| *year == y && *n == most)
                && ranked.iter().filter(|r| r.1 == most).count() == 1 =>
        {
            (Some(y), "body_self_subject")
        }
        // 汇报我镇2023年政府信息公开工作: the agency's own year of disclosure work, where no
        // other year is named in the head more often.
        _ => match p.own_work_year.captures(&head).and_then(|c| c[1].parse::<i32>().ok()) {
            Some(y) if ranked.iter().all(|(year, n)| *year == y || *n < most || most == 0) => {
                (Some(y), "body_own_work")
            }
            _ => (None, "unknown"),
        },
    }
}

/// The issuing agency: the title's text before the year (海盐县沈荡镇人民政府2017年度…), else the
/// signature line above the published date (温州市瓯海区人民政府 / 2018年1月12日).
pub fn agency(title: Option<&str>, lines: &[String]) -> Option<String> {
    agency_named(title, lines).map(without_a_leading_domain).map(without_leading_marks).filter(|a| is_a_name(a))
}

/// No body's name opens with a number, a list mark or a table's bar: a document-sharing site
/// that cuts a file into numbered chunks prints each chunk's number (and the page's) before its
/// text (1、1某某区粮食局2016年度…报告), and a page's table of the document's fields leaves its
/// cell's bar before the title (标 题: | 某某县卫生局2009年…报告 | ||). They are dropped.
fn without_leading_marks(agency: String) -> String {
    let name = agency.trim_start_matches(|c: char| c.is_ascii_digit() || "、.．|｜".contains(c) || c.is_whitespace());
    // (A fields table's label run into its value where the crawl lost the cell's end:
    // 标题某某区某梅乡2022年…报告. No body's name opens with 标题.)
    let name = name.strip_prefix("标题").unwrap_or(name);
    if name.len() == agency.len() {
        agency
    } else {
        name.to_string()
    }
}

/// A mirror that printed its own domain before the body's name (puroview.com沙头镇, where the
/// county's name stood): the name after it. A run of ASCII letters, digits and hyphens with a
/// dot inside is a domain; the name is what follows.
fn without_a_leading_domain(agency: String) -> String {
    let end = agency.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-')).unwrap_or(agency.len());
    let domain = &agency[..end];
    let is_domain = domain.trim_end_matches('.').contains('.') && domain.bytes().any(|b| b.is_ascii_alphabetic());
    if is_domain {
        agency[end..].to_string()
    } else {
        agency
    }
}

/// A body's name is Chinese: a mirror that printed its own domain where the agency stood
/// (现公布example.com2012年…报告) names no one.
fn is_a_name(agency: &str) -> bool {
    agency.chars().filter(|c| crate::is_han(*c)).count() >= 2 && !agency.chars().any(|c| c.is_ascii_alphabetic())
}

fn agency_named(title: Option<&str>, lines: &[String]) -> Option<String> {
    if let Some(agency) = title.and_then(agency_in_title) {
        return Some(agency);
    }
    let non_empty: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    let signed = non_empty
        .iter()
        .rposition(|l| date_of_line(l).is_some())
        .and_then(|at| non_empty.get(at.checked_sub(1)?))
        .filter(|candidate| is_agency_line(candidate));
    signed
        .map(|s| s.to_string())
        .or_else(|| compiled_by(&non_empty))
        .or_else(|| compiled_from_its_departments(&non_empty))
        .or_else(|| opening_subject(&non_empty))
        .or_else(|| township_contact(&non_empty))
        .or_else(|| office_contact(&non_empty))
        .or_else(|| department_contact(&non_empty))
        .or_else(|| group_contact(&non_empty))
}

/// A department's own office named for questions (请与某旗自然资源局办公室联系): the office
/// answers for its department, which is the agency. (A government's office may answer for the
/// government or report for itself: see [`office_contact`].)
fn department_contact(non_empty: &[&str]) -> Option<String> {
    contacts(non_empty).find_map(|body| {
        // The department itself (请与某市审计局联系), unless it is the one that steers a
        // government's disclosure (政务服务数据管理局, 大数据局), which may answer for the government.
        let steers_disclosure = ["政务服务", "数据", "政务公开"].iter().any(|w| body.contains(w));
        // A government's information centre (请与某县政府信息中心联系; 资讯中心 in Taiwan's
        // phrasing) answers for its government.
        let centre = body.strip_suffix("信息中心").or_else(|| body.strip_suffix("资讯中心"));
        if let Some(government) = centre.filter(|g| g.ends_with("政府")) {
            return (!collective(government) && government.chars().count() >= 4).then(|| government.to_string());
        }
        let department = match ["办公室", "综合科", "办"].iter().find_map(|o| body.strip_suffix(o)) {
            Some(department) => department,
            None if !steers_disclosure => body,
            None => return None,
        };
        // (An archive's office too: 请与某县档案馆办公室联系.)
        let of_a_department = ["局", "委员会", "委", "厅", "馆", "中心", "研究室"]
            .iter()
            .chain(&nianbao_model::names::COOPERATIVE_ENDINGS)
            .any(|d| department.ends_with(d));
        (of_a_department && !collective(department) && department.chars().count() >= 4).then(|| department.to_string())
    })
}

/// The body a page without title or signature names for questions about the report (如对本报告
/// 有疑问，请与某某镇人民政府党政办公室联系), where it is a township's: a township's office compiles
/// the township's report, and its government is the agency. Any other body is not taken: a
/// government's office named for questions may answer for the government or report for itself.
fn township_contact(non_empty: &[&str]) -> Option<String> {
    contacts(non_empty).find_map(|body| {
        // (Its general office by any of its names: 党政办公室, 党政综合办公室, 综合办公室.)
        let government = ["党政综合办公室", "党政综合办", "综合办公室", "党政办公室", "党政办", "办公室"]
            .iter()
            .find_map(|o| body.strip_suffix(o))
            .unwrap_or(body);
        if collective(body) || agency_level(government) != "township" {
            return None;
        }
        (government.chars().count() >= 3).then(|| government.to_string())
    })
}

/// The bodies the opening lines name for questions about the report (请与…联系).
fn contacts<'a>(non_empty: &'a [&'a str]) -> impl Iterator<Item = &'a str> {
    non_empty.iter().take(OPENING_SUBJECT_LINES).filter_map(|l| {
        let c = patterns().contact.captures(l)?;
        Some(c.name("body").or(c.name("after_colon"))?.as_str())
    })
}

/// The government's office a page without title or signature names for questions, where the
/// page speaks as an office (结合我办政府信息公开工作统计数据编写…请与某区人民政府办公室联系): the
/// office reports for itself. Without 我办/本办 the office may be answering for its government.
fn office_contact(non_empty: &[&str]) -> Option<String> {
    if !non_empty.iter().take(OPENING_SUBJECT_LINES).any(|l| speaks_as_an_office(l)) {
        return None;
    }
    contacts(non_empty).find_map(|body| {
        let government = ["办公室", "办公厅"].iter().find_map(|o| body.strip_suffix(o))?;
        let of_a_government = ["人民政府", "政府", "行政公署"].iter().any(|g| government.ends_with(g));
        (of_a_government && !collective(body) && government.chars().count() >= 5).then(|| body.to_string())
    })
}

/// Does the line call its author 我办 or 本办 (not 本办法, the rules; not 我办事处, a street office;
/// not 办理, handling)?
pub fn speaks_as_an_office(line: &str) -> bool {
    ["我办", "本办"]
        .iter()
        .any(|w| line.match_indices(w).any(|(at, _)| !line[at + w.len()..].starts_with(['法', '事', '理'])))
}

/// The body that says it compiled the report: 由某市某浦区某江路街道办事处编制, 闽侯县人民政府
/// 办公室编制了本报告. A leading group's office (领导小组办公室) works for a government: the one
/// its name begins with (某市人民政府信息公开工作领导小组办公室 is 某市人民政府's); where its name
/// names none, the body is not taken. A government's general office compiles its government's
/// report (由某县人民政府办公室编制 above 我县…, 县政府…): the government is the agency, unless the
/// page speaks as the office (我办, 本办), which then reports on its own work.
fn compiled_by(non_empty: &[&str]) -> Option<String> {
    non_empty.iter().take(OPENING_SUBJECT_LINES).find_map(|l| {
        let c = patterns().compiled_by.captures(l)?;
        let body = c.name("by").or(c.name("before"))?.as_str();
        // Compiled combining other bodies' reports (综合…情况编制而成): a government's general
        // office does so for its government, and so does the government's own office of
        // disclosure (某市人民政府政务公开办公室); another office (a subdistrict's 党政办公室, a
        // 政务公开办公室 whose name says no government) may report for itself or for a body its
        // name does not say.
        let combined = c.name("grounds").is_some_and(|g| g.as_str() == "综合");
        if combined {
            if let Some(government) = government_of_its_disclosure_office(body) {
                return Some(government.to_string());
            }
            government_of_its_office(body)?;
        }
        let body = if group_of_disclosure(body) { group_owner(body)? } else { body };
        let body = match government_of_its_office(body) {
            Some(government) if !non_empty.iter().take(OPENING_SUBJECT_LINES).any(|l| speaks_as_an_office(l)) => {
                government
            }
            _ => body,
        };
        let body = bureau_of_its_unit(body).unwrap_or(body);
        (!collective(body) && body.chars().count() >= 3).then(|| body.to_string())
    })
}

/// The bureau whose internal unit compiled its report (由某区市场监督管理局信息中心…编制, 由某市
/// 某局办公室编制): the report is the bureau's, as a government's is its general office's. Only
/// right after 局, 委 or 厅: 某县扶贫开发办公室 and 某委员会办公室 are bodies of their own.
fn bureau_of_its_unit(body: &str) -> Option<&str> {
    const UNITS: [&str; 9] =
        ["信息中心", "政务公开办公室", "信息公开办公室", "办公室", "秘书股", "秘书科", "综合股", "综合科", "办公科"];
    let head = UNITS.iter().find_map(|unit| body.strip_suffix(unit))?;
    (head.ends_with(['局', '委', '厅']) && head.chars().count() >= 4).then_some(head)
}

/// The government whose units' reports the report was compiled from (本报告根据《条例》以及
/// 2018年度某某市政府各部门和各区政府的信息公开工作年度报告编制): a government's summary report,
/// whose page may print no title and name no compiler. The name is the run of Han characters
/// before 政府各部门 (各街道, 各乡镇 …), after the last word that leads it in (根据, 以及, 年度 …);
/// a territory (各市政府, 全省) names no one.
fn compiled_from_its_departments(non_empty: &[&str]) -> Option<String> {
    // (Not 和: it begins place names, 和平县.)
    const LEADS: [&str; 8] = ["根据", "依据", "以及", "汇总", "综合", "年度", "年", "在"];
    // The government's units: its departments, subdistricts, townships (某区人民政府各街道办事处、
    // 各委办局).
    const UNITS: [&str; 7] = ["部门", "工作部门", "街道", "乡镇", "委办局", "委、办、局", "直属机构"];
    let units_of_a_government = |after: &str| {
        let after = ["各", "所属各", "直属各"].iter().find_map(|w| after.strip_prefix(w));
        after.is_some_and(|a| UNITS.iter().any(|u| a.starts_with(u)))
    };
    non_empty.iter().take(OPENING_SUBJECT_LINES).find_map(|l| {
        l.split_inclusive(['。', '；']).find_map(|sentence| {
            if !(sentence.contains("编制") && sentence.contains("报告")) {
                return None;
            }
            let (at, _) =
                sentence.match_indices("政府").find(|(at, w)| units_of_a_government(&sentence[at + w.len()..]))?;
            let before = &sentence[..at + "政府".len()];
            let run_start =
                before.char_indices().rev().find(|(_, c)| !crate::is_han(*c)).map_or(0, |(i, c)| i + c.len_utf8());
            let run = &before[run_start..];
            let name = LEADS
                .iter()
                .filter_map(|w| run.rfind(w).map(|i| &run[i + w.len()..]))
                .min_by_key(|n| n.len())
                .unwrap_or(run);
            let place = name.trim_end_matches("政府").trim_end_matches("人民");
            // (A run of two bodies is no name: 各市人民政府和省政府各部门.)
            let of_a_place = place.chars().count() >= 2
                && !place.contains("政府")
                && place.ends_with(['省', '市', '县', '区', '旗', '州', '盟']);
            (of_a_place && !collective(name)).then(|| name.to_string())
        })
    })
}

/// The government whose office of disclosure the body is (某市人民政府政务公开办公室, 某县人民政府
/// 信息公开办 → the government): 人民政府, then an office whose name holds 公开.
fn government_of_its_disclosure_office(body: &str) -> Option<&str> {
    let at = body.find("人民政府")? + "人民政府".len();
    let office = &body[at..];
    (office.contains("公开") && (office.ends_with("办公室") || office.ends_with('办'))).then_some(&body[..at])
}

/// The government whose general office the body is (某县人民政府办公室 → 某县人民政府, 某省人民政府
/// 办公厅 → 某省人民政府, 某地区行政公署办公室 → 某地区行政公署).
fn government_of_its_office(body: &str) -> Option<&str> {
    // (A township's 党政办公室 or 党政办 too: 由某镇人民政府党政办结合…编制.)
    let government = ["党政办公室", "党政办", "办公室", "办公厅"].iter().find_map(|o| body.strip_suffix(o))?;
    ["人民政府", "政府", "行政公署", "行署"].iter().any(|g| government.ends_with(g)).then_some(government)
}

/// The body a leading group's office works for: the one its name begins with — a government
/// (某市人民政府信息公开工作领导小组办公室 is 某市人民政府's) or a government's office (某市政府
/// 办公室政府信息公开领导小组办公室 is 某市政府办公室's). A group whose name names neither
/// (某县政务公开领导小组办公室) has no owner here.
fn group_owner(body: &str) -> Option<&str> {
    let head = &body[..body.find("小组")?];
    let office = head.find("办公室").map(|at| &head[..at + "办公室".len()]).filter(|o| o.ends_with("政府办公室"));
    let government = || head.find("人民政府").map(|at| &head[..at + "人民政府".len()]);
    office.or_else(government)
}

/// A leading group's office named for questions (请与某市政府办公室政府信息公开领导小组办公室联系):
/// the body it works for (see [`group_owner`]). The office of a group for other business (请与某市
/// 人民政府重点建设项目领导小组办公室综合科联系) is a standing body that reports on its own work.
fn group_contact(non_empty: &[&str]) -> Option<String> {
    contacts(non_empty).find_map(|body| {
        if !group_of_disclosure(body) {
            let office = &body[..body.find("小组办公室")? + "小组办公室".len()];
            return (!collective(office) && office.chars().count() >= 8).then(|| office.to_string());
        }
        let owner = group_owner(body)?;
        (!collective(owner) && owner.chars().count() >= 4).then(|| owner.to_string())
    })
}

/// Is the body a leading group's office for disclosure (某县政务公开领导小组办公室, 某市人民政府信息
/// 公开工作领导小组办公室)? That one works for the government or office its name begins with; a
/// group's office for other business (重点建设项目, 扶贫开发) is a standing body of its own.
fn group_of_disclosure(body: &str) -> bool {
    body.find("小组").is_some_and(|at| body[..at].contains("公开"))
}

/// How far into the text the year-led opening sentence of 一、总体情况 is looked for.
const OPENING_SUBJECT_LINES: usize = 60;

/// The agency a page without title or signature names as the subject of its opening sentence:
/// 2020年，区发改局以…; 2024年，某某镇紧紧围绕…. Only a subject ending like an agency or a
/// place counts; 全县/各级 are the territory, 我镇/本局 no name (the level is read from them
/// apart).
fn opening_subject(non_empty: &[&str]) -> Option<String> {
    non_empty.iter().take(OPENING_SUBJECT_LINES).find_map(|l| {
        // A sub-heading run into its paragraph opens it as well ((一)主动公开情况。2022年某市教育局…).
        let l = after_a_sub_heading(l).unwrap_or(l);
        let subject = patterns().opening_subject.captures(l)?.get(1)?.as_str();
        (!collective(subject) && subject.chars().count() >= 2).then(|| subject.to_string())
    })
}

/// The paragraph after a sub-heading that opens its line and ends at a stop ((一)主动公开情况。),
/// or after a short heading run into it without an enumerator (主动公开全面落实。2019年，…): a
/// phrase of two to twelve characters, Han only, that does not open with the agency's word for
/// itself or a territory's (我乡, 本局, 全县).
fn after_a_sub_heading(line: &str) -> Option<&str> {
    if after_bracketed_numeral(line).is_none() {
        let line = line.trim_start();
        let stop = line.find('。')?;
        let phrase = &line[..stop];
        let short = (2..=12).contains(&phrase.chars().count());
        // (A sentence of the agency's own is no heading: 我乡推进公开工作。)
        let of_a_subject = phrase.starts_with(['我', '本', '该', '全', '各']);
        return (short && !of_a_subject && phrase.chars().all(crate::is_han)).then(|| &line[stop + '。'.len_utf8()..]);
    }
    // The heading is measured from after its opening bracket, numeral included.
    let rest = &line.trim_start()[line.trim_start().chars().next()?.len_utf8()..];
    let stop = rest.find('。')?;
    (rest[..stop].chars().count() <= 20).then(|| &rest[stop + '。'.len_utf8()..])
}

/// The text after the Chinese numeral in brackets that opens `text` (（一）, (三)), where one
/// does: a sub-heading's enumerator.
pub fn after_bracketed_numeral(text: &str) -> Option<&str> {
    let body = text.trim_start().strip_prefix(['（', '('])?;
    let close = body.find(['）', ')'])?;
    let numeral = &body[..close];
    if numeral.is_empty() || !numeral.chars().all(|c| "一二三四五六七八九十".contains(c)) {
        return None;
    }
    Some(&body[close + body[close..].chars().next()?.len_utf8()..])
}

/// A subject that names no one: the territory (全县, 各级) or the body by its kind (我镇, 本局, 该局).
/// A place whose name begins with one of these characters (本溪市, 全州县, 全椒县) names one: its
/// second character is no word of a kind.
fn collective(subject: &str) -> bool {
    let mut chars = subject.chars();
    let first = chars.next().is_some_and(|c| ['全', '各', '我', '本', '该'].contains(&c));
    // (Or a word these characters determine: 本报告, 全年, 各类, 我们.)
    let kind_after = chars.next().is_none_or(|c| "省市县区旗镇乡街局委厅办室馆级单机部门有体报年次类们项".contains(c));
    first && (kind_after || subject.chars().count() <= 3)
}

/// The phrase a title's agency comes before (某镇政府信息公开…), in its Taiwan-converted form too.
const DISCLOSURE_PHRASES: [&str; 5] = ["政府信息公开", "信息公开", "政务公开", "政府资讯公开", "资讯公开"];

/// The agency a title names: the text before its year (海盐县沈荡镇人民政府2017年度…, 浙江省经济和
/// 信息化厅2022政府…), or, where the year leads (2008某市某山区某谊路街道办事处政府信息公开…),
/// the text between the year and 政府信息公开/信息公开/政务公开. In 2009年西藏自治区政府信息公开…
/// the 政府 belongs to the phrase, so the agency read is the region itself (西藏自治区).
fn agency_in_title(title: &str) -> Option<String> {
    let p = patterns();
    let Some(year) =
        p.year_in_title.find(title).or_else(|| p.bare_year_in_title.captures(title).and_then(|c| c.get(1)))
    else {
        return agency_in_title_without_year(title);
    };
    // 某区某镇政府信息公开工作年度报告（2019年）: the year last, the agency before the phrase.
    let phrase = DISCLOSURE_PHRASES.iter().filter_map(|w| title[..year.start()].find(w)).min();
    // (关于 as a word: the 关 of 机关 is the name's, 某市某局机关2023年….)
    let prefix = title[..phrase.unwrap_or(year.start())].trim();
    let prefix = prefix.strip_suffix("关于").unwrap_or(prefix);
    // A notice's words after 关于 (某市人民政府办公室关于做好2009年度…报告有关事项的通知) are its
    // subject: no name goes on past 关于.
    let prefix = prefix.find("关于").map_or(prefix, |at| prefix[..at].trim_end());
    // The name in brackets or quotes (【某县】2019年…, “某县2019年…报告”): the marks are no part of it.
    // A label in brackets that names no body (【文字】2024年某局…, the text beside a 图解版) is no
    // name: the agency follows the year.
    let bracketed = prefix.strip_prefix('【').and_then(|p| p.strip_suffix('】'));
    let prefix = match bracketed {
        Some(label) if !is_agency_line(label) => "",
        _ => prefix.trim_matches(['【', '】', '“', '”', '「', '」', '『', '』', '"', '[', ']']).trim(),
    };
    // 2025某县某乡2025年度…: a year printed before the agency as well is no part of its name.
    let prefix = without_leading_year(prefix);
    let prefix = without_a_short_name_note(prefix);
    if prefix.chars().count() >= 2 {
        return Some(prefix.to_string());
    }
    if !prefix.is_empty() {
        return None;
    }
    let rest = title[year.end()..].trim_start_matches(['年', '度']).trim_start();
    let agency = agency_before_the_phrase(rest)?;
    (agency.chars().count() >= 2).then_some(agency)
}

/// The text before a title's disclosure phrase (政府信息公开, 信息公开 …) as an agency's name: in
/// 2009年某源乡人民政府信息公开年报 the phrase's 政府 is also the agency's.
fn agency_before_the_phrase(text: &str) -> Option<String> {
    let end = DISCLOSURE_PHRASES.iter().filter_map(|w| text.find(w)).min()?;
    let agency = text[..end].trim();
    Some(if agency.ends_with("人民") { format!("{agency}政府") } else { agency.to_string() })
}

/// The agency of a title that prints no year (某某街道办事处政府信息公开工作年度报告): the text before
/// the phrase, where it ends in a kind of agency or a government (a menu's 部门政府信息公开年度报告
/// and 本市政府信息公开… name none).
fn agency_in_title_without_year(title: &str) -> Option<String> {
    let agency = agency_before_the_phrase(title.trim_start().trim_start_matches(['关', '于']))?;
    let a_kind = agency_level(&agency) != "unknown" || agency.ends_with("政府");
    let of_its_own = agency.chars().count() >= 2 && !agency.starts_with(['本', '我']);
    (a_kind && of_its_own).then_some(agency)
}

/// Do the words inside a bracket give a short form (以下简称县政府办公室, 简称《条例》)?
fn gives_a_short_form(words: &str) -> bool {
    words.starts_with("以下简称") || words.starts_with("简称")
}

/// A name without the note that closes it with its short form (阳山县人民政府办公室（以下简称
/// 县政府办公室）): the note names the same body again and is no part of the name.
fn without_a_short_name_note(name: &str) -> &str {
    let Some(open) = name.rfind(['（', '(']) else { return name };
    let note = &name[open..];
    let note_words = note.trim_start_matches(['（', '(']);
    let closed = note.ends_with(['）', ')']);
    if closed && gives_a_short_form(note_words) && open > 0 {
        name[..open].trim_end()
    } else {
        name
    }
}

/// `text` without a year it starts with (2025, 2025年, 2025年度), where a name follows.
fn without_leading_year(text: &str) -> &str {
    // A date before it (2020-01-15 某县…, a header row crawled onto the title's line): the whole
    // date is no part of the name.
    static DATE: OnceLock<Regex> = OnceLock::new();
    let date = DATE.get_or_init(|| {
        Regex::new(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*").unwrap()
    });
    if let Some(m) = date.find(text).filter(|m| m.end() < text.len()) {
        return without_leading_year(&text[m.end()..]);
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let is_year = digits == 4 && (text.starts_with("19") || text.starts_with("20"));
    if !is_year {
        return text;
    }
    let rest = text[4..].trim_start_matches(['年', '度']).trim_start();
    if rest.is_empty() {
        text
    } else {
        rest
    }
}

/// The level the agency gives itself where no name is printed: 我镇/本街道/我街 (township), 我局/本委/
/// 我厅/我室/我馆/本中心 (department), 我县 (county), 我省 (province), 我区, 我市. The most specific kind named
/// wins: a township's report speaks of 本区 (its district), a department's of 我市 (its city),
/// never the other way round. 我区 is a county's word and an autonomous region's too, 我市 a
/// prefecture's and a county-level city's: both come back as `district_or_region` and
/// `city_or_county` for the caller to settle with the gazetteer. 我办 and 本机关 are any
/// kind of body and say nothing.
pub fn self_reference_level(lines: &[String]) -> Option<&'static str> {
    let mut found: Vec<&'static str> = Vec::new();
    for line in lines {
        for c in patterns().self_reference.captures_iter(line) {
            let kind = &c[1];
            // 本区域, 本市场, 本县级: other words.
            let after = &line[c.get(0).map_or(0, |m| m.end())..];
            if after.starts_with('域') || after.starts_with('场') || after.starts_with('级') {
                continue;
            }
            // 我街 is a subdistrict's word for itself (我街办, 我街共…); 本街区 a neighbourhood.
            if kind == "街" && after.starts_with(['区', '头', '巷']) {
                continue;
            }
            found.push(match kind {
                // 我室 (a government's 研究室, 参事室), 我馆 (an archive), 本中心.
                "局" | "委" | "厅" | "室" | "馆" | "中心" => "department",
                "镇" | "乡" | "街道" | "街" => "township",
                "县" => "county",
                "区" => "district_or_region",
                "市" => "city_or_county",
                _ => "province",
            });
        }
        if (line.contains("街道") || line.contains("政府")) && patterns().bare_township.is_match(line) {
            found.push("township");
        }
    }
    const SPECIFIC_FIRST: [&str; 6] =
        ["department", "township", "county", "district_or_region", "city_or_county", "province"];
    SPECIFIC_FIRST.into_iter().find(|k| found.contains(k))
}

/// The level of government an agency name belongs to, from its own suffix (without gazetteer:
/// a bare 市 can be a prefecture or a county-level city, so it stays `unknown`).
///
/// A general office (某市人民政府办公室, 某省人民政府办公厅) is a body of its government beside
/// the departments, and reports on its own work as they do: `department` (its kind,
/// `general_office`, is recorded apart). Its report is not the government's, and counting it at
/// the government's level would set an office's dozen requests beside a city's thousands. A
/// township's office (某镇党政办公室) publishes no report of its own: it compiles the
/// township's, whose level it has.
/// A bureau's name without 机关, its organs (某市市场监督管理局机关 reports as the bureau).
pub fn without_organs(name: &str) -> &str {
    match name.strip_suffix("机关") {
        Some(body) if body.ends_with(['局', '委', '厅', '办']) => body,
        _ => name,
    }
}

pub fn agency_level(agency: &str) -> &'static str {
    let agency = without_organs(without_second_name(agency));
    // 某省人民政府驻北京办事处: a government's liaison office, not a subdistrict's 办事处.
    if nianbao_model::names::is_liaison_office(agency) {
        return "department";
    }
    const GOVERNMENTS: [&str; 6] = ["人民政府", "政府", "行政公署", "行署", "党政", "管委会"];
    // 办 alone is 办公室 shortened (信访办, 法制办, 某镇党政办).
    let office = ["办公室", "办公厅", "办"].iter().find_map(|o| agency.strip_suffix(o));
    let core = match office {
        Some(before) if GOVERNMENTS.iter().any(|g| before.ends_with(g)) => before,
        // 某某街道办: the subdistrict's office (办事处), which is the subdistrict.
        Some(before) if before.ends_with("街道") => return "township",
        // Any other 办公室 is a department's (外事办公室, 以工代赈办公室, 信访办).
        Some(_) => return "department",
        None => agency,
    };
    // 某镇人民政府党政(办公室): every government word off.
    let mut core = core;
    while let Some(shorter) = GOVERNMENTS.iter().find_map(|g| core.strip_suffix(g)) {
        core = shorter;
    }
    // 部: a ministry of the State Council (交通运输部), the department of the central level.
    // (The shared endings include the supply and marketing cooperatives a government runs as
    // its departments: 供销合作社, 联社, 供销社.)
    // 室, 馆, 站, 队: a government's offices beside its bureaus (政府研究室, 参事室), its archive
    // (档案馆), the stations and brigades a bureau runs (水文站, 执法大队) — each reports on its
    // own work, as a bureau does. Not with a government of its own: the tables list service
    // stations at the township level (某某社区公共服务站人民政府).
    let without_government = core == agency;
    let body_of_a_government = without_government && ["室", "馆", "站", "队"].iter().any(|s| core.ends_with(s));
    let township = core.ends_with('镇') || core.ends_with('乡') || core.ends_with("街道") || core.ends_with("办事处");
    if office.is_none() && (nianbao_model::names::ends_like_a_department(core, &["部"]) || body_of_a_government) {
        "department"
    } else if township {
        "township"
    } else if office.is_some() {
        "department"
    } else if core.ends_with('省') || core.ends_with("自治区") {
        "province"
    } else if core.ends_with('盟') || core.ends_with("自治州") {
        // A prefecture's other names (某某盟, 某某自治州).
        "city"
    } else if core.ends_with("地区") {
        // A prefecture's (某某地区行政公署) or a township's (Beijing's 某某地区办事处): the
        // gazetteer tells, not the suffix — and never a county's 区.
        "unknown"
    } else if is_zone(core) {
        // A zone's level is its own (county-level 高新区, township-level 开发区): the tables say.
        "unknown"
    } else if core.ends_with('区') && below_a_county(core) {
        // 某某县城区: a county has no districts; a 区 named under one is a unit below it.
        "township"
    } else if core.ends_with('县') || core.ends_with('区') || core.ends_with('旗') {
        "county"
    } else {
        "unknown"
    }
}

/// A body's name without the second name a merged body prints after it in brackets
/// (某市民族事务委员会（宗教事务局）, 某县商务局(粮食局)): both names are of one department, and the
/// first tells its kind. A bracket naming anything else (a place, a short name) stays.
pub fn without_second_name(name: &str) -> &str {
    let trimmed = name.trim_end();
    let Some(open) = trimmed.rfind(['（', '(']) else { return name };
    let inside = trimmed[open..].trim_start_matches(['（', '(']);
    let Some(inside) = inside.strip_suffix(['）', ')']) else { return name };
    let second_is_a_body = ["局", "委员会", "委", "厅", "办公室", "办"].iter().any(|s| inside.ends_with(s));
    if open > 0 && second_is_a_body && !gives_a_short_form(inside) {
        trimmed[..open].trim_end()
    } else {
        name
    }
}

/// Does the name go on past a 县 to a unit of its own (某某县城区)? A 县 lies under a prefecture
/// and has no districts, so what follows it is below the county level.
fn below_a_county(core: &str) -> bool {
    core.rfind('县').is_some_and(|at| core[at + '县'.len_utf8()..].chars().count() >= 2)
}

/// A development zone's name (某某经济开发区, 某某工业园区, 某某旅游度假区), its government's words off:
/// a zone's level is its own (county-level 高新区, township-level 开发区), and it calls itself
/// 我区 as a district does.
pub fn is_zone(agency: &str) -> bool {
    let core = ["人民政府", "管理委员会", "管委会", "政府"].iter().fold(agency, |a, g| a.strip_suffix(g).unwrap_or(a));
    // 管理区: a farm's or an overseas Chinese settlement's area, at township level or a county's
    // (the NBS tables list both).
    ["开发区", "园区", "新区", "度假区", "工业区", "试验区", "示范区", "矿区", "管理区"]
        .iter()
        .any(|z| core.ends_with(z))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn agency_on_its_own_line_joins_the_title() {
        let l = lines("泗门镇人民政府\n\n2017年政府信息公开工作年度报告\n\n本年报根据…");
        assert_eq!(title(&l).as_deref(), Some("泗门镇人民政府2017年政府信息公开工作年度报告"));
        assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("泗门镇人民政府"));
        // A centre, an archive; not a site's section of disclosure.
        let centre = lines("某某市公积金管理中心\n2024年政府信息公开工作年度报告\n本年度报告根据…");
        assert_eq!(title(&centre).as_deref(), Some("某某市公积金管理中心2024年政府信息公开工作年度报告"));
        let archive = lines("某区档案馆\n2022年政府信息公开工作年度报告\n本报告…");
        assert_eq!(agency(title(&archive).as_deref(), &archive).as_deref(), Some("某区档案馆"));
        let section = lines("政府信息公开中心\n2022年政府信息公开工作年度报告\n本报告…");
        assert_eq!(title(&section).as_deref(), Some("2022年政府信息公开工作年度报告"));
    }

    #[test]
    fn a_title_repeated_below_the_header_with_its_agency_above() {
        let l = lines("关于2021年度政府信息公开工作的年度报告\n发布时间:2022-01-25 来源:党政办\n某边县某九镇人民政府\n关于2021年度政府信息公开工作的年度报告\n一、总体情况");
        assert_eq!(title(&l).as_deref(), Some("某边县某九镇人民政府关于2021年度政府信息公开工作的年度报告"));
        assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("某边县某九镇人民政府"));
        // The header row's copy with its date and counters around it.
        let dated = lines("2022-01-10 关于2021年度政府信息公开工作的年度报告 阅读次数：739\n发布时间:2022-01-25\n某边县交通运输局\n关于2021年度政府信息公开工作的年度报告\n一、总体情况");
        assert_eq!(agency(title(&dated).as_deref(), &dated).as_deref(), Some("某边县交通运输局"));
    }

    #[test]
    fn a_title_broken_after_its_year_or_named_by_a_metadata_field() {
        let broken =
            lines("某州市人民政府2016年\n政府信息公开工作年度报告\n某州市人民政府办公室\n2017年3月\n本报告是根据…");
        assert_eq!(title(&broken).as_deref(), Some("某州市人民政府2016年政府信息公开工作年度报告"));
        assert_eq!(agency(title(&broken).as_deref(), &broken).as_deref(), Some("某州市人民政府"));
        let banner = lines("政务要闻 | 某埔县某陂镇政府2021年\n政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(title(&banner).as_deref(), Some("某埔县某陂镇政府2021年政府信息公开工作年度报告"));
        let later = lines("某某新区某张街道办事处2023年度政府\n信息公开工作年度报告\n根据…的要求，编制本报告。");
        assert_eq!(title(&later).as_deref(), Some("某某新区某张街道办事处2023年度政府信息公开工作年度报告"));
        assert_eq!(agency(title(&later).as_deref(), &later).as_deref(), Some("某某新区某张街道办事处"));
        // No title and no signature: the township body named for questions about the report.
        let contact = lines("本报告依据条例编制。如对本报告有疑问，请与某水县某凰镇人民政府党政办公室联系（邮编：711400）。\n一、总体情况");
        assert_eq!(agency(None, &contact).as_deref(), Some("某水县某凰镇人民政府"));
        let general = lines("本报告依据条例编制。如对本报告有疑问，请与某风路街道党政综合办公室联系（电话：0714-8766001）。\n一、总体情况");
        assert_eq!(agency(None, &general).as_deref(), Some("某风路街道"), "its general office by another name");
        let department = lines("本报告依据条例编制。如对本年度报告有疑问，请与某某旗自然资源局办公室联系（电话：0479-2022416）。\n一、总体情况");
        assert_eq!(agency(None, &department).as_deref(), Some("某某旗自然资源局"), "a department's own office");
        let archive = lines("如对本报告有疑问，请与某某县档案馆办公室联系（联系电话：0480-1234567）。\n一、总体情况");
        assert_eq!(agency(None, &archive).as_deref(), Some("某某县档案馆"), "an archive's own office");
        let centre = lines("如对本报告有任何疑问，请与某定县政府信息中心联系（地址：某定县中山路1号）。\n一、概述");
        assert_eq!(agency(None, &centre).as_deref(), Some("某定县政府"), "the government's information centre");
        let street = lines("如有疑问，请与某官区某郊办事处联系。\n一、总体情况");
        assert_eq!(agency(None, &street).as_deref(), Some("某官区某郊办事处"));
        // A government's office may answer for the government or report for itself: not told.
        let named_for_this = lines("一、总体情况\n2021年，本溪市人民政府研究室认真贯彻落实《条例》。");
        assert_eq!(agency(None, &named_for_this).as_deref(), Some("本溪市人民政府研究室"), "本 of a place's name");
        assert!(collective("本单位") && collective("全县") && collective("各有关单位") && collective("我县人民政府"));
        assert!(collective("本报告现向社会公开某乡"), "the report, not a place");
        assert!(!collective("全椒县人民政府") && !collective("本溪市民政局"));
        let office = lines("如对本报告有疑问，请与某某市人民政府办公室联系。\n一、总体情况");
        assert_eq!(agency(None, &office), None);
        // …unless the page speaks as that office (我办, 本办): then it reports for itself.
        let itself = lines(
            "本报告结合我办政府信息公开统计数据编写。如对本报告有疑问，请与某某区人民政府办公室联系。\n一、总体情况",
        );
        assert_eq!(agency(None, &itself).as_deref(), Some("某某区人民政府办公室"));
        for not_an_office in ["本办法", "我办事处", "我办理"] {
            let l = lines(&format!("依照{not_an_office}的规定。如对本报告有疑问，请与某某区人民政府办公室联系。"));
            assert_eq!(agency(None, &l), None, "{not_an_office}");
        }
        // A copy of a bare title run into a crawled header line after the agency's name.
        let header = lines("关于2021年度政府信息公开工作的年度报告\nwww.example.gov.cn 发布时间:2022-01-25 来源:党政办 阅读次数:某边县新某镇人民政府关于2021年度政府信息公开工作的年度报告一、总体情况新某镇认真贯彻条例。");
        assert_eq!(title(&header).as_deref(), Some("某边县新某镇人民政府关于2021年度政府信息公开工作的年度报告"));
        assert_eq!(agency(title(&header).as_deref(), &header).as_deref(), Some("某边县新某镇人民政府"));
        let sentence = lines("关于2021年度政府信息公开工作的年度报告\n根据条例，编制某县人民政府关于2021年度政府信息公开工作的年度报告。");
        assert_eq!(
            title(&sentence).as_deref(),
            Some("关于2021年度政府信息公开工作的年度报告"),
            "a verb leads the name"
        );
        // The year printed before the agency as well.
        let both = lines("2025某县某垅乡2025年度政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(agency(title(&both).as_deref(), &both).as_deref(), Some("某县某垅乡"));
        for field in [
            "名称 某阳市2017年政府信息公开年度报告",
            "名称 | 某阳市2017年政府信息公开年度报告",
            "标题：某阳市2017年政府信息公开年度报告",
            "  • 标    题:某阳市2017年政府信息公开年度报告",
            "• 标       题: 某阳市2017年政府信息公开年度报告",
        ] {
            let l = lines(&format!("您当前所在位置:首页 > 信息公开年报\n{field}\n索引号 00000002/2018-00117"));
            assert_eq!(title(&l).as_deref(), Some("某阳市2017年政府信息公开年度报告"), "{field}");
            assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("某阳市"), "{field}");
        }
    }

    #[test]
    fn year_reported_on_not_year_published() {
        let l = lines(
            "关于政府信息公开工作的年度报告\n数据统计期限自2019年1月1日起至2019年12月31日止。\n王店镇\n2020年1月15日\n",
        );
        let p = published(&l);
        assert_eq!(p, Date::new(2020, 1, 15));
        assert_eq!(report_year(title(&l).as_deref(), &l, p), (Some(2019), "statistics_period"));
        let own_work = lines("一、总体情况\n本报告从六个方面汇报我镇2023年政府信息公开工作。");
        assert_eq!(report_year(None, &own_work, None), (Some(2023), "body_own_work"));
        let notice = lines("根据《关于做好2022年政府信息公开工作年度报告的通知》，编制本报告。");
        assert_eq!(report_year(None, &notice, None), (None, "unknown"), "another document's year");
        let period_end = lines("一、总体情况\n截止2023年12月31日我局通过官方网站发布政务类信息34条。");
        assert_eq!(report_year(None, &period_end, None), (Some(2023), "statistics_period"));
        let only_date = lines("政府信息公开工作报告\n正文\n2020年1月15日");
        assert_eq!(report_year(None, &only_date, published(&only_date)), (Some(2019), "published"));
        let on_one_line =
            lines("本报告依据条例编制。……某县财政局 2013年2月6日 附表：政府信息公开情况统计表 （2012年度） 指标名称");
        assert_eq!(report_year(None, &on_one_line, published(&on_one_line)), (Some(2012), "table_caption"));
    }

    #[test]
    fn signature_block_gives_the_agency() {
        let l = lines("2017年度政府信息公开工作年度报告\n正文。\n温州市瓯海区人民政府\n2018年1月12日   \n");
        assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("温州市瓯海区人民政府"));
    }

    #[test]
    fn levels_from_suffixes() {
        assert_eq!(agency_level("嘉兴市秀洲区王店镇人民政府办公室"), "township");
        assert_eq!(agency_level("温州市瓯海区人民政府"), "county");
        assert_eq!(agency_level("余姚市财政局"), "department");
        assert_eq!(agency_level("某市某某区信访办"), "department", "办 for 办公室");
        assert_eq!(agency_level("某县某某镇党政办"), "township");
        assert_eq!(agency_level("某区某某街道办"), "township", "the subdistrict's 办事处");
        assert_eq!(agency_level("宁波市人民政府"), "unknown");
        assert_eq!(agency_level("某某自治区人民政府"), "province");
        assert_eq!(agency_level("某某地区行政公署"), "unknown");
        assert_eq!(agency_level("某某华侨管理区人民政府"), "unknown", "a 管理区 is at township or county level");
        assert_eq!(agency_level("某某地区办事处"), "township");
        assert_eq!(agency_level("某某盟人民政府"), "city");
        assert_eq!(agency_level("某某藏族自治州人民政府"), "city");
        assert_eq!(agency_level("某某地区财政局"), "department");
        // A county has no districts: the 区 named under a 县 is a unit below it.
        assert_eq!(agency_level("某某县城关区人民政府"), "township");
        assert_eq!(agency_level("某某县人民政府"), "county");
        assert_eq!(agency_level("某某市某某区人民政府"), "county");
        assert_eq!(agency_level("某某自治区人民政府办公厅"), "department", "a general office");
        assert_eq!(agency_level("某市人民政府办公室"), "department", "a general office");
        assert_eq!(agency_level("某盟行署外事办公室"), "department");
        assert_eq!(agency_level("某市人民政府扶贫开发办公室"), "department");
        assert_eq!(agency_level("某某镇党政办公室"), "township");
        assert_eq!(agency_level("某某高新技术产业开发区管委会"), "unknown");
        assert_eq!(agency_level("某某运输部"), "department", "a ministry");
        assert_eq!(agency_level("某市人民政府研究室"), "department", "a government's office beside its bureaus");
        assert_eq!(agency_level("某省人民政府参事室"), "department");
        assert_eq!(agency_level("某县档案馆"), "department");
        assert_eq!(agency_level("某市城市管理综合执法大队"), "department");
        assert_eq!(agency_level("某某省人民政府驻北京办事处"), "department");
        assert_eq!(agency_level("某某市驻沪联络处"), "department");
        assert_eq!(agency_level("某某街道办事处"), "township");
        // 驻 inside a place's name is no liaison office.
        assert_eq!(agency_level("某南驻马店经济开发区某山街道办事处"), "township");
        assert_eq!(agency_level("某某县水文站"), "department");
        assert_eq!(agency_level("某某社区公共服务站人民政府"), "unknown", "a station with a government of its own");
    }

    #[test]
    fn agency_of_a_title_whose_year_leads_or_has_no_nian() {
        assert_eq!(agency_in_title("2009年某某乡人民政府信息公开年报").as_deref(), Some("某某乡人民政府"));
        assert_eq!(agency_in_title("某省某某厅2022政府信息公开工作年度报告").as_deref(), Some("某省某某厅"));
        assert_eq!(
            agency_in_title("2010某市某区某某路街道办事处政府信息公开工作年度报告").as_deref(),
            Some("某市某区某某路街道办事处")
        );
        assert_eq!(agency_in_title("2011年某某自治区政府信息公开年度报告").as_deref(), Some("某某自治区"));
        assert_eq!(agency_in_title("2011年政府信息公开年度报告"), None);
        assert_eq!(
            agency_in_title("某县人民政府办公室（以下简称县政府办公室）2016年政府信息公开工作年度报告").as_deref(),
            Some("某县人民政府办公室"),
            "the note of its short name is no part of the name"
        );
        assert_eq!(agency_in_title("某区某某镇政府信息公开工作年度报告 (2019年)").as_deref(), Some("某区某某镇"));
        assert_eq!(agency_in_title("某区某某镇政府资讯公开工作年度报告（2019年）").as_deref(), Some("某区某某镇"));
        assert_eq!(agency_in_title("某某路街道办事处政府信息公开工作年度报告").as_deref(), Some("某某路街道办事处"));
        assert_eq!(agency_in_title("某某县人民政府信息公开工作年度报告").as_deref(), Some("某某县人民政府"));
        assert_eq!(agency_in_title("某某市人民政府信息公开工作年度报告").as_deref(), Some("某某市人民政府"));
        assert_eq!(agency_in_title("部门政府信息公开工作年度报告"), None, "no kind of agency without a year");
        assert_eq!(agency_in_title("本县政府信息公开工作年度报告"), None, "the agency's word for itself");
        let crumbs = lines("当前位置: 首页 > 政府信息公开 > 2022年度政府信息公开年报 > 政府信息公开年报\n正文");
        assert_eq!(title(&crumbs), None, "a breadcrumb is not a title");
    }

    #[test]
    fn a_title_stated_in_the_opening_sentence() {
        let l = lines("根据《条例》规定，现公布《某市某区城市管理局2024年政府信息公开工作年度报告》，数据统计期限为…\n一、总体情况");
        let t = title(&l);
        assert_eq!(t.as_deref(), Some("某市某区城市管理局2024年政府信息公开工作年度报告"));
        assert_eq!(agency(t.as_deref(), &l).as_deref(), Some("某市某区城市管理局"));
        let unnamed = lines("根据《条例》规定，向社会公布2021年本级政府信息公开工作年度报告。\n一、总体情况");
        assert_eq!(title(&unnamed), None);
        let year_first =
            lines("根据《条例》的规定，现公布2012年某安镇政府信息公开工作年度报告。本报告内容涵盖…\n一、概述");
        assert_eq!(title(&year_first).as_deref(), Some("2012年某安镇政府信息公开工作年度报告"));
        assert_eq!(agency(title(&year_first).as_deref(), &year_first).as_deref(), Some("某安镇"));
        // Two verbs announce it (现编制并公布…): the title starts after the second.
        let two_verbs =
            lines("根据《条例》的规定，现编制并公布2016年某某市住房公积金管理中心政府信息公开工作年度报告。");
        assert_eq!(title(&two_verbs).as_deref(), Some("2016年某某市住房公积金管理中心政府信息公开工作年度报告"));
        assert_eq!(agency(title(&two_verbs).as_deref(), &two_verbs).as_deref(), Some("某某市住房公积金管理中心"));
        let announced = lines("按照《条例》的要求，现向社会公开《某市人民政府办公室2022年政府信息公开工作年度报告》。一、总体情况（一）主动公开。");
        assert_eq!(
            agency(title(&announced).as_deref(), &announced).as_deref(),
            Some("某市人民政府办公室"),
            "公开《…》"
        );
        let annual = lines("某某旗2024年度政府信息公开年报本年度报告根据《条例》要求制作。");
        assert_eq!(title(&annual).as_deref(), Some("某某旗2024年度政府信息公开年报"), "a 年报 run into its body");
        let lost = lines("某某旗2024年度政府信息公开年报?? ?本年度报告根据《条例》要求制作。");
        assert_eq!(title(&lost).as_deref(), Some("某某旗2024年度政府信息公开年报"), "lost characters between");
        let spaced = lines("某某旗2024年度 政府信息公开年报? ? ?本年度报告根据《条例》要求制作。 一、总体情况");
        assert_eq!(title(&spaced).as_deref(), Some("某某旗2024年度政府信息公开年报"), "broken after its year, spaced");
        let taiwan = lines("根据《条例》规定，现释出《某县某湾乡2021年政府资讯公开工作年度报告》。\n一、总体情况");
        assert_eq!(agency(title(&taiwan).as_deref(), &taiwan).as_deref(), Some("某县某湾乡"), "释出 for 发布");
        let without_government =
            lines("根据《条例》，特向社会公布2021年度某市民政局信息公开年度报告。全文由总体情况…组成。\n一、总体情况");
        assert_eq!(
            agency(title(&without_government).as_deref(), &without_government).as_deref(),
            Some("某市民政局"),
            "信息公开 without 政府"
        );
        // 公开 as the end of the noun 信息公开, a title a mirror injected after it: no title.
        let noun =
            lines("一、概述\n（一）加强领导。确保政府信息公开工作持续良好开展2016年政府信息公开年度报告。坚持考核。");
        assert_eq!(title(&noun), None, "信息公开 is no verb");
        let on_request =
            lines("一、概述\n规范依申请公开的受理、答复程序2016年政府信息公开年度报告。截止目前，未收到申请。");
        assert_eq!(title(&on_request), None, "依申请公开 is no verb");
        let compiled = lines(
            "根据《条例》规定，某某区政务公开工作领导小组办公室编制了某某区人民政府2021年度政府信息公开工作年度报告。\n一、总体情况",
        );
        assert_eq!(
            agency(title(&compiled).as_deref(), &compiled).as_deref(),
            Some("某某区人民政府"),
            "the verb after a noun's 公开"
        );
        let organs = lines("某庆市市场监督管理局机关2023年政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(
            agency(title(&organs).as_deref(), &organs).as_deref(),
            Some("某庆市市场监督管理局机关"),
            "the 关 of 机关 is the name's"
        );
        assert_eq!(agency_level("某庆市市场监督管理局机关"), "department", "a bureau's organs");
        let notice = lines(
            "某田市人民政府办公室关于做好2009年度政府信息公开工作年度报告有关事项的通知\n（一）受理依申请公开的数量",
        );
        assert_eq!(
            agency(title(&notice).as_deref(), &notice).as_deref(),
            Some("某田市人民政府办公室"),
            "a notice's subject"
        );
        let written =
            lines("根据《条例》和有关要求，编写某某县2017年度政府信息公开工作年度报告。全文由概述…组成。\n一、概述");
        assert_eq!(agency(title(&written).as_deref(), &written).as_deref(), Some("某某县"), "编写 for 编制");
        let a_document = lines("2020年，我局公开了政府采购等信息及2019年度信息公开工作报告。\n一、总体情况");
        assert_eq!(title(&a_document), None, "a document the work published");
        let mirror = lines("根据《条例》要求，现公布example.com2012年政府信息公开工作年度报告。\n一、概述");
        assert_eq!(agency(title(&mirror).as_deref(), &mirror), None, "a domain is no agency");
        // A domain printed before the name: the name after it.
        let before = lines("mirror-site.net某某镇\n2008年政府信息公开工作年度报告\n一、概述");
        assert_eq!(agency(title(&before).as_deref(), &before).as_deref(), Some("某某镇"));
        // A document-sharing site's chunk and page numbers before the name.
        let chunked =
            lines("1、1某某区粮食局2016年度政府信息公开工作报告根据条例，特向社会公布本局机关年度报告。\n2、一、概述");
        assert_eq!(agency(title(&chunked).as_deref(), &chunked).as_deref(), Some("某某区粮食局"));
        // A fields table's label run into the title.
        let label = lines("发布机构发文日期 2023-01-12\n标题某城区某梅乡2022年政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(agency(title(&label).as_deref(), &label).as_deref(), Some("某城区某梅乡"), "标题 run in");
        // A page's table of the document's fields: the title's cell after its bar.
        let fields = lines("标 题: | 某某县卫生局2009年政府信息公开工作年度报告 | ||\n发布日期: | 2010-01-28 | 效力状态: | |\n一、基本情况");
        assert_eq!(agency(title(&fields).as_deref(), &fields).as_deref(), Some("某某县卫生局"));
        let subject = lines("某某省2013年政府信息公开工作年度报告是根据《条例》要求编制的。\n一、概述");
        assert_eq!(title(&subject).as_deref(), Some("某某省2013年政府信息公开工作年度报告"));
        let noted = lines("某某县2009年政府信息公开工作年度报告（以下简称年报）根据《条例》进行编制。\n一、概述");
        assert_eq!(title(&noted).as_deref(), Some("某某县2009年政府信息公开工作年度报告"), "its short form noted");
        let another_document =
            lines("根据《某市人民政府办公厅关于编制公布2023年政府信息公开工作年度报告有关事项的通知》要求，某县人民政府办公室编制了本报告。");
        assert_eq!(title(&another_document), None, "a title inside another document's name");
        assert_eq!(agency(None, &another_document).as_deref(), Some("某县人民政府"), "its office compiled it");
    }

    #[test]
    fn a_sentence_naming_the_report_by_the_agencys_word_for_itself_gives_no_title() {
        // 我局/我办 name no one: neither the sentence nor the report it announces is a title.
        for opening in [
            "根据《条例》要求，现将我局2021年度政府信息公开情况报告如下。\n一、总体情况",
            "根据《条例》和有关要求,现将我办2021年度政府信息公开情况报告如下:\n一、总体情况",
        ] {
            let l = lines(opening);
            assert_eq!(title(&l), None, "{opening}");
            assert_eq!(agency(None, &l), None, "{opening}");
        }
        // A title line with its own half-width comma is a sentence too.
        assert!(!is_report_title("现将本站2021年度政府信息公开工作年度报告,公布如下"));
        assert!(is_report_title("某县2021年度政府信息公开工作年度报告"));
    }

    #[test]
    fn a_notice_publishing_the_report_an_attachment_and_a_date_before_the_title() {
        // A notice's title names the report it publishes.
        let notice =
            lines("关于公布《某某县人民政府2019年政府信息公开工作年度报告》的通知\n各乡镇人民政府：\n一、总体情况");
        let t = title(&notice);
        assert_eq!(t.as_deref(), Some("某某县人民政府2019年政府信息公开工作年度报告"));
        assert_eq!(agency(t.as_deref(), &notice).as_deref(), Some("某某县人民政府"));
        // An attachment's file is another year's report or this one's: the printed title wins.
        let attached =
            lines("附件：某某县2018年政府信息公开工作年度报告.doc\n某某县2019年政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(title(&attached).as_deref(), Some("某某县2019年政府信息公开工作年度报告"));
        // Where the page prints no other, the file names the report.
        let only = lines("附件：某某县2019年政府信息公开工作年度报告.docx\n一、总体情况\n2019年，我县…");
        assert_eq!(title(&only).as_deref(), Some("某某县2019年政府信息公开工作年度报告"));
        // A header row's date before the title is no part of the agency's name.
        let dated = lines("2020-01-15 某某县2019年政府信息公开工作年度报告 阅读次数：123\n一、总体情况");
        assert_eq!(agency(title(&dated).as_deref(), &dated).as_deref(), Some("某某县"));
        // (And a year printed before the agency after the date.)
        let both = lines("2020-01-15 2019某某县2019年政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(agency(title(&both).as_deref(), &both).as_deref(), Some("某某县"));
    }

    #[test]
    fn a_title_behind_a_label_inside_a_row_of_fields_or_in_brackets() {
        let labelled = lines("政府信息公开年报：某某县2019年政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(title(&labelled).as_deref(), Some("某某县2019年政府信息公开工作年度报告"));
        let fields = lines("索引号：123456/2020-00012 发布机构：某某县人民政府办公室 名称：某某县2019年政府信息公开工作年度报告 文号：无\n一、总体情况");
        assert_eq!(title(&fields).as_deref(), Some("某某县2019年政府信息公开工作年度报告"));
        let in_a_cell =
            lines("政务要闻 | 索引号：2020-00012 名称：某某县2019年政府信息公开工作年度报告 文号：无\n一、总体情况");
        assert_eq!(title(&in_a_cell).as_deref(), Some("某某县2019年政府信息公开工作年度报告"));
        let keyed = lines("索 引 号：/2021-172732 生成日期：2021-01-06
文 号： 关键字：某某区统计局2020年政府信息公开工作年度报告
所属机构：某某区 发布机构：某某区人民政府某某区统计局2020年政府信息公开工作年度报告信息来源：区统计局本报告依据条例编制。");
        assert_eq!(title(&keyed).as_deref(), Some("某某区统计局2020年政府信息公开工作年度报告"), "keyed by its title");
        for bracketed in ["【某某县】2019年政府信息公开工作年度报告", "“某某县2019年政府信息公开工作年度报告”"]
        {
            let l = lines(bracketed);
            assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("某某县"), "{bracketed}");
        }
        // A label in brackets before the year names no body: the agency follows the year.
        let label = lines("【文字】2024年某水市林业局政府信息公开工作年度报告");
        assert_eq!(agency(title(&label).as_deref(), &label).as_deref(), Some("某水市林业局"));
    }

    #[test]
    fn a_signature_dated_in_chinese_numerals() {
        let page =
            lines("一、总体情况\n本年度，我县全年主动公开政府信息1234条。\n某某县人民政府\n二〇二〇年一月十五日");
        assert_eq!(published(&page), Date::new(2020, 1, 15));
        assert_eq!(agency(None, &page).as_deref(), Some("某某县人民政府"));
        assert_eq!(report_year(None, &page, published(&page)).0, Some(2019));
        let zero = lines("某某县人民政府\n二○二一年十二月三十一日");
        assert_eq!(published(&zero), Date::new(2021, 12, 31));
        // Not a date: a year alone, or a count in words.
        assert_eq!(published(&lines("二〇二〇年\n一年来成效明显")), None);
    }

    #[test]
    fn a_title_over_three_lines_or_spaced_out() {
        let three = lines("某某县人民政府\n2019年度\n政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(title(&three).as_deref(), Some("某某县人民政府2019年度政府信息公开工作年度报告"));
        // (A league or a banner by its name alone above the year.)
        let league = lines("某安盟\n2024年\n政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(title(&league).as_deref(), Some("某安盟2024年政府信息公开工作年度报告"));
        let about = lines("某某县人民政府\n关于2019年度政府信息公开工作的\n年度报告\n一、总体情况");
        assert_eq!(title(&about).as_deref(), Some("某某县人民政府关于2019年度政府信息公开工作的年度报告"));
        let spaced = lines("某 某 县 人 民 政 府 2019 年 政 府 信 息 公 开 工 作 年 度 报 告\n一、总体情况\n2010年3月20日，网站发布了2018年某某县政府信息公开年度报告。");
        assert_eq!(title(&spaced).as_deref(), Some("某某县人民政府2019年政府信息公开工作年度报告"));
        // A heading spaced out is no title, nor a row of figures.
        assert_eq!(title(&lines("一 、 总 体 情 况\n规 章 0 0 0")), None);
    }

    #[test]
    fn a_sites_link_to_another_report_is_no_title() {
        let page = lines(
            "一、总体情况\n2019年，我县全年主动公开政府信息1234条。\n上一篇：某某县2018年政府信息公开工作年度报告\n下一篇：某某县2020年政府信息公开工作年度报告",
        );
        assert_eq!(title(&page), None);
        assert_eq!(report_year(None, &page, None).0, Some(2019));
        for link in
            ["相关链接：某某县2018年政府信息公开工作年度报告", "【相关文章】某某县2018年政府信息公开工作年度报告"]
        {
            assert!(!is_report_title(link), "{link}");
        }
        // A title that merely holds such a word is one.
        assert!(is_report_title("某某县相关信息公开2018年度工作报告"));
        // A page with neither title nor period: the body's years tell, not a link's.
        let untitled = lines("相关链接：某某局2018年政府信息公开工作年度报告\n一、总体情况\n本局2019年主动公开政府信息15条，2019年未收到申请。\n上一篇：某某局2018年政府信息公开工作年度报告");
        assert_eq!(report_year(None, &untitled, None).0, Some(2019));
        let in_cells =
            lines("相关链接：政务要闻 | 某某县2018年政府信息公开工作年度报告\n某某县2019年政府信息公开工作年度报告");
        assert_eq!(title(&in_cells).as_deref(), Some("某某县2019年政府信息公开工作年度报告"));
        let sentence = lines(
            "相关链接：根据《条例》要求，现公布某某县人民政府2018年政府信息公开工作年度报告。\n根据《条例》要求，现公布某某县人民政府2019年政府信息公开工作年度报告。",
        );
        assert_eq!(report_year(title(&sentence).as_deref(), &sentence, None).0, Some(2019));
    }

    #[test]
    fn the_body_that_compiled_the_report() {
        let l = lines("本年度报告是根据《条例》要求，由某市某区某某路街道办事处编制。全文包括概述…");
        assert_eq!(agency(None, &l).as_deref(), Some("某市某区某某路街道办事处"));
        let by_the_rules = lines("本报告由某楼乡人民政府按照《条例》和《年度报告格式》要求编制。");
        assert_eq!(agency(None, &by_the_rules).as_deref(), Some("某楼乡人民政府"));
        let group = lines("本报告由某市某区政务公开领导小组办公室负责编制。");
        assert_eq!(agency(None, &group), None, "a leading group's office works for a government it does not name");
        let named = lines(
            "本报告由某某市人民政府信息公开工作领导小组办公室根据《条例》以及省政府办公厅《关于做好年度报告工作的通知》要求，汇总全市各县（市、区）和市直各部门情况编制而成。",
        );
        assert_eq!(agency(None, &named).as_deref(), Some("某某市人民政府"), "the government its name begins with");
        // Named for questions, a group of a government's office is the office's.
        let asked = lines("本报告由概述等部分组成。如对本报告有任何疑问，请与某某市政府办公室政府信息公开领导小组办公室联系（电话：0532-1234567）。\n一、概述");
        assert_eq!(agency(None, &asked).as_deref(), Some("某某市政府办公室"), "the office its name begins with");
        // A group's office for other business is a standing body reporting on its own work.
        let standing = lines(
            "如对本年报有疑问，请与某元市人民政府重点建设项目领导小组办公室综合科联系（电话：3260025）。\n一、概述",
        );
        assert_eq!(agency(None, &standing).as_deref(), Some("某元市人民政府重点建设项目领导小组办公室"));
        assert_eq!(agency_level("某元市人民政府重点建设项目领导小组办公室"), "department");
        let compiled = lines("本报告由某某县扶贫开发领导小组办公室编制。\n一、概述");
        assert_eq!(agency(None, &compiled).as_deref(), Some("某某县扶贫开发领导小组办公室"));
        let nameless = lines("如对本报告有任何疑问，请与某县政务公开领导小组办公室联系。\n一、概述");
        assert_eq!(agency(None, &nameless), None, "a group that names no owner");
        // Compiled from a government's departments' reports: the government's summary report.
        let summary =
            lines("本报告根据《条例》以及2018年度某某市政府各部门和各区、市政府的信息公开工作年度报告编制。\n一、概述");
        assert_eq!(agency(None, &summary).as_deref(), Some("某某市政府"));
        let led_by_a_verb = lines("本报告根据某某县人民政府各部门报送的年度报告汇总编制。");
        assert_eq!(agency(None, &led_by_a_verb).as_deref(), Some("某某县人民政府"));
        let its_units = lines("本报告在2015年度某城区人民政府各街道办事处、各委办局的年度报告的基础上编制。");
        assert_eq!(agency(None, &its_units).as_deref(), Some("某城区人民政府"));
        let territory = lines("本报告在全省各市政府各部门年度报告基础上编制。");
        assert_eq!(agency(None, &territory), None, "a territory's governments name no one");
        let two_bodies = lines("本报告在某省2016年各市（含某州市）人民政府和省政府各部门的年度报告的基础上编制。");
        assert_eq!(agency(None, &two_bodies), None, "a run of two bodies names no one");
        // The grounds between the body and its 编制 (某市人民政府根据全市…情况，编制本报告).
        let grounds = lines("根据《条例》要求，某某市人民政府根据全市2022年度政府信息公开工作开展情况，编制本报告。");
        assert_eq!(agency(None, &grounds).as_deref(), Some("某某市人民政府"));
        // A ministry compiles its own level's report: the report's name after 编制了 is no title
        // (its agency is the ministry's 本级行政机关), the ministry before it is the agency.
        let ministry = lines("按照《条例》，某某运输部编制了本级行政机关2019年政府信息公开工作年度报告。如对本报告有疑问，请与某某运输部政府信息公开办公室联系。");
        assert_eq!(title(&ministry), None);
        assert_eq!(agency(None, &ministry).as_deref(), Some("某某运输部"));
        // A government's general office compiles its government's report, unless the page
        // speaks as the office.
        let for_the_government =
            lines("本报告是根据《条例》要求，由某山县人民政府办公室编制。\n一、概述\n2015年，我县不断加大工作力度。");
        assert_eq!(agency(None, &for_the_government).as_deref(), Some("某山县人民政府"));
        let its_own = lines("本报告由某山县人民政府办公室编制。\n一、概述\n2015年，我办不断加大工作力度。");
        assert_eq!(agency(None, &its_own).as_deref(), Some("某山县人民政府办公室"));
        // A body with two plates, its second name in brackets; an office by its short form (人防办).
        // The government's office compiled it combining its units' reports: the government's.
        let combined =
            lines("本年度报告由某中区人民政府办公室综合区政府各镇办、各部门的工作情况编制而成。\n一、总体情况");
        assert_eq!(agency(None, &combined).as_deref(), Some("某中区人民政府"));
        let other_office =
            lines("本报告由某某市人民政府政务公开办公室综合各区县和市政府各部门的工作情况编制而成。\n一、概述");
        assert_eq!(
            agency(None, &other_office).as_deref(),
            Some("某某市人民政府"),
            "the government's office of disclosure"
        );
        let no_government = lines("本报告由某县政务公开办公室综合各乡镇和县直各部门的工作情况编制而成。\n一、概述");
        assert_eq!(agency(None, &no_government), None, "an office that names no government");
        let two_plates =
            lines("本年报由某江区行政审批服务管理办公室(公共资源交易管理委员会办公室)编制的2017年度报告。");
        assert_eq!(agency(None, &two_plates).as_deref(), Some("某江区行政审批服务管理办公室"));
        let township = lines("本报告由某塘铺镇人民政府党政办结合有关统计数据编制。\n一、总体情况\n2023年，我镇…");
        assert_eq!(
            agency(None, &township).as_deref(),
            Some("某塘铺镇人民政府"),
            "a township's office compiles its report"
        );
        // A bureau's internal unit compiles the bureau's report.
        let unit = lines("本报告由某州区市场监督管理局信息中心结合有关统计数据编制而成。\n总体情况");
        assert_eq!(agency(None, &unit).as_deref(), Some("某州区市场监督管理局"));
        let its_office = lines("本报告由某某市某某局办公室编制。\n一、概述");
        assert_eq!(agency(None, &its_office).as_deref(), Some("某某市某某局"));
        let a_body = lines("本报告由某某县扶贫开发办公室编制。\n一、概述");
        assert_eq!(agency(None, &a_body).as_deref(), Some("某某县扶贫开发办公室"), "an office that is a body");
        let short = lines("本年度报告是根据《条例》要求，由某某省人防办编制，现予以公布。");
        assert_eq!(agency(None, &short).as_deref(), Some("某某省人防办"));
        assert_eq!(agency_level("某某省人防办"), "department");
    }

    #[test]
    fn a_metadata_row_naming_the_title_in_a_field_is_not_the_title() {
        let l = lines("索  引  号: /2021-172732 生成日期: 2021-01-06\n文       号: 关键字: 某银区统计局2020年政府信息公开工作年度报告\n某银区统计局2020年政府信息公开工作年度报告\n本报告根据…");
        assert_eq!(title(&l).as_deref(), Some("某银区统计局2020年政府信息公开工作年度报告"));
        assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("某银区统计局"));
    }

    #[test]
    fn a_page_opening_with_the_years_annual_report_and_its_grounds() {
        let l = lines("2009年年报根据《条例》编制，由概述、主动公开政府信息情况等四部分组成。\n一、概述\n某南省各级政府重视政府信息公开工作。");
        assert_eq!(report_year(None, &l, None), (Some(2009), "announced"));
        let inside = lines("一、概述\n我们参照2009年年报根据群众意见改进。");
        assert_ne!(report_year(None, &inside, None).1, "announced", "not a page's opening");
    }

    #[test]
    fn a_verb_inside_a_document_number_opens_no_title() {
        let l = lines("根据《条例》，严格按照《关于印发年度报告格式的通知》(国办公开办函〔2021〕30号)等相关文件要求编制2024年度政府信息公开报告。\n一、总体情况\n2024年，某别乡人民政府认真贯彻《条例》。");
        assert_eq!(title(&l), None);
        assert!(agency(None, &l).is_none_or(|a| !a.contains('〔')), "{:?}", agency(None, &l));
        // A field's name cut to its last character is still a field.
        let cut = lines("号: abc043/2026-00011 信息分类: 政务公开\n称: 某雄市某溪镇人民政府2025年政府信息公开工作年度报告\n号:\n某雄市某溪镇人民政府2025年政府信息公开工作年度报告\n本报告…");
        assert_eq!(title(&cut).as_deref(), Some("某雄市某溪镇人民政府2025年政府信息公开工作年度报告"));
    }

    #[test]
    fn a_title_broken_before_its_last_words() {
        let l = lines("某县文广新局2013年度信息公开工作\n年度报告\n一、主动公开政府信息的情况：");
        assert_eq!(title(&l).as_deref(), Some("某县文广新局2013年度信息公开工作年度报告"));
        assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("某县文广新局"));
        // A heading after a line of prose is no title's end.
        let prose = lines("2013年度我局认真做好信息公开工作\n总体情况\n一、概述");
        assert_eq!(title(&prose), None);
        let banner = lines("政务要闻 | 某县文广新局2013年度信息公开工作\n年度报告\n一、概述");
        assert_eq!(title(&banner).as_deref(), Some("某县文广新局2013年度信息公开工作年度报告"));
    }

    #[test]
    fn a_sentence_about_the_report_broken_at_a_figure_is_no_title() {
        for opening in [
            "本报告依据《中华人民共和国政府信息公开条例》（国务院令第\n711\n号）要求编制。",
            "根据《某省政府信息公开规定》编制本年度报告（第\n3\n号）\n内容包括总体情况。",
            "本年度报告中所列数据的统计期限自\n2020\n年1月1日起",
            "的通知》（国办公开办函〔2021〕30号）、《某省关于做好2023年政府信息公开工作年度报告编制工作的通知》（某政办〔",
        ] {
            assert_eq!(title(&lines(opening)), None, "{opening}");
        }
    }

    #[test]
    fn a_title_among_cells() {
        let banner = lines("每日一报 | 某某2015年政府信息公开工作年度报告\n某某省人民政府办公厅 2016-04-15");
        assert_eq!(title(&banner).as_deref(), Some("某某2015年政府信息公开工作年度报告"));
        let metadata = lines("主题分类 | 区政府组成部门信息公开年度报告 | 体裁分类 | 服务对象 |\n本报告依据…");
        assert_eq!(agency(title(&metadata).as_deref(), &metadata), None, "a category names no one");
    }

    #[test]
    fn the_subject_of_the_opening_sentence() {
        let l = lines("一、总体情况\n2020年，区发改局以新时代思想为指导，认真贯彻……");
        assert_eq!(agency(None, &l).as_deref(), Some("区发改局"));
        let town = lines("一、总体情况\n2024年，某某镇紧紧围绕……");
        assert_eq!(agency(None, &town).as_deref(), Some("某某镇"));
        let territory = lines("一、总体情况\n2024年，全县认真贯彻……\n2024年，我镇坚持……");
        assert_eq!(agency(None, &territory), None);
        let no_subject = lines("2019年，政务公开工作取得新进展。");
        assert_eq!(agency(None, &no_subject), None);
        let without_comma = lines("一、总体情况\n2021年某某街道深入贯彻《条例》……");
        assert_eq!(agency(None, &without_comma).as_deref(), Some("某某街道"));
        assert_eq!(without_opening_heading("一、总体情况2020年，区发改局以"), "2020年，区发改局以");
        assert_eq!(without_opening_heading("2020年，区发改局以"), "2020年，区发改局以");
        // A page on one line: the heading runs into the sentence.
        let one_line = lines("一、总体情况2020年，区发改局以新时代思想为指导，认真贯彻……二、主动公开政府信息情况");
        assert_eq!(agency(None, &one_line).as_deref(), Some("区发改局"));
        assert_eq!(report_year(None, &one_line, None), (Some(2020), "body_opening"));
        // Inside a line, after the sentence before it; but a year-led sentence inside a line
        // without the heading is not the opening.
        let inside = lines("本报告依据条例编制，如有疑问请与办公室联系。一、概述2016年，某某省认真贯彻条例……");
        assert_eq!(agency(None, &inside).as_deref(), Some("某某省"));
        assert_eq!(report_year(None, &inside, None), (Some(2016), "body_opening"));
        // The first sub-heading run on after the opening heading.
        let sub_run_on =
            lines("本报告依据条例编制。一、总体情况（一）主动公开情况2022年，我单位全年主动公开各类政务信息430条。");
        assert_eq!(report_year(None, &sub_run_on, None), (Some(2022), "body_opening"));
        let sub_agency =
            lines("本报告依据条例编制。一、总体情况(一)主动公开情况2022年，某某市民政局认真贯彻落实条例。");
        assert_eq!(agency(None, &sub_agency).as_deref(), Some("某某市民政局"));
        let sub_stop = lines(
            "本报告依据条例编制。一、总体情况（一）政府信息主动公开情况。2024年，某风路街道通过网站公开信息80条。",
        );
        assert_eq!(agency(None, &sub_stop).as_deref(), Some("某风路街道"), "the sub-heading's stop kept");
        assert_eq!(report_year(None, &sub_stop, None), (Some(2024), "body_opening"));
        let sub_of_a_duty = lines(
            "一、总体情况（一）坚持“以公开为常态”，做好政府信息公开工作2023年，市林业局积极落实公开要求。二、主动公开",
        );
        assert_eq!(agency(None, &sub_of_a_duty).as_deref(), Some("市林业局"), "a sub-heading without 情况");
        let no_heading = lines("本报告依据条例编制。2015年，某某县被评为先进单位……");
        assert_eq!(agency(None, &no_heading), None);
        let place = lines("一、总体情况\n2017年，某某县共和乡人民政府坚持以公开为常态。");
        assert_eq!(agency(None, &place).as_deref(), Some("某某县共和乡人民政府"), "共 of a place's name is no verb");
        let sub = lines("一、总体情况\n（一）主动公开情况。2022年某某市教育局全面贯彻落实《条例》精神。");
        assert_eq!(agency(None, &sub).as_deref(), Some("某某市教育局"), "after a sub-heading");
        let sub_comma = lines("一、总体情况\n（一）主动公开情况。2022年，某某市教育局全面贯彻落实《条例》精神。");
        assert_eq!(report_year(None, &sub_comma, None), (Some(2022), "body_opening"));
        let office = lines("一、总体情况\n（一）主动公开情况。2021年某市人民政府研究室认真贯彻落实《条例》。");
        assert_eq!(agency(None, &office).as_deref(), Some("某市人民政府研究室"), "a research office");
        let asked = lines("本报告依据条例编制。\n如对本报告有疑问，请与某市人民政府研究室办公室联系。");
        assert_eq!(agency(None, &asked).as_deref(), Some("某市人民政府研究室"), "its office named for questions");
        let means =
            lines("一、总体情况\n（一）主动公开政府信息情况\n2025年，某某区民政局通过区政府网站主动公开政府信息8条。");
        assert_eq!(agency(None, &means).as_deref(), Some("某某区民政局"), "the means it disclosed by");
        let site = lines("一、总体情况\n2025年，区政府网站通过改版提升了服务。");
        assert_eq!(agency(None, &site), None, "a site is no agency");
        let led = lines("一、总体情况\n2023年，在区委、区政府的坚强领导下，某洲街道办事处认真贯彻落实《条例》。");
        assert_eq!(agency(None, &led).as_deref(), Some("某洲街道办事处"));
        // Since the year began: the year reported on.
        let since = lines("一、总体情况\n2021年以来，某某乡在县委的正确领导下，扎实推进政务公开。");
        assert_eq!(agency(None, &since).as_deref(), Some("某某乡"));
        assert_eq!(report_year(None, &since, None), (Some(2021), "body_opening"));
        // No comma after the year: only before the agency's word for itself.
        let own = lines("一、总体情况\n2021年我局严格按照《条例》要求推进公开工作。");
        assert_eq!(report_year(None, &own, None), (Some(2021), "body_opening"));
        let date = lines("一、总体情况\n2021年3月召开专题会议。");
        assert_eq!(report_year(None, &date, None), (None, "unknown"));
    }

    #[test]
    fn blank_lines_between_the_lines_do_not_shorten_the_head() {
        // Twenty-five lines of text, the year named twice; a blank line after each.
        let mut text = vec!["某街道办事处政府信息公开工作年度报告".to_string(), "一、总体情况".to_string()];
        text.extend((1..=10).map(|i| format!("{i}、对群众关心的事项进行公开公示。")));
        text.push("2020年度我街办未接到公开政府信息的申请。".to_string());
        text.extend((11..=20).map(|i| format!("{i}、对群众关心的事项进行公开公示。")));
        text.push("2020年我街办未发生行政复议和行政诉讼案件。".to_string());
        let printed = lines(&text.join("\n"));
        assert_eq!(report_year(None, &printed, None), (Some(2020), "body"));
        let double_spaced = lines(&text.join("\n\n"));
        assert_eq!(report_year(None, &double_spaced, None), (Some(2020), "body"));
    }

    #[test]
    fn a_year_leading_the_agencys_own_sentence_inside_a_paragraph() {
        let l =
            lines("一、总体情况\n我乡严格按照《条例》要求推进公开工作。2020年度，我乡主动公开信息57条，其中推送52条。");
        assert_eq!(report_year(None, &l, None), (Some(2020), "body_self_subject"));
        // Another year named as often: which one the report is of stays open.
        let two = lines("一、总体情况\n我乡于2018年建立制度。2020年度，我乡主动公开信息57条。");
        assert_eq!(report_year(None, &two, None), (None, "unknown"));
        // A year-led sentence of another subject says nothing of the report's year.
        let other = lines("一、总体情况\n我乡推进公开工作。2020年，全县开展检查。");
        assert_eq!(report_year(None, &other, None), (None, "unknown"));
    }

    #[test]
    fn the_agency_calling_itself_by_its_kind() {
        assert_eq!(self_reference_level(&lines("本区各部门……我街道共公开信息12条。本区域内……")), Some("township"));
        assert_eq!(
            self_reference_level(&lines("2022年，我室（馆）通过门户网站主动公开信息共86条。")),
            Some("department")
        );
        assert_eq!(self_reference_level(&lines("本中心全年收到申请2件，本市其他单位……")), Some("department"));
        assert_eq!(self_reference_level(&lines("我市政务公开……我局坚持……")), Some("department"));
        assert_eq!(self_reference_level(&lines("本市场主体……本区域……")), None);
        assert_eq!(self_reference_level(&lines("2020年，我街严格按照……")), Some("township"));
        assert_eq!(self_reference_level(&lines("本街区商户……")), None);
        assert_eq!(self_reference_level(&lines("我区深入推进……")), Some("district_or_region"));
        assert_eq!(self_reference_level(&lines("本机关收到申请3件。我办认真……")), None);

        // A township's body naming itself by its kind alone, as a clause's subject.
        assert_eq!(self_reference_level(&lines("2025年，街道收到依申请公开政府信息7件。")), Some("township"));
        assert_eq!(self_reference_level(&lines("依托区政府门户网站，街道主动公开各类信息76条。")), Some("township"));
        assert_eq!(self_reference_level(&lines("镇政府高度重视政府信息公开工作。")), Some("township"));
        // The kind inside other words, or several of them: not the body itself.
        assert_eq!(self_reference_level(&lines("各街道主动公开信息120条。")), None);
        assert_eq!(self_reference_level(&lines("指导街道社区做好公开工作。")), None);
    }

    #[test]
    fn a_body_named_by_its_contact_its_compiler_or_its_second_name() {
        // No title: the department named for questions is the agency, not the government's
        // body that steers disclosure.
        let audit = lines("本报告中使用数据统计期限为2025年1月1日至12月31日。如对本报告有任何疑问，请与某某市审计局联系，联系方式：某某市审计局综合股。\n一、总体情况");
        assert_eq!(agency(None, &audit).as_deref(), Some("某某市审计局"));
        // The body after a colon (请联系：…街道办事处；联系电话…): a township's office, its township.
        let colon = lines(
            "如对本年度报告有疑问,请联系:某某市某某区人民政府某河街道办事处;联系电话:0571-86624908。\n一、总体情况",
        );
        assert_eq!(agency(None, &colon).as_deref(), Some("某某市某某区人民政府某河街道办事处"));
        let steering = lines("如对本报告有疑问，请与某某市政务服务数据管理局联系。\n一、总体情况");
        assert_eq!(agency(None, &steering), None);
        // The cooperative that compiled the report, after what it drew on (结合工作实际).
        let coop = lines("本报告根据《条例》的要求，由某某市供销联社结合工作实际编制。\n一、总体情况");
        assert_eq!(agency(None, &coop).as_deref(), Some("某某市供销联社"));
        assert_eq!(agency_level("某某市供销联社"), "department");
        assert_eq!(agency_level("某某区供销合作社"), "department");
        // A merged body's second name in brackets: the first tells the kind.
        assert_eq!(agency_level("某某市民族事务委员会（宗教事务局）"), "department");
        assert_eq!(agency_level("某某县商务局(粮食局)"), "department");
        assert_eq!(without_second_name("某某县人民政府（某某镇）"), "某某县人民政府（某某镇）");
        // The report compiled, named as the compiler's (编制的2011年度…年度报告).
        let compiled = lines("本年报是根据《条例》的规定，由某某市体育局编制的2011年度政府信息公开年度报告。");
        assert_eq!(report_year(None, &compiled, None), (Some(2011), "announced"));
    }

    #[test]
    fn a_year_opening_the_body_after_a_short_heading_run_into_its_line() {
        let lines = |t: &str| t.lines().map(str::to_string).collect::<Vec<_>>();
        let body =
            lines("依据条例之规定，制作本报告。\n一、总体情况\n主动公开全面落实。2019 年，厅门户网站新增信息120条。");
        assert_eq!(report_year(None, &body, None), (Some(2019), "body_opening"));
        // A sentence of more than a heading's length before the year: not read.
        let sentence = lines(
            "依据条例之规定，制作本报告。\n我厅按照省里的统一部署扎实推进各项工作。2019年，厅门户网站新增信息120条。",
        );
        assert_eq!(report_year(None, &sentence, None).1, "unknown");
    }

    #[test]
    fn a_year_without_its_title_or_with_a_bare_title_year() {
        let lines = |t: &str| t.lines().map(str::to_string).collect::<Vec<_>>();
        let body = lines("依据条例编制本报告。\n一、总体情况\n2025年，朝外街道在区委的领导下，认真贯彻落实。\n截至2008年底，共有2007年的文件。");
        assert_eq!(report_year(None, &body, None), (Some(2025), "body_opening"));
        for t in [
            "2008某市某山区某谊路街道办事处政府信息公开工作年度报告",
            "浙江省经济和信息化厅2022政府信息公开工作年度报告",
        ] {
            assert_eq!(report_year(Some(t), &[], None).1, "title", "{t}");
        }
        assert_eq!(report_year(Some("浙江省经济和信息化厅2022政府信息公开工作年度报告"), &[], None).0, Some(2022));
        // No title, no period: the sentence announcing the report names its year, however many
        // other years the opening cites (the notice of 2020 on reports, cases of 2019).
        let announced = lines("根据《某省人民政府办公厅关于做好2020年政府信息公开工作年度报告编制工作的通知》要求，现就2020年政务公开年度工作情况报告如下：\n一、总体情况\n对2019年收到的文件进行审查，印发《关于2019年度备案审查情况的通报》，其中2019年收案3件。");
        assert_eq!(report_year(None, &announced, None), (Some(2020), "announced"));
        let own = lines("现将我局2018年度政府信息公开工作报告如下：\n一、概述");
        assert_eq!(report_year(None, &own, None), (Some(2018), "announced"));
        // A year inside a document's name before the words is not the announced one.
        let named = lines("现将《2017年工作要点》的落实情况报告如下。");
        assert_eq!(report_year(None, &named, None).1, "unknown");
        // The report compiled, named by its year, above a period carried over from last year's.
        let compiled = lines("某局编制了2021年政府信息公开年度报告。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况");
        assert_eq!(report_year(None, &compiled, None), (Some(2021), "announced"));
        // The name carried over instead: the period and the body's opening year agree.
        let carried_name = lines("我镇认真编制了《某某镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。\n一、总体情况\n2021年度，我镇认真贯彻落实上级有关规定。");
        let one_paragraph = lines("我镇认真编制了《某某镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至2021年12月31日止。2021年度，我镇认真贯彻落实上级有关规定。");
        assert_eq!(report_year(None, &one_paragraph, None), (Some(2021), "statistics_period"), "in one paragraph");
        assert_eq!(report_year(None, &carried_name, None), (Some(2021), "statistics_period"));
        assert_eq!(
            report_year(Some("某某镇2020年政府信息公开工作年度报告"), &carried_name, None),
            (Some(2021), "statistics_period"),
            "the name found as the page's title"
        );
        // In Taiwan's phrasing, converted back to simplified characters (资讯 for 信息).
        let taiwan = lines(
            "某局编制了2021年政府资讯公开年度报告。本报告中所列资料的统计期限自2020年1月1日起至2020年12月31日止。",
        );
        assert_eq!(report_year(None, &taiwan, None), (Some(2021), "announced"));
        assert_eq!(agency(None, &compiled).as_deref(), None, "某局 names no one");
        let named =
            lines("某某县自然资源局编制了2021年政府信息公开年度报告。本报告所列数据的统计期限自2020年1月1日起。");
        assert_eq!(
            agency(None, &named).as_deref(),
            Some("某某县自然资源局"),
            "the body that compiled the year's report"
        );
        let chrome = lines("站群导航\n首页\n|\n加入收藏\n|\n设为首页\n手机版\n政府信息公开\n全文检索\n索引号: 1152000000000005100000\n文 号:\n所属主题: 州政府信息公开年报\n来源:\n浏览次数:\n某南州人民政府2022年政府信息公开工作年度报告\n");
        assert_eq!(title(&chrome).as_deref(), Some("某南州人民政府2022年政府信息公开工作年度报告"));
        // A crawl that lost the title: the column's name is no title; the opening sentence's is.
        let crawl = lines("发布时间: 2014-02-20 09:30\n栏目: 政府信息公开年报\n正文:\n某省2013年政府信息公开工作年度报告是根据条例要求编制的。\n");
        assert_eq!(title(&crawl).as_deref(), Some("某省2013年政府信息公开工作年度报告"));
        // In Taiwan phrasing (资讯 for 信息) too.
        let taiwan = lines("某省2013年政府资讯公开工作年度报告是根据条例要求编制的。\n");
        assert_eq!(title(&taiwan).as_deref(), Some("某省2013年政府资讯公开工作年度报告"));
    }
}
