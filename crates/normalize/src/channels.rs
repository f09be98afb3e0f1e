//! Disclosure by channel, as sentences state it (`source = narrative`): 通过政府网站公开政府信息
//! 216条 → `proactive.via.website`, 微信公众号发布信息209条 → `proactive.via.wechat`, 在政务微博、
//! 微信公开信息分别为312条和207条 → weibo 312 and wechat 207.
//!
//! A clause (between commas and stops) is read when it says 公开/发布 of one channel the catalog
//! has — the agency's website, WeChat, Weibo, gazette, or 其他方式 — with one figure of items
//! (条/篇), or several channels with as many figures after 分别. It is not read when it is about
//! something else that sites also show: requests (申请), messages and visits (留言, 访问),
//! news media (新闻网站 is not the agency's site), new media as a whole (新媒体 has no code), a
//! column of a site (栏目, 专栏: a part of the site's figure), or years together (历年).
//! Where two clauses give the same channel different figures (three websites of one agency),
//! the channel is not read at all.

use crate::value::parse_figure;
use nianbao_model::text::is_basic_han;
use nianbao_model::{FactSource, Metric};
use regex::Regex;
use std::sync::OnceLock;

const CHANNELS: [(&str, &[&str]); 5] = [
    // 政府外网: the public site, beside the intranet (内网); 政府公开网, 信息公开网: the site of
    // disclosure.
    ("proactive.via.website", &["网站", "门户网", "政务网", "政府网", "官网", "公开网", "外网"]),
    ("proactive.via.wechat", &["微信", "公众号"]),
    ("proactive.via.weibo", &["微博"]),
    ("proactive.via.gazette", &["公报"]),
    // 村务公开栏, 宣传车等方式: the boards and other ways beside the catalog's channels (a site's
    // 政务公开栏 names the site too, and two channels in one clause are not read).
    ("proactive.via.other", &["其他方式", "其他途径", "其他渠道", "公开栏", "公告栏", "公示栏", "等方式", "等途径"]),
];

/// Words of a clause that is about something else than all a channel disclosed: requests,
/// messages and visits, news media and new media, a column of a site, years together, an app
/// beside the catalog's channels (区政府网站、爱某某APP、省市统计网站公开信息91条: not the site's
/// alone); and any of the [`CATEGORIES`].
const NOT_DISCLOSURE: [&str; 16] = [
    "申请",
    "咨询",
    "留言",
    "访问",
    "浏览",
    "点击",
    "回复",
    "新媒体",
    "媒体",
    "栏目",
    "专栏",
    "历年",
    "客户端",
    "APP",
    "App",
    "以来",
];

/// Words of a clause that names one category of items (新闻, 要闻, 动态, 解读, 通知公告, 政策文件,
/// and the catalogue's kinds 人事任免, 会议, 规划计划, 预决算, 机构概况): a part of the channel's
/// figure, unless the list of them is closed by the rest of them.
const CATEGORIES: [&str; 12] =
    ["新闻", "要闻", "动态", "解读", "通知", "公告", "政策文件", "人事任免", "会议", "规划计划", "预决算", "机构概况"];

/// A list of categories that ends with the rest of them (、其他政务信息 just before the figure),
/// (not a list in brackets, which names examples of the category after it: （某府发、某府办发）等
/// 政策文件89条 is one category's figure),
/// or with 等 (发布各类新闻动态类、政策解读、环境监管等信息115条: the kinds named are examples of
/// all it posted, as the proactive total reads them), also where what they have in common
/// follows (…、促进就业相关举措等群众关心关注的信息共计86条).
fn rest_of_the_categories() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"、(?:其他[^，,。、\d]{0,4}信息|[^，,。、\d（）()]{1,12}等(?:[^，,。、\d]{0,4}?|[^，,。、\d]{1,10}?的)(?:信息)?)\s*(?:共计|共)?\s*\d",
        )
        .unwrap()
    })
}

/// Any channel word (one automaton, before a paragraph is cut into clauses).
fn any_channel() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let words: Vec<&str> = CHANNELS.iter().flat_map(|(_, words)| words.iter().copied()).collect();
        crate::pattern::compile(&words.join("|")).unwrap()
    })
}

fn figure() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::pattern::compile(r"\d[\d,]*(?:\.\d+)?\s*万?\s*(?:多|余)?\s*(?:条|篇)").unwrap())
}

/// A figure of documents right after the verb or after 信息, with nothing named between
/// (通过政务微信公开210件, 公开信息277件, 公开信息数量为46件): a channel's items counted in 件;
/// in 项 where 信息 follows (公开了44项政务信息: 项 alone counts matters of any kind).
/// A document category named before the figure (规范性文件31件) is one category, not the
/// channel's items.
fn figure_in_jian() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"(?:公开|发布|公布|信息)\s*(?:数量|数)?\s*(?:为|达|共)?\s*(?:(?P<fig>\d[\d,]*\s*件)|了?\s*(?P<xiang>\d[\d,]*\s*项)(?:的)?(?:政务|政府)?信息)",
        )
        .unwrap()
    })
}

/// Any figure with a unit of things counted (not a year, a date or a share).
fn any_count() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(r"\d[\d,]*(?:\.\d+)?\s*万?\s*(?:多|余)?\s*(?:件|条|篇|份|项|个|次|宗)").unwrap()
    })
}

/// The figures of items a text states, in order: N条, N篇, and [`figure_in_jian`].
fn item_figures(text: &str) -> Vec<regex::Match<'_>> {
    let mut all: Vec<regex::Match> = figure().find_iter(text).collect();
    all.extend(figure_in_jian().captures_iter(text).filter_map(|c| c.name("fig").or_else(|| c.name("xiang"))));
    all.sort_by_key(|m| m.start());
    all
}

/// A site named by its own name, ending in 网, right before what was posted there (通过台州气象网
/// 主动公开, 在某某之窗网发布, 在《某县公众信息网》公开): a site like 网站 and 门户网. Not the internet at large (互联网,
/// 因特网, 物联网), nor a network (局域网, 内网), nor a site of other business than disclosure
/// (政府采购网, 招标网, 招聘网, 人才网).
fn site_by_name() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"(?:通过|在)(?P<name>[^，,。、；;：:\s\d（()）]{2,12}?)网[》”]?上?(?:向社会|向公众)?(?:主动|共|累计|全年)?(?:公开|发布|公布|推送|更新|刊登|刊发|$)",
        )
        .unwrap()
    })
}

/// What a site of other business is named for (政府采购网, 招聘网): no channel of disclosure; its
/// items are one kind of information.
pub(crate) const OTHER_BUSINESS_SITES: [&str; 4] = ["采购", "招标", "招聘", "人才"];

/// Where the text names a site by its own name ([`site_by_name`]), if it does.
pub(crate) fn site_named_at(text: &str) -> Option<usize> {
    if !text.contains('网') {
        return None;
    }
    site_by_name().captures_iter(text).find_map(|c| {
        let name = c.name("name")?.as_str();
        let a_network =
            ["互联", "因特", "物联", "局域", "内", "外", "政务", "门户", "政府"].iter().any(|n| name.ends_with(n));
        let other_business = OTHER_BUSINESS_SITES.iter().any(|n| name.contains(n));
        (!a_network && !other_business).then(|| c.get(0).map_or(0, |m| m.start()))
    })
}

/// Platforms whose accounts are also called 公众号 (今日头条公众号, 抖音公众号): no WeChat account.
const OTHER_PLATFORMS: [&str; 3] = ["头条", "抖音", "快手"];

/// Every channel word of [`CHANNELS`] in one automaton, each pattern's channel beside it: one
/// pass over a clause finds them all (a substring search per word built a searcher per word
/// and clause, the reader's largest cost).
fn channel_words() -> &'static (aho_corasick::AhoCorasick, Vec<(&'static str, &'static str)>) {
    static AC: OnceLock<(aho_corasick::AhoCorasick, Vec<(&'static str, &'static str)>)> = OnceLock::new();
    AC.get_or_init(|| {
        let words: Vec<(&'static str, &'static str)> =
            CHANNELS.iter().flat_map(|(code, words)| words.iter().map(move |w| (*code, *w))).collect();
        let ac = aho_corasick::AhoCorasick::new(words.iter().map(|(_, w)| *w)).unwrap();
        (ac, words)
    })
}

/// The channels a clause names, in the order it names them (each once): each channel at the
/// first of its words, 公众号 not of another platform (今日头条公众号 is no WeChat account), 微信
/// not of its video platform (微信视频号).
fn channels_in(clause: &str) -> Vec<&'static str> {
    let (ac, words) = channel_words();
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    // Overlapping matches: 政府网站 holds both 政府网 and 网站, each a word of its own.
    for m in ac.find_overlapping_iter(clause) {
        let (code, word) = words[m.pattern().as_usize()];
        let at = m.start();
        if word == "公众号" && OTHER_PLATFORMS.iter().any(|p| clause[..at].ends_with(p)) {
            continue;
        }
        // 微信视频号: WeChat's video platform, no account of the agency's posts.
        if word == "微信" && clause[m.end()..].starts_with("视频号") {
            continue;
        }
        // An account's name in quotes before its platform (“某某省政府网”微信公众号) names no
        // channel of its own.
        if in_an_accounts_name(clause, at) {
            continue;
        }
        // A board's word closing a quoted name (“公告栏”信息4条, “政务公开栏”) names a column of
        // the site, one kind of its items, not the board the agency posts on.
        if code == "proactive.via.other" && word.ends_with('栏') && a_quoted_name_ends(clause, at, m.end()) {
            continue;
        }
        match found.iter_mut().find(|(_, c)| *c == code) {
            Some(first) => first.0 = first.0.min(at),
            None => found.push((at, code)),
        }
    }
    if !found.iter().any(|(_, code)| *code == "proactive.via.website") {
        found.extend(site_named_at(clause).map(|at| (at, "proactive.via.website")));
    }
    found.sort();
    found.into_iter().map(|(_, code)| code).collect()
}

/// Is byte `at` of the clause inside a name in quotes that an account's platform follows
/// (“某某省政府网”微信公众号, “某某网”微博)?
/// Does a quoted name (“…”) end right after `end`, opened before `at` and not closed between?
fn a_quoted_name_ends(clause: &str, at: usize, end: usize) -> bool {
    clause[end..].starts_with('”') && clause[..at].rfind('“').is_some_and(|open| !clause[open..at].contains('”'))
}

fn in_an_accounts_name(clause: &str, at: usize) -> bool {
    let Some(open) = clause[..at].rfind('“') else { return false };
    let Some(close) = clause[open..].find('”').map(|c| open + c) else { return false };
    let after = &clause[close + '”'.len_utf8()..];
    close > at && ["微信", "公众号", "微博", "头条", "抖音"].iter().any(|p| after.starts_with(p))
}

/// Does the text hold a figure of items (a digit, and 条 or 篇)? Checked first: most clauses
/// have none. Documents counted in 件 (规范性文件31件) are one category, not a channel's items.
fn counts_items(text: &str) -> bool {
    crate::text::has_digit(text)
        && (text.contains('条')
            || text.contains('篇')
            || (text.contains(['件', '项']) && figure_in_jian().is_match(text)))
}

/// Could the paragraph state a channel's figure (a digit and a channel word)?
fn may_name_a_channel(text: &str) -> bool {
    crate::text::has_digit(text) && (any_channel().is_match(text) || site_named_at(text).is_some())
}

/// The verbs of a channel's statement: disclosed, posted or pushed.
/// (新增: the items a site added in the year, 门户网站新增信息14129条.)
const DISCLOSURE_VERBS: [&str; 6] = ["公开", "公布", "发布", "更新", "推送", "新增"];

/// Does the text say something was disclosed, posted or pushed ([`DISCLOSURE_VERBS`]; an
/// account's 发文 and 推文: 微信公众号发文709篇; a site's 编发, edited and posted: 在门户网站
/// 编发政务信息220条)? 发文 alone issues documents (全年共发文161件): a statement names its
/// channel besides, or it is not read as one.
fn discloses(text: &str) -> bool {
    DISCLOSURE_VERBS.iter().chain(&["发文", "推文", "编发"]).any(|v| text.contains(v))
}

/// Does the clause open with its verb (发布信息14条), no subject or means of its own before it?
fn opens_with_its_verb(head: &str) -> bool {
    DISCLOSURE_VERBS.iter().any(|v| head.starts_with(v))
}

/// The clause without the notes in brackets that give a part of its figure (公开信息共471条
/// （其中专题专栏公开信息135条）): the part's words (专栏) and figure are not the statement's.
/// The notes' own words follow, each a statement of its own (…5条(其中:在政府门户网站公开1条: the
/// site's figure).
fn without_part_notes(clause: &str) -> (std::borrow::Cow<'_, str>, Vec<&str>) {
    if !clause.contains(['（', '(']) {
        return (clause.into(), Vec::new());
    }
    let mut out = String::with_capacity(clause.len());
    let mut notes = Vec::new();
    let mut rest = clause;
    while let Some(open) = part_note_at(rest) {
        // A note whose list has commas of its own runs past the clause (…13条(其中:乡镇动态11条,
        // 财政预算决算2条)): unclosed here, it is dropped to the clause's end.
        let Some(close) = rest[open..].find(['）', ')']) else {
            notes.push(note_words(&rest[open..]));
            rest = &rest[..open];
            break;
        };
        out.push_str(&rest[..open]);
        notes.push(note_words(&rest[open..open + close]));
        rest = &rest[open + close + rest[open + close..].chars().next().map_or(1, char::len_utf8)..];
    }
    out.push_str(rest);
    (out.into(), notes)
}

/// Where a note giving parts of the figure before it opens: a bracket opening with 其中 (or
/// another word of a part: 原创135条, 含转载20条, 包括…), or with a channel's own statement
/// (政务“双微”推文1541条（微信公众号发文709篇，微博发布832条）).
/// A channel named in brackets without a figure (政务新媒体（微信公众号）) narrows a word and is
/// no note.
fn part_note_at(text: &str) -> Option<usize> {
    text.match_indices(['（', '(']).map(|(at, _)| at).find(|&at| {
        let inner = &text[at..];
        let inner = &inner[inner.chars().next().map_or(1, char::len_utf8)..];
        let note = inner.find(['）', ')']).map_or(inner, |close| &inner[..close]);
        ["其中", "原创", "含", "包括", "包含"].iter().any(|w| note.starts_with(w))
            || (counts_items(note) && !channels_in(note).is_empty())
    })
}

/// A part note's words after its 其中 and the mark after it.
fn note_words(note: &str) -> &str {
    let note = note.trim_start_matches(['（', '(']).trim_start_matches("其中");
    note.trim_start_matches(|c: char| c.is_whitespace() || "：:，,".contains(c))
}

/// Channel figures of one clause: `(code, raw figure)`, the statement's, then its notes'.
fn clause_figures(clause: &str) -> Vec<(&'static str, String)> {
    // A clause that lost characters to the decoder may have lost the stop between two statements.
    if !counts_items(clause) || clause.contains('\u{FFFD}') {
        return Vec::new();
    }
    let (clause, notes) = without_part_notes(clause);
    let mut figures = statement_figures(&clause);
    figures.extend(notes.into_iter().flat_map(statement_figures));
    figures
}

/// Channel figures of one clause without notes.
fn statement_figures(clause: &str) -> Vec<(&'static str, String)> {
    if !counts_items(clause) || !discloses(clause) {
        return Vec::new();
    }
    if let Some(listed) = clause.contains('、').then(|| first_statement_then_channels(clause)).flatten() {
        return listed;
    }
    let whole = one_statement(clause);
    if !whole.is_empty() || !clause.contains('、') {
        return whole;
    }
    // 其中政府网站公开812条、政务微信公开406条、其他方式公开95条: a list of statements,
    // each with its own figure; an item without a channel is other work with a verb of its own
    // (编辑上报信息简报共45篇). A list whose later items have no verb continues the first
    // item's statement by category (在政府网上主动公开人事任免信息4条、规划计划信息11条):
    // nothing of it is a channel's figure; nor is 网站、微信等不同渠道 (channels, not items).
    let items: Vec<&str> = clause.split('、').collect();
    // What an item says before its first figure names its channel or its own verb; a stop
    // lost to the decoder (U+FFFD) may have joined two sentences, and such a list is not read.
    // An item counting something else than items (编印工作简报12期, 召开会议3次) is other work.
    let own_statement = |item: &str| {
        let head = item_figures(item).first().map_or(item, |m| &item[..m.start()]);
        let other_work = !counts_items(item) && other_work().is_match(item);
        other_work
            || (counts_items(item)
                && !item.contains('\u{FFFD}')
                && (!channels_in(head).is_empty() || OWN_VERBS.iter().any(|v| head.contains(v))))
    };
    if !items.iter().all(|item| own_statement(item)) {
        return Vec::new();
    }
    items
        .into_iter()
        // 网站、微信等 is several channels; 公示公告栏等途径 still the boards and other ways.
        .filter(|item| discloses(item) && (!item.contains('等') || channels_in(item) == ["proactive.via.other"]))
        .flat_map(|item| {
            let one = one_statement(item);
            if one.len() == 1 {
                one
            } else {
                Vec::new()
            }
        })
        .collect()
}

/// Verbs of a list item that is a statement of its own (编辑上报信息简报共45篇, 回复网民留言93篇),
/// not the continuation of the first item's categories (…人事任免信息4条、规划计划信息11条).
const OWN_VERBS: [&str; 18] = [
    "公开", "发布", "更新", "推送", "编辑", "转发", "上报", "报送", "制作", "回复", "编印", "编发", "印发", "刊发",
    "刊登", "答复", "回应", "办理",
];

/// `raw` with the word before it in `clause` that makes it a bound (超过, 逾, 近, 约), if any.
fn with_its_approximation(clause: &str, raw: &str) -> String {
    let before = clause.find(raw).map_or("", |at| &clause[..at]);
    match crate::value::APPROXIMATION_MARKERS.iter().find(|m| before.trim_end().ends_with(*m)) {
        Some(marker) => format!("{marker}{raw}"),
        None => raw.to_string(),
    }
}

/// A figure of something other than items (期, 次, 场, 人, 个): a list item stating other work.
fn other_work() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::pattern::compile(r"\d\s*(?:期|次|场|人次|人|个|份|批)").unwrap())
}

/// The figure of a clause that names no channel and starts with what was done to the items
/// (全年共推送信息240条, 今年共推送相关信息290条, 发布民政信息212条), told of the channel the
/// clause before named (建立某某局微信公众服务号): one statement across the comma. Not a clause
/// that names its own subject or means first (各乡镇发布信息30条).
fn of_the_channel_before(before: &str, clause: &str) -> Vec<(&'static str, String)> {
    let head = clause.trim_start();
    let head = ["全年", "本年度", "本年", "今年", "年内"].iter().fold(head, |h, w| h.strip_prefix(w).unwrap_or(h));
    let head = head.trim_start_matches("累计").trim_start_matches("共计").trim_start_matches(['共', '还', '已']);
    // (Through the site's columns listed and closed by 等: 在“要闻动态”等栏目发布信息713条.)
    let head = head.strip_prefix('在').and_then(|h| h.split_once("等栏目")).map_or(head, |(_, verb)| verb);
    let verb_first = opens_with_its_verb(head);
    // 依托微信公众号等平台: one channel among others.
    if !verb_first || before.contains('等') {
        return Vec::new();
    }
    one_statement(&format!("{before}{clause}"))
}

/// The figure of the clause before, where this clause says every item went out through one
/// channel (全年累计主动公开政府信息11条，均通过某区人民政府门户网站发布; …50条，全部在门户网站
/// 公开): that channel's figure is all of it. The clause before names no channel and states one
/// figure of items it disclosed; 网站、微信等 after 均通过 is several channels, not read.
fn all_through_one_channel(before: &str, clause: &str) -> Vec<(&'static str, String)> {
    let head = clause.trim_start();
    let all = ["均", "全部", "都", "皆"].iter().find_map(|w| head.strip_prefix(w));
    let through = all.is_some_and(|rest| {
        let rest = rest.trim_start_matches("是").trim_start_matches("为");
        ["通过", "在", "经", "于", "由", "依托"].iter().any(|w| rest.starts_with(w))
    });
    let one_figure = item_figures(before).len() == 1;
    if !through || !one_figure || !discloses(before) || !channels_in(before).is_empty() || clause.contains('等') {
        return Vec::new();
    }
    one_statement(&format!("{before}{clause}"))
}

/// A clause that is one channel and its figure, nothing else (其他方式24条).
fn bare_channel_figure(clause: &str) -> Vec<(&'static str, String)> {
    // An account's own name in quotes before it (“某某发布”微信公众号285条) names no more; a note
    // in brackets saying what the figure holds (网站（含转发）319条) counts nothing else.
    let unquoted = crate::text::without_span(clause, &['“'], &['”'], |_| true);
    let clause = crate::text::without_span(&unquoted, &['（', '('], &['）', ')'], holds_what);
    let clause = clause.as_ref();
    let channels = channels_in(clause);
    let figures: Vec<regex::Match> = item_figures(clause);
    let ([code], [fig]) = (&channels[..], &figures[..]) else { return Vec::new() };
    let words = CHANNELS.iter().find(|(c, _)| c == code).map_or(&[][..], |(_, w)| *w);
    let rest = words.iter().fold(clause.replace(fig.as_str(), ""), |rest, w| rest.replace(w, ""));
    // (A bracket the clause's split left behind: （“某某”官方微博1000条，“某某”微信公众号150条）.)
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || "：:数共为（）()".contains(c));
    // Whose channel it is may stay (政府网站, 官方微博, 政务微信), and the kind of account
    // (微信服务号, 微信订阅号) or 信息 itself (网站信息387条).
    let rest = ["政府", "政务", "官方", "门户", "服务号", "订阅号"]
        .iter()
        .fold(rest.to_string(), |rest, w| rest.replace(w, ""));
    if rest.is_empty() || rest == "信息" {
        vec![(code, fig.as_str().to_string())]
    } else {
        Vec::new()
    }
}

/// Is a bracket's note (its opening bracket first) what the figure before or after it holds
/// (（含转发）, （包括转载）), with no figure of its own?
fn holds_what(note: &str) -> bool {
    let inner = note.trim_start_matches(['（', '(']);
    ["含", "包括", "包含"].iter().any(|w| inner.starts_with(w)) && !crate::text::has_digit(inner)
}

/// The first item's statement, and the channels listed after it by their figures alone
/// (网站发布信息823条、微博187条、微信170条; 共发布信息门户网站717条、微博545条): each its
/// channel's. Other work among them (《某某》杂志12期) is passed over; any other item, or a
/// first item that is no single channel's statement, reads nothing here.
fn first_statement_then_channels(clause: &str) -> Option<Vec<(&'static str, String)>> {
    let mut items = clause.split('、');
    let mut listed = one_statement(items.next()?);
    if listed.len() != 1 {
        return None;
    }
    let (mut channels_after, mut outlets) = (0, 0);
    for item in items {
        let bare = bare_channel_figure(item);
        if !bare.is_empty() {
            channels_after += 1;
            listed.extend(bare);
        } else if names_a_news_outlet(item) {
            // 、凌源融媒体17篇、学习强国3篇: other outlets' articles, beside the channel's figure.
            outlets += 1;
        } else if counts_items(item) || !other_work().is_match(item) {
            return None;
        }
    }
    (channels_after > 0 || outlets > 0).then_some(listed)
}

/// A news outlet or media platform (融媒体, 学习强国, 某某日报, 新闻), none of the catalog's channels.
fn names_a_news_outlet(item: &str) -> bool {
    ["融媒", "媒体", "新闻", "学习强国", "日报", "电视台", "广播"].iter().any(|w| item.contains(w))
}

/// Channels and their figures alone, one or several joined by 、 (微信851条、微博2348条): each
/// item a channel and its figure, or nothing is read.
fn bare_channel_list(clause: &str) -> Vec<(&'static str, String)> {
    let one = bare_channel_figure(clause);
    if !one.is_empty() || !clause.contains('、') {
        return one;
    }
    let items: Vec<Vec<(&'static str, String)>> = clause.split('、').map(bare_channel_figure).collect();
    if items.iter().all(|item| !item.is_empty()) {
        items.into_iter().flatten().collect()
    } else {
        Vec::new()
    }
}

/// Is the sentence two clauses or more, each a channel and its figure and nothing else?
fn verbless_channel_list(sentence: &str) -> bool {
    // Most sentences have a verb or no figure of items: refused before any clause is cut.
    if !counts_items(sentence) || discloses(sentence) {
        return false;
    }
    let clauses: Vec<&str> = crate::text::split_at_commas(sentence).filter(|c| !c.trim().is_empty()).collect();
    clauses.len() >= 2 && clauses.iter().all(|c| !bare_channel_figure(c).is_empty())
}

/// One statement's channel figures: one channel and one figure, or several paired by 分别.
fn one_statement(text: &str) -> Vec<(&'static str, String)> {
    // The site's 政府信息公开专栏 is where it discloses, not one column among others (资讯 for
    // 信息 in Taiwan's phrasing).
    // A board for notices (公示公告栏) is a board, not notices (公告, a category).
    let words = text
        .replace("信息公开专栏", "信息公开")
        .replace("资讯公开专栏", "资讯公开")
        .replace("公示公告栏", "公开栏")
        .replace("公告栏", "公开栏")
        .replace("公示栏", "公开栏");
    let words = new_media_by_its_channel(words);
    let words = without_every_column(words);
    // Categories closed by 其他…信息 (工作要闻、其他政务信息812条) are all of it, not a part.
    // (So do kinds beside every kind: 发布工作动态及各类政务信息360条.)
    let all_categories = rest_of_the_categories().is_match(&words)
        || ["及各类", "和各类", "以及各类", "等各类"].iter().any(|w| words.contains(w));
    let names = |w: &&str| words.contains(*w);
    if NOT_DISCLOSURE.iter().any(names) || (!all_categories && CATEGORIES.iter().any(names)) {
        return Vec::new();
    }
    // Channels named as examples of several (通过政府门户网、政府采购网等渠道公开…221条): all of
    // them, not the one the catalog has a code for — unless every one named is of that channel
    // (政务公开栏及被审计单位公开栏等渠道: boards).
    if !examples_of_one_channel(&words) || !outlets_listed_of_one_channel(&words) {
        return Vec::new();
    }
    let channels = channels_in(text);
    let figures: Vec<String> = item_figures(text).iter().map(|m| m.as_str().to_string()).collect();
    match (channels.len(), figures.len()) {
        (1, 1) => vec![(channels[0], figures[0].clone())],
        (n, k) if n > 1 && n == k && text.contains("分别") => channels.into_iter().zip(figures).collect(),
        _ => Vec::new(),
    }
}

/// The site's columns listed and closed by 等 (在“政府信息公开”“要闻动态”等栏目发布信息713条):
/// every column, the site's items — not one column's, nor the kinds the columns' names are. The
/// list is dropped with its 等栏目: the quoted names before it, or, unquoted, all from 在 where
/// no channel is named there (在门户网站通知公告、工作动态等栏目 is left as it is).
fn without_every_column(words: String) -> String {
    let Some(end) = words.find("等栏目") else { return words };
    let mut start = end;
    while let Some(open) = words[..start].trim_end_matches('、').strip_suffix('”').and_then(|w| w.rfind('“')) {
        start = open;
    }
    if start == end {
        match words[..end].rfind('在') {
            Some(at) if channels_in(&words[at..end]).is_empty() => start = at + '在'.len_utf8(),
            _ => return words,
        }
    }
    format!("{}{}", &words[..start], &words[end + "等栏目".len()..])
}

/// Where a clause names channels as examples (…等渠道, 等平台, 等载体, 等媒体), is every one it
/// names of one channel? A clause without such a list is of one channel as far as this goes.
fn examples_of_one_channel(text: &str) -> bool {
    let Some(at) = ["等渠道", "等平台", "等载体", "等媒体"].iter().filter_map(|w| text.find(w)).min()
    else {
        return true;
    };
    let list = &text[..at];
    let from = ["通过", "依托", "利用", "在"].iter().filter_map(|w| list.rfind(w).map(|i| i + w.len())).max();
    let list = &list[from.unwrap_or(0)..];
    let items: Vec<&str> = list.split(['、', '及', '和']).filter(|i| !i.trim().is_empty()).collect();
    let codes: Vec<Vec<&'static str>> = items.iter().map(|i| channels_in(i)).collect();
    codes.first().is_some_and(|first| first.len() == 1 && codes.iter().all(|c| c == first))
}

/// Outlets listed together before one figure (省厅门户网站、交通运输部湖北子站、全国交通信息联播频道共
/// 主动公开…12980条): the figure is all of them, not that of the one the catalog has a channel
/// for — unless every outlet listed is of that channel. Each item ends as an outlet's name does
/// (网站, 子站, 频道, 平台, 公众号 …: not 月报, a kind); a clause without such a list is of one channel as far as
/// this goes.
pub(crate) fn outlets_listed_of_one_channel(text: &str) -> bool {
    static LIST: OnceLock<Regex> = OnceLock::new();
    if !text.contains('、') {
        return true;
    }
    let list = LIST.get_or_init(|| {
        let outlet = r"[^，,。；;、\d]{1,14}?(?:网站|子站|频道|平台|公众号|微博|客户端|APP|app|公开栏|公示栏|宣传栏|电视台|报纸)";
        // (The list ends where the statement's verb or a stop begins: 网站、上级部门网站子站 is
        // not cut after its 网站 — or where the text does, given the words before the verb.)
        let end = "共|合计|累计|总计|主动|公开|发布|推送|更新|刊发|等|上|中|，|,|$";
        crate::pattern::compile(&format!("(?P<list>{outlet}(?:、{outlet})+)(?:{end})")).unwrap()
    });
    let Some(listed) = list.captures(text).and_then(|c| c.name("list")) else { return true };
    let codes: Vec<Vec<&'static str>> = listed.as_str().split('、').map(channels_in).collect();
    codes.first().is_some_and(|first| first.len() == 1 && codes.iter().all(|c| c == first))
}

/// New media narrowed to one channel in brackets (通过政务新媒体（微信公众号）发布信息251条), or
/// named by it right after (新媒体微信公众号), is that channel: the words without 新媒体 (and
/// its brackets). New media as a whole, or narrowed to several channels (新媒体（微信、微博）),
/// stays as it is.
fn new_media_by_its_channel(words: String) -> String {
    let Some(at) = words.find("新媒体") else { return words };
    let rest = &words[at + "新媒体".len()..];
    // 新媒体微信公众号: new media named by the one channel right after it — also after the
    // platform's account named in quotes (政务新媒体平台“某某发布”公众号).
    let account = rest.strip_prefix("平台").unwrap_or(rest);
    let account = account
        .strip_prefix('“')
        .and_then(|quoted| quoted.find('”').map(|end| &quoted[end + '”'.len_utf8()..]))
        .unwrap_or(account);
    if ["微信", "公众号", "微博"].iter().any(|w| account.starts_with(w)) {
        return format!("{}{account}", &words[..at]);
    }
    let Some(inner) = rest.strip_prefix(['（', '(']) else { return words };
    let Some(close) = inner.find(['）', ')']) else { return words };
    let named = &inner[..close];
    if channels_in(named).len() != 1 || named.contains(['、', '和']) {
        return words;
    }
    let after = &inner[close + inner[close..].chars().next().map_or(1, char::len_utf8)..];
    format!("{}{named}{after}", &words[..at])
}

/// How many channels (website, WeChat …) the prose gives a figure of items for, read or not
/// (a news site's 160余条 and a WeChat account's 40余条 beside the website's 86条 are two: the
/// websites and WeChat) — and a channel counted again for each other figure one sentence gives
/// it: two sites each with its own figure (在市门户网站主动公开…345条，在局网站主动公开…335条)
/// are two, though both are websites, and neither is all the agency disclosed. (Across
/// sentences a channel's other figure is often a stock's share or a column's: not counted.)
/// New media as a whole (通过政务新媒体公开政府信息42828条) has no code, but is a channel the
/// agency disclosed through all the same.
pub fn channel_figures(paragraphs: &[(u32, String)]) -> usize {
    let mut channels: Vec<&'static str> = Vec::new();
    let mut more_in_a_sentence = 0;
    let new_media = |text: &str| crate::text::has_digit(text) && text.contains("新媒体");
    for (_, text) in paragraphs.iter().filter(|(_, text)| may_name_a_channel(text) || new_media(text)) {
        // Split at every stop and comma (memchr-driven: see `crate::text`).
        for sentence in crate::text::split_at_stops(text) {
            let mut named: Vec<(&'static str, &str)> = Vec::new();
            // A channel named in one clause and its figure in the next (还通过某某微信公众号，
            // 发布信息977条) is a channel with a figure too; a clause counting something else
            // between them (在微信公众号“某某”上，更新160次，共计公开378条) leaves it named.
            let mut named_before: Vec<&'static str> = Vec::new();
            for clause in crate::text::split_at_commas(sentence) {
                // 条 of 《条例》 is no figure's unit: a clause without a figure states none.
                let figure = item_figures(clause).first().map(|m| m.as_str().trim());
                let Some(figure) = figure.filter(|_| counts_items(clause)) else {
                    let here = channels_in(clause);
                    if !here.is_empty() {
                        named_before = here;
                    }
                    continue;
                };
                let mut in_clause = channels_in(clause);
                if in_clause.is_empty() {
                    in_clause = std::mem::take(&mut named_before);
                }
                if in_clause.is_empty() && clause.contains("新媒体") && discloses(clause) {
                    in_clause.push("new media");
                }
                named.extend(in_clause.into_iter().map(|code| (code, figure)));
                named_before.clear();
            }
            named.sort();
            named.dedup();
            let before = named.len();
            named.dedup_by_key(|(code, _)| *code);
            more_in_a_sentence += before - named.len();
            channels.extend(named.iter().map(|(code, _)| *code));
        }
    }
    channels.sort();
    channels.dedup();
    channels.len() + more_in_a_sentence
}

/// Where a sentence's clauses split a stock rather than the year's items (截止2010年12月31日，累计
/// 主动公开政府信息65条。其中，网上公开信息20条…): the byte its 其中 starts at, the stock said
/// before it in the sentence or in the one before. Only a stock said to be one (累计, 历年): a
/// count at the report year's end alone (截至2017年底，共公布…。其中：政府网站…) is read as the
/// year's split.
fn stock_split_from(sentence: &str, previous: &str) -> Option<usize> {
    // `contains` first: its vector search is cheaper than `find`'s searcher, and most
    // sentences hold no 其中.
    if !sentence.contains("其中") {
        return None;
    }
    let at = sentence.find("其中")?;
    let before = &sentence[..at];
    let stock = if before.trim().is_empty() { previous } else { before };
    let said = stock.contains("累计") || stock.contains("历年");
    (said && crate::narrative::is_cumulative(stock)).then_some(at)
}

/// Every channel figure the prose states unambiguously (`paragraphs`:
/// [`crate::prose::logical_lines`]).
///
/// A clause dated another year than `year` (the report's) is not read.
pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    let mut found: Vec<Found> = Vec::new();
    let mut paragraph_before = "";
    for (line, text) in paragraphs.iter() {
        if !may_name_a_channel(text) {
            paragraph_before = text;
            continue;
        }
        // A paragraph opening with 其中 splits what the paragraph before ended with (a page that
        // sets each sentence apart: 截止20171231日，累计主动公开政府信息301条。 / 其中，网站…).
        let mut previous = if text.trim_start().starts_with("其中") {
            crate::text::split_at_stops(paragraph_before).filter(|s| !s.trim().is_empty()).last().unwrap_or("")
        } else {
            ""
        };
        paragraph_before = text;
        for sentence in crate::text::split_at_stops(text) {
            let sentence_starts = found.len();
            let stock_from = stock_split_from(sentence, std::mem::replace(&mut previous, sentence));
            // Clauses in order, each with the sentence before it (2022年，我镇…公开223条 is
            // dated by its first clause).
            let mut at = 0;
            // A sentence of channels and their figures alone, no verb (“某某”微信公众号285条，微博
            // 138条): each is that channel's.
            let mut continues_a_channel_list = verbless_channel_list(sentence);
            // Where the last clause's channel figures start in `found`, where that clause ends,
            // and the unit it counts in.
            let mut last_statement: Option<(usize, usize, char)> = None;
            // The clause before, where it names a channel and counts nothing (“某某”微信公众号也
            // 充分发挥作用，全年共推送信息240条): the next clause's figure may be that channel's.
            let mut channel_before: Option<&str> = None;
            // The clause before this one in the sentence.
            let mut last_clause = "";
            // Whether the clause before was 其中 or 包括 alone, opening a list.
            let mut list_opened = false;
            // Whether a 其中 or 包括 list of a statement's parts has opened in this sentence.
            let mut in_a_list_of_parts = false;
            for clause in crate::text::split_at_commas(sentence).flat_map(statements_run_together) {
                let start = at;
                at += clause.len();
                if sentence[at..].starts_with(['，', ',', '、']) {
                    at += sentence[at..].chars().next().map_or(0, char::len_utf8);
                }
                // A sub-heading run into the clause, as on a page crawled onto one line ((一)政府信息
                // 公开网站主动公开政府信息情况2017年…发布各类信息1251条), names its section's subject.
                let end_of_clause = start + clause.len();
                let clause = crate::text::after_a_point_label(crate::text::after_a_run_in_heading(clause));
                let mut figures = clause_figures(clause);
                // (The clause's channels and whether it counts items, found once for the tests below.)
                let (named, counts) = (channels_in(clause), counts_items(clause));
                let named_before = channel_before.take();
                let clause_before = std::mem::replace(&mut last_clause, clause);
                if figures.is_empty() && counts && named.is_empty() {
                    figures = named_before.map(|before| of_the_channel_before(before, clause)).unwrap_or_default();
                }
                if figures.is_empty() && !counts && named.len() == 1 {
                    figures = all_through_one_channel(clause_before, clause);
                }
                if !counts && named.len() == 1 {
                    channel_before = Some(clause);
                }
                // A clause counting something else (更新160次) and naming nothing keeps the channel
                // named before it for the next clause (在微信公众号“某某”上，更新160次，共计公开378条);
                // so does a share or a rate of it (粉丝用户19.9万余人，同比增长11.2%，粉丝活跃度达40%
                // 以上，全年共发布信息847篇).
                if !counts && named.is_empty() && channel_before.is_none() && crate::text::has_digit(clause) {
                    channel_before = named_before;
                }
                // 在门户网站发布信息14条，发布工作动态36条: the site's statement goes on, its verb
                // first (no subject or means of its own: 政务新媒体发布信息3382条 and 通过新闻发布会
                // 公开5条 are statements of their own), with another figure in the same unit
                // (发布政策解读稿件9篇 after 382条 counts other work) and no 其中 between: the
                // site's figure is not told.
                if let Some((from, end, unit)) = last_statement.take() {
                    let same_unit = item_figures(clause).first().is_some_and(|m| m.as_str().ends_with(unit));
                    let head = clause.trim_start().trim_start_matches(['共', '还', '另', '并', '又']);
                    let verb_first = opens_with_its_verb(head);
                    // 通过官方网站发布政务类信息34条，概况类信息150条: a kind without a verb of its
                    // own goes on with the kinds the site's verb listed.
                    // (包括 opens the breakdown of the site's figure instead: 公开…3437条，包括：人事信息12条;
                    // so do 具体为 and 主要包括: …公开信息153条，具体为：财政类信息68条、….)
                    // (A verb of its own makes it other work: 上报区政府被采纳信息80余条.)
                    let bare_kind = !discloses(clause)
                        && !OWN_VERBS.iter().any(|v| clause.contains(v))
                        && !["包括", "具体为", "具体包括", "主要包括", "主要有"]
                            .iter()
                            .any(|w| clause.trim_start().starts_with(w));
                    let another_kind = bare_kind && (clause.contains('类') || clause.contains("信息"));
                    // 网站共发布统计分析31篇，进度数据表11条: a kind and its count alone, in another
                    // unit, lists kinds as well (not a comparison, 较上年增加10条, nor the same
                    // items counted otherwise, 发布209条，文章共510篇).
                    let kind_in_another_unit = bare_kind
                        && !same_unit
                        && counts_items(clause)
                        && !["增加", "减少", "增长", "下降", "同比", "较", "比", "共", "合计", "总计", "累计"]
                            .iter()
                            .any(|w| clause.contains(w));
                    // 通过网站发布各类政府信息共26条，机构职能类信息1条…: after every kind (各类), the
                    // kinds without a verb break the site's figure down.
                    let of_every_kind = found.get(from).is_some_and(|f| f.label.contains("各类"));
                    let broken_down = (another_kind || kind_in_another_unit) && !verb_first && of_every_kind;
                    let goes_on = figures.is_empty()
                        && (same_unit && (verb_first || another_kind) || kind_in_another_unit)
                        && !broken_down
                        && named.is_empty()
                        && !sentence[end..end_of_clause].contains("其中");
                    if goes_on {
                        found.truncate(from);
                    }
                }
                // 政务微信公开政府信息数58条，其他方式24条: a channel and its figure alone continue
                // the statement before; so do those after 包括 or 其中 (公开政务信息382条，包括政府
                // 网站35条; 共发布信息2483条，其中网站319条，微信851条、微博2348条).
                // (And within a 其中 list after a statement, a channel and its figure alone among
                // kinds: 共发布主动公开政府信息311条，其中主动公开文件72件，公开信息182条，微信6条.)
                if figures.is_empty() && (continues_a_channel_list || in_a_list_of_parts) {
                    figures = bare_channel_list(clause);
                }
                let head = clause.trim_start();
                // (其中 may stand as a clause of its own: 其中，政府网站信息387条、微信服务号290条.)
                let listed = head
                    .strip_prefix("包括")
                    .or_else(|| head.strip_prefix("其中"))
                    .or_else(|| std::mem::take(&mut list_opened).then_some(head));
                list_opened = ["其中", "包括"].iter().any(|w| head.trim_end_matches(['：', ':']).trim_end() == *w);
                if let Some(listed) = listed.filter(|_| figures.is_empty()) {
                    let after_a_statement =
                        start > 0 && counts_items(&sentence[..start]) && discloses(&sentence[..start]);
                    if after_a_statement {
                        figures = bare_channel_list(listed.trim_start_matches(['：', ':']));
                        in_a_list_of_parts = true;
                    }
                }
                continues_a_channel_list = !figures.is_empty();
                // (Or a stock on a date told by its clause: 截至2014年12月31日，在县政府网站累计公开
                // 政府信息846条 — as the proactive total's reader refuses it.)
                let of_a_stock = stock_from.is_some_and(|from| end_of_clause > from)
                    || (clause.contains("累计") && crate::narrative::is_cumulative(&sentence[..end_of_clause]));
                if figures.is_empty() || of_a_stock || crate::prose::dated_elsewhere(&sentence[..end_of_clause], year) {
                    continue;
                }
                let unit = figures.first().and_then(|(_, raw)| raw.trim().chars().last()).unwrap_or('条');
                last_statement = Some((found.len(), end_of_clause, unit));
                for (code, raw) in figures {
                    // A figure said as a bound (超过230条, 逾百条) is approximate: its marker goes
                    // with it, as 余 and 多 do.
                    let raw = with_its_approximation(clause, raw.trim());
                    let Some(figure) = parse_figure(&raw, false) else { continue };
                    found.push(Found { code, value: figure.value, raw, label: clause.to_string(), line: *line });
                }
            }
            // Figures in 件 count documents: a channel's items only in a breakdown of several
            // channels (通过网站公开277件，通过微信公开210件…) or as the sentence's only count
            // (在门户网站上主动公开信息数量为46件), not one channel's share of the documents the
            // sentence made (制发公文64件，通过政府网主动公开24件).
            let in_jian = |f: &Found| f.raw.ends_with('件');
            let mut channels: Vec<&str> =
                found[sentence_starts..].iter().filter(|f| in_jian(f)).map(|f| f.code).collect();
            channels.sort_unstable();
            channels.dedup();
            let the_only_count = || any_count().find_iter(sentence).nth(1).is_none();
            if channels.len() < 2 && !(channels.len() == 1 && the_only_count()) {
                let kept: Vec<Found> = found.drain(sentence_starts..).filter(|f| !in_jian(f)).collect();
                found.extend(kept);
            }
            // A list closed by its sum where one channel's figure is the only one among the parts
            // (通过政务信息公开网主动公开发布基础信息135条，…水利领域信息81条，合计共221条): the
            // parts are kinds, and the channel's figure one kind's share of it.
            let one_channel = found.len() == sentence_starts + 1;
            if one_channel && counts_items(sentence) && crate::text::closing_sum(sentence).is_some() {
                found.truncate(sentence_starts);
            }
        }
    }
    unambiguous(&found, None)
}

/// A clause cut after each figure of items that the next statement follows without a stop, as
/// pages that lost their punctuation print them (…推送信息27条镇官方网站主动公开政府信息64条其中…):
/// after 条 or 篇 of a figure (a digit, 余 or 多 before it), where a Han character follows that
/// does not join the figures (和, 与, 及: 分别为312条和207条).
fn statements_run_together(clause: &str) -> Vec<&str> {
    // Most clauses have neither (found by `memchr`, without decoding the clause).
    if !clause.contains('条') && !clause.contains('篇') {
        return vec![clause];
    }
    let mut out = Vec::new();
    let mut from = 0;
    // Only at a 条 or 篇 (most clauses have none): the characters around it decide.
    for (i, c) in clause.match_indices(['条', '篇']) {
        let end = i + c.len();
        let of_a_figure =
            clause[..i].chars().next_back().is_some_and(|p| p.is_ascii_digit() || matches!(p, '余' | '多'));
        let Some(next) = clause[end..].chars().next() else { continue };
        // After 、 another kind's figure follows (工作动态320条、其他政务信息90条) unless another
        // statement does, with a verb of its own before its figure (微信公众号发布信息1266条、报纸
        // 等媒体发布新闻信息55条) or about other work (编发政务信息220条、解答电话咨询200多次).
        let own_statement_follows = || {
            let rest = &clause[end + next.len_utf8()..];
            let to_its_figure = &rest[..rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len())];
            ["发布", "公开", "推送", "公布", "更新"].iter().chain(&NOT_DISCLOSURE).any(|v| to_its_figure.contains(v))
        };
        let joins = matches!(next, '和' | '与' | '及') || next == '、' && !own_statement_follows();
        if of_a_figure && !joins && (is_basic_han(next) || next == '、') {
            out.push(&clause[from..end]);
            // (The 、 between two statements is no part of the next one: `read` steps over it
            // as over a comma.)
            from = if next == '、' { end + next.len_utf8() } else { end };
        }
    }
    out.push(&clause[from..]);
    out
}

/// A channel figure as stated.
struct Found {
    code: &'static str,
    value: f64,
    raw: String,
    label: String,
    line: u32,
}

/// The first statement of each code, unless the prose gives that code two different figures
/// (then which one is meant is not certain, and none is read).
fn unambiguous(found: &[Found], applicant: Option<nianbao_model::Applicant>) -> Vec<Metric> {
    let mut out: Vec<Metric> = Vec::new();
    for f in found {
        let conflicting = found.iter().any(|o| o.code == f.code && (o.value - f.value).abs() > 1e-9);
        if conflicting || out.iter().any(|m| m.metric == f.code) {
            continue;
        }
        out.push(Metric {
            metric: f.code.into(),
            applicant,
            value: f.value,
            unit: "count".into(),
            label: f.label.clone(),
            raw: f.raw.clone(),
            source: FactSource::Narrative,
            line: f.line,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Vec<(String, f64)> {
        crate::figures_read_by(read, text, 2020)
    }

    #[test]
    fn a_channel_and_its_figure_among_the_kinds_of_a_list_of_parts() {
        assert_eq!(
            read_text("2020年，我局共发布主动公开政府信息300条，其中主动公开文件70件，公开信息180条，微信6条，网络问政回应44条。"),
            [("proactive.via.wechat".into(), 6.0)]
        );
        assert_eq!(read_text("我局编印简报30期，发放宣传资料120份，微信6条。"), [], "no statement's list of parts");
    }

    #[test]
    fn outlets_listed_together_are_not_one_channels() {
        // A sub-site and a channel beside the portal: the figure is all of them.
        assert_eq!(read_text("2020年，某厅门户网站、某部某省子站、某信息联播频道共主动公开政府信息1298条。"), []);
        // Every outlet listed of one channel: that channel's.
        assert_eq!(
            read_text("2020年，在某县政府网站、某市政府网站公开信息120条。"),
            [("proactive.via.website".into(), 120.0)]
        );
        // Kinds listed (月报、季报) are no outlets.
        assert_eq!(
            read_text("某局门户网站按时发布了2020年度环境质量状况月报、季报和年报等信息422条。"),
            [("proactive.via.website".into(), 422.0)]
        );
    }

    #[test]
    fn the_sites_columns_closed_by_deng_are_the_sites_items() {
        assert_eq!(
            read_text("全年利用“某某局”网站，在“政府信息公开”“要闻动态”“党的建设”等栏目发布信息713条。"),
            [("proactive.via.website".into(), 713.0)]
        );
        assert_eq!(
            read_text("2020年，在门户网站“通知公告”“工作动态”等栏目发布信息120条。"),
            [("proactive.via.website".into(), 120.0)]
        );
        assert_eq!(read_text("2020年，在门户网站工作动态栏目发布信息120条。"), [], "one column's");
    }

    #[test]
    fn a_boards_word_closing_a_quoted_name_is_a_column() {
        assert_eq!(read_text("主动公开政府信息的主要类别：“公告栏”信息4条，占总体百分比为4.2%。"), []);
        assert_eq!(
            read_text("村务公开栏公开信息18条，“公开栏”信息4条。"),
            [("proactive.via.other".into(), 18.0)],
            "the board itself, beside a column of its name"
        );
    }

    #[test]
    fn kinds_beside_every_kind_are_all_of_a_channels_items() {
        assert_eq!(
            read_text("依托某某商务微信公众号平台，发布工作动态及各类政务信息360条。"),
            [("proactive.via.wechat".into(), 360.0)]
        );
        assert_eq!(read_text("依托某某商务微信公众号平台，发布工作动态信息360条。"), [], "one kind's");
    }

    #[test]
    fn a_sites_figure_broken_down_after_its_word_for_it() {
        assert_eq!(
            read_text("2020年，主动公开政府信息855条，其中，在某区人民政府门户网站主动及时公开信息153条，具体为：财政类信息68条、行政执法类信息13条。"),
            [("proactive.via.website".into(), 153.0)]
        );
        assert_eq!(
            read_text("2020年，在某区人民政府门户网站公开信息153条，财政类信息68条。"),
            [],
            "a kind after it without a word that opens a breakdown: the site's statement goes on"
        );
    }

    #[test]
    fn a_sites_stock_on_a_date_is_not_its_years_figure() {
        assert_eq!(read_text("截至2020年12月31日，在县政府网站累计公开政府信息846条。"), []);
        assert_eq!(
            read_text("2020年，在县政府网站累计公开政府信息846条。"),
            [("proactive.via.website".into(), 846.0)],
            "the year's, dated by it"
        );
    }

    #[test]
    fn the_items_a_site_added_in_the_year() {
        assert_eq!(read_text("2020年，厅门户网站新增信息1400条。"), [("proactive.via.website".into(), 1400.0)]);
    }

    #[test]
    fn one_channels_figure_among_kinds_closed_by_their_sum_is_one_kinds_share() {
        assert_eq!(read_text("通过政务公开网主动公开机构信息40条，规划信息7条，业务信息13条，合计共60条。"), []);
        assert_eq!(
            read_text("通过门户网站发布信息40条，微信公众号发布信息20条，合计共60条。"),
            [("proactive.via.website".into(), 40.0), ("proactive.via.wechat".into(), 20.0)],
            "channels' figures and their sum: each the channel's"
        );
    }

    #[test]
    fn an_accounts_kind_and_information_itself_may_stand_beside_a_channels_figure() {
        assert_eq!(
            read_text("全年公开信息600条，其中，政府网站信息350条、微信服务号250条。"),
            [("proactive.via.website".into(), 350.0), ("proactive.via.wechat".into(), 250.0)]
        );
    }

    #[test]
    fn a_statement_that_goes_on_with_another_figure_of_the_site() {
        assert_eq!(read_text("我局在县人民政府门户网站发布信息14条，发布工作动态36条。"), []);
        // Its parts after 其中 are parts; another channel's clause is a statement of its own.
        assert_eq!(
            read_text("全年通过门户网站公开政府信息62条，其中，概况类信息更新量22条，政务动态信息更新量40条。"),
            [("proactive.via.website".into(), 62.0)]
        );
        assert_eq!(
            read_text("通过门户网站公开政府信息62条，通过微信公众号发布信息96条。"),
            [("proactive.via.website".into(), 62.0), ("proactive.via.wechat".into(), 96.0)]
        );
        assert_eq!(
            read_text("通过区政府门户网站发布信息2213条，政务新媒体发布信息3382条。"),
            [("proactive.via.website".into(), 2213.0)],
            "a subject of its own"
        );
    }

    #[test]
    fn new_media_named_by_its_account() {
        assert_eq!(
            read_text("政务新媒体平台“某某发布”公众号共发布信息294条。"),
            [("proactive.via.wechat".into(), 294.0)]
        );
        assert_eq!(read_text("政务新媒体平台“某某发布”共发布信息294条。"), [], "no channel named");
    }

    #[test]
    fn every_item_through_one_channel() {
        assert_eq!(
            read_text("全年累计主动公开政府信息11条，均通过某区人民政府门户网站发布，其中机构职能类2条。"),
            [("proactive.via.website".into(), 11.0)]
        );
        assert_eq!(read_text("2020年共发布信息50条，全部在微信公众号公开。"), [("proactive.via.wechat".into(), 50.0)]);
        assert_eq!(read_text("全年主动公开信息120条，均通过政府网站、微信公众号等渠道发布。"), [], "several channels");
        assert_eq!(read_text("全年收到申请5条，均通过网站答复。"), [], "requests, not disclosure");
        assert_eq!(read_text("全年编印简报12期，均通过网站发布。"), [], "no figure of items");
        assert_eq!(
            read_text("网站公开信息11条，均通过微信公众号转发。"),
            [("proactive.via.website".into(), 11.0)],
            "the site's figure, not also the account's"
        );
    }

    #[test]
    fn a_category_on_the_site_is_a_part_of_its_figure() {
        assert_eq!(
            read_text("其中在县政府信息公开网站公开政府信息101条，政务微信公开政府信息45条。在县政府信息公开网站公开政策文件5条，其他各类信息96条。"),
            [("proactive.via.website".into(), 101.0), ("proactive.via.wechat".into(), 45.0)]
        );
    }

    #[test]
    fn the_public_site_beside_the_intranet() {
        assert_eq!(read_text("在县人民政府外网主动公开政府信息数13条。"), [("proactive.via.website".into(), 13.0)]);
        // Its note of parts has commas of its own.
        assert_eq!(
            read_text(
                "在县人民政府外网主动公开政府信息数13条(其中:乡镇动态11条,财政预算决算2条);在公示栏公开内容145条。"
            ),
            [("proactive.via.website".into(), 13.0), ("proactive.via.other".into(), 145.0)]
        );
    }

    #[test]
    fn a_stock_split_by_channel_in_a_paragraph_of_its_own() {
        let paragraphs = [
            (1, "截止2020年12月31日，累计主动公开政府信息301条。".to_string()),
            (2, "其中，网站公开信息126条，公开栏公开175条。".to_string()),
        ];
        assert!(read(&paragraphs, Some(2020)).is_empty());
        let of_the_year = [
            (1, "2020年，主动公开政府信息301条。".to_string()),
            (2, "其中，网站公开信息126条，公开栏公开175条。".to_string()),
        ];
        assert_eq!(read(&of_the_year, Some(2020)).len(), 2, "the year's split");
    }

    #[test]
    fn a_stock_split_by_channel_is_not_the_years_channels() {
        assert_eq!(read_text("截止20201231日，累计主动公开政府信息65条。其中，网站公开信息20条，公开栏公开45条。"), []);
        assert_eq!(read_text("历年累计主动公开政府信息65条，其中网站公开信息20条，公开栏公开45条。"), []);
        // A count at the year's end, not said to be a stock, is the year's.
        assert_eq!(
            read_text("截至2020年底，共公布政府信息65条。其中：网站公开信息20条，公开栏公开45条。"),
            [("proactive.via.website".into(), 20.0), ("proactive.via.other".into(), 45.0)]
        );
        // The year's, split the same way.
        assert_eq!(
            read_text("2020年主动公开政府信息65条。其中，网站公开信息20条，公开栏公开45条。"),
            [("proactive.via.website".into(), 20.0), ("proactive.via.other".into(), 45.0)]
        );
    }

    #[test]
    fn boards_other_ways_and_a_bare_channel_continuing_a_list() {
        assert_eq!(
            read_text("其中：政府网站公开政府信息数46条，政务微信公开政府信息数58条，其他方式24条。"),
            [
                ("proactive.via.website".into(), 46.0),
                ("proactive.via.wechat".into(), 58.0),
                ("proactive.via.other".into(), 24.0)
            ]
        );
        assert_eq!(read_text("村务公开栏公开信息18条。"), [("proactive.via.other".into(), 18.0)]);
        assert_eq!(read_text("借助广播、宣传车等方式公开各类政府信息129条。"), [("proactive.via.other".into(), 129.0)]);
        assert!(read_text("通过门户网站政务公开栏公开工作信息60条。").is_empty(), "the site's own column");
        assert!(read_text("其他方式24条。").is_empty(), "no statement before it");
    }

    #[test]
    fn a_sentence_of_channels_and_their_figures_alone() {
        assert_eq!(
            read_text("“某某民政”微信公众号285条，微博138条。"),
            [("proactive.via.wechat".into(), 285.0), ("proactive.via.weibo".into(), 138.0)]
        );
        assert!(read_text("微信公众号285条。").is_empty(), "one clause alone tells too little");
        assert!(read_text("微信公众号粉丝285条，微博138条。").is_empty(), "other words beside the channel");
    }

    #[test]
    fn channels_listed_after_including() {
        assert_eq!(
            read_text("全年主动公开政务信息382条，包括政府网站35条，微信公众号47条。"),
            [("proactive.via.website".into(), 35.0), ("proactive.via.wechat".into(), 47.0)]
        );
        assert!(read_text("包括政府网站35条。").is_empty(), "after no statement of what was disclosed");
        assert!(read_text("全年收到申请5件，包括网站申请3件。").is_empty(), "requests");
    }

    #[test]
    fn channels_listed_after_of_which() {
        let listed = [
            ("proactive.via.website".into(), 310.0),
            ("proactive.via.wechat".into(), 842.0),
            ("proactive.via.weibo".into(), 1290.0),
        ];
        assert_eq!(read_text("全年共发布各类信息2442条，其中网站310条，微信842条、微博1290条。"), listed);
        assert_eq!(
            read_text("全年共发布各类信息2442条，其中网站（含转发）310条，微信（含转发）842条、微博（含转发）1290条。"),
            listed,
            "a note on what a figure holds"
        );
        assert!(
            read_text("全年共发布各类信息2442条，其中网站（政策文件）310条。").is_empty(),
            "a note narrowing the figure to a category"
        );
        assert!(read_text("全年收到申请5件，其中网站3件。").is_empty(), "requests");
    }

    #[test]
    fn a_site_named_by_its_own_name() {
        assert_eq!(
            read_text("通过某州天气网主动公开信息320条，通过微博发布信息41条。"),
            [("proactive.via.website".into(), 320.0), ("proactive.via.weibo".into(), 41.0)]
        );
        assert_eq!(read_text("在某某之窗网发布信息12条。"), [("proactive.via.website".into(), 12.0)]);
        assert_eq!(
            read_text("在《某县人民政府公众信息网》公开信息65条。"),
            [("proactive.via.website".into(), 65.0)],
            "the site's name in book-title brackets"
        );
        assert_eq!(
            read_text("二是通过某某信息网向社会主动公开信息10033条。"),
            [("proactive.via.website".into(), 10033.0)]
        );
        assert_eq!(
            read_text("通过区政府门户网站共公开了37项政务信息。"),
            [("proactive.via.website".into(), 37.0)],
            "items counted in 项 where 信息 follows"
        );
        assert!(read_text("通过门户网站公开办事事项126项。").is_empty(), "matters, not items of information");
        assert_eq!(
            read_text("通过县民生在线网主动公开信息23条。"),
            [("proactive.via.website".into(), 23.0)],
            "在 in the name"
        );
        for other in [
            "通过互联网公开信息20条。",
            "在局域网发布信息3条。",
            "通过网上公开信息9条。",
            "在省政府采购网公开信息7条。",
        ] {
            assert!(read_text(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_note_that_splits_the_figure_by_channel() {
        assert_eq!(
            read_text("2020年，本局公开各类信息8条（其中：在政府门户网站公开3条，其他方式公开信息5条）。"),
            [("proactive.via.website".into(), 3.0), ("proactive.via.other".into(), 5.0)],
            "a note whose list has commas of its own"
        );
        assert_eq!(
            read_text("全年公开信息共52条（其中政府网站公开40条）。"),
            [("proactive.via.website".into(), 40.0)],
            "a note closed in its clause"
        );
        assert!(
            read_text("全年公开信息共52条（其中乡镇动态40条，财政信息12条）。").is_empty(),
            "a note of categories names no channel"
        );
        assert_eq!(
            read_text("2. 政务新媒体：通过“某某信访”微信公众号发布信息6条，以图文并茂的形式解读政策。"),
            [("proactive.via.wechat".into(), 6.0)],
            "a point's label before its colon names the point, not the statement"
        );
        assert!(
            read_text("政务新媒体：通过“某某信访”微信公众号发布信息6条。").is_empty(),
            "a label without an enumerator is the statement's own words"
        );
        assert_eq!(
            read_text("新媒体发布信息1150条（“某某发布”官方微博1000条，“某某政务”微信公众号150条）。"),
            [("proactive.via.weibo".into(), 1000.0), ("proactive.via.wechat".into(), 150.0)],
            "a note's channels past the comma inside it"
        );
        assert_eq!(
            read_text("全年，网站发布信息823条、微博187条、微信170条、《某某》杂志12期。"),
            [
                ("proactive.via.website".into(), 823.0),
                ("proactive.via.weibo".into(), 187.0),
                ("proactive.via.wechat".into(), 170.0)
            ],
            "channels listed after the first's statement by their figures alone"
        );
        assert_eq!(
            read_text("我办共发布信息门户网站717条、微博545条、微信583条，网站全年总访问量210226次。"),
            [
                ("proactive.via.website".into(), 717.0),
                ("proactive.via.weibo".into(), 545.0),
                ("proactive.via.wechat".into(), 583.0)
            ],
            "the verb and object first, then each channel"
        );
        assert!(
            read_text("全年，网站发布信息823条、工作动态187条。").is_empty(),
            "a kind after the site's statement: a list of kinds, as before"
        );
        assert_eq!(
            read_text("在某某公安官方微博号发布信息3183条(原创135条)，收到留言私信7758条。"),
            [("proactive.via.weibo".into(), 3183.0)],
            "a note of the original posts among them"
        );
        assert!(
            read_text("2022年，共主动公开政府信息（含网站发布）1111条。").is_empty(),
            "a note of what the total holds names no channel's figure"
        );
        assert_eq!(
            read_text("全年政务“双微”推文900条（微信公众号发文500篇，微博发布400条）。"),
            [("proactive.via.wechat".into(), 500.0), ("proactive.via.weibo".into(), 400.0)],
            "a note of channels' own statements without 其中, an account's 发文"
        );
        assert_eq!(
            read_text("通过政务新媒体（微信公众号）发布信息251条。"),
            [("proactive.via.wechat".into(), 251.0)],
            "a channel in brackets without a figure narrows the word"
        );
        assert!(
            read_text("全年共发文161件，其中主动公开106件。").is_empty(),
            "发文 without a channel issues documents"
        );
    }

    #[test]
    fn categories_given_as_examples_of_all_a_channel_posted() {
        assert_eq!(
            read_text("网站全年共发布各类工作动态、政策解读、环境监管等信息115条。"),
            [("proactive.via.website".into(), 115.0)]
        );
        assert!(read_text("网站全年共发布工作动态信息115条。").is_empty(), "one category");
        assert_eq!(
            read_text("全年通过政府网站主动公开财政预决算、招生入学政策、重要政策解读等群众关心关注的信息共计86条。"),
            [("proactive.via.website".into(), 86.0)],
            "the kinds listed, then what they have in common"
        );
        assert_eq!(
            read_text("通过县人民政府网站发布各类政府信息共40条，机构职能类信息2条，工作动态信息30条。"),
            [("proactive.via.website".into(), 40.0)],
            "every kind, then the kinds it holds"
        );
        assert!(
            read_text("通过官方网站发布政务类信息34条，概况类信息150条。").is_empty(),
            "one kind, then another: the site's figure is not told"
        );
        assert!(
            read_text("本局网站共发布专题调研分析20篇，数据简报14条，解读信息9篇。").is_empty(),
            "kinds listed in other units: the first is one kind's"
        );
        assert_eq!(
            read_text("在门户网站公开政府信息86条，较上年增加10条。"),
            [("proactive.via.website".into(), 86.0)],
            "a comparison after the site's statement"
        );
        assert_eq!(
            read_text("微信公众号发布信息120条，文章共300篇。"),
            [("proactive.via.wechat".into(), 120.0)],
            "the same items counted otherwise"
        );
        assert_eq!(
            read_text("在区政府门户网站发布信息16条，上报区政府被采纳信息80余条。"),
            [("proactive.via.website".into(), 16.0)],
            "other work with a verb of its own after the site's statement"
        );
        assert_eq!(
            read_text("通过微信公众平台发布图文信息，公开的信息包括工作动态、重大会议、政策法规等共30篇。"),
            [("proactive.via.wechat".into(), 30.0)],
            "the channel in the clause before, the kinds closed by 等 without 信息"
        );
    }

    #[test]
    fn a_part_in_brackets_and_a_board_for_notices() {
        assert_eq!(
            read_text("其中通过政府信息公开网站公开信息共382条（其中专题专栏公开信息95条），发布政策解读稿件9篇。"),
            [("proactive.via.website".into(), 382.0)],
            "the part in brackets is not the statement"
        );
        assert_eq!(
            read_text("通过公示公告栏等途径发布信息640条。"),
            [("proactive.via.other".into(), 640.0)],
            "a board for notices is a board"
        );
        assert!(read_text("发布通知公告56条。").is_empty(), "notices are one category");
        assert_eq!(
            read_text("其中通过政府门户网站发布信息31条、通过公示公告栏等途径发布信息861条。"),
            [("proactive.via.website".into(), 31.0), ("proactive.via.other".into(), 861.0)],
            "in a list of statements"
        );
    }

    #[test]
    fn a_sub_heading_run_into_the_clause_names_no_channel() {
        assert!(read_text("（一）政府信息公开网站主动公开政府信息情况2020年政府信息公开全年发布各类信息1251条。")
            .is_empty());
        assert!(
            read_text("（一）政府信息公开网站主动公开政府信息情况，2020年全年共发布信息1251条。").is_empty(),
            "the heading a clause of its own"
        );
        assert!(
            read_text("府信息公开网站主动公开政府信息情况2020年政府信息公开全年发布各类信息1251条。").is_empty(),
            "the heading cut from its enumerator, its 情况 run into the year"
        );
        assert_eq!(
            read_text("（一）主动公开情况2020年通过政府网站发布各类信息1251条。"),
            [("proactive.via.website".into(), 1251.0)],
            "the statement's own channel"
        );
    }

    #[test]
    fn a_channels_items_counted_in_jian() {
        assert_eq!(
            read_text(
                "按发布渠道分，通过政府网站政府信息公开专栏公开318件，通过政务微信公开154件，通过政府公报公开62件。"
            ),
            [
                ("proactive.via.website".into(), 318.0),
                ("proactive.via.wechat".into(), 154.0),
                ("proactive.via.gazette".into(), 62.0)
            ]
        );
        assert_eq!(
            read_text("全年我乡在政府门户网站上主动公开信息数量为52件，内容涵盖工作动态等信息。"),
            [("proactive.via.website".into(), 52.0)],
            "the sentence's only count"
        );
        assert!(read_text("通过政府网站公开规范性文件31件。").is_empty(), "one category of documents");
        assert!(
            read_text("共制发公文类政府信息64件，通过政府网主动公开24件，占制发文件总数的37.5%。").is_empty(),
            "one channel's share of the documents made"
        );
    }

    #[test]
    fn statements_run_together_without_their_stops() {
        assert_eq!(
            read_text("镇微信公众号推送信息27条镇官方网站主动公开政府信息64条其中发布工作动态39条、公示公告18条。"),
            [("proactive.via.wechat".into(), 27.0), ("proactive.via.website".into(), 64.0)]
        );
        assert_eq!(statements_run_together("依据《条例》规定，网站公开12条"), ["依据《条例》规定，网站公开12条"]);
        assert_eq!(
            read_text("通过“某某”微信公众号发布信息1266条、报纸、广播电视等媒体发布新闻信息55条。"),
            [("proactive.via.wechat".into(), 1266.0)],
            "another statement after 、, with its own verb"
        );
        assert_eq!(
            read_text("全年在门户网站编发政务信息220条、解答电话咨询200多次、在线留言咨询1条。"),
            [("proactive.via.website".into(), 220.0)],
            "other work after 、; 编发 posts"
        );
    }

    #[test]
    fn channels_named_as_examples_of_several_are_not_one() {
        assert_eq!(
            read_text("我局通过政府门户网、政府采购网等渠道公开了各类信息221条，其中通过政府门户网站公开207条，通过某省政府采购网公开14条。"),
            [("proactive.via.website".into(), 207.0)]
        );
        assert!(
            read_text("区统计局通过区政府网站、爱某某APP、省市统计网站公开信息91条。").is_empty(),
            "an app beside the site"
        );
        assert_eq!(
            read_text("通过政府门户网站公开信息30条，线下政务公开栏及被审计单位公开栏等渠道公开信息25条。"),
            [("proactive.via.website".into(), 30.0), ("proactive.via.other".into(), 25.0)],
            "boards, each of them"
        );
    }

    #[test]
    fn categories_closed_by_the_rest_of_them_are_the_whole() {
        assert_eq!(
            read_text("其中，政府门户网站共发布工作动态、其他政务信息320条，政务微信公开98条。"),
            [("proactive.via.website".into(), 320.0), ("proactive.via.wechat".into(), 98.0)]
        );
        assert!(read_text("政府门户网站发布工作动态、通知公告320条。").is_empty(), "categories without the rest");
        assert!(read_text("政府门户网站发布工作动态320条、其他政务信息90条。").is_empty(), "the rest apart");
    }

    #[test]
    fn the_sites_disclosure_column_is_the_site() {
        assert_eq!(
            read_text("通过政府网站政府信息公开专栏公开318条，通过政务微信公开154条，通过新闻发布会公开5条。"),
            [("proactive.via.website".into(), 318.0), ("proactive.via.wechat".into(), 154.0)]
        );
        assert_eq!(
            read_text("通过政府网站政府资讯公开专栏公开27条。"),
            [("proactive.via.website".into(), 27.0)],
            "in Taiwan's phrasing"
        );
        assert!(read_text("在门户网站工作动态专栏公开12条。").is_empty(), "one column of the site");
        assert_eq!(
            read_text("2020年经政府网站主动公布政府信息合计187条。"),
            [("proactive.via.website".into(), 187.0)],
            "公布 discloses"
        );
        assert!(read_text("通过市政府网站主动公开规范性文件31件。").is_empty(), "documents, one category");
    }

    #[test]
    fn one_channel_and_one_figure_per_clause() {
        assert_eq!(
            read_text("通过县政府网站公开政府信息数143条，通过微信公开政府信息数37条，其他方式公开政府信息数88条。"),
            [
                ("proactive.via.website".into(), 143.0),
                ("proactive.via.wechat".into(), 37.0),
                ("proactive.via.other".into(), 88.0)
            ]
        );
    }

    #[test]
    fn a_clause_dated_another_year_by_its_sentence_is_not_read() {
        assert!(read_text("2019年，我镇通过政府网站主动公开政府信息223条。").is_empty());
        assert_eq!(
            channel_figures(&[(
                1,
                "新闻网站刊发信息90余条；政务微信公众号推送信息30余条，官方网站主动公开政府信息57条。".into()
            )]),
            2
        );
        assert_eq!(
            channel_figures(&[(
                1,
                "在政府官网上主动公开信息423条。此外，还通过某某微信公众号，发布信息977条。".into()
            )]),
            2,
            "a channel named in one clause, its figure in the next"
        );
        assert_eq!(
            channel_figures(&[(
                1,
                "在政府网站上发布信息共52条。在微信公众号“某某发布”上，更新90次，共计公开214条。".into()
            )]),
            2,
            "a clause counting something else between the channel and its figure"
        );
        assert_eq!(
            channel_figures(&[(
                1,
                "在市门户网站主动公开工作动态、公告公示等各类政府信息345条，在局网站主动公开各类信息335条。".into()
            )]),
            2,
            "two sites, each with its own figure"
        );
        assert_eq!(
            channel_figures(&[
                (1, "全县通过政府网站主动公开政府信息3102条。".into()),
                (2, "通过政务新媒体公开政府信息12840条，运行情况良好。".into())
            ]),
            2,
            "new media, a channel without a code"
        );
        assert_eq!(
            channel_figures(&[(1, "通过政府网站公开信息59条。政府网站公开政府信息59条。".into())]),
            1,
            "one figure said twice"
        );
        assert_eq!(
            channel_figures(&[(
                1,
                "累计公开政府信息508条，其中网站公开信息293条。全年依托网站共公开信息1393条。".into()
            )]),
            1,
            "another sentence's figure of the channel: a stock's share"
        );
    }

    #[test]
    fn a_channel_named_in_the_clause_before_its_figure() {
        assert_eq!(
            read_text("同时，“某某”微信公众号也充分发挥作用，全年共推送信息240条。"),
            [("proactive.via.wechat".into(), 240.0)]
        );
        assert_eq!(
            read_text("建立某某局微信公众服务号，发布民政信息212条。"),
            [("proactive.via.wechat".into(), 212.0)]
        );
        assert!(read_text("依托网站和微信等平台，发布信息312条。").is_empty(), "several channels");
        assert!(read_text("依托微信公众号等平台，发布信息312条。").is_empty(), "one channel among others");
        assert!(read_text("加强微信公众号管理，各科室报送信息30条。").is_empty(), "another subject's items");
    }

    #[test]
    fn news_outlets_listed_after_a_sites_statement_leave_the_sites_figure() {
        assert_eq!(
            read_text(
                "通过市政府门户网站发布各类政务信息34篇、某某融媒体17篇、学习强国3篇、某某新闻2篇，参加新闻发布会1次。"
            ),
            [("proactive.via.website".into(), 34.0)]
        );
        assert!(
            read_text("通过门户网站发布信息34篇、工作简报17篇。").is_empty(),
            "a kind of item: the site's figure untold"
        );
    }

    #[test]
    fn an_account_on_another_platform_is_no_wechat_account() {
        assert_eq!(
            read_text("累计公开政府信息3667条，其中通过某局政务外网公开1910条，通过某某微信公众号公开910条，通过某某今日头条公众号公开700条，通过抖音公众号公开18条。"),
            [("proactive.via.website".into(), 1910.0), ("proactive.via.wechat".into(), 910.0)]
        );
        // The account's followers, their growth and share between it and its figure.
        assert_eq!(
            read_text("“某某医保”微信公众号粉丝用户19.9万余人，同比增长11.2%，粉丝活跃度达40%以上，全年共发布信息847篇，总阅读数101.1万。"),
            [("proactive.via.wechat".into(), 847.0)]
        );
        // A figure said as a bound keeps its word: approximate, as 余 is.
        let found =
            read(&[(1, "某某微信公众号关注用户总量突破200万，本年度发布原创文章超过230条。".to_string())], Some(2020));
        assert_eq!(found.iter().map(|m| m.raw.as_str()).collect::<Vec<_>>(), ["超过230条"]);
        // WeChat's video platform beside the account: the account's figure stands alone.
        assert_eq!(
            read_text("其中，“某某”微信公众号发布活动预告等320条，抖音号、微信视频号发布短视频86条。"),
            [("proactive.via.wechat".into(), 320.0)]
        );
    }

    #[test]
    fn a_list_of_channels_each_with_its_figure() {
        assert_eq!(
            read_text("全区主动公开政府信息共计1313条，其中政府网站公开812条、政务微信公开406条、其他方式公开95条。"),
            [
                ("proactive.via.website".into(), 812.0),
                ("proactive.via.wechat".into(), 406.0),
                ("proactive.via.other".into(), 95.0)
            ]
        );
        assert_eq!(
            read_text("其中，政府网站公开政府信息58条、编辑上报信息简报共20篇、转发回复网帖96篇。"),
            [("proactive.via.website".into(), 58.0)],
            "items without a channel are other work"
        );
        assert_eq!(
            read_text("其中，政府网站公开政府信息58条、编印工作简报共12期、回复网民留言93篇。"),
            [("proactive.via.website".into(), 58.0)],
            "other work counted in issues and in posts, each with a verb of its own"
        );
        assert!(
            read_text("在县政府网上主动公开人事任免信息4条、规划计划信息11条、其他文件2条。").is_empty(),
            "one channel's categories"
        );
        assert!(read_text("2020年我委通过网站、微信等不同渠道主动公开信息3067条。").is_empty(), "channels, not items");
        assert!(read_text("在政府网站公开人事任免信息7条。").is_empty(), "one category alone");
        assert_eq!(
            read_text("在微信公众号“某某发布”上，更新90次，共计公开214条。"),
            [("proactive.via.wechat".into(), 214.0)],
            "a clause counting something else between the channel and its figure"
        );
        assert_eq!(
            read_text("新开了“健康某某”微信公众号，今年共推送相关信息175条。"),
            [("proactive.via.wechat".into(), 175.0)],
            "the channel's figure in the next clause, opening with 今年"
        );
        assert_eq!(
            read_text("通过政务新媒体（微信公众号）发布信息318条。"),
            [("proactive.via.wechat".into(), 318.0)],
            "new media narrowed to one channel in brackets"
        );
        assert!(read_text("通过政务新媒体（微信、微博）发布信息318条。").is_empty(), "narrowed to two");
        assert_eq!(
            read_text("在新媒体微信公众号“某某”上共计公开205条。"),
            [("proactive.via.wechat".into(), 205.0)],
            "new media named by the one channel right after it"
        );
        assert!(
            read_text("在政府网站公开全县工作会议、专题会议、常务会议信息23条，以及公开政策文件15条。").is_empty(),
            "meetings of several kinds: one category"
        );
        assert_eq!(
            read_text("在政府网上主动公开人事任免信息5条、规划计划信息19条，通过政府网站公开246条。"),
            [("proactive.via.website".into(), 246.0)],
            "the category list is not read, the website's own statement is"
        );
        assert!(
            read_text("我局通过官方网站发布政务类信息27条，概况类信息96条。").is_empty(),
            "one kind, the next kind after it without a verb: the site's figure is not told"
        );
        assert_eq!(
            read_text("市政府门户网站公开各类政府信息共计2210条，包括：人事信息9条，其他类信息2201条。"),
            [("proactive.via.website".into(), 2210.0)],
            "the site's figure, then its breakdown"
        );
        assert!(
            read_text(
                "在政府网上主动公开人事任免信息5条、规划计划信息19条\u{FFFD}通过政府网站公开政府信息\u{FFFD}246条"
            )
            .is_empty(),
            "a list run into the next sentence where the decoder lost its stop"
        );
        assert!(
            read_text("县直各单位主动公开政府信息16条\u{FFFD}通过门户网站及时发布重点领域信息。").is_empty(),
            "a figure run into the next sentence's channel"
        );
    }

    #[test]
    fn respectively_pairs_channels_and_figures_in_order() {
        assert_eq!(
            read_text("在镇政务微博、微信公开信息分别为312条和207条。"),
            [("proactive.via.weibo".into(), 312.0), ("proactive.via.wechat".into(), 207.0)]
        );
    }

    #[test]
    fn news_sites_requests_columns_and_conflicting_sites_are_not_read() {
        assert!(read_text("在新闻网站发布信息160余条，网上申请3件，在门户网站的工作栏目公开了63条。").is_empty());
        assert!(read_text("在省政府网站发布64条；在厅门户网站发布22条。").is_empty(), "two figures for one channel");
        // An account named after a site (“某某省政府网”微信公众号) is the account.
        assert_eq!(
            read_text("“某某省政府网”微信公众号推送信息3186条，总阅读量265.3万次。"),
            [("proactive.via.wechat".into(), 3186.0)]
        );
        // The site of disclosure by its word 公开网 is a site too: two sites, two figures.
        assert_eq!(read_text("政府公开网公开信息51条。"), [("proactive.via.website".into(), 51.0)]);
        assert!(read_text("政府公开网公开信息51条。某某门户网站主动公开各类政府信息211条。").is_empty());
        assert!(read_text("政务新媒体发布信息607条。").is_empty());
        assert_eq!(read_text("政务微博全年累计发布信息31条。"), [("proactive.via.weibo".into(), 31.0)]);
        assert_eq!(
            read_text("2020 年，县政府网站累计发布各类政务信息 10300条。"),
            [("proactive.via.website".into(), 10300.0)]
        );
        assert!(read_text("在市政府门户网站发布政府动态类信息1464条。").is_empty(), "one category");
        assert!(
            read_text("通过县政府门户网站主动公开各类信息，累计发布（某府发、某府办发、某府办函）等政策文件89条。")
                .is_empty(),
            "one category, its examples in brackets"
        );
        assert_eq!(
            read_text("全年依托“中国·瓯海”等政府网站发布信息3.3万条。"),
            [("proactive.via.website".into(), 33000.0)]
        );
    }
}

/// How requests came in, as sentences break them down (其中当面申请13件、网上申请41件、信函申请
/// 7件; 快递邮寄申请12件，电子邮件申请2件; 通过官方网站提交申请表的862件，当面提交13件, the
/// verb without 申请): `apply.received.{in_person, online, letter, email,
/// fax}`, applicant `total`. Read only in a sentence about requests (申请 with 收到/受理/其中),
/// each channel once; a channel given two different figures is not read.
pub fn requests_by_channel(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::pattern::compile(r"(?P<how>当面|现场|网上|网络|在线|政府网站|官方网站|门户网站|网站|快递邮寄|邮寄|信函|信件|来信|邮政|电子邮件|电子邮箱|传真)(?:方式)?(?:纸质版|纸质)?(?:(?:提出|提交)(?:的)?(?:申请(?:表|书)?)?|(?:收到|接收|受理)?(?:的)?申请(?:表|书|件)?)(?:数)?(?:的)?(?:为)?\s*(?P<fig>\d[\d,]*)\s*(?:件|宗|条|份)").unwrap()
    });
    let code_of = |how: &str| match how {
        "当面" | "现场" => "apply.received.in_person",
        "网上" | "网络" | "在线" | "政府网站" | "官方网站" | "门户网站" | "网站" => {
            "apply.received.online"
        }
        "电子邮件" | "电子邮箱" => "apply.received.email",
        "传真" => "apply.received.fax",
        _ => "apply.received.letter",
    };
    let mut found: Vec<(&'static str, f64, String, u32)> = Vec::new();
    for (line, text) in paragraphs {
        if !text.contains("申请") || !crate::text::has_digit(text) {
            continue;
        }
        // A 其中 list may run on past its semicolons (其中：当面申请180件，占75%；网上申请48件…):
        // the sentence about requests ends at 。.
        for sentence in text.split('。') {
            if !(sentence.contains("收到") || sentence.contains("受理") || sentence.contains("其中")) {
                continue;
            }
            // A list names 申请 once (网上申请42件，现场申请0件，邮寄2件): after one item of the
            // usual form, a channel right before its figure is another item.
            let listed = re.is_match(sentence);
            let bare = listed.then(|| bare_list_item().captures_iter(sentence)).into_iter().flatten();
            // (The figure-first form only where its words occur: most sentences have none.)
            let figure_first_said =
                ["件为", "份为", "宗为", "件是", "件系", "件属于"].iter().any(|w| sentence.contains(w));
            let figure_first =
                figure_first_said.then(|| figure_before_its_way().captures_iter(sentence)).into_iter().flatten();
            for c in re
                .captures_iter(sentence)
                .chain(all_by_one_way().captures_iter(sentence))
                .chain(bare)
                .chain(figure_first)
            {
                let before = &sentence[..c.get(0).unwrap().start()];
                if crate::prose::dated_elsewhere(before, year) || crate::prose::sub_unit_subject(before) {
                    continue;
                }
                let Some(fig) = parse_figure(&c["fig"], false) else { continue };
                found.push((code_of(&c["how"]), fig.value, c.get(0).unwrap().as_str().to_string(), *line));
            }
        }
    }
    let found: Vec<Found> = found
        .into_iter()
        .map(|(code, value, raw, line)| Found { code, value, label: raw.clone(), raw, line })
        .collect();
    unambiguous(&found, Some(nianbao_model::Applicant::Total))
}

/// The figure first, then the way (收到申请6件，2件为网络申请，4件为信件申请; 其中3件为网上申请;
/// 按申请方式区分，3件属于网络平台申请).
fn figure_before_its_way() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(r"(?:^|[，,、；;：:（(]|其中)\s*(?P<fig>\d[\d,]*)\s*(?:件|宗|份)(?:为|是|系|属于)(?:通过)?(?P<how>当面|现场|网上|网络|在线|快递邮寄|邮寄|信函|信件|来信|电子邮件|电子邮箱|传真)(?:平台)?(?:方式)?(?:提出|提交)?(?:的)?申请").unwrap()
    })
}

/// A channel and its figure alone, at the head of a clause or list item (，邮寄2件).
fn bare_list_item() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(r"(?:^|[，,、；;：:（(])\s*(?P<how>当面|现场|网上|网络|在线|快递邮寄|邮寄|信函|信件|来信|电子邮件|电子邮箱|传真)\s*(?P<fig>\d[\d,]*)\s*(?:件|宗|份)").unwrap()
    })
}

/// Every request by one way, said after their number (收到政府信息公开申请6件，为市政府网站在线
/// 申请; 受理申请3件，均为当面申请): the way's figure is the whole number.
fn all_by_one_way() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(r"申请(?:[^，,。；;\d]{0,10}?)\s*(?P<fig>\d[\d,]*)\s*(?:件|宗|份)[，,]\s*(?:均|全部|皆|都)?(?:为|是|系)(?:通过)?[^，,。；;\d]{0,8}?(?P<how>当面|现场|网上|网络|在线|快递邮寄|邮寄|信函|电子邮件|电子邮箱|传真)(?:方式)?(?:提出|提交)?(?:的)?申请").unwrap()
    })
}

#[cfg(test)]
mod request_tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, f64)> {
        crate::figures_read_by(requests_by_channel, text, 2020)
    }

    #[test]
    fn requests_broken_down_by_how_they_came() {
        assert_eq!(
            read("全年共受理申请61件。其中当面申请13件、网上申请41件、信函申请7件。"),
            [
                ("apply.received.in_person".into(), 13.0),
                ("apply.received.online".into(), 41.0),
                ("apply.received.letter".into(), 7.0)
            ]
        );
        assert_eq!(
            read("全年共受理政府信息公开申请30件，其中网站申请25件、当面申请2件、信函申请3件。"),
            [
                ("apply.received.online".into(), 25.0),
                ("apply.received.in_person".into(), 2.0),
                ("apply.received.letter".into(), 3.0)
            ],
            "a request through the site is online"
        );
        assert_eq!(
            read("共受理依申请政府信息公开事项29例，其中通过网络收到申请25件，通过来信收到申请件4件，全部按时办结。"),
            [("apply.received.online".into(), 25.0), ("apply.received.letter".into(), 4.0)],
            "the way before the verb that received them"
        );
        assert_eq!(
            read("2020年共受理依申请公开14件，其中快递邮寄申请12件，电子邮件申请2件。"),
            [("apply.received.letter".into(), 12.0), ("apply.received.email".into(), 2.0)]
        );
        assert_eq!(
            read("共受理申请240件。其中：当面申请180件，占75%；网上申请48件，占20%；电子邮件申请0件。"),
            [
                ("apply.received.in_person".into(), 180.0),
                ("apply.received.online".into(), 48.0),
                ("apply.received.email".into(), 0.0)
            ],
            "a 其中 list running on past its semicolons"
        );
        assert_eq!(
            read("本年收到申请20件（其中：网上申请15件，当面申请3件，邮寄2件）。"),
            [
                ("apply.received.online".into(), 15.0),
                ("apply.received.in_person".into(), 3.0),
                ("apply.received.letter".into(), 2.0)
            ],
            "a list that names 申请 once"
        );
        assert!(read("本年收到申请20件，邮寄2件材料。").is_empty(), "no list without an item of the usual form");
        assert!(read("网上申请办理事项54件。").is_empty(), "not a sentence about requests received");
        assert_eq!(
            read("全年共收到政府信息公开申请6件，为市政府网站在线申请，已全部按时答复。"),
            [("apply.received.online".into(), 6.0)],
            "all by one way, said after their number"
        );
        assert_eq!(
            read("2020年我委收到依申请公开政府信息2件，均为网络申请件，均予以邮寄公开。"),
            [("apply.received.online".into(), 2.0)],
            "what was requested between 申请 and the figure"
        );
        assert_eq!(read("共受理申请3件，均为当面申请。"), [("apply.received.in_person".into(), 3.0)]);
        assert_eq!(read("全年共受理依申请公开5件，都为信函申请。"), [("apply.received.letter".into(), 5.0)]);
        assert_eq!(
            read("2020年收到政府信息依申请公开6件，2件为网络申请，4件为信件申请。"),
            [("apply.received.online".into(), 2.0), ("apply.received.letter".into(), 4.0)],
            "the figure before its way"
        );
        assert_eq!(
            read("2020年收到申请5件，其中3件为网上申请，2件为当面申请。"),
            [("apply.received.online".into(), 3.0), ("apply.received.in_person".into(), 2.0)],
            "the first right after 其中"
        );
        assert_eq!(
            read("2020年受理申请5件。在受理的5件申请中，按申请方式区分，3件属于网络平台申请，2件属于信函申请。"),
            [("apply.received.online".into(), 3.0), ("apply.received.letter".into(), 2.0)],
            "属于, the platform of the way"
        );
        assert_eq!(
            read(
                "共收到申请120件。其中，通过局官方网站提交申请表的96件，占比80%；通过信函提交申请的20件；当面提交4件。"
            ),
            [
                ("apply.received.online".into(), 96.0),
                ("apply.received.letter".into(), 20.0),
                ("apply.received.in_person".into(), 4.0)
            ],
            "the form submitted through the site; the verb without 申请"
        );
        assert_eq!(
            read("收到依申请公开件9件，其中，当面申请的4件，来信申请的5件。"),
            [("apply.received.in_person".into(), 4.0), ("apply.received.letter".into(), 5.0)],
            "的 before the figure; 来信 is a letter"
        );
        assert_eq!(
            read("全年共收到依申请公开14件（其中信件申请10件，网络申请4件）。"),
            [("apply.received.letter".into(), 10.0), ("apply.received.online".into(), 4.0)],
            "信件 is a letter"
        );
        assert_eq!(
            read("共收到政府信息公开申请11件，其中通过政府网站申请9件、向县政府办公室邮寄纸质版申请2件。"),
            [("apply.received.online".into(), 9.0), ("apply.received.letter".into(), 2.0)],
            "through the government's website; mailed on paper"
        );
        assert!(read("共受理申请3件，为群众咨询。").is_empty(), "no way named");
        assert!(read("各乡镇共受理申请3件，均为当面申请。").is_empty(), "a sub-unit's");
    }
}
