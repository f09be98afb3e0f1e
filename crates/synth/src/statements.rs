//! The sentences in which narrative reports state their facts, in the forms real reports use
//! (written for the generator: the phrasing classes, none of a real report's text), with the
//! traps beside them — a sub-unit's count, last year's figure, a reconsideration request — that
//! state no fact of this report. Each function returns the sentences and the facts they state.

use crate::rng::Rng;
use crate::Fact;

/// A section's statement: the sentences for a report year, and the facts they state.
/// A section's statements for a report of `year` by the setting's agency.
pub type Statement = fn(&crate::prose::Setting, u16, &mut Rng) -> (Vec<String>, Vec<Fact>);

/// Up to two of the requests `disclosed` would count, refused instead under `code`: taken from
/// `disclosed`, recorded as a fact, and returned for the sentence to print.
fn withheld_of(disclosed: &mut u64, code: &str, rng: &mut Rng, facts: &mut Vec<Fact>) -> u64 {
    let withheld = rng.range(0, (*disclosed).min(2));
    *disclosed -= withheld;
    facts.push(fact(code, withheld as f64));
    withheld
}

fn fact(metric: &str, value: f64) -> Fact {
    let applicant = metric.starts_with("apply.").then(|| "total".to_string());
    Fact { metric: metric.to_string(), applicant, value, label: None }
}

/// The total's parts (`proactive.part`), each under its printed label.
fn parts_of_the_total<'a>(parts: &'a [(&'a str, u64)]) -> impl Iterator<Item = Fact> + 'a {
    parts.iter().map(|(label, n)| Fact {
        metric: "proactive.part".into(),
        applicant: None,
        value: *n as f64,
        label: Some(label.to_string()),
    })
}

/// The proactive total, in one of its forms, now and then with its channels or a trap before it.
pub fn proactive(setting: &crate::prose::Setting, year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    let agency = setting.agency;
    let total = rng.range(30, 3000);
    let mut out = Vec::new();
    let mut facts = vec![fact("proactive.total", total as f64)];
    if rng.chance(0.2) {
        // A sub-unit's part, and last year's figure: neither is this agency's total this year.
        out.push(format!("县直各单位主动公开政府信息{}条。", rng.range(1, 29)));
    }
    if rng.chance(0.2) {
        out.push(format!("{}年，我单位主动公开政府信息{}条，本年度继续加大公开力度。", year - 1, rng.range(30, 3000)));
    }
    if rng.chance(0.04) {
        // The site's statement going on with another figure of its own: the site's figure is
        // not told.
        out.push(format!(
            "我单位在{}人民政府门户网站围绕基本信息等方面发布信息{}条，发布工作动态{}条。",
            setting.county_kind,
            rng.range(1, 60),
            rng.range(1, 60)
        ));
    }
    if rng.chance(0.03) {
        // One platform's items told again under the heading of proactive disclosure, 信息
        // alone and no 全年: not the total.
        let platform = rng.range(1, 900);
        out.push(format!("政府信息公开平台发布各类信息{platform}条，其中文件类信息{}条。", platform / 10));
        out.push("1、主动公开政府信息".to_string());
        out.push(format!("{year}年，共发布信息{platform}条，信息发布的格式进一步规范。"));
    }
    if rng.chance(0.03) {
        // The site's items listed by kind in different units: the first is one kind's, the
        // site's figure is not told.
        out.push(format!(
            "本单位网站共发布专题分析{}篇，数据简报{}条，解读信息{}篇。",
            rng.range(1, 60),
            rng.range(1, 60),
            rng.range(1, 60)
        ));
    }
    if rng.chance(0.05) {
        // The stock on a date (its 年 and 月 lost now and then), split by where it went: not
        // the year's total.
        let (online, board) = (rng.range(1, 400), rng.range(1, 400));
        let date = if rng.chance(0.5) { format!("{year}1231日") } else { format!("{year}年12月31日") };
        out.push(format!(
            "截止{date}，累计主动公开政府信息{}条。其中，网站公开信息{online}条，公开栏公开{board}条。",
            online + board
        ));
    }
    if rng.side_chance(109, 0.03) && total >= 10 {
        // The items by the site's columns, one named like a board in quotes (“公告栏”): kinds,
        // no board's figure.
        // (From side streams: the document's other draws stay as they were.)
        let board = rng.side_range(111, 1, total / 4);
        out.push(format!(
            "主动公开政府信息的主要类别：“公告栏”信息{board}条，占总体百分比为{:.1}%；“工作动态”信息{}条。",
            100.0 * board as f64 / total as f64,
            rng.side_range(112, 0, total / 2)
        ));
    }
    if rng.chance(0.15) {
        // One channel's categories, listed: no channel's figure, no total.
        out.push(format!("在政府网上主动公开人事任免信息{}条、规划计划信息{}条。", rng.range(1, 9), rng.range(1, 30)));
    }
    match rng.range(0, 15) {
        // The total's thousands set apart, by a comma of either width (1，234 or 1,234).
        _ if total >= 1000 && rng.side_chance(90, 0.06) => {
            let comma = if rng.side_chance(91, 0.5) { "，" } else { "," };
            out.push(format!("{year}年，我单位共主动公开政府信息{}{comma}{:03}条。", total / 1000, total % 1000));
        }
        // Outlets listed together, a sub-site and a channel beside the site: the total, no
        // site's figure.
        // (Or the platform of disclosure and the site, listed before the verb without 共.)
        _ if rng.side_chance(97, 0.03) => out.push(if rng.side_chance(100, 0.5) {
            format!("{year}年，我单位通过政府信息公开平台、政府网站主动公开政府信息{total}条。")
        } else {
            format!("{year}年，本单位门户网站、上级部门网站子站、全国信息联播频道共主动公开政府信息{total}条。")
        }),
        // Kinds listed and closed as all the content (…履职依据等内容共计33条): the total.
        _ if rng.side_chance(124, 0.03) => {
            out.push(format!("据统计，主动公开发布部门预算决算情况说明、履职依据等内容共计{total}条。"))
        }
        // What the year added up to, at its end (截至…年底，本年度累计…): the total.
        _ if rng.side_chance(101, 0.03) => {
            out.push(format!("截至{year}年底，本年度累计主动公开各类政府信息{total}条。"))
        }
        // All that was disclosed, split by how: the proactive share is the total.
        _ if rng.side_chance(95, 0.03) => {
            let on_request = rng.range(0, 60);
            out.push(format!(
                "{year}年，我单位共公开政府信息{}条，其中主动公开{total}条，依申请公开{on_request}条。",
                total + on_request
            ));
        }
        // Kinds listed after a plain verb and the channels it went through, under the heading of
        // proactive disclosure: the total.
        _ if rng.side_chance(10, 0.04) => out.push(format!(
            "{year}年，我单位通过政府网站、政务新媒体等多种渠道，及时发布政策法规、工作动态、公示公告等各类信息共计{total}条。"
        )),
        // A 其中 list of kinds with a channel and its figure among them: the channel's. (Its
        // parts in 条 stay within the total, as a 其中 list's must.)
        _ if rng.side_chance(11, 0.04) => {
            let wechat = rng.range(0, total / 2);
            out.push(format!(
                "{year}年，我单位共发布主动公开政府信息{total}条，其中主动公开文件{}件，微信{wechat}条，网络问政回应{}条。",
                rng.range(1, 90),
                rng.range(0, total - wechat)
            ));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // The items the site added in the year (新增), beside the total.
        _ if rng.side_chance(12, 0.04) => {
            let website = rng.range(1, total);
            out.push(format!("{year}年，门户网站新增信息{website}条，全年主动公开政府信息{total}条。"));
            facts.push(fact("proactive.via.website", website as f64));
        }
        // The platform of disclosure beside the channels after a semicolon: each a channel's
        // figure, no total.
        _ if rng.side_chance(15, 0.04) => {
            let (wechat, weibo) = (rng.range(1, 3 * total), rng.range(1, 3 * total));
            out.push(format!(
                "{year}年在市政府信息公开平台主动公开信息{}条；通过微信公众号发布信息{wechat}条，通过新浪微博发布信息{weibo}条。",
                rng.range(1, total)
            ));
            facts.retain(|f| f.metric != "proactive.total");
            facts.push(fact("proactive.via.wechat", wechat as f64));
            facts.push(fact("proactive.via.weibo", weibo as f64));
        }
        // An account's kinds beside every kind (工作动态及各类政务信息): all its items.
        _ if rng.side_chance(16, 0.04) => {
            let wechat = rng.range(1, total);
            out.push(format!(
                "全年主动公开政府信息{total}条。依托“{}发布”微信公众号平台，发布工作动态及各类政务信息{wechat}条。",
                setting.county_kind
            ));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // The site's figure broken down after 具体为: the site's, beside the total.
        _ if rng.side_chance(18, 0.04) && total >= 4 => {
            let website = rng.range(2, total / 2);
            let finance = rng.range(0, website / 2);
            out.push(format!(
                "{year}年，我单位主动公开政府信息{total}条，其中，在门户网站主动及时公开信息{website}条，具体为：财政类信息{finance}条、工作动态信息{}条。",
                website / 2 - finance / 2
            ));
            facts.push(fact("proactive.via.website", website as f64));
        }
        // The year's share of a stock on the year's last day, without 新增, through the sites of
        // two levels: the total (the stock is no channel's figure of the year).
        _ if rng.side_chance(19, 0.04) => {
            let stock = total + rng.range(1, 3000);
            // (The site is its county-level division's: 市政府网站 under a county-level city.)
            let kind = setting.county_kind;
            out.push(format!(
                "截至{year}年12月31日，在{kind}政府网站累计公开政府信息{stock}条，其中本年度在{kind}政府网站及本单位门户网站公开{total}条。"
            ));
        }
        // The sites of two levels of government: all of it.
        _ if rng.side_chance(20, 0.04) => out.push(format!(
            "{year}年以县镇两级政府网站政务公开平台，依照主动公开目录公开各类信息及工作动态类信息合计{total}条。"
        )),
        // A site's figure, then more said to be besides it (除在…外，还通过…): the site's figure
        // only; the total, their sum, is not printed.
        _ if rng.side_chance(22, 0.04) => {
            let website = rng.range(1, total);
            out.push(format!(
                "{year}年共在{}政府信息公开网上发布各类主动公开信息{website}条。除在政府信息公开网及时公开外，还通过上级部门网站、文明网等媒体主动向社会发布信息{}条。",
                setting.county_kind,
                rng.range(1, 2 * total + 1)
            ));
            facts.retain(|f| f.metric != "proactive.total");
            facts.push(fact("proactive.via.website", website as f64));
        }
        // The account's statement, then after 、 the media's with a verb of its own: the
        // account's figure.
        _ if rng.side_chance(23, 0.04) => {
            // (Below the total: a posted figure above the disclosed total is not read.)
            let wechat = rng.range(1, total);
            out.push(format!(
                "全年主动公开政府信息{total}条。{year}年，通过“{}发布”微信公众号发布信息{wechat}条、报纸、广播电视等媒体发布新闻信息{}条。",
                setting.county_kind,
                rng.range(1, 90)
            ));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // Two kinds closed by 等各类, a word of what they share before 信息, after a plain verb
        // through two channels, under the heading of proactive disclosure: the total.
        _ if rng.side_chance(24, 0.04) => out.push(format!(
            "{year}年，我单位通过门户网站和微信公众号共公开与本行业领域相关的安全生产、防灾减灾救灾等各类非涉密信息{total}条。"
        )),
        // Channels named as examples, a site of other business among them, under a point's
        // subject on a line of its own: the total; the site's figure after 其中 the site's.
        _ if rng.side_chance(27, 0.04) => {
            let website = rng.range(0, total);
            if rng.chance(0.5) {
                // Now and then the point's own paragraph, ended by its stop, before the statement.
                let point = if rng.side_chance(56, 0.5) {
                    "一是主动公开方面，坚持公开为常态、不公开为例外，不断扩大主动公开。"
                } else {
                    "一是主动公开方面"
                };
                out.push(point.to_string());
            }
            out.push(format!(
                "{year}年度，我单位通过政府门户网、政府采购网等渠道公开了预决算、政府采购、资金拨付和使用等各类信息{total}条，其中通过政府门户网站公开{website}条，通过省政府采购网公开{}条。",
                total - website
            ));
            facts.push(fact("proactive.via.website", website as f64));
        }
        // The site beside an app and other sites: all of them, no channel's figure.
        _ if rng.side_chance(28, 0.04) => out.push(format!(
            "{year}年，我单位通过{}政府网站、政务服务APP、上级部门网站公开信息{total}条。",
            setting.county_kind
        )),
        // The site's items edited and posted (编发), other work after 、: the site's figure.
        _ if rng.side_chance(29, 0.04) => {
            let website = rng.range(1, total);
            out.push(format!(
                "全年主动公开政府信息{total}条。全年在门户网站编发政务信息{website}条、解答电话咨询{}多次、在线留言咨询{}条。",
                rng.range(10, 300),
                rng.range(1, 30)
            ));
            facts.push(fact("proactive.via.website", website as f64));
        }
        // Two kinds closed by 等 after 主动公开: the total.
        _ if rng.side_chance(30, 0.04) => out.push(format!(
            "{year}年，依法主动公开本单位制定的规范性文件、对人大建议和政协提案的答复等政府信息{total}件。"
        )),
        // Every platform's items summed (全平台…合计), split by channel after 其中, the channels
        // adding up to it: the total, and each channel's.
        _ if rng.side_chance(35, 0.04) && total >= 3 => {
            let website = rng.range(1, total - 1);
            let weibo = rng.range(1, total - website);
            let wechat = total - website - weibo;
            out.push(format!(
                "{year}年，全平台发布各类政务信息合计{total}条，其中网站发布自主信息{website}条，官方微博{weibo}条，官方公众号{wechat}条。"
            ));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.weibo", weibo as f64));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // The kinds after 其中 as a numbered list set apart by semicolons, one of them 信息公开信息:
        // items of the total, not a total of their own.
        _ if rng.side_chance(36, 0.04) && total >= 3 => {
            let files = rng.range(1, total - 1);
            let news = rng.range(1, total - files);
            let other = total - files - news;
            out.push(format!(
                "{year}年，我单位主动公开政府信息共计{total}条，其中：1.政策性文件{files}条；2.工作动态类信息{news}条；3.信息公开信息{other}条。"
            ));
            // (The items are the total's parts, under their printed labels.)
            facts.extend(parts_of_the_total(&[("1.政策性文件", files), ("2.工作动态类信息", news), ("3.信息公开信息", other)]));
        }
        // One category through the site, its examples listed in brackets before 等 (a trap: no
        // list of kinds closed, so not the site's figure).
        _ if rng.side_chance(47, 0.04) => out.push(format!(
            "全年主动公开政府信息{total}条。通过县政府门户网站主动公开各类信息，累计发布（{}府发、{}府办发、{}府办函）等政策文件{}条。",
            setting.county_kind,
            setting.county_kind,
            setting.county_kind,
            rng.range(1, total)
        )),
        // An account named after a site (“某县政府网”微信公众号): the account's figure.
        _ if rng.side_chance(53, 0.04) => {
            let wechat = rng.range(1, total);
            out.push(format!(
                "全年主动公开政府信息{total}条。“{}政府网”微信公众号推送信息{wechat}条，总阅读量{}万次。",
                setting.county_kind,
                rng.range(2, 90)
            ));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // The site of disclosure by its word 公开网: the site's figure.
        _ if rng.side_chance(37, 0.04) => {
            let website = rng.range(1, total);
            out.push(format!(
                "全年主动公开政府信息{total}条。{year}年，{}政府公开网公开信息{website}条。",
                setting.county_kind
            ));
            facts.push(fact("proactive.via.website", website as f64));
        }
        // Every platform at once (在各个平台): all of it.
        _ if rng.side_chance(5, 0.04) => out.push(format!("{year}年，我单位在各个平台共主动公开信息{total}条。")),
        // The media's share after the total (报刊、微信公众号等媒体, the site not among them):
        // neither the total nor a channel's figure.
        _ if rng.side_chance(6, 0.04) => out.push(format!(
            "全年主动公开政府信息{total}条。通过报刊、微信公众号等媒体公开信息{}条。",
            rng.range(1, 2 * total + 1)
        )),
        // Kinds listed and closed by their sum (合计共…条), through one site or none: the sum is
        // the total, the site's first figure one kind's.
        _ if rng.side_chance(7, 0.06) && total >= 3 => {
            let functions = rng.range(1, total - 2);
            let plans = rng.range(1, total - functions - 1);
            let news = total - functions - plans;
            let through = if rng.chance(0.5) { "通过政务公开网" } else { "" };
            let sum = rng.pick(&["合计共", "共计", "总计"]);
            out.push(format!(
                "{year}年，我单位{through}主动公开机构职能信息{functions}条，主动公开规划计划信息{plans}条，工作动态信息{news}条，{sum}{total}条，较好地完成了年度任务。"
            ));
            // The kinds are the total's parts, except through one site (its share, as a 其中
            // list after a site's figure is).
            if through.is_empty() {
                facts.extend(parts_of_the_total(&[("机构职能信息", functions), ("规划计划信息", plans), ("工作动态信息", news)]));
            }
        }
        // The total's channel in the list the next sentence opens with 其中, above the total:
        // both as printed.
        _ if rng.side_chance(8, 0.04) => {
            let wechat = rng.range(1, 2 * total + 1);
            out.push(format!(
                "全年主动公开各类政府信息{total}条，涵盖机构职能、政策文件等领域。其中，在微信公众号上主动公开各类信息{wechat}条。"
            ));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // The platform of disclosure with its channels after 其中 (政府网站信息…、微信服务号…):
        // the platform's figure is the total.
        _ if rng.side_chance(9, 0.04) => {
            let website = rng.range(0, total);
            out.push(format!(
                "{year}年，我单位通过政府信息公开平台公开政府信息共计{total}条，其中，政府网站信息{website}条、微信服务号{}条。",
                total - website
            ));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.wechat", (total - website) as f64));
        }
        0 => {
            // The parts of a 其中 list never exceed its total (30 ≥ 10 + 20): the truth does not
            // mark the sentence broken, and the prose_sum check would rightly fail.
            let (functions, policies) = (rng.range(1, 10), rng.range(1, 20));
            // Now and then the list in brackets, and a part of a part in brackets of its own.
            let list = format!("其中机构职能类信息{functions}条，政策文件类信息{policies}条");
            let list = match rng.range(0, 3) {
                0 => format!("（{list}）"),
                1 => format!(
                    "，其中机构职能类信息{functions}条（其中领导信息{}条），政策文件类信息{policies}条",
                    rng.range(0, functions)
                ),
                _ => format!("，{list}"),
            };
            out.push(format!("{year}年，我单位主动公开政府信息{total}条{list}。"));
            facts.extend(parts_of_the_total(&[("机构职能类信息", functions), ("政策文件类信息", policies)]));
        }
        // The total, then its accounts' figures without a verb, an account by its name.
        1 if rng.chance(0.3) => {
            let (wechat, weibo) = (rng.range(0, total), rng.range(0, total));
            out.push(format!("全年主动公开政府信息{total}条。“{}政务”微信公众号{wechat}条，微博{weibo}条。", setting.county_kind));
            facts.push(fact("proactive.via.wechat", wechat as f64));
            facts.push(fact("proactive.via.weibo", weibo as f64));
        }
        1 => {
            let paired = rng.chance(0.3);
            if paired {
                // Two channels' figures paired by 分别 before the total: neither is the total.
                let weibo = rng.range(0, total);
                let wechat = rng.range(0, total);
                out.push(format!("通过官方微博、微信公众号分别发布各类信息{weibo}条、{wechat}条。"));
                facts.push(fact("proactive.via.weibo", weibo as f64));
                facts.push(fact("proactive.via.wechat", wechat as f64));
            }
            out.push(format!("全年主动公开政府信息总数{total}条。"));
            // (Not after the paired figures: a second WeChat figure would leave the channel's
            // figure in doubt, and the reader rightly reads neither.)
            if !paired && rng.chance(0.3) {
                // One named account's posts, more than the year's disclosures: not the total.
                out.push(format!(
                    "“政务发布”微信公众号发布信息{}条，阅读量超过{}万人次。",
                    total + rng.range(1, 3000),
                    rng.range(1, 20)
                ));
            }
        }
        // Each channel's statement, new media's among them, and no total.
        2 if rng.chance(0.3) => {
            let (website, new_media, other) = (rng.range(0, total), rng.range(0, 3000), rng.range(0, 100));
            // (The other ways now and then by an app's account as their example: 今日头条号等其他方式.)
            let other_ways = if rng.side_chance(102, 0.2) { "今日头条号等其他方式" } else { "通过其他方式" };
            out.push(format!(
                "{year}年，我单位通过政府网站公开政府信息{website}条，通过政务新媒体公开政府信息{new_media}条，{other_ways}公开政府信息{other}条。"
            ));
            // Now and then an account on a short-video app besides, with the verb of disclosure.
            if rng.side_chance(78, 0.3) {
                out.push(format!("{}号公开信息{}条。", rng.pick(&["抖音", "快手", "视频"]), rng.range(1, 400)));
            }
            facts.retain(|f| f.metric != "proactive.total");
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.other", other as f64));
        }
        // Points with a label and a colon (2. 政务新媒体：…): the label is the point's, the
        // statement after it the channel's.
        2 if rng.chance(0.1) => {
            let wechat = rng.range(1, total);
            out.push(format!("{year}年，全年主动公开政府信息{total}条。"));
            // (Or the account as a 微信号, which a conversion to Taiwan's phrasing makes 微訊號.)
            out.push(if rng.side_chance(81, 0.3) {
                format!("2. 政务新媒体：“{}政务”官方微信号公开信息{wechat}篇，以图文形式解读政策。", setting.county_kind)
            } else {
                format!("2. 政务新媒体：通过“{}政务”微信公众号发布信息{wechat}条，以图文形式解读政策。", setting.county_kind)
            });
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // A microblog's figure with its original posts in brackets (a part of it), then its
        // messages: the microblog's figure.
        2 if rng.chance(0.1) => {
            let weibo = rng.range(2, total);
            out.push(format!("{year}年，全年主动公开政府信息{total}条。"));
            out.push(format!(
                "在“{}发布”官方微博发布信息{weibo}条(原创{}条)，收到留言私信{}条。",
                setting.county_kind,
                rng.range(1, weibo),
                rng.range(1, 900)
            ));
            facts.push(fact("proactive.via.weibo", weibo as f64));
        }
        // New media's figure, its accounts in a note with a comma inside it: each account's.
        2 if rng.chance(0.1) => {
            let (weibo, wechat) = (rng.range(1, total), rng.range(1, total));
            out.push(format!("{year}年，全年主动公开政府信息{total}条。"));
            out.push(format!(
                "新媒体发布信息{}条（“{county}发布”官方微博{weibo}条，“{county}政务”微信公众号{wechat}条）。",
                weibo + wechat,
                county = setting.county_kind
            ));
            facts.push(fact("proactive.via.weibo", weibo as f64));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // The site's statement, then the other channels listed by their figures alone (and a
        // magazine's issues among them): each channel's, no total.
        2 if rng.chance(0.1) => {
            let (website, weibo, wechat) = (rng.range(1, total), rng.range(1, total), rng.range(1, total));
            out.push(format!(
                "全年，网站发布信息{website}条、微博{weibo}条、微信{wechat}条、《{}》杂志{}期。",
                rng.pick(&["政务之窗", "工作通讯"]),
                rng.range(1, 12)
            ));
            facts.retain(|f| f.metric != "proactive.total");
            for (code, n) in [("proactive.via.website", website), ("proactive.via.weibo", weibo), ("proactive.via.wechat", wechat)] {
                facts.push(fact(code, n as f64));
            }
        }
        // The column of disclosure by its other name (政务公开专栏): all of it. Or the total,
        // then a named account's articles (篇, more of them than the items): both as printed.
        2 if rng.chance(0.1) => out.push(format!("{year}年，我单位通过政务公开专栏主动发布各类政府信息{total}条。")),
        2 if rng.chance(0.1) => {
            let articles = rng.range(total + 1, 4 * total);
            out.push(format!(
                "全年累计主动公开信息{total}条。同时，“{}发布”微信公众号保持常态化运营，全年发布信息{articles}篇。",
                setting.county_kind
            ));
            facts.push(fact("proactive.via.wechat", articles as f64));
        }
        // The site's own platform (门户网站政务公开平台: the site, one channel), then WeChat's
        // larger figure, and no total.
        2 if rng.chance(0.15) => {
            let website = rng.range(1, total);
            let wechat = rng.range(total, 3 * total);
            let platform = rng.pick(&["政务公开平台", "集约化平台", "平台"]);
            out.push(format!(
                "{year}年，我单位通过门户网站{platform}主动公开政府信息{website}条，通过政务微信公众号发布信息{wechat}条。"
            ));
            facts.retain(|f| f.metric != "proactive.total");
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        2 => out.push(format!("{year}年，我单位通过网站、微信等不同渠道主动公开信息{total}条。")),
        // A government's own information named by the government (主动公开某乡人民政府信息…条).
        3 if agency.ends_with("人民政府") && !agency.contains('各') && rng.chance(0.2) => out.push(format!(
            "{year}年主动公开{agency}信息{total}条：其中工作动态{}条。",
            rng.range(0, total)
        )),
        // 了 after the verb.
        3 if rng.chance(0.1) => out.push(format!("一年来，我单位主动公开了各类信息{total}条，内容涵盖了机构职能等各类信息。")),
        // Through the platform of disclosure itself (在政务信息公开平台主动公开…).
        3 if rng.side_chance(1, 0.15) => out.push(format!("{year}年，我单位共在政务信息公开平台主动公开政府信息达{total}条。")),
        // Two verbs joined (公开和更新了).
        3 if rng.chance(0.25) => out.push(format!("{year}年，我单位主动公开和更新了各类信息{total}条，全面公开机构职能等法定内容。")),
        // The total's parts after its sentence, set out with semicolons.
        3 if rng.chance(0.1) && total >= 3 => {
            let first = rng.range(0, total / 2);
            let second = rng.range(0, total - first);
            let rest = total - first - second;
            out.push(format!(
                "{year}年，我单位主动公开政府信息{total}条。其中，规划信息{first}条；统计信息{second}条；其他信息{rest}条。"
            ));
            facts.extend(parts_of_the_total(&[("规划信息", first), ("统计信息", second), ("其他信息", rest)]));
        }
        // A note naming kinds, no figure in it, between the object and its figure.
        3 if rng.chance(0.1) => out.push(format!(
            "{year}年，我单位本级累计发布各类信息（包括：通知公告、工作动态、政策解读）共{total}条。"
        )),
        // An overview told point by point: the year's items (信息 alone, 累计 after the year)
        // under the point on proactive disclosure.
        3 if rng.chance(0.1) => out.push(format!(
            "一是主动公开方面，坚持以公开为常态、不公开为例外。{year}年，累计公开信息{total}条，涵盖政策文件、工作动态等领域。二是依申请公开方面，规范办理流程。"
        )),
        3 => {
            out.push(format!("{year}年我单位公开政府信息{total}条，内容涵盖机构职能、政策文件等。"));
            if rng.chance(0.3) {
                // The total's own parts add up to it: it stands beside a larger figure of the
                // site's column, which counts other items (not read).
                let functions = rng.range(0, total);
                out.push(format!(
                    "全年主动公开政府信息{total}条，其中机构职能类信息{functions}条，政策文件类信息{}条。通过门户网站公开栏公开工作信息{}条。",
                    total - functions,
                    total + rng.range(1, 500)
                ));
                facts.extend(parts_of_the_total(&[("机构职能类信息", functions), ("政策文件类信息", total - functions)]));
            }
        }
        // The documents made, split by how they were disclosed: the proactive share is the total.
        // Or the documents issued (制发), in 件, and those not disclosed.
        4 => {
            let on_request = rng.range(0, 50);
            let made = total + on_request + rng.range(0, 500);
            out.push(if rng.chance(0.3) {
                format!("本年度，我单位共制发政府信息{made}件，其中主动公开{total}件，不予公开{}件。", made - total)
            } else {
                format!("{year}年，共制作政府信息{made}条，其中主动公开信息{total}条，依申请公开信息{on_request}条。")
            });
        }
        // A list of every kind disclosed, closed by 等.
        // Or as at the year's last day.
        5 if rng.chance(0.3) => out.push(format!("截止{year}年12月31日，我单位主动公开政府信息{total}条。")),
        // Now and then 主动向社会公开, after the channels it went through.
        5 if rng.chance(0.3) => out.push(format!(
            "{year}年通过政府网、政务公众号、各级媒体等方式主动向社会公开政策文件、工作动态、公共服务等信息{total}条。"
        )),
        5 if rng.chance(0.3) => out.push(format!("全年主动公开机构职能、政策文件、人事信息等各类政府信息{total}条。")),
        // Through the site's columns, listed and closed by 等: every column.
        5 if rng.chance(0.2) => out.push(format!("{year}年，通过通知公告、工作动态、政策文件等栏目主动公开信息{total}条。")),
        5 => out.push(format!("全年主动公开机构职能、政策文件、人事信息、财政预决算等政府信息{total}条。")),
        // Every item through one channel, said after the total (…{total}条，均通过…网站发布).
        7 if rng.chance(0.1) => {
            let all = rng.pick(&["均通过", "全部通过", "均在"]);
            out.push(format!(
                "{year}年，我单位全年累计主动公开政府信息{total}条，{all}{}人民政府门户网站发布，其中机构职能类{}条。",
                setting.county_kind,
                rng.range(0, total)
            ));
            facts.push(fact("proactive.via.website", total as f64));
        }
        // The total split by channel in a note of its own commas.
        7 if rng.chance(0.25) => {
            let website = rng.range(0, total);
            out.push(format!(
                "{year}年，我单位公开各类政府信息{total}条（其中：在政府门户网站公开{website}条，其他方式公开政府信息{}条）。",
                total - website
            ));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.other", (total - website) as f64));
        }
        // 信息 of no kind in particular, posted, split by channels that add up to it: the total.
        7 if rng.chance(0.25) => {
            let website = rng.range(0, total);
            out.push(format!(
                "{year}年，我单位共发布政务信息{total}条，其中政府网站公开政府信息{website}条，微信公众号公开{}条。",
                total - website
            ));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.wechat", (total - website) as f64));
        }
        // The channels' figures after 其中, then their sum (全年总计…): the whole they make up.
        7 if rng.chance(0.15) => {
            let website = rng.range(0, total);
            out.push(format!(
                "{year}年，全面推进信息主动公开。其中，通过政府网站更新信息{website}条，微信公众号更新{}条、全年总计更新主动公开信息{total}条。",
                total - website
            ));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.wechat", (total - website) as f64));
        }
        // A site and a board together (all of it), then the site's figure of every kind and
        // the kinds it holds.
        7 if rng.chance(0.15) => {
            let website = rng.range(0, total);
            let functions = rng.range(0, website);
            out.push(format!(
                "{year}年，通过县人民政府网站及实体公示栏主动公开各类政府信息共{total}条。通过县人民政府网站发布各类政府信息共{website}条，机构职能类信息{functions}条，工作动态信息{}条。",
                website - functions
            ));
            facts.push(fact("proactive.via.website", website as f64));
        }
        // The channels listed after 包括, each a name and its figure.
        7 if rng.chance(0.25) => {
            let website = rng.range(0, total);
            let wechat = rng.range(0, total - website);
            out.push(format!("全年主动公开政务信息{total}条，包括政府网站{website}条，微信公众号{wechat}条。"));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        // The channels listed after 其中 without a verb, the last two joined by 、, now and then
        // each with what its figure holds (（含转发）).
        7 if rng.chance(0.25) => {
            let website = rng.range(0, total);
            let wechat = rng.range(0, total - website);
            let weibo = total - website - wechat;
            let holds = if rng.chance(0.5) { "（含转发）" } else { "" };
            out.push(format!(
                "{year}年，共发布各类信息{total}条，其中网站{holds}{website}条，微信{holds}{wechat}条、微博{holds}{weibo}条。"
            ));
            for (code, n) in
                [("proactive.via.website", website), ("proactive.via.wechat", wechat), ("proactive.via.weibo", weibo)]
            {
                facts.push(fact(code, n as f64));
            }
        }
        // A list of channels, each with its figure.
        7 => {
            let website = rng.range(0, total);
            let wechat = rng.range(0, total - website);
            let other = total - website - wechat;
            // Now and then the last channel's figure "in all" (共计) of a statement of its own:
            // it sums up none of the figures before it.
            let last = if rng.chance(0.3) {
                format!("通过其他渠道和平台公开政府信息共计{other}条")
            } else {
                format!("其他方式公开{other}条")
            };
            out.push(format!(
                "{year}年，全县主动公开政府信息共计{total}条，其中政府网站公开{website}条、政务微信公开{wechat}条、{last}。"
            ));
            for (code, n) in
                [("proactive.via.website", website), ("proactive.via.wechat", wechat), ("proactive.via.other", other)]
            {
                facts.push(fact(code, n as f64));
            }
        }
        // A sub-heading naming the site, then the year's items of every kind posted (a page on
        // one line runs the heading into the statement: the site is the heading's, not its).
        8 if rng.chance(0.1) => {
            out.push("（一）政府信息公开网站主动公开政府信息情况".to_string());
            out.push(format!("{year}年政府信息公开全年发布各类信息{total}条。"))
        }
        // The count named by its unit (件数为, 条数为).
        8 if rng.chance(0.1) => {
            let (word, unit) = if rng.chance(0.5) { ("件数", "件") } else { ("条数", "条") };
            out.push(format!("{year}年度我单位主动公开政府信息{word}为{total}{unit}。"))
        }
        // A sub-heading run into its paragraph, closed by a stop; the year's items 累计 in it.
        // Or a site of other business, one kind of information, before the total.
        8 if rng.chance(0.2) => {
            let heading = if rng.chance(0.5) { "（一）主动公开。" } else { "（一）主动公开情况。" };
            if rng.chance(0.5) {
                out.push(format!("{heading}{year}年累计公开信息达{total}条，主动公开内容涵盖多个类别。"));
            } else {
                out.push(format!(
                    "{heading}全年在某省政府采购网公开信息{}条。{year}年累计公开信息达{total}条。",
                    rng.range(1, 30)
                ));
            }
        }
        // Under a sub-heading of the proactive count, 信息 alone.
        8 if rng.chance(0.5) => {
            out.push("（一）主动公开政府信息的数量".to_string());
            // Or posted to the public (向社会发布), said of 信息 alone as well.
            out.push(if rng.chance(0.3) {
                format!("{year}年，我单位共向社会发布信息{total}条。")
            } else {
                format!("按照条例要求，全年共公开信息{total}条。")
            });
        }
        // The object before the verb; or the content disclosed, not the information.
        8 if rng.chance(0.3) => out.push(format!("{year}年共依法主动公开相关内容{total}条。")),
        // The figure before the noun, after a word that sums, the kinds in a sentence before.
        8 if rng.chance(0.3) => {
            out.push(format!("{year}年主动公开政务信息主要包括机构职能、政策法规、规划计划等六大类。累计公开{total}条信息。"))
        }
        8 => out.push(format!("{year}年政府信息累计公开{total}条。")),
        10 if rng.chance(0.6) => more_channel_forms(setting, year, total, rng, &mut out, &mut facts),
        // The figure before the noun, after a list of every kind and how many kinds.
        10 => out.push(format!(
            "全县主动公开规划计划、财政资金、民生保障、安全生产和重点项目等{}个方面{total}条信息。",
            rng.range(5, 15)
        )),
        // A list of long items closed by 等事项, counted 累计 within the year; a street office
        // names itself by its kind alone (街道), others as 本机关.
        11 => {
            let street = agency.trim_end_matches("办事处").ends_with("街道");
            let subject = if street { "街道" } else { "本机关" };
            out.push(format!(
                "{year}年，{subject}主动公开规范性文件、财政预算决算、人大代表建议答复情况、老旧小区改造工程招标结果公告等事项政府信息累计{total}条。"
            ))
        }
        // 信息 itself posted in the year, under a heading of its own that closes with a stop or
        // not.
        12 if rng.chance(0.2) => {
            let part = rng.range(0, total / 2);
            if rng.chance(0.35) {
                out.push("1、主动公开情况。".to_string());
                out.push(format!("{year}年，全年累计更新发布信息{total}条，其中工作动态{part}条。"));
            } else if rng.chance(0.3) {
                // The year said before the clause instead of 全年, the heading run in.
                out.push(format!("（一）“主动公开”工作情况。{year}年度，共发布政务信息{total}条，其中时政要闻{part}条。"));
            } else if rng.chance(0.4) {
                // Counted in 份 of 信息稿件, after an app's own count (one channel, not all).
                out.push("（二）主动公开方面".to_string());
                out.push(format!("充分利用本地政务APP主动公开信息{}条。", rng.range(1, 200)));
                out.push(format!("{year}年，本单位共主动公开{total}份信息稿件，其中包括通知公告。"));
            } else {
                out.push("（一）主动公开情况".to_string());
                out.push(format!("围绕中心工作，全年共发布信息{total}条，其中工作动态{part}条。"));
            }
        }
        // All kinds, with a note of what they include.
        12 if rng.chance(0.3) => out.push(format!(
            "{year}年，本单位共发布包括政策文件、工作动态等重点领域信息在内的各类信息{total}条。"
        )),
        // The year's items without an object, the paragraph saying what they are.
        12 => out.push(format!(
            "通过门户网站及时发布财政预决算、重大项目等重点领域信息，推进政务公开。全年共发布{total}条，内容发布更加规范。"
        )),
        // The channels listed, the last one bare (其他方式N条) or a board (村务公开栏).
        14 => {
            let website = rng.range(0, total);
            let wechat = rng.range(0, total - website);
            let other = total - website - wechat;
            let last = match rng.range(0, 3) {
                0 => format!("其他方式{other}条"),
                1 => format!("村务公开栏公开信息{other}条"),
                2 => format!("通过公示公告栏等途径发布信息{other}条"),
                _ => format!("利用宣传车等方式公开信息{other}条"),
            };
            out.push(format!(
                "{year}年，我单位共主动公开政府信息{total}条。其中：政府网站公开政府信息数{website}条，政务微信公开政府信息数{wechat}条，{last}。"
            ));
            for (code, n) in
                [("proactive.via.website", website), ("proactive.via.wechat", wechat), ("proactive.via.other", other)]
            {
                facts.push(fact(code, n as f64));
            }
        }
        // The disclosure site as the only channel: what it disclosed is the total.
        // Or the portal, said 公开 without 主动; or the items counted in 件 as the sentence's
        // only count.
        13 => {
            out.push(match rng.range(0, 2) {
                0 => format!("全年依托{}政府信息公开网站共公开信息{total}条。", setting.county_kind),
                1 if rng.chance(0.3) => {
                    format!("{year}年，在{}人民政府外网主动公开政府信息数{total}条。", setting.county_kind)
                }
                // A site by its own name (not the internet at large).
                1 if rng.chance(0.5) => format!(
                    "{year}年，我单位通过{}{}网{}主动公开信息{total}条。",
                    setting.county_kind,
                    rng.pick(&["政务之窗", "民生在线", "天气", "党政信息"]),
                    if rng.chance(0.3) { "向社会" } else { "" }
                ),
                1 => format!("{year}年，我单位通过门户网站公开各类信息{total}条。"),
                // Items counted in 项 of 信息.
                _ if rng.chance(0.3) => {
                    format!("{year}年，我单位通过{}人民政府门户网站共公开了{total}项政务信息。", setting.county_kind)
                }
                _ => format!("全年我单位在政府门户网站上主动公开信息数量为{total}件，内容涵盖政策文件、工作动态等信息。"),
            });
            facts.push(fact("proactive.via.website", total as f64));
        }
        // The cumulative count, then the year's new items (the older Shanghai form).
        // Now and then with the share put online, a decimal a crawler may break the line before.
        9 => {
            let cumulative = total + rng.range(1, 5000);
            let online = if rng.chance(0.5) {
                format!("全文电子化率达{}.{}%，", rng.range(60, 99), rng.range(1, 9))
            } else {
                String::new()
            };
            out.push(format!(
                "本单位到{year}年底累计主动公开政府信息{cumulative}条，{online}其中，本年度新增的主动公开政府信息{total}条。"
            ))
        }
        6 => match rng.range(0, 4) {
            // The site's disclosure column, where all of it goes.
            // Through the site and through new media as a whole (a channel without a code): the
            // site's figure is not all the agency disclosed, and no total is told.
            3 if rng.chance(0.2) => {
                out.push(format!("{year}年通过政府网站主动公开政府信息{total}条。"));
                out.push(format!("通过政务新媒体公开政府信息{}条，运行情况良好。", rng.range(1, 3 * total)));
                facts.retain(|f| f.metric != "proactive.total");
                facts.push(fact("proactive.via.website", total as f64));
            }
            // The site's figure, then its breakdown after 包括 (kinds without a verb of their own).
            3 if rng.chance(0.2) => {
                let website = rng.range(1, total);
                let personnel = rng.range(0, website);
                out.push(format!("{year}年度共主动公开政府信息{total}条。"));
                out.push(format!(
                    "单位门户网站公开各类政府信息共计{website}条，包括：人事信息{personnel}条，其他类信息{}条。",
                    website - personnel
                ));
                facts.push(fact("proactive.via.website", website as f64));
            }
            // Through the site, beside documents issued for disclosure (one kind of it).
            3 if rng.chance(0.3) => {
                out.push(format!(
                    "{year}年通过政府网站主动公开政府信息{total}条，{}主动公开文件{}件。",
                    rng.pick(&["发布", "印发"]),
                    rng.range(1, 30)
                ));
                facts.push(fact("proactive.via.website", total as f64));
            }
            3 => out.push(format!("{year}年，本机关政府信息公开专栏共主动发布政府信息{total}条。")),
            // The stock so far, then the year's own clause.
            4 => out.push(format!(
                "截至目前共发布{}条信息，{year}年公开政府信息{total}条，涉及各个方面。",
                total + rng.range(100, 3000)
            )),
            // A site named in book-title brackets among sites (等网站: sites only), then a WeChat
            // account with its name in brackets: each channel's figure, no total told.
            0 if rng.chance(0.2) => {
                let website = rng.range(10, total);
                let wechat = rng.range(10, 3 * total);
                out.push(format!(
                    "我单位在《{}人民政府公众信息网》等网站公开信息{website}条，处理留言0条；在微信公众号（{}）上公开信息{wechat}条，未收到留言。",
                    setting.county_kind,
                    rng.pick(&["阳光政务", "勤政之声", "乡村振兴"])
                ));
                facts.retain(|f| f.metric != "proactive.total");
                facts.push(fact("proactive.via.website", website as f64));
                facts.push(fact("proactive.via.wechat", wechat as f64));
            }
            // Since the year began, every kind; beside it a microblog's figure accumulated since
            // a time the sentence does not give (larger than the year's total): not the year's.
            0 => {
                out.push(format!("自{year}年1月份以来我单位共计发布各类信息{total}条。"));
                out.push(format!("“政务发布”政务微博累计发布信息{}条。", total + rng.range(1, 5000)));
            }
            // The year's items at the head of a clause, after the channels they went through.
            1 if rng.chance(0.3) => out.push(format!(
                "我单位依托官方网站、微信公众号主动向社会公布相关信息，着力推进重点领域信息公开，全年共发布共{total}条。"
            )),
            // A list of kinds closed by the others (以及其他信息): every kind, the total.
            1 if rng.chance(0.2) => out.push(format!(
                "{year}年度，单位主动公开工作动态、项目申报、预算决算以及其他信息共计{total}条。"
            )),
            // Every kind and one more beside it, or every kind of the agency's field: the total.
            1 => out.push(format!("{year}年依照主动公开目录公开各类信息及工作动态类信息合计{total}条。")),
            // New media narrowed to WeChat in brackets: the WeChat account's figure.
            2 if rng.chance(0.2) => {
                let wechat = rng.range(1, total);
                out.push(format!(
                    "{year}年主动公开政府信息{total}条，通过政务新媒体（微信公众号）发布信息{wechat}条。"
                ));
                facts.push(fact("proactive.via.wechat", wechat as f64));
            }
            // New media's platform named by its account's name, then 公众号: the account's figure.
            2 if rng.chance(0.1) => {
                let wechat = rng.range(1, total);
                out.push(format!(
                    "{year}年主动公开政府信息{total}条。政务新媒体平台“{}发布”公众号共发布信息{wechat}条。",
                    setting.county_kind
                ));
                facts.push(fact("proactive.via.wechat", wechat as f64));
            }
            // Counted in articles or items of 信息.
            2 if rng.chance(0.25) => {
                out.push(format!("{year}年全年主动公开信息 {total}{}。", rng.pick(&["篇", "项"])))
            }
            2 if rng.chance(0.3) => out.push(format!("{year}年度主动公开信息的有{total}条；")),
            2 if rng.chance(0.4) => out.push(format!("{year}年主动公开的信息数共有{total}条。")),
            // A note in brackets between the noun and its figure.
            2 if rng.chance(0.5) => out.push(format!(
                "{year}年度我单位共主动公开政府信息（{}）{total}条。",
                rng.pick(&["公文平台发文", "含转载", "不含转载"])
            )),
            _ => {
                let field = rng.pick(&["公安", "教育", "财政", "卫生健康"]);
                out.push(format!("通过门户网站、政务微博、微信公众号等平台，主动公开各类{field}政府信息{total}条。"));
            }
        },
        _ => {
            out.push(format!("全年主动公开政府信息{total}条。"));
            let website = rng.range(0, total);
            let wechat = rng.range(0, total - website);
            let other = total - website - wechat;
            // The site named by its disclosure column, or the verb 公布, or what it published as
            // categories closed by the rest of them.
            let site = *rng.pick(&[
                "通过政府网站公开政府信息数",
                "通过政府网站政府信息公开专栏公开",
                "通过政府网站主动公布政府信息",
                "其中，政府门户网站共发布工作动态、其他政务信息",
            ]);
            // Now and then without the stops between the statements (a page that lost them), or
            // as a breakdown of the documents in 件.
            let stop = if rng.chance(0.15) { "" } else { "，" };
            // Now and then the site's items through its columns listed and closed by 等, the site
            // named in a clause of its own; and the other ways by an app's account as their
            // example (今日头条号等其他方式).
            let site = if !stop.is_empty() && rng.side_chance(113, 0.1) {
                "利用政府网站，在“通知公告”“工作动态”等栏目发布信息"
            } else {
                site
            };
            let other_ways = if rng.side_chance(114, 0.1) { "今日头条号等其他方式" } else { "其他方式" };
            // Now and then the site's statement is the first of a list of other work, each item
            // with a verb of its own and counted in issues or posts (not read as channels).
            // (Not after a list of categories: the site's own statement heads the list.)
            let other_work = if stop.is_empty() || site.contains('、') || !rng.chance(0.2) {
                String::new()
            } else {
                format!("、编印工作简报{}期、回复网民留言{}篇", rng.range(1, 30), rng.range(1, 300))
            };
            // Now and then a part of the site's figure in brackets after it.
            let note = if stop.is_empty() || !rng.chance(0.15) {
                String::new()
            } else if rng.chance(0.3) {
                // Its categories, with commas of their own inside the brackets.
                let news = rng.range(0, website);
                format!("(其中:工作动态{news}条,财政预算决算{}条)", website - news)
            } else {
                format!("（其中专题专栏公开信息{}条）", rng.range(0, website))
            };
            out.push(if rng.chance(0.1) {
                format!("按发布渠道分，通过政府网站公开{website}件，通过政务微信公开{wechat}件，通过其他方式公开{other}件。")
            } else {
                format!(
                    "{site}{website}条{note}{other_work}{stop}通过微信公开政府信息数{wechat}条{stop}{other_ways}公开政府信息数{other}条。"
                )
            });
            // Now and then the site's figure split by category in a sentence of its own (a part
            // of the site's figure, not another figure of the site).
            if rng.chance(0.1) {
                let policies = rng.range(0, website);
                out.push(format!("在政府信息公开网站公开政策文件{policies}条，其他各类信息{}条。", website - policies));
            }
            for (code, n) in
                [("proactive.via.website", website), ("proactive.via.wechat", wechat), ("proactive.via.other", other)]
            {
                facts.push(fact(code, n as f64));
            }
        }
    }
    (out, facts)
}

/// More forms of the total and its channels: 主动向广大群众公开, the year's new items named by
/// the year, an account named in the clause before its figure, an account on another platform
/// (今日头条公众号: no WeChat account), two sites each with its own figure (neither the total,
/// nor the site's), the statute's column (法定主动公开内容: a column, not the total).
fn more_channel_forms(
    setting: &crate::prose::Setting,
    year: u16,
    total: u64,
    rng: &mut Rng,
    out: &mut Vec<String>,
    facts: &mut Vec<Fact>,
) {
    let county = setting.county_kind;
    if rng.chance(0.15) {
        let column = rng.range(1, 9);
        out.push(format!("发布法定主动公开内容{column}条，包括机构概况{column}条。"));
    }
    // The site's statement of one kind, the next kind after it without a verb: the site's
    // figure is not told.
    if rng.chance(0.1) {
        out.push(format!(
            "我单位通过官方网站发布政务类信息{}条，概况类信息{}条。",
            rng.range(1, 60),
            rng.range(1, 200)
        ));
    }
    // One category of what went through the site: neither the site's figure nor the total.
    if rng.chance(0.1) {
        out.push(format!(
            "在政府网站公开{}信息{}条。",
            rng.pick(&["人事任免", "工作会议、专题会议、常务会议", "财政预决算"]),
            rng.range(1, total.clamp(2, 60))
        ));
    }
    match rng.range(0, 9) {
        7 => {
            // The account's followers and their growth between it and its figure; WeChat's
            // video platform beside the account.
            let pushed = rng.range(1, total.max(2));
            out.push(format!("全年主动公开政府信息{total}条。"));
            out.push(format!(
                "“{county}发布”微信公众号粉丝用户{}万余人，同比增长{}.{}%，全年共发布信息{pushed}篇。",
                rng.range(1, 30),
                rng.range(1, 20),
                rng.range(0, 9)
            ));
            out.push(format!("抖音号、微信视频号发布短视频{}条。", rng.range(1, 200)));
            facts.push(fact("proactive.via.wechat", pushed as f64));
        }
        8 => {
            // The site's figure beside the boards': no total among them.
            facts.retain(|f| f.metric != "proactive.total");
            let website = rng.range(1, 900);
            let boards = rng.range(1, 90);
            out.push(format!("全年通过政府门户网站公开信息{website}条，线下政务公开栏等渠道公开信息{boards}条。"));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.other", boards as f64));
        }
        5 => {
            // Two accounts' statements in brackets after their sum, without 其中 (发文: an
            // account's posting).
            // Neither above the total (a part above it would be flagged, and not read).
            let wechat = rng.range(1, (total / 2).max(1));
            let weibo = rng.range(0, total.saturating_sub(wechat));
            out.push(format!("全年主动公开政府信息{total}条。"));
            out.push(format!(
                "全年政务“双微”推文{}条（微信公众号发文{wechat}篇，微博发布{weibo}条）。",
                wechat + weibo
            ));
            facts.push(fact("proactive.via.wechat", wechat as f64));
            facts.push(fact("proactive.via.weibo", weibo as f64));
        }
        6 => {
            // Categories named as examples of all the site posted (…等信息): the site's figure.
            let website = rng.range(1, total.max(1));
            out.push(format!("全年主动公开政府信息{total}条。"));
            out.push(if rng.chance(0.3) {
                // News outlets listed after the site's statement by their articles.
                format!(
                    "通过{county}政府门户网站发布各类政务信息{website}条、{county}融媒体{}篇、学习强国{}篇。",
                    rng.range(1, 90),
                    rng.range(1, 9)
                )
            } else if rng.chance(0.3) {
                format!("网站全年共发布各类工作动态、政策解读、通知公告等信息{website}条。")
            } else if rng.chance(0.4) {
                // What the kinds have in common between 等 and 信息.
                format!(
                    "全年通过政府网站主动公开财政预决算、招生入学政策、重要政策解读等群众关心关注的信息共计{website}条。"
                )
            } else {
                // Other work with a verb of its own after the site's statement.
                format!("在{county}政府门户网站发布信息{website}条，上报{county}政府被采纳信息{}条。", rng.range(1, 90))
            });
            facts.push(fact("proactive.via.website", website as f64));
        }
        0 => out.push(format!(
            "依托政府门户网站和政务新媒体等平台，主动向广大群众公开食品安全、质量安全、知识产权保护等信息{total}条。"
        )),
        1 => out.push(format!(
            "截至{year}年底，我单位主动公开政府信息历年累计{}条，其中{year}年新增主动公开政府信息{total}条。",
            total + rng.range(1, 5000)
        )),
        2 => {
            // Fewer than the total (more would be flagged and neither read).
            let pushed = rng.range(1, total);
            out.push(format!("全年主动公开政府信息{total}条。"));
            out.push(if rng.chance(0.2) {
                // Something else counted between the channel and its figure.
                format!("在新媒体微信公众号“{county}发布”上，更新{}次，共计公开{pushed}条。", rng.range(20, 300))
            } else if rng.chance(0.5) {
                format!("同时，“{county}发布”微信公众号也充分发挥作用，全年共推送信息{pushed}条。")
            } else if rng.chance(0.3) {
                // The account newly opened, its figure in the next clause opening with 今年.
                format!("新开了“{county}发布”微信公众号，今年共推送相关信息{pushed}条。")
            } else {
                format!("建立本单位微信公众服务号，发布信息{pushed}条。")
            });
            facts.push(fact("proactive.via.wechat", pushed as f64));
        }
        3 => {
            let website = rng.range(0, total);
            let wechat = rng.range(0, total - website);
            let headlines = total - website - wechat;
            out.push(format!(
                "{year}年，累计公开政府信息{total}条，其中通过本单位政务外网公开{website}条，通过微信公众号公开{wechat}条，通过今日头条公众号公开{headlines}条。"
            ));
            facts.push(fact("proactive.via.website", website as f64));
            facts.push(fact("proactive.via.wechat", wechat as f64));
        }
        _ => {
            // Without a statement of the total, the two sites leave it untold.
            let stated = rng.chance(0.5);
            if stated {
                out.push(format!("全年主动公开政府信息{total}条。"));
            } else {
                facts.retain(|f| f.metric != "proactive.total");
            }
            // Two different figures (one said twice would be one site's).
            let portal = rng.range(1, 900);
            out.push(format!(
                "在{county}门户网站主动公开各类政府信息{portal}条，在本单位网站主动公开各类信息{}条。",
                portal + rng.range(1, 900)
            ));
        }
    }
}

/// A count below a hundred in words as reports write it: 两 alone, 十二, 二十, 三十五.
pub(crate) fn count_in_words(n: u64) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, units) = ((n / 10) as usize, (n % 10) as usize);
    match (tens, units) {
        (0, 2) => "两".to_string(),
        (0, u) => DIGITS[u].to_string(),
        (1, u) => format!("十{}", DIGITS[u]),
        (t, u) => format!("{}十{}", DIGITS[t], DIGITS[u]),
    }
}

/// How a reconsideration told right after the requests' account opens (section 五 then says
/// no count of its own).
pub const REVIEWS_AFTER_THE_REQUESTS: &str = "全年共收到行政复议";
/// The same, in the requests' sentence after a clause that closes their list.
pub const REVIEWS_IN_THE_REQUESTS: &str = "已按程序按时办理，发生行政复议";

/// No request and no case, under one negation: the cases listed after the requests, or in a
/// clause of their own without a verb (section 五 then says no count of its own).
pub const NO_REQUEST_NOR_CASE: [&str; 2] =
    ["未收到政府信息公开申请、行政复议和行政诉讼", "未受理政府信息公开申请，行政复议和行政诉讼"];

/// Does a sentence of the requests' section tell the reconsiderations and lawsuits too?
pub fn tells_the_cases(sentence: &str) -> bool {
    [REVIEWS_AFTER_THE_REQUESTS, REVIEWS_IN_THE_REQUESTS].iter().any(|w| sentence.contains(w))
        || NO_REQUEST_NOR_CASE.iter().any(|w| sentence.contains(w))
}

/// Requests received: none, a count in one of its forms, or nothing stated.
pub fn received(setting: &crate::prose::Setting, year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    let n = rng.range(1, 300);
    // Requests said to be zero in words (依申请办理事项为零).
    if rng.side_chance(13, 0.03) {
        return (vec![format!("{year}年，我单位政府信息公开依申请办理事项为零。")], vec![fact("apply.received", 0.0)]);
    }
    // None applied under the law (我单位2022年度无依法申请公开件).
    if rng.side_chance(128, 0.02) {
        return (vec![format!("我单位{year}年度无依法申请公开件。")], vec![fact("apply.received", 0.0)]);
    }
    // None accepted (截止目前，我单位未接受政府信息公开申请).
    if rng.side_chance(122, 0.02) {
        return (vec!["截止目前，我单位未接受政府信息公开申请。".to_string()], vec![fact("apply.received", 0.0)]);
    }
    // The section's whole body, which its heading makes about requests (我单位2016年度无申请。).
    if rng.side_chance(84, 0.03) {
        return (vec![format!("我单位{year}年度无申请。")], vec![fact("apply.received", 0.0)]);
    }
    // No event of disclosure on request happened (没有发生依申请信息公开事件).
    if rng.side_chance(93, 0.02) {
        let what =
            if rng.side_chance(94, 0.5) { "依申请信息公开事件" } else { "依申请公开政府信息事项" };
        return (vec![format!("{year}年，我单位没有发生{what}。")], vec![fact("apply.received", 0.0)]);
    }
    // No one of any kind applied (没有单位或个人…提出申请).
    if rng.side_chance(25, 0.03) {
        return (
            vec![format!("{year}年度，没有单位或个人向我单位提出申请信息公开事项。")],
            vec![fact("apply.received", 0.0)],
        );
    }
    let (sentence, value) = match rng.range(0, 11) {
        11 => (format!("{year}年度我单位收到{n}条信息公开申请，均已按时答复。"), Some(n)),
        0 if n.is_multiple_of(5) => (format!("{year}年我单位未受理依申请公开。"), Some(0)),
        0 if n.is_multiple_of(7) => {
            (format!("截至{year}年12月31日，我单位{}。", NO_REQUEST_NOR_CASE[(n % 2) as usize]), Some(0))
        }
        0 if n.is_multiple_of(3) => ("年度内未有公民、法人或其他组织提出政府信息公开申请。".to_string(), Some(0)),
        0 => (format!("{year}年，我单位未收到政府信息公开申请。"), Some(0)),
        // Requests happening (发生…次).
        5 if n.is_multiple_of(7) => (format!("{year}年度，我单位发生依申请公开{n}次。"), Some(n)),
        5 if n.is_multiple_of(2) => (format!("{year}年度，我单位未发生政府信息公开申请。"), Some(0)),
        5 => ("本年度各类政府信息均未发生依申请和不予公开政府信息。".to_string(), Some(0)),
        6 if n.is_multiple_of(5) => ("全年没有公民、法人和其它组织提出依申请公开信息的申请。".to_string(), Some(0)),
        6 if n.is_multiple_of(7) => ("本年度，未接到群众要求公开的信息。".to_string(), Some(0)),
        6 if n.is_multiple_of(2) => (format!("{year}年，无政府信息公开申请事项。"), Some(0)),
        6 if n.is_multiple_of(3) => ("本年度没有申请公开政府信息和不予公开政府信息的情况。".to_string(), Some(0)),
        6 if n % 4 == 1 => ("本年度无申请政府信息公开的情况。".to_string(), Some(0)),
        6 => ("我单位没有接到群众要求公开政府信息的申请。".to_string(), Some(0)),
        // A few requests counted in words (两件, 十二件, 三十五件), a saying in the same words beside
        // it now and then.
        1 if rng.chance(0.3) => {
            let few = if rng.chance(0.6) { rng.range(1, 10) } else { rng.range(11, 99) };
            let words = count_in_words(few);
            let saying = if rng.chance(0.5) { "坚持受理申请一件、办结一件。" } else { "" };
            (format!("{saying}全年共受理政府信息公开申请{words}件，均已按时答复。"), Some(few))
        }
        // Received and handled in one (what was closed is not said).
        1 if rng.chance(0.2) => (format!("全年共收到和办理依申请公开{n}件。"), Some(n)),
        1 if rng.chance(0.2) => (format!("全年收到并办理政府信息依申请公开{n}件。"), Some(n)),
        // Who made them between the figure and 申请, decided beside the stream.
        1 if rng.side_chance(4, 0.1) => {
            (format!("全年总共收到{n}件自然人提起的政府信息公开申请，均已按时答复。"), Some(n))
        }
        1 => (format!("全年共收到{n}件申请，均已按时答复。"), Some(n)),
        // The requests counted in 起 after them.
        2 if n.is_multiple_of(5) => (format!("{year}年度，我单位共收到信息公开申请{n}起，均已答复。"), Some(n)),
        // The requests counted in 起, before what they asked for.
        2 if n.is_multiple_of(2) => (format!("{year}年，我单位收到{n}起政府信息依申请公开，均按规定办理。"), Some(n)),
        2 if n.is_multiple_of(3) => (format!("本单位{year}年接受依申请公开{n}条，已答复申请人{n}条。"), Some(n)),
        2 => (format!("{year}年，我单位收到群众提出的政府信息公开申请{n}条。"), Some(n)),
        // A street office by its own name (some are named after a town or a village: 某镇街道,
        // 新村街道), not a set of sub-units.
        3 if setting.agency.contains("街道") && rng.chance(0.5) => {
            let street = setting.agency.trim_end_matches("办事处");
            (format!("{year}年，{street}受理依申请信息公开{n}件。"), Some(n))
        }
        3 if n.is_multiple_of(3) => (format!("全年收政府信息公开申请{n}件。"), Some(n)),
        3 => (format!("全年新收政府信息公开申请数量{n}件。"), Some(n)),
        4 if n.is_multiple_of(3) => (format!("{year}年，共收到依申请公开{n}项。"), Some(n)),
        // Matters of disclosure on request, counted in 例 or in 项 before them.
        4 if n.is_multiple_of(5) => {
            (format!("{year}年我单位共受理依申请政府信息公开事项{n}例，均已按时答复。"), Some(n))
        }
        4 if n.is_multiple_of(7) => (format!("{year}年，我单位收到{n}项依申请公开事项。"), Some(n)),
        4 if n.is_multiple_of(11) => (format!("{year}年，我单位接到{n}项依申请公开政府信息申请，均已答复。"), Some(n)),
        // 依申请公开 as the topic, the verb after it.
        4 if n % 3 == 1 => (format!("{year}年依申请公开共受理{n}件，均按时答复。"), Some(n)),
        // 依申公开, the short form.
        4 if n % 3 == 2 && rng.chance(0.2) => (format!("{year}年，我单位共收到依申公开事项{n}件。"), Some(n)),
        4 => (format!("{year}年，共受理依申请公开{n}宗。"), Some(n)),
        7 if n.is_multiple_of(2) => (format!("全年共收到政府信息公开申请{n}件，全部属自然人申请件。"), Some(n)),
        7 => (format!("全年共受理政府信息公开申请{n}件，均来自自然人。"), Some(n)),
        8 if n.is_multiple_of(3) => (format!("{year}年我单位收到依申请公开政府信息{n}件，均为网络申请件。"), Some(n)),
        8 if n.is_multiple_of(5) => (format!("全年共受理依申请公开{n}件，都为信函申请。"), Some(n)),
        8 => (format!("全年共收到政府信息公开申请{n}件，均为网站在线申请。"), Some(n)),
        9 => ("全年共受理政府信息公开申请1件，经核查相关资料，依法予以公开答复。".to_string(), Some(1)),
        _ => ("全年依申请公开工作按规定程序办理，答复均在法定期限内完成。".to_string(), None),
    };
    // Matters of any kind counted in 项 beside it now and then: not requests for information.
    let sentence = if rng.chance(0.1) {
        format!("便民服务中心受理群众申请事项{}项。{sentence}", rng.range(20, 900))
    } else {
        sentence
    };
    let mut facts: Vec<Fact> = value.map(|v| fact("apply.received", v as f64)).into_iter().collect();
    if tells_the_cases(&sentence) {
        facts.extend([fact("review.total", 0.0), fact("litigation.total", 0.0)]);
    }
    // The only request's outcome, told without a figure.
    let the_only_one = sentence.contains("申请1件，经核查");
    if the_only_one {
        facts.push(Fact {
            metric: "apply.result.disclosed".into(),
            applicant: Some("total".into()),
            value: 1.0,
            label: None,
        });
    }
    if sentence.contains("均为网站在线申请") || sentence.contains("均为网络申请件") {
        facts.push(Fact {
            metric: "apply.received.online".into(),
            applicant: Some("total".into()),
            value: n as f64,
            label: None,
        });
    }
    if sentence.contains("都为信函申请") {
        facts.push(Fact {
            metric: "apply.received.letter".into(),
            applicant: Some("total".into()),
            value: n as f64,
            label: None,
        });
    }
    if sentence.contains("均来自自然人") || sentence.contains("全部属自然人") {
        facts.push(Fact {
            metric: "apply.received".into(),
            applicant: Some("natural_person".into()),
            value: n as f64,
            label: None,
        });
    }
    let mut sentences = vec![sentence];
    if rng.chance(0.1) {
        // A complaint caused by a request is not a request that did not happen: no complaint.
        // Or last in a long list of what did not happen (the cases already stated as none).
        sentences.push(if rng.chance(0.5) { NO_COMPLAINT } else { NO_CASE_NOR_COMPLAINT }.to_string());
        facts.push(fact("complaints.total", 0.0));
    }
    if let Some(n) = value.filter(|n| *n > 0 && rng.chance(0.05)) {
        // The requests again, their 申请 left out (提交政府信息公开N件): never items disclosed.
        sentences.push(format!("全年接收网络方式提交政府信息公开{n}件。"));
    }
    let of_disclosure = ["依申请公开", "依申请信息公开", "信息公开申请"].iter().any(|w| sentences[0].contains(w))
        && !facts.iter().any(|f| f.metric.starts_with("apply.received."));
    let mut channels_told = false;
    // (The count carried over, told with the requests' channels: the flows below are not told.)
    let mut carried_told = false;
    if let Some(n) = value.filter(|n| *n > 2 && sentences.len() == 1 && of_disclosure && rng.chance(0.04)) {
        // The requests' account goes on in a 其中 sentence of how they came, then a
        // reconsideration after it, on the same line: one about disclosure (the caller leaves
        // section 五 without its own count).
        // Now and then the count carried over told between, the list of all of them (收到…9件，
        // 上年转结1件，其中网络申请5件，信函申请5件): no sum to check it against.
        let carried = if !facts.iter().any(|f| f.metric == "apply.carried_in") && rng.side_chance(48, 0.3) {
            let carried = rng.range(1, 4);
            // (In the sentence of the year's count, its full stop taken off.)
            let sentence = &mut sentences[0];
            if sentence.ends_with('。') {
                sentence.pop();
                sentence.push('，');
            }
            sentence.push_str(&format!("上年转结{carried}件，"));
            facts.push(fact("apply.carried_in", carried as f64));
            carried_told = true;
            carried
        } else {
            0
        };
        let n = n + carried;
        let online = rng.range(0, n);
        let reviews = rng.range(1, 3);
        // Or in the same sentence, after a clause that closes the list (，已按程序按时办理，).
        sentences[0].push_str(&if rng.side_chance(46, 0.5) {
            format!("其中网上申请{online}件，信函申请{}件，{REVIEWS_IN_THE_REQUESTS}{reviews}件。", n - online)
        } else {
            format!("其中网上申请{online}件，信函申请{}件。{REVIEWS_AFTER_THE_REQUESTS}{reviews}件。", n - online)
        });
        for (code, v) in
            [("apply.received.online", online), ("apply.received.letter", n - online), ("review.total", reviews)]
        {
            facts.push(fact(code, v as f64));
        }
        channels_told = true;
    }
    let all_online = channels_told || facts.iter().any(|f| f.metric.starts_with("apply.received."));
    if let Some(n) = value.filter(|n| *n > 1 && rng.chance(0.2) && !all_online) {
        // How they came, a 其中 list running on past its semicolons with each share.
        let in_person = rng.range(0, n);
        let online = n - in_person;
        let share = |k: u64| format!("{:.1}%", 100.0 * k as f64 / n as f64);
        if rng.chance(0.3) {
            // 的 before each figure, and letters as 来信.
            let letters = rng.range(0, online);
            let figure_first = rng.chance(0.3);
            let told = if figure_first {
                // The figure before its way, run on from the requests' sentence, no 其中 — or
                // right after it, or by 属于 and the way's platform.
                match (rng.side_chance(105, 0.2), rng.side_chance(106, 0.2)) {
                    (true, _) => {
                        format!(
                            "其中{in_person}件为当面申请，{}件为网络申请，{letters}件为信件申请。",
                            online - letters
                        )
                    }
                    (_, true) => format!(
                        "按申请方式区分，{in_person}件属于当面申请，{}件属于网络平台申请，{letters}件属于信函申请。",
                        online - letters
                    ),
                    _ => format!("{in_person}件为当面申请，{}件为网络申请，{letters}件为信件申请。", online - letters),
                }
            } else if rng.chance(0.3) {
                // The form submitted through the site; the verb without 申请.
                format!(
                    "其中，通过单位官方网站提交申请表的{}件；通过信函提交申请的{letters}件；当面提交{in_person}件。",
                    online - letters
                )
            } else if rng.chance(0.3) {
                // 申请 named once, the last item a channel and its figure alone.
                format!("（其中：网上申请{}件，现场申请{in_person}件，邮寄{letters}件）。", online - letters)
            } else if rng.chance(0.15) {
                // 信件 for letters, the ways in brackets.
                format!("（其中当面申请{in_person}件，信件申请{letters}件，网络申请{}件）。", online - letters)
            } else if rng.chance(0.5) {
                // (Or the way before the verb that received them, 通过网络收到申请…件.)
                if rng.side_chance(126, 0.2) {
                    format!(
                        "其中通过网络收到申请{}件，通过来信收到申请件{letters}件，当面收到申请{in_person}件。",
                        online - letters
                    )
                } else {
                    // (Through the site, 网站申请, now and then.)
                    let way = if rng.side_chance(118, 0.3) { "网站" } else { "网上" };
                    format!("其中，当面申请的{in_person}件，来信申请的{letters}件，{way}申请的{}件。", online - letters)
                }
            } else {
                // Through the government's website; mailed on paper.
                format!(
                    "其中，当面申请{in_person}件、通过政府网站申请{}件、向办公室邮寄纸质版申请{letters}件。",
                    online - letters
                )
            };
            if figure_first {
                let opening = sentences[0].trim_end_matches('。').to_string();
                sentences[0] = format!("{opening}，{told}");
            } else {
                sentences.push(told);
            }
            for (code, v) in [
                ("apply.received.in_person", in_person),
                ("apply.received.letter", letters),
                ("apply.received.online", online - letters),
            ] {
                facts.push(fact(code, v as f64));
            }
        } else {
            sentences.push(format!(
                "其中：当面申请{in_person}件，占{}；网上申请{online}件，占{}；电子邮件申请0件。",
                share(in_person),
                share(online)
            ));
            for (code, v) in [
                ("apply.received.in_person", in_person),
                ("apply.received.online", online),
                ("apply.received.email", 0),
            ] {
                facts.push(fact(code, v as f64));
            }
        }
    }
    // The results are told once: a second statement of them leaves each in doubt. Not after a
    // reconsideration told at the end of the requests' account: the 其中 would split it.
    let results_told =
        value.is_some_and(|n| n > 1 && year < 2019 && !the_only_one) && !channels_told && rng.chance(0.15);
    if let Some(n) = value.filter(|_| results_told) {
        // The national table's result rows retold in its own words (a report of its years).
        let already = rng.range(0, n / 4);
        let partial = rng.range(0, (n - already) / 3);
        let denied = rng.range(0, (n - already - partial) / 3);
        let disclosed = n - already - partial - denied;
        if rng.side_chance(110, 0.2) {
            // Or the answers told with the row's words in quotes (“同意公开”的N件): the
            // disclosed and all answered.
            sentences.push(format!("在已经答复的{n}件申请中，“同意公开”的{disclosed}件。"));
            facts.push(fact("apply.result.disclosed", disclosed as f64));
            facts.push(fact("apply.result.total", n as f64));
        } else {
            sentences.push(format!(
                "其中，属于已主动公开范围数{already}件，同意全部公开答复数{disclosed}件，同意部分公开答复数{partial}件，不同意公开答复数{denied}件。"
            ));
            for (code, v) in [
                ("apply.result.already_public", already),
                ("apply.result.disclosed", disclosed),
                ("apply.result.partial", partial),
                ("apply.result.denied", denied),
            ] {
                facts.push(fact(code, v as f64));
            }
        }
    }
    // Requests received and handled in one sentence (收到和办理…N件) tell the handled count: a
    // carried count after it would let the balance make it the closed total, a fact of its own.
    let handled_told = ["收到和办理", "收到并办理"].iter().any(|w| sentences[0].contains(w));
    // Every request received carried out, said without a figure of its own.
    let all_carried = value.filter(|n| {
        (1..=3).contains(n) && year >= 2019 && !the_only_one && !handled_told && !carried_told && rng.chance(0.1)
    });
    if let Some(n) = all_carried {
        sentences.push(format!("全年受理申请{n}件，均结转下年度继续办理。"));
        facts.push(fact("apply.carried_out", n as f64));
    } else if let Some(n) =
        value.filter(|n| *n > 0 && !carried_told && rng.chance(0.5) && !the_only_one && !handled_told)
    {
        // The rest of table 三 retold: carried in, closed, carried out (received + carried in =
        // closed + carried out), the next year named as a number or as 下年度.
        let carried_in = rng.range(0, 5);
        let carried_out = rng.range(0, n.min(5));
        let closed = n + carried_in - carried_out;
        let on_time = rng.chance(0.5);
        // Answers handled (办理回复) are the results' total in every year's table.
        let answered = !on_time && rng.chance(0.1);
        // Handled, and all of them said closed (no carried counts to balance them).
        let said_closed = !on_time && !answered && rng.chance(0.1);
        // Answers counted as 公开答复 (not every answer): the results' total left untold.
        let mut public_answers = false;
        sentences.push(if said_closed {
            format!("全年共计办理依申请公开政府信息{closed}件，全部在规定时限内办结。")
        } else if answered {
            format!("上年结转{carried_in}件，全年共办理回复依申请公开事项{closed}件，结转下年度办理{carried_out}件。")
        } else if !on_time && rng.chance(0.3) {
            // 办理: closed only because received + carried in = handled + carried out.
            format!("上年结转{carried_in}件，全年共办理依申请公开{closed}件，结转下年度继续办理{carried_out}件。")
        } else if !on_time && rng.chance(0.2) {
            // The carried-in with its verb first, the carried-out with its figure first.
            format!(
                "结转上年度政府信息公开申请{carried_in}件，本年度办结{closed}件，剩余{carried_out}件结转下年度办理。"
            )
        } else if !on_time && year >= 2019 && carried_out == 0 && rng.chance(0.5) {
            // Nothing carried, said without a figure.
            let carried = if carried_in == 0 && rng.chance(0.5) {
                if rng.chance(0.5) {
                    format!("未转结{}年政府信息公开申请", year - 1)
                } else {
                    "无上年度结转".to_string()
                }
            } else {
                format!("上年结转{carried_in}件")
            };
            format!("{carried}，已按期答复{closed}件，无转结下年度继续办理件。")
        } else if !on_time && year >= 2019 && rng.chance(0.1) {
            // What the requests were about between the counts (its words name services too);
            // the next year by its number.
            format!(
                "上年结转{carried_in}件，主要涉及行政许可、征地拆迁等方面，办结{closed}件，结转{}年度{carried_out}件。",
                year + 1
            )
        } else if !on_time && rng.chance(0.15) {
            // Carried in named by the two years' numbers.
            format!("{}年结转至{year}年{carried_in}件，已办结{closed}件，结转下年度办理{carried_out}件。", year - 1)
        } else if !on_time && rng.chance(0.2) {
            // Carried out said with 转 alone.
            public_answers = true;
            format!("上年结转{carried_in}件，公开答复{}件，转下年度办理{carried_out}件。", closed.saturating_sub(1))
        } else if !on_time && rng.chance(0.15) {
            // Carried out said as put off to the next year (顺延到下年度).
            format!("上年结转{carried_in}件，办结{closed}件，另有{carried_out}件申请顺延到下年度答复。")
        } else if !on_time && rng.side_chance(98, 0.1) {
            // The requests carried in and out counted in items (项).
            format!("上年结转{carried_in}项，办结{closed}件，结转下年度继续办理{carried_out}项。")
        } else if !on_time && rng.chance(0.1) {
            // Requests counted in copies (份).
            format!("上年结转{carried_in}份，本年度办结{closed}份，结转下年度继续办理{carried_out}份。")
        } else if !on_time {
            format!("上年结转{carried_in}件，办结{closed}件，结转下年度办理{carried_out}件。")
        } else {
            format!(
                "另有上年度结转申请{carried_in}件；按时办结{closed}件，结转{}年继续办理的{carried_out}件。",
                year + 1
            )
        });
        // Until 2018 the national table counts closed and closed on time in rows of their own;
        // from 2019 closing gives the results' total.
        let closed_code = match (year <= 2018, on_time) {
            _ if answered => "apply.result.total",
            (true, true) => "apply.closed.on_time",
            (true, false) => "apply.closed",
            (false, _) => "apply.result.total",
        };
        for (code, v) in [("apply.carried_in", carried_in), (closed_code, closed), ("apply.carried_out", carried_out)] {
            if (!said_closed || code == closed_code) && !(public_answers && code == closed_code) {
                facts.push(fact(code, v as f64));
            }
        }
        if !results_told && rng.chance(0.5) {
            // The outcomes retold item by item; a withdrawal names no row of the table.
            let withdrawn = rng.range(0, closed.min(2));
            let not_held = rng.range(0, (closed - withdrawn).min(3));
            let partial = rng.range(0, (closed - withdrawn - not_held).min(5));
            let mut disclosed = closed - withdrawn - not_held - partial;
            let share = |k: u64| format!("{:.1}%", 100.0 * k as f64 / closed.max(1) as f64);
            let form = rng.range(0, 3);
            sentences.push(match form {
                // A refusal by its reason, in the words of the table of the report's years
                // (因涉及国家秘密而不予公开1件 until 2018, 属于国家秘密 since).
                3 => {
                    let (reason, code) = if year <= 2018 {
                        ("涉及国家秘密", "apply.result.denied.state_secret")
                    } else {
                        ("属于国家秘密", "apply.result.withheld.state_secret")
                    };
                    let secret = withheld_of(&mut disclosed, code, rng, &mut facts);
                    format!(
                        "其中予以公开{disclosed}件，部分公开{partial}件，因{reason}而不予公开{secret}件，本机关不掌握相关政府信息{not_held}件，申请人撤回申请{withdrawn}件。"
                    )
                }
                // The requests closed, the year before's among them in brackets (since 2019,
                // when the requests closed are the results' total).
                0 if year >= 2019 && rng.chance(0.3) => {
                    // The carried-in figure is printed here even where the sentence before
                    // said only that all were closed.
                    if said_closed {
                        facts.push(fact("apply.carried_in", carried_in as f64));
                    }
                    // The requests closed are told here where the sentence before did not.
                    if public_answers {
                        facts.push(fact("apply.result.total", closed as f64));
                    }
                    format!(
                        "办结的{closed}件（含{}年结转的{carried_in}件）中，予以公开{disclosed}件，部分公开{partial}件，本机关不掌握相关政府信息{not_held}件，申请人撤回申请{withdrawn}件。",
                        year - 1
                    )
                }
                // The row's words without 政府, past a half-width semicolon.
                0 if rng.chance(0.4) => format!(
                    "其中予以公开{disclosed}件;部分公开{partial}件,本机关不掌握相关信息{not_held}件,申请人撤回申请{withdrawn}件。"
                ),
                // A row named by its first words alone.
                0 if rng.chance(0.2) => format!("其中予以公开{disclosed}件，部分公开{partial}件，本机关不掌握{not_held}件。"),
                // The row's words without the agency, 相关 or 政府.
                0 if rng.chance(0.15) => format!("其中，予以公开{disclosed}件，部分公开{partial}件，不掌握信息{not_held}件。"),
                // Each count named before its figure (予以公开数量为2件).
                0 if rng.chance(0.1) => format!(
                    "其中予以公开数量为{disclosed}件，部分公开数量为{partial}件，本机关不掌握相关政府信息数量为{not_held}件。"
                ),
                0 => format!(
                    "其中予以公开{disclosed}件，部分公开{partial}件，本机关不掌握相关政府信息{not_held}件，申请人撤回申请{withdrawn}件。"
                ),
                // The figure first, then what was done (8件按申请事项全部予以公开).
                1 if rng.chance(0.25) => format!(
                    "其中{disclosed}件按申请事项全部予以公开，{partial}件公开部分内容，本机关不掌握相关政府信息{not_held}件，申请人撤回申请{withdrawn}件。"
                ),
                // The figure first (8件办理结果为…).
                1 => format!(
                    "其中，{disclosed}件办理结果为予以公开，{partial}件办理结果为部分公开，{not_held}件办理结果为本机关不掌握相关政府信息，申请人主动撤销{withdrawn}件。"
                ),
                // In 起, 予以公开 as a bare 公开 opening the list (since 2019, when the tables
                // have a row for enforcement files).
                2 if year >= 2019 && rng.chance(0.3) => {
                    let enforcement =
                        withheld_of(&mut disclosed, "apply.result.withheld.enforcement_file", rng, &mut facts);
                    format!(
                        "其中公开{disclosed}起，部分公开{partial}起，属于行政执法案卷{enforcement}起，本机关不掌握相关政府信息{not_held}起，申请人撤回申请{withdrawn}起。"
                    )
                }
                // The manner before the row's words and 的 after them (依法予以公开的8件), an
                // internal affair refused by its row's words (since 2019).
                2 if year >= 2019 && rng.chance(0.3) => {
                    let internal =
                        withheld_of(&mut disclosed, "apply.result.withheld.internal_affairs", rng, &mut facts);
                    format!(
                        "其中依法予以公开的{disclosed}件，区分处理部分公开的{partial}件，属于三类内部事务信息不予公开的{internal}件，因本机关不掌握相关政府信息无法提供{not_held}件。"
                    )
                }
                // Each with its share, past semicolons.
                _ => format!(
                    "所有答复件中，予以公开{disclosed}件，占{}；部分公开{partial}件，占{}；本机关不掌握相关政府信息{not_held}件，占{}。",
                    share(disclosed),
                    share(partial),
                    share(not_held)
                ),
            });
            for (code, v) in [
                ("apply.result.disclosed", disclosed),
                ("apply.result.partial", partial),
                ("apply.result.unavailable.not_held", not_held),
            ] {
                facts.push(fact(code, v as f64));
            }
        }
    }
    if let Some(n) = value.filter(|n| *n > 0 && !results_told && rng.chance(0.1)) {
        // The older table's words retold: answered as already disclosed.
        let already = rng.range(0, n);
        sentences.push(format!("以上申请均已按规定答复，其中属于已主动公开答复数{already}件。"));
        facts.push(fact("apply.result.already_public", already as f64));
    }
    if let Some(n) = value.filter(|n| *n > 0 && rng.chance(0.1)) {
        // Information disclosed on request, counted: not the proactive total.
        sentences.push(format!("共依申请办理公开或部分公开政府信息{}件。", rng.range(0, n)));
    }
    if rng.chance(0.05) {
        // The agency's services closed online: not requests for information.
        sentences.push(format!("今年线上办结政务服务业务{}件，并实现0跑动送达。", rng.range(1, 300)));
    }
    if rng.chance(0.2) {
        // Consultations are closed and answered too: not requests for information.
        sentences.push(format!("收到网上咨询{}条，全部按时办结，公开答复{}件。", rng.range(10, 900), rng.range(1, 9)));
    }
    if rng.side_chance(31, 0.04) {
        // No correction by the cases denied, not the cases: how many there were is not said here.
        sentences.push("按要求按时予以答复，没有出现被投诉举报、行政复议及行政诉讼纠错的情况。".to_string());
    }
    // A count holding the year before's requests as well (共收到申请4件，其中上年度结转2件): not
    // the year's count, which is not told; the carried ones are.
    let count_alone = |n: u64| {
        let first = &sentences[0];
        first.ends_with(&format!("{n}件。")) && !first.contains("其中") && !first.contains("结转")
    };
    let carried_known = facts.iter().any(|f| f.metric == "apply.carried_in");
    if let Some(n) = value.filter(|n| *n > 2 && !carried_known && count_alone(*n) && rng.side_chance(119, 0.04)) {
        let carried = rng.side_range(121, 1, n - 1);
        let first = &mut sentences[0];
        if rng.side_chance(123, 0.5) {
            // Or the year's new ones told beside them (…{n+c}件，其中本年度新接收{n}件，上年结转…):
            // those are the year's count.
            first.truncate(first.len() - format!("{n}件。").len());
            first.push_str(&format!("{}件，其中本年度新接收{n}件，{}年结转办理{carried}件。", n + carried, year - 1));
        } else {
            first.pop();
            first.push_str(&format!("，其中上年度结转{carried}件。"));
            facts.retain(|f| f.metric != "apply.received");
        }
        facts.push(fact("apply.carried_in", carried as f64));
    }
    (sentences, facts)
}

/// The disclosure work's organisation, as older reports state it: its staff (in one of three
/// forms), its units, meetings and trainings. A trap: the villages' own information officers.
pub fn organisation(year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    let (full_time, part_time) = (rng.range(1, 30), rng.range(1, 200));
    let mut out = Vec::new();
    let mut facts = Vec::new();
    match rng.range(0, 3) {
        // Comrades given the work beside their own (…名同志兼职负责): part-time staff.
        _ if rng.side_chance(34, 0.04) => {
            out.push(format!("我单位指定办公室{part_time}名同志兼职负责政府信息公开工作。"));
            facts.push(fact("org.staff.part_time", part_time as f64));
        }
        // Staff named as their kind (明确1名工作人员作为专职信息公开员): the full-time staff.
        _ if rng.side_chance(45, 0.04) => {
            out.push(format!("明确{full_time}名工作人员作为专职信息公开员，具体负责日常工作。"));
            facts.push(fact("org.staff.full_time", full_time as f64));
        }
        // 全职, the full-time staff's other name.
        3 => {
            out.push(format!("本单位从事政府信息公开工作的全职人员{full_time}人，兼职人员{part_time}人。"));
            facts.push(fact("org.staff.full_time", full_time as f64));
            facts.push(fact("org.staff.part_time", part_time as f64));
        }
        // People given the disclosure work beside their own: its part-time staff.
        0 if rng.chance(0.5) => {
            let who = rng.pick(&["人", "名同志", "名工作人员"]);
            out.push(format!("办公室安排{part_time}{who}兼任政府信息公开工作，确保工作有人抓。"));
            facts.push(fact("org.staff.part_time", part_time as f64));
        }
        0 if rng.chance(0.3) => {
            // Staff of no kind said, in a sentence about disclosure; or both kinds together,
            // the figure first; or a few comrades counted in words.
            match rng.range(0, 2) {
                0 => out
                    .push(format!("为保证政府信息公开工作落到实处，配备了{part_time}名工作人员，开设了信息公开专栏。")),
                1 => out.push(format!("本单位配备了{part_time}名专兼职工作人员，负责政府信息的网上发布工作。")),
                _ => {
                    let few = rng.range(1, 9);
                    out.push(format!("指定{}位同志从事政府信息公开的专项工作。", count_in_words(few)));
                    facts.push(fact("org.staff", few as f64));
                    return (out, facts);
                }
            }
            facts.push(fact("org.staff", part_time as f64));
        }
        // Staff of no kind for the work the sentence before names (为此 refers to it).
        0 if rng.side_chance(99, 0.2) => {
            out.push(format!(
                "根据《条例》要求，本单位开始开展政府信息公开工作。为此，专门配备了{part_time}名工作人员。"
            ));
            facts.push(fact("org.staff", part_time as f64));
        }
        0 => {
            out.push(format!("为此，专门配备了{part_time}名兼职工作人员，负责政府信息公开日常工作。"));
            facts.push(fact("org.staff.part_time", part_time as f64));
        }
        // One person, said in words.
        1 if rng.chance(0.15) => {
            out.push("指派一名专职工作人员具体负责政府信息公开工作。".to_string());
            facts.push(fact("org.staff.full_time", 1.0));
        }
        // The work named between the figure and the kind, cadres for staff.
        1 if rng.chance(0.3) => {
            out.push(format!("单位机关配备了{full_time}名政务信息公开工作专职干部、{part_time}名兼职干部。"));
            facts.push(fact("org.staff.full_time", full_time as f64));
            facts.push(fact("org.staff.part_time", part_time as f64));
        }
        // The staff named by the information they handle, the kind before its figure.
        1 if rng.chance(0.2) => {
            out.push(format!("{year}年度单位共有专职信息人员{full_time}名，负责信息报送、网站公开及维护。"));
            facts.push(fact("org.staff.full_time", full_time as f64));
        }
        // The kinds joined by a comma, the work named before the staff.
        1 if rng.chance(0.15) => {
            out.push(format!("我单位专门配备{full_time}名专职,{part_time}名兼职信息公开工作人员。"));
            facts.push(fact("org.staff.full_time", full_time as f64));
            facts.push(fact("org.staff.part_time", part_time as f64));
        }
        1 => {
            let and = if rng.chance(0.3) { "和" } else { "、" };
            out.push(format!("目前我单位共配备了{full_time}名专职{and}{part_time}名兼职工作人员。"));
            facts.push(fact("org.staff.full_time", full_time as f64));
            facts.push(fact("org.staff.part_time", part_time as f64));
        }
        _ => {
            let (units, total) = (rng.range(1, 300), full_time + part_time);
            out.push(format!(
                "至{year}年底，全县共有政府信息公开工作机构{units}个，工作人员{total}人，其中专职{full_time}人、兼职{part_time}人。"
            ));
            for (code, v) in [
                ("org.units", units),
                ("org.staff", total),
                ("org.staff.full_time", full_time),
                ("org.staff.part_time", part_time),
            ] {
                facts.push(fact(code, v as f64));
            }
        }
    }
    if rng.chance(0.3) {
        out.push(format!("各村配备了{}名兼职信息员。", rng.range(1, 5)));
    }
    if rng.chance(0.5) {
        let (trainings, trainees) = (rng.range(1, 20), rng.range(10, 900));
        out.push(format!("{year}年共举办政府信息公开培训班{trainings}期，培训人员{trainees}人次。"));
        facts.push(fact("org.trainings", trainings as f64));
        facts.push(fact("org.trainees", trainees as f64));
    } else if rng.chance(0.2) {
        // The count before the verb, in words; or the table's 培训数 in a sentence.
        if rng.chance(0.5) {
            out.push("年初、年中两次举办政府信息公开工作培训，对各科室负责人进行培训。".to_string());
            facts.push(fact("org.trainings", 2.0));
        } else {
            let trainings = rng.range(1, 20);
            out.push(format!("全年举办政务公开培训数{trainings}次。"));
            facts.push(fact("org.trainings", trainings as f64));
        }
    }
    (out, facts)
}

/// The 第二十条 规范性文件 row retold in the 2021 columns (reports of 2021 on), with the stock
/// published as a library beside it now and then (not the row); in reports of 2019 and 2020, the
/// decisions of the 2019 table.
pub fn art20_retold(year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    if year < 2019 {
        return (Vec::new(), Vec::new());
    }
    if year < 2021 {
        // The 2019 table's decisions, retold; its fees are counted in items, not money (a
        // statement of no fee charged beside them is no disclosure fee).
        // The items compared with the year before's (比2019年增加8项: a comparison, no date).
        let (licensing, services, items, more) =
            (rng.range(0, 9000), rng.range(0, 600), rng.range(10, 60), rng.range(1, 9));
        let sentences = vec![format!(
            "{year}年本机关行政许可处理决定数量{licensing}件；其他对外管理服务事项{items}项，比{}年增加{more}项，其他对外管理服务事项处理决定数量{services}件。{year}年未产生行政事业收费。",
            year - 1
        )];
        let told = [("art20.licensing.decisions", licensing), ("art20.other_services.decisions", services)];
        return (sentences, told.map(|(code, v)| fact(code, v as f64)).to_vec());
    }
    let (in_force, mut repealed, mut issued) = (rng.range(0, 200), rng.range(0, 9), rng.range(0, 9));
    let mut told_columns = vec!["art20.normative.in_force", "art20.normative.repealed", "art20.normative.issued"];
    let mut extra_facts = Vec::new();
    let mut out = vec![match rng.range(0, 4) {
        // Made and repealed after points' labels, counted in 份 (nothing else told).
        _ if rng.side_chance(38, 0.05) => {
            told_columns = vec!["art20.normative.issued", "art20.normative.repealed"];
            format!(
                "1. 制发情况：本年度制发规范性文件{issued}份，主要涉及办理流程优化。2. 废止情况：废止规范性文件{repealed}份，主要是因政策调整。"
            )
        }
        // None made and none repealed, said by one negation of the verbs.
        3 if rng.chance(0.4) => {
            (issued, repealed) = (0, 0);
            format!("{year}年，本机关未制发、废止、修改行政规范性文件，现行有效行政规范性文件{in_force}个。")
        }
        // None made, the subject first after 无 (nothing else told); beside it now and then the
        // power to make rules the agency has not (no count of rules).
        2 if rng.chance(0.1) => {
            issued = 0;
            told_columns = vec!["art20.normative.issued"];
            let power = if rng.chance(0.5) { "本单位无规章制发权，" } else { "" };
            format!("（三）政府信息管理情况。严格执行信息发布审核制度，{power}无行政规范性文件出台及更新情况。")
        }
        // The year's made, the subject before its figure, after a point's label (nothing else told).
        2 if rng.chance(0.1) => {
            told_columns = vec!["art20.normative.issued"];
            format!("1. 制发情况：本年度制发规范性文件{issued}份，主要涉及办理流程优化。")
        }
        // The year's made, the figure before its subject (nothing else told).
        2 if rng.chance(0.2) => {
            told_columns = vec!["art20.normative.issued"];
            format!("（三）政府信息管理情况。全年共制发{issued}份局本级规范性文件，全部落实合法性审查要求。")
        }
        // Two subjects under one verb: the rules' and the documents' made (nothing else told).
        3 if rng.chance(0.5) => {
            let rules = rng.range(0, 3);
            told_columns = vec!["art20.normative.issued"];
            extra_facts.push(fact("art20.rules.issued", rules as f64));
            format!("{year}年公开发布政府规章{rules}件，行政规范性文件{issued}件。")
        }
        // The columns as a list after the first's time word, or the verb naming what it made.
        0 => format!("对规范性文件进行全面清理，本年度制发{issued}件，废止{repealed}件，现行有效{in_force}件。"),
        // The table's column names retold after the subject.
        1 if rng.chance(0.2) => format!(
            "及时清理行政规范性文件，{year}年本机关行政规范性文件制发件数{issued}件，废止件数{repealed}件，现行有效件数{in_force}件。"
        ),
        1 => format!("{year}年，制发规范性文件{issued}件，废止规范性文件{repealed}件，现行有效规范性文件{in_force}件。"),
        // The subject before its verb, 数量 before the later figures, counted in 条.
        2 if rng.chance(0.3) => format!(
            "（三）政府信息管理。本年度行政规范性文件发布{issued}条，废止数量{repealed}条，现行有效数量{in_force}条。"
        ),
        _ => format!(
            "（三）政府信息管理情况。本机关完成行政规范性文件清理，截至年底，现行有效行政规范性文件{in_force}件，本年度废止{repealed}件，本年度制发{issued}件。"
        ),
    }];
    if rng.chance(0.3) {
        out.push(format!("建立规章库，集中规范公开全区现行有效规章{}部。", rng.range(50, 400)));
    }

    let mut facts: Vec<Fact> = [
        ("art20.normative.in_force", in_force),
        ("art20.normative.repealed", repealed),
        ("art20.normative.issued", issued),
    ]
    .iter()
    .filter(|(code, _)| told_columns.contains(code))
    .map(|(code, v)| fact(code, *v as f64))
    .collect();
    facts.extend(extra_facts);
    // The (五)(六)(八) rows in a sentence, two items counted together now and then (neither's);
    // or as what was disclosed, the fees as what was charged (in yuan).
    if rng.chance(0.15) {
        let (licensing, penalty, yuan) = (rng.range(0, 300), rng.range(0, 50), rng.range(0, 5_000_000));
        out.push(format!(
            "{year}年，本机关共主动公开{year}年度行政许可处理决定{licensing}项，行政处罚处理决定{penalty}项。截至{year}年12月底共收取行政事业性收费{yuan}元。"
        ));
        let told = [
            ("art20.licensing.decisions", licensing),
            ("art20.penalty.decisions", penalty),
            ("art20.admin_fees.amount", yuan),
        ];
        facts.extend(told.map(|(code, v)| fact(code, v as f64)));
    } else if rng.chance(0.15) {
        // Each item with its own count, listed with 、.
        let (licensing, penalty, coercion) = (rng.range(0, 3000), rng.range(0, 50), rng.range(0, 9));
        // Now and then in the table's own words, its column named (本年处理决定数量), or each
        // item as a class (行政许可类处理决定数).
        let in_the_tables_words = rng.side_chance(77, 0.6);
        out.push(if in_the_tables_words && rng.side_chance(79, 0.5) {
            format!(
                "其中涉及行政许可类处理决定数{licensing}条，行政处罚类处理决定数{penalty}条，行政强制类处理决定数{coercion}条。"
            )
        } else if in_the_tables_words {
            format!(
                "我局行政许可本年处理决定数量{licensing}件，行政处罚本年处理决定数量{penalty}条，行政强制本年处理决定数量{coercion}条。"
            )
        } else {
            format!("行政许可处理决定数量{licensing}宗；行政处罚处理决定数量{penalty}宗、行政强制处理决定数量{coercion}宗。")
        });
        let told = [
            ("art20.licensing.decisions", licensing),
            ("art20.penalty.decisions", penalty),
            ("art20.coercion.decisions", coercion),
        ];
        facts.extend(told.map(|(code, v)| fact(code, v as f64)));
    } else if rng.chance(0.1) {
        // Licences handled (each decided), beside the year's made documents before a comma.
        let licensing = rng.range(0, 900);
        out.push(format!("二是管理公开。本年度，印发{issued}个规范性文件。办理行政许可{licensing}件。"));
        facts.push(fact("art20.licensing.decisions", licensing as f64));
    } else if rng.chance(0.15) {
        // The items after the first without 决定 of their own.
        let (licensing, penalty, coercion) = (rng.range(0, 3000), rng.range(0, 2000), rng.range(0, 500));
        out.push(format!("全年行政许可决定{licensing}件、行政处罚{penalty}件、行政强制{coercion}件。"));
        let told = [
            ("art20.licensing.decisions", licensing),
            ("art20.penalty.decisions", penalty),
            ("art20.coercion.decisions", coercion),
        ];
        facts.extend(told.map(|(code, v)| fact(code, v as f64)));
    } else if rng.chance(0.4) {
        let (licensing, together, wan) = (rng.range(0, 3000), rng.range(0, 50), rng.range(0, 2000));
        out.push(format!(
            "依据《条例》第二十条，行政许可处理决定数量{licensing}宗；行政处罚、行政强制处理决定数量{together}宗；行政事业性收费金额{wan}万元。"
        ));
        facts.push(fact("art20.licensing.decisions", licensing as f64));
        facts.push(fact("art20.admin_fees.amount", wan as f64 * 10_000.0));
    }
    (out, facts)
}

/// The national table's 其中：主动公开规范性文件数 retold (reports before 2019), now and then
/// beside the documents made (the row 制发规范性文件总数), or one channel's documents (not the
/// row).
pub fn normative_disclosed(year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    if year >= 2019 {
        return (Vec::new(), Vec::new());
    }
    let n = rng.range(0, 300);
    let mut out = vec![match rng.range(0, 3) {
        0 => format!("{year}年，共公开规范性文件{n}件。"),
        1 => format!("全年主动公开规范性文件{n}件。"),
        _ => format!("本年度向社会公开了规范性文件{n}件，其中以政府名义印发{}件。", n / 3),
    }];
    let mut facts = vec![fact("proactive.normative", n as f64)];
    match rng.range(0, 4) {
        // The documents made: the row 制发规范性文件总数.
        0 => {
            let made = rng.range(0, 50);
            out.push(format!("全年制发规范性文件{made}件。"));
            facts.push(fact("proactive.normative_issued", made as f64));
        }
        1 => out.push(format!("通过政府公报公开规范性文件{}件。", rng.range(0, n + 1))),
        _ => {}
    }
    (out, facts)
}

/// No complaint caused by a request (a complaint, not a request that did not happen).
pub const NO_COMPLAINT: &str = "本年度未发生因依申请公开答复不当引起的投诉举报。";
/// No complaint, last in a list of cases that did not happen: no reconsideration, no lawsuit.
pub const NO_CASE_NOR_COMPLAINT: &str =
    "本年度未发生针对本单位政府信息公开事务的行政复议案件、行政诉讼案件和举报投诉件。";

/// No fee charged, in one of its forms.
pub fn fees(_setting: &crate::prose::Setting, year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    let sentence = match rng.range(0, 6) {
        // Said to be zero in words, or by 0 without its unit.
        _ if rng.side_chance(14, 0.05) => format!("{year}年，我单位信息公开的收费和减免为零。"),
        _ if rng.side_chance(17, 0.04) => "本单位依申请公开收费为0。".to_string(),
        _ if rng.side_chance(26, 0.04) => format!("{year}年，我单位不存在向申请人收取费用的情况。"),
        // The fee and its waiver, 等 before the cases; or no fee to charge at all.
        6 if rng.chance(0.3) => "我单位没有任何信息公开的收费项目。".to_string(),
        6 if rng.chance(0.2) => "本单位对申请公开政府信息暂免收费。".to_string(),
        6 => "本年度不存在政府信息公开的收费及减免等情况。".to_string(),
        0 => format!("{year}年，我单位未收取政府信息公开相关费用。"),
        // The negation far from 收费, the fee named as disclosure's.
        5 => "本年度没有涉及公民、法人或其他组织的政府信息公开收费及减免事项。".to_string(),
        4 => "我单位政府信息公开工作没有收费及减免。".to_string(),
        1 => "本单位未发生依申请公开信息收费及费用减免。".to_string(),
        2 => "本单位没有向申请人收取检索、复制、邮寄等任何费用。".to_string(),
        _ => "本年度无政府信息公开收费。".to_string(),
    };
    (vec![sentence], vec![fact("fees.amount", 0.0)])
}

/// No reconsideration and no lawsuit, in one of their forms (one of which names a
/// reconsideration request: a request for review, not for information).
pub fn review_and_litigation(_setting: &crate::prose::Setting, year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    let sentence = match rng.range(0, 8) {
        // 复议 and 诉讼 without 行政, after 未发生 or 无.
        8 if rng.chance(0.5) => "坚持依法依规答复，本年度未发生相关复议、诉讼案件。".to_string(),
        8 => "全年无涉及政府信息公开的复议、诉讼等情形发生。".to_string(),
        0 => format!("{year}年，未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"),
        // 无 and the cases it denies (无…申请行政复议、提起行政诉讼的案件).
        7 => format!("{year}年度无信息公开申请行政复议、提起行政诉讼的案件。"),
        6 => format!("{year}年，未产生针对本单位政府信息公开的行政复议与行政诉讼。"),
        // Far from its negation, the clause closed by 发生.
        4 if rng.chance(0.2) => {
            format!("{year}年没有针对本单位政府信息公开申请而提起行政复议和行政诉讼的情况发生。")
        }
        4 => format!("{year}年度本单位无一例因信息公开申请引发的行政复议和行政诉讼发生。"),
        5 if rng.chance(0.3) => "涉及政府信息公开申请的，进入行政复议程序和行政诉讼程序均为0件。".to_string(),
        // 的 before the cases counted.
        5 if rng.chance(0.2) => "全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件0件。".to_string(),
        5 => "本单位共受理涉及政府信息公开工作的行政复议、行政诉讼及申诉案件0件。".to_string(),
        1 if rng.chance(0.2) => "未发生政府信息公开行政复议、起诉。".to_string(),
        1 if rng.chance(0.2) => "相关申请均依法办结，未引起行政复议和行政诉讼情形。".to_string(),
        1 => "全年无因政府信息公开申请引起的行政复议和行政诉讼。".to_string(),
        2 => "因政府信息公开工作被申请行政复议、行政诉讼数量为0件。".to_string(),
        // 不涉及: none of either.
        3 if rng.chance(0.3) => format!("{year}年，本单位不涉及因政府信息公开引起的行政复议和行政诉讼。"),
        _ => "我单位未收到有关政府信息公开的行政复议申请，未发生行政诉讼。".to_string(),
    };
    if rng.chance(0.15) {
        return retold_with_outcomes(year, rng);
    }
    if rng.chance(0.03) {
        // A reconsideration received about a request (收到与…申请相关的行政复议1件): no request of
        // its own, one review still open, no lawsuit.
        return (
            vec!["收到与政府信息公开申请相关的行政复议1件，尚未审结；无相关行政诉讼。".to_string()],
            vec![fact("review.total", 1.0), fact("review.pending", 1.0), fact("litigation.total", 0.0)],
        );
    }
    if rng.chance(0.03) {
        // The one reconsideration still open, told in words.
        return (
            vec!["信息公开类行政复议1起，正在办理中，未发生行政诉讼。".to_string()],
            vec![fact("review.total", 1.0), fact("review.pending", 1.0), fact("litigation.total", 0.0)],
        );
    }
    if rng.chance(0.03) {
        // Nothing received, said clause by clause: a complaint, a reconsideration; no lawsuit.
        return (
            vec!["本单位未收到针对本单位的政府信息公开举报，未收到针对本单位有关政府信息公开事务的行政复议，未发生与本单位信息公开有关的提起行政诉讼案件。".to_string()],
            vec![fact("complaints.total", 0.0), fact("review.total", 0.0), fact("litigation.total", 0.0)],
        );
    }
    if rng.chance(0.03) {
        // Cases counted as 情况 (发生…行政复议情况1件), in a sentence about disclosure.
        let review = rng.range(0, 3);
        return (
            vec![format!("{year}年发生因政府信息公开申请行政复议情况{review}件；发生行政诉讼的情况0件。")],
            vec![fact("review.total", review as f64), fact("litigation.total", 0.0)],
        );
    }
    if rng.chance(0.03) {
        // Reconsiderations said to concern disclosure, with outcomes adding up.
        let review = rng.range(1, 3);
        return (
            vec![format!("因政府信息公开引起的行政复议{review}件，结果纠正{review}件，未发生行政诉讼。")],
            vec![
                fact("review.total", review as f64),
                fact("review.corrected", review as f64),
                fact("litigation.total", 0.0),
            ],
        );
    }
    if rng.chance(0.05) {
        // The cases the requests led to, as a 其中 of the requests answered.
        let (answered, review) = (rng.range(5, 60), rng.range(0, 2));
        return (
            vec![format!("全年受理答复政府信息公开申请{answered}件，其中，行政复议{review}件、行政诉讼0件。")],
            vec![fact("review.total", review as f64), fact("litigation.total", 0.0)],
        );
    }
    if rng.chance(0.04) {
        // The cases after a sentence of the requests, without 公开 in their own; the year
        // before named in a note in brackets.
        let (review, litigation) = (rng.range(1, 3), rng.range(1, 2));
        return (
            vec![format!(
                "本年度依申请公开工作依法有序开展。发生行政复议{review}件（其中1件为{}年信息公开件），申请人已撤回；发生行政诉讼{litigation}件，结果维持。",
                year - 1
            )],
            vec![fact("review.total", review as f64), fact("litigation.total", litigation as f64)],
        );
    }
    if rng.chance(0.04) {
        // The passive: the agency taken to court or to review, the figure before the verb, in
        // a sentence about the requests.
        let review = rng.range(1, 6);
        return (
            vec![format!("{year}年的政府信息公开申请全部按规定时限办理，未被行政诉讼，{review}宗被行政复议结果维持。")],
            vec![fact("review.total", review as f64), fact("litigation.total", 0.0)],
        );
    }
    if rng.chance(0.1) {
        // The section's whole body: none of what its heading names happened, or "none" alone.
        let body = match rng.range(0, 3) {
            0 => "本年度未发生上述情况。".to_string(),
            1 => "无".to_string(),
            _ => format!("我单位{year}年度无申请。"),
        };
        return (vec![body], vec![fact("review.total", 0.0), fact("litigation.total", 0.0)]);
    }
    if rng.chance(0.04) {
        // Cases counted under the section's heading, their sentences not saying 公开 again.
        let (review, litigation) = (rng.range(1, 9), rng.range(0, 9));
        return (
            vec![format!(
                "{year}年，本单位共收到行政复议{review}件，均为维持具体行政行为。本单位收到行政诉讼{litigation}件。"
            )],
            vec![fact("review.total", review as f64), fact("litigation.total", litigation as f64)],
        );
    }
    if rng.chance(0.04) {
        // 复议 and 诉讼 without 行政 after 未接到, a complaint (申诉) beside them; or counted in 次.
        return if rng.chance(0.5) {
            if rng.chance(0.5) {
                (
                    vec![format!("{year}年度未接到有关政府信息公开方面的复议、诉讼和申诉。")],
                    vec![fact("review.total", 0.0), fact("litigation.total", 0.0), fact("complaints.total", 0.0)],
                )
            } else {
                // 申诉 here is not said to be about disclosure: no complaint fact.
                (
                    vec![format!("{year}年我单位没有复议、行政诉讼及申诉。")],
                    vec![fact("review.total", 0.0), fact("litigation.total", 0.0)],
                )
            }
        } else {
            (
                vec!["本年度政府信息公开行政复议0次，行政诉讼0次。".to_string()],
                vec![fact("review.total", 0.0), fact("litigation.total", 0.0)],
            )
        };
    }
    let mut sentences = vec![sentence];
    let mut facts = vec![fact("review.total", 0.0), fact("litigation.total", 0.0)];
    if rng.chance(0.2) {
        sentences.push("全年未收到有关政府信息公开工作的举报投诉。".to_string());
        facts.push(fact("complaints.total", 0.0));
    }
    (sentences, facts)
}

/// Reconsiderations and lawsuits retold in table 四's columns (结果维持, 结果纠正, 其他结果,
/// 尚未审结), adding up, without the word 公开.
fn retold_with_outcomes(year: u16, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    let outcomes: Vec<u64> = (0..4).map(|_| rng.range(0, 40)).collect();
    let review: u64 = outcomes.iter().sum();
    let suits: Vec<u64> = (0..3).map(|_| rng.range(0, 60)).collect();
    let litigation: u64 = suits.iter().sum();
    let sentence = format!(
        "{year}年，全县收到行政复议{review}件，结果维持{}件，结果纠正{}件，其他结果{}件，尚未审结{}件。收到行政诉讼{litigation}件，结果维持{}件，结果纠正{}件，其他结果{}件。",
        outcomes[0], outcomes[1], outcomes[2], outcomes[3], suits[0], suits[1], suits[2]
    );
    let mut facts = vec![fact("review.total", review as f64), fact("litigation.total", litigation as f64)];
    for (code, n) in ["review.upheld", "review.corrected", "review.other", "review.pending"].iter().zip(&outcomes) {
        facts.push(fact(code, *n as f64));
    }
    (vec![sentence], facts)
}
