//! The statistics tables of each template era, with numbers that satisfy the identities the
//! template guarantees, as grids of printed cells plus the truth of every fact printed.

use crate::rng::Rng;
use crate::Fact;

/// A printed row: label cells first (`labels` of them), then value cells.
#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<String>,
    pub labels: usize,
}

/// A table cut where a page was saved short: after its corner cell (信息内容) and the first
/// characters of the first column's name (本年新 of 本年新制作数量, 本年制发 of 本年制发件数).
pub fn cut_after_the_first_columns_start(table: &mut Table) {
    let Some(header) = table.rows.iter().position(|r| r.cells.first().is_some_and(|c| c == "信息内容")) else {
        return;
    };
    table.rows.truncate(header + 1);
    let row = &mut table.rows[header];
    row.cells.truncate(2);
    if let Some(first) = row.cells.get_mut(1) {
        let keep = if first.starts_with("本年新") { 3 } else { 4 };
        *first = first.chars().take(keep).collect();
    }
}

impl Row {
    fn new(cells: &[&str], labels: usize) -> Row {
        Row { cells: cells.iter().map(|s| s.to_string()).collect(), labels }
    }
}

/// One table as printed, with the heading printed above it.
#[derive(Debug, Clone)]
pub struct Table {
    pub heading: String,
    pub rows: Vec<Row>,
}

pub struct Tables {
    pub tables: Vec<Table>,
    pub facts: Vec<Fact>,
    /// The check that must fail, when a total was printed wrong on purpose.
    pub broken: Option<&'static str>,
}

/// What a report of an agency's series of years carries over from the year before and into the
/// next: requests per applicant column (自然人 … 其他) and, in the 2021 template, the 规章 and
/// 规范性文件 in force at each year's end.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Continuity {
    pub carried_in: [u64; 6],
    pub carried_out: [u64; 6],
    /// In force at the end of the year before, when that year has a report of this template.
    pub in_force_before: Option<[u64; 2]>,
    pub in_force: [u64; 2],
}

fn fact(metric: &str, applicant: Option<&str>, value: f64) -> Fact {
    Fact { metric: metric.to_string(), applicant: applicant.map(str::to_string), value, label: None }
}

/// 万元 with two decimals, printed as such; the truth is in yuan.
fn wan(rng: &mut Rng, max_hundredths: u64) -> (String, f64) {
    let hundredths = rng.range(0, max_hundredths);
    let printed = if hundredths.is_multiple_of(100) {
        format!("{}", hundredths / 100)
    } else {
        format!("{}.{:02}", hundredths / 100, hundredths % 100).trim_end_matches('0').to_string()
    };
    (printed, hundredths as f64 * 100.0)
}

/// A local 统计表 of 2008–2013 in Fujian's form: this year's figure beside the cumulative one
/// (always printed, at least this year's). The channels add up to the applications received
/// (unless broken on purpose); 行政申诉数 is printed but has no harmonised code, so it is no fact.
pub fn local_pre2014(rng: &mut Rng, broken: bool) -> Tables {
    // The first year's form (2008, kept by some agencies after): one column headed 年末统计,
    // enumerated labels (其中： 1.政府公报, 当面申请数, 本年度对申请的答复总数).
    let first_year = rng.chance(0.25);
    let pick = |usual: &'static str, first: &'static str| if first_year { first } else { usual };
    let mut facts = Vec::new();
    let header: &[&str] = if first_year {
        &["指标名称", "计量单位", "年末统计"]
    } else {
        &["指标名称", "计量单位", "本年度", "历年累计"]
    };
    let mut rows = vec![Row::new(header, 1)];
    // The cumulative of a row is its figure and what earlier years added: a total's earlier years
    // hold its rows' (each channel's items are among the total's).
    let line =
        |rows: &mut Vec<Row>, facts: &mut Vec<Fact>, label: &str, metric: Option<&str>, value: u64, earlier: u64| {
            let cumulative = value + earlier;
            let unit = if metric.is_some_and(|m| m.starts_with("proactive")) { "条" } else { "件" };
            let (value, cumulative) = (value.to_string(), cumulative.to_string());
            let cells: Vec<&str> =
                if first_year { vec![label, unit, &value] } else { vec![label, unit, &value, &cumulative] };
            rows.push(Row::new(&cells, 1));
            if let Some(metric) = metric {
                facts.push(fact(metric, metric.starts_with("apply.").then_some("total"), value.parse().unwrap()));
            }
        };
    let head = |rows: &mut Vec<Row>, label: &str| {
        if !first_year {
            rows.push(Row::new(&[label, "", "", ""], 1))
        }
    };
    head(&mut rows, "一、主动公开情况");
    let (website, gazette) = (rng.count(900), rng.count(60));
    let other = rng.count(100);
    // Later tables count the items as documents (主动公开文件数 | 条).
    let proactive_label =
        if !first_year && rng.chance(0.3) { "主动公开文件数" } else { "主动公开信息数" };
    // An item may go out on several channels: each channel's count is within the total's.
    let (website_before, gazette_before) = (rng.count(3000), rng.count(300));
    let proactive_before = website_before.max(gazette_before) + rng.count(300);
    line(&mut rows, &mut facts, proactive_label, Some("proactive.total"), website + gazette + other, proactive_before);
    line(
        &mut rows,
        &mut facts,
        pick("其中：网站公开", "其中： 1.政府网站"),
        Some("proactive.via.website"),
        website,
        website_before,
    );
    line(
        &mut rows,
        &mut facts,
        pick("政府公报公开", "2.政府公报"),
        Some("proactive.via.gazette"),
        gazette,
        gazette_before,
    );
    head(&mut rows, "二、依申请公开情况");
    let channels = [
        (pick("其中：当面申请", "其中： 1.当面申请数"), "apply.received.in_person"),
        (pick("传真", "2.传真申请数"), "apply.received.fax"),
        (pick("电子邮件", "3.电子邮件申请数"), "apply.received.email"),
        (pick("网上申请", "4.网上申请数"), "apply.received.online"),
        (pick("信函", "5.信函申请数"), "apply.received.letter"),
        (pick("其它形式", "6.其他形式申请数"), "apply.received.other"),
    ];
    let counts: Vec<u64> = channels.iter().map(|_| rng.count(40)).collect();
    let before: Vec<u64> = channels.iter().map(|_| rng.count(300)).collect();
    let received: u64 = counts.iter().sum::<u64>() + if broken { rng.range(1, 9) } else { 0 };
    // Every request came in by one channel: the cumulatives add up as the year's figures do.
    line(&mut rows, &mut facts, "受理依申请公开信息总数", Some("apply.received"), received, before.iter().sum());
    for (((label, metric), n), b) in channels.iter().zip(&counts).zip(&before) {
        line(&mut rows, &mut facts, label, Some(metric), *n, *b);
    }
    let (disclosed, partial, denied) = (rng.count(30), rng.count(10), rng.count(10));
    let answered = disclosed + partial + denied;
    let answers_before = [rng.count(300), rng.count(100), rng.count(100)];
    line(
        &mut rows,
        &mut facts,
        pick("对申请的答复数", "本年度对申请的答复总数"),
        Some("apply.result.total"),
        answered,
        answers_before.iter().sum(),
    );
    line(
        &mut rows,
        &mut facts,
        pick("其中：同意公开", "其中： 1.公开同意答复数"),
        Some("apply.result.disclosed"),
        disclosed,
        answers_before[0],
    );
    line(
        &mut rows,
        &mut facts,
        pick("同意部分公开", "2.同意部分公开答复数"),
        Some("apply.result.partial"),
        partial,
        answers_before[1],
    );
    line(
        &mut rows,
        &mut facts,
        pick("否决公开", "3.否定公开答复总数"),
        Some("apply.result.denied"),
        denied,
        answers_before[2],
    );
    let review = rng.count(5);
    line(&mut rows, &mut facts, pick("三、行政复议数", "行政复议数"), Some("review.total"), review, rng.count(30));
    let litigation = rng.count(5);
    let litigation_before = rng.count(30);
    line(
        &mut rows,
        &mut facts,
        pick("四、行政诉讼数", "行政诉讼数"),
        Some("litigation.total"),
        litigation,
        litigation_before,
    );
    let appeals = rng.count(5);
    line(&mut rows, &mut facts, pick("五、行政申诉数", "行政申诉数"), None, appeals, rng.count(30));
    Tables {
        tables: vec![Table { heading: "附表：政府信息公开情况统计表".into(), rows }],
        facts,
        broken: broken.then_some("received_by_channel"),
    }
}

pub fn national_2014(rng: &mut Rng, broken: bool) -> Tables {
    let mut facts = Vec::new();
    let mut rows = vec![Row::new(&["统　计　指　标", "单位", "统计数"], 1)];
    let line = |rows: &mut Vec<Row>, facts: &mut Vec<Fact>, label: &str, unit: &str, metric: &str, value: u64| {
        rows.push(Row::new(&[label, unit, &value.to_string()], 1));
        let applicant = metric.starts_with("apply.").then_some("total");
        facts.push(fact(metric, applicant, value as f64));
    };
    let head = |rows: &mut Vec<Row>, label: &str| rows.push(Row::new(&[label, "——", ""], 1));

    head(&mut rows, "一、主动公开情况");
    let via: Vec<u64> = (0..5).map(|_| rng.count(800)).collect();
    let total = via.iter().copied().max().unwrap_or(0) + rng.count(300);
    line(
        &mut rows,
        &mut facts,
        "　　（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
        "条",
        "proactive.total",
        total,
    );
    let normative = rng.range(0, 30);
    line(&mut rows, &mut facts, "　　　　　　其中：主动公开规范性文件数", "条", "proactive.normative", normative);
    line(
        &mut rows,
        &mut facts,
        "　　　　　　　　　制发规范性文件总数",
        "件",
        "proactive.normative_issued",
        normative + rng.range(0, 3),
    );
    head(&mut rows, "　　（二）通过不同渠道和方式公开政府信息的情况");
    for (i, (label, metric)) in [
        ("1.政府公报公开政府信息数", "gazette"),
        ("2.政府网站公开政府信息数", "website"),
        ("3.政务微博公开政府信息数", "weibo"),
        ("4.政务微信公开政府信息数", "wechat"),
        ("5.其他方式公开政府信息数", "other"),
    ]
    .iter()
    .enumerate()
    {
        line(&mut rows, &mut facts, &format!("　　　　　{label}"), "条", &format!("proactive.via.{metric}"), via[i]);
    }
    head(&mut rows, "二、回应解读情况");
    line(
        &mut rows,
        &mut facts,
        "　　（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）",
        "次",
        "response.hotspots",
        rng.count(50),
    );
    let pc = rng.count(20);
    line(&mut rows, &mut facts, "　　　　　1.参加或举办新闻发布会总次数", "次", "response.press_conferences", pc);
    line(
        &mut rows,
        &mut facts,
        "　　　　　　其中：主要负责同志参加新闻发布会次数",
        "次",
        "response.press_conferences.by_leaders",
        rng.range(0, pc),
    );
    let oi = rng.count(10);
    line(&mut rows, &mut facts, "　　　　　2.政府网站在线访谈次数", "次", "response.online_interviews", oi);
    line(
        &mut rows,
        &mut facts,
        "　　　　　　其中：主要负责同志参加政府网站在线访谈次数",
        "次",
        "response.online_interviews.by_leaders",
        rng.range(0, oi),
    );
    line(&mut rows, &mut facts, "　　　　　3.政策解读稿件发布数", "篇", "response.policy_briefs", rng.count(60));
    line(&mut rows, &mut facts, "　　　　　4.微博微信回应事件数", "次", "response.social_media", rng.count(100));
    line(&mut rows, &mut facts, "　　　　　5.其他方式回应事件数", "次", "response.other", rng.count(100));

    head(&mut rows, "三、依申请公开情况");
    let channels: Vec<u64> = (0..4).map(|_| rng.count(60)).collect();
    let received: u64 = channels.iter().sum();
    let printed_received = if broken { received + 1 } else { received };
    line(&mut rows, &mut facts, "　　（一）收到申请数", "件", "apply.received", printed_received);
    for (i, (label, m)) in
        [("1.当面申请数", "in_person"), ("2.传真申请数", "fax"), ("3.网络申请数", "online"), ("4.信函申请数", "letter")]
            .iter()
            .enumerate()
    {
        line(&mut rows, &mut facts, &format!("　　　　　{label}"), "件", &format!("apply.received.{m}"), channels[i]);
    }
    let extended = rng.range(0, received / 10);
    line(&mut rows, &mut facts, "　　（二）申请办结数", "件", "apply.closed", received);
    line(&mut rows, &mut facts, "　　　　　1.按时办结数", "件", "apply.closed.on_time", received - extended);
    line(&mut rows, &mut facts, "　　　　　2.延期办结数", "件", "apply.closed.extended", extended);
    // The answers split the received requests.
    let mut left = received;
    let mut take = |rng: &mut Rng, share: u64| {
        let v = rng.range(0, left * share / 100);
        left -= v;
        v
    };
    let already = take(rng, 10);
    let partial = take(rng, 15);
    let denied_parts: Vec<u64> = (0..6).map(|_| take(rng, 5)).collect();
    let not_this = take(rng, 10);
    let not_exist = take(rng, 20);
    let correction = take(rng, 10);
    let other_channel = take(rng, 10);
    let disclosed = left;
    let denied: u64 = denied_parts.iter().sum();
    line(&mut rows, &mut facts, "　　（三）申请答复数", "件", "apply.result.total", received);
    line(&mut rows, &mut facts, "　　　　　1.属于已主动公开范围数", "件", "apply.result.already_public", already);
    line(&mut rows, &mut facts, "　　　　　2.同意公开答复数", "件", "apply.result.disclosed", disclosed);
    line(&mut rows, &mut facts, "　　　　　3.同意部分公开答复数", "件", "apply.result.partial", partial);
    line(&mut rows, &mut facts, "　　　　　4.不同意公开答复数", "件", "apply.result.denied", denied);
    for (i, (label, m)) in [
        ("其中：涉及国家秘密", "state_secret"),
        ("涉及商业秘密", "commercial_secret"),
        ("涉及个人隐私", "privacy"),
        ("危及国家安全、公共安全、经济安全和社会稳定", "security_stability"),
        ("不是《条例》所指政府信息", "not_gov_info"),
        ("法律法规规定的其他情形", "other_law"),
    ]
    .iter()
    .enumerate()
    {
        line(
            &mut rows,
            &mut facts,
            &format!("　　　　　　{label}"),
            "件",
            &format!("apply.result.denied.{m}"),
            denied_parts[i],
        );
    }
    line(&mut rows, &mut facts, "　　　　　5.不属于本行政机关公开数", "件", "apply.result.not_this_agency", not_this);
    line(&mut rows, &mut facts, "　　　　　6.申请信息不存在数", "件", "apply.result.not_exist", not_exist);
    line(&mut rows, &mut facts, "　　　　　7.告知作出更改补充数", "件", "apply.result.needs_correction", correction);
    line(
        &mut rows,
        &mut facts,
        "　　　　　8.告知通过其他途径办理数",
        "件",
        "apply.result.other_channel",
        other_channel,
    );
    for (section, prefix, upheld_label) in [
        ("四、行政复议数量", "review", "（一）维持具体行政行为数"),
        ("五、行政诉讼数量", "litigation", "（一）维持具体行政行为或者驳回原告诉讼请求数"),
    ] {
        let parts: Vec<u64> = (0..3).map(|_| rng.count(5)).collect();
        line(&mut rows, &mut facts, section, "件", &format!("{prefix}.total"), parts.iter().sum());
        line(&mut rows, &mut facts, &format!("　　{upheld_label}"), "件", &format!("{prefix}.upheld"), parts[0]);
        line(&mut rows, &mut facts, "　　（二）被依法纠错数", "件", &format!("{prefix}.corrected"), parts[1]);
        line(&mut rows, &mut facts, "　　（三）其他情形数", "件", &format!("{prefix}.other"), parts[2]);
    }
    line(&mut rows, &mut facts, "六、举报投诉数量", "件", "complaints.total", rng.count(5));
    let fee_max = if rng.chance(0.8) { 0 } else { 300 };
    let (fee_printed, fee) = wan(rng, fee_max);
    rows.push(Row::new(&["七、依申请公开信息收取的费用", "万元", &fee_printed], 1));
    facts.push(fact("fees.amount", None, fee));
    if rng.chance(0.5) {
        head(&mut rows, "八、机构建设和保障经费情况");
        line(&mut rows, &mut facts, "　　（一）政府信息公开工作专门机构数", "个", "org.units", rng.range(1, 60));
        line(&mut rows, &mut facts, "　　（二）设置政府信息公开查阅点数", "个", "org.reading_points", rng.range(0, 20));
        let (full, part) = (rng.range(0, 40), rng.range(0, 150));
        line(&mut rows, &mut facts, "　　（三）从事政府信息公开工作人员数", "人", "org.staff", full + part);
        line(
            &mut rows,
            &mut facts,
            "　　　　　1.专职人员数（不包括政府公报及政府网站工作人员数）",
            "人",
            "org.staff.full_time",
            full,
        );
        line(&mut rows, &mut facts, "　　　　　2.兼职人员数", "人", "org.staff.part_time", part);
        let (budget_printed, budget) = wan(rng, 20000);
        rows.push(Row::new(
            &[
                "　　（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）",
                "万元",
                &budget_printed,
            ],
            1,
        ));
        facts.push(fact("org.budget", None, budget));
        head(&mut rows, "九、政府信息公开会议和培训情况");
        line(
            &mut rows,
            &mut facts,
            "　　（一）召开政府信息公开工作会议或专题会议数",
            "次",
            "org.meetings",
            rng.count(20),
        );
        line(&mut rows, &mut facts, "　　（二）举办各类培训班数", "次", "org.trainings", rng.count(10));
        line(&mut rows, &mut facts, "　　（三）接受培训人员数", "人次", "org.trainees", rng.count(500));
    }
    Tables {
        tables: vec![Table { heading: "政府信息公开情况统计表".into(), rows }],
        facts,
        broken: broken.then_some("received_by_channel"),
    }
}

const APPLICANTS: [&str; 7] =
    ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];

/// Table 三 result rows: (label cells, metric). 2019 prints one （六） row, 2021 three.
fn table3_result_rows(standard: bool) -> Vec<(Vec<&'static str>, &'static str)> {
    let mut rows = vec![
        (vec!["三、本年度办理结果", "（一）予以公开", ""], "apply.result.disclosed"),
        (vec!["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""], "apply.result.partial"),
        (vec!["", "（三）不予公开", "1.属于国家秘密"], "apply.result.withheld.state_secret"),
        (vec!["", "", "2.其他法律行政法规禁止公开"], "apply.result.withheld.prohibited_by_law"),
        (vec!["", "", "3.危及“三安全一稳定”"], "apply.result.withheld.security_stability"),
        (vec!["", "", "4.保护第三方合法权益"], "apply.result.withheld.third_party"),
        (vec!["", "", "5.属于三类内部事务信息"], "apply.result.withheld.internal_affairs"),
        (vec!["", "", "6.属于四类过程性信息"], "apply.result.withheld.process_info"),
        (vec!["", "", "7.属于行政执法案卷"], "apply.result.withheld.enforcement_file"),
        (vec!["", "", "8.属于行政查询事项"], "apply.result.withheld.query_matter"),
        (vec!["", "（四）无法提供", "1.本机关不掌握相关政府信息"], "apply.result.unavailable.not_held"),
        (vec!["", "", "2.没有现成信息需要另行制作"], "apply.result.unavailable.needs_creation"),
        (vec!["", "", "3.补正后申请内容仍不明确"], "apply.result.unavailable.unclear"),
        (vec!["", "（五）不予处理", "1.信访举报投诉类申请"], "apply.result.not_processed.petition"),
        (vec!["", "", "2.重复申请"], "apply.result.not_processed.duplicate"),
        (vec!["", "", "3.要求提供公开出版物"], "apply.result.not_processed.publication"),
        (vec!["", "", "4.无正当理由大量反复申请"], "apply.result.not_processed.excessive"),
        (vec!["", "", "5.要求行政机关确认或重新出具已获取信息"], "apply.result.not_processed.confirmation"),
    ];
    if standard {
        rows.push((
            vec!["", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
            "apply.result.other.no_correction",
        ));
        rows.push((
            vec!["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
            "apply.result.other.unpaid_fee",
        ));
        rows.push((vec!["", "", "3.其他"], "apply.result.other.other"));
    } else {
        rows.push((vec!["", "（六）其他处理", ""], "apply.result.other"));
    }
    rows
}

/// provisional_2019 (`standard == false`) or standard_2021.
/// Requests carried into the next year, per applicant column.
pub fn carried_out_of(rng: &mut Rng) -> [u64; 6] {
    std::array::from_fn(|_| if rng.chance(0.3) { rng.range(0, 3) } else { 0 })
}

/// A 第二十条（一）row of a series' report: the documents in force at the year's end are given,
/// and, where the year before is known, issued and repealed are drawn so that in force = in force
/// the year before + issued − repealed.
fn stock_row(
    rng: &mut Rng,
    rows: &mut Vec<Row>,
    facts: &mut Vec<Fact>,
    subject: &str,
    code: &str,
    before: Option<u64>,
    in_force: u64,
) {
    let (issued, repealed) = match before {
        Some(before) => {
            let issued = in_force.saturating_sub(before) + rng.range(0, 2);
            (issued, before + issued - in_force)
        }
        None => (rng.range(0, 3), rng.range(0, 2)),
    };
    let mut cells = vec![subject.to_string()];
    for (col, v) in [("issued", issued), ("repealed", repealed), ("in_force", in_force)] {
        cells.push(v.to_string());
        facts.push(fact(&format!("art20.{code}.{col}"), None, v as f64));
    }
    rows.push(Row { cells, labels: 1 });
}

/// 2021's （六） rows, whose sum is 其他处理 (`apply.result.other`).
const OTHER_PARTS: [&str; 3] =
    ["apply.result.other.no_correction", "apply.result.other.unpaid_fee", "apply.result.other.other"];

/// The 规章 row's label lost (a page printed its cell as spaces, or not at all, before the
/// rows that follow): its figures tell nothing, and are no fact of the page.
pub fn lose_the_rules_label(t: &mut Tables) {
    let Some(table) = t.tables.first_mut() else { return };
    let Some(row) =
        table.rows.iter_mut().find(|r| r.labels == 1 && r.cells.first().is_some_and(|c| c.starts_with("规章")))
    else {
        return;
    };
    row.cells[0].clear();
    t.facts.retain(|f| !f.metric.starts_with("art20.rules."));
}

/// Table 三 with its zeros left blank, as some agencies print it. The facts of blank cells go
/// (nothing is printed there). Where the layout leaves no trace of a blank cell (`traceless`:
/// cells glued, or spaced with blanks printing nothing), a row with a blank no longer tells
/// which column a figure is in: only its 总计 stays a fact, and the readers find it where its
/// figures add up to it and the table's identities leave one reading. The 2021 template's
/// derived （六） sum goes where a part of it is no longer known.
///
/// `totals_unfilled`: the page leaves the 总计 column of the result rows blank too (it fills it
/// for received, carried in and carried out only), so a row's last cell is a blank of its own.
///
/// `positional`: the layout tells a column by where its figures stand (spaces between cells,
/// a header that does not line up with them): a column blank in every row stands nowhere, and
/// the rows are then as traceless.
pub fn leave_zeros_blank(t: &mut Tables, traceless: bool, totals_unfilled: bool, positional: bool) {
    let Some(table) = t.tables.iter_mut().find(|t| t.heading.starts_with("三、")) else { return };
    let Some(first) = t.facts.iter().position(|f| f.metric == "apply.received" && f.applicant.is_some()) else {
        return;
    };
    let never_filled = (0..6)
        .any(|k| table.rows.iter().filter(|r| r.cells.len() == r.labels + 7).all(|r| r.cells[r.labels + k] == "0"));
    let traceless = traceless || (positional && never_filled);
    let mut gone: Vec<(String, String)> = Vec::new();
    let value_rows = table.rows.iter_mut().filter(|r| r.cells.len() == r.labels + 7);
    for (r, row) in value_rows.enumerate() {
        let facts = &t.facts[first + 7 * r..first + 7 * (r + 1)];
        debug_assert!(facts.iter().all(|f| f.metric == facts[0].metric), "{:?}", facts);
        let cells = &mut row.cells[row.labels..];
        let blanks = cells.iter().filter(|c| *c == "0").count();
        let a_result = facts[0].metric.starts_with("apply.result.") && facts[0].metric != "apply.result.total";
        for (k, (cell, fact)) in cells.iter_mut().zip(facts).enumerate() {
            let zero = cell == "0" || (totals_unfilled && a_result && k == 6);
            if zero || (traceless && blanks > 0 && k < 6) {
                gone.push((fact.metric.clone(), fact.applicant.clone().unwrap_or_default()));
            }
            if zero {
                cell.clear();
            }
        }
    }
    let is_gone = |metric: &str, applicant: &str| gone.iter().any(|(m, a)| m == metric && a == applicant);
    t.facts.retain(|f| {
        let applicant = f.applicant.as_deref().unwrap_or_default();
        let derived_unknown =
            f.metric == "apply.result.other" && OTHER_PARTS.iter().any(|part| is_gone(part, applicant));
        !is_gone(&f.metric, applicant) && !derived_unknown
    });
}

pub fn table_2019_2021(
    rng: &mut Rng,
    standard: bool,
    broken: bool,
    year: u16,
    continuity: Option<&Continuity>,
) -> Tables {
    let mut facts = Vec::new();
    let mut tables = Vec::new();

    // 表二: 第二十条
    let mut rows = Vec::new();
    let count_row =
        |rng: &mut Rng, rows: &mut Vec<Row>, facts: &mut Vec<Fact>, subject: &str, code: &str, cols: &[&str]| {
            let mut cells = vec![subject.to_string()];
            for col in cols {
                // Some pages leave the change blank (no change printed, no figure to read).
                if *col == "change" && rng.side_chance(96, 0.03) {
                    cells.push(String::new());
                    continue;
                }
                let v: i64 = if *col == "change" { rng.range(0, 6) as i64 - 3 } else { rng.count(100) as i64 };
                // Some pages print a change with its word (减3, 增2) instead of its sign.
                let printed = match v {
                    v if *col == "change" && v != 0 && rng.chance(0.1) => {
                        format!("{}{}", if v < 0 { "减" } else { "增" }, v.abs())
                    }
                    v => v.to_string(),
                };
                cells.push(printed);
                facts.push(fact(&format!("art20.{code}.{col}"), None, v as f64));
            }
            rows.push(Row { cells, labels: 1 });
        };
    /// A 第二十条 block: its title, column headers, column codes, and (subject label, code) rows.
    type Block<'a> = (&'a str, Vec<&'a str>, Vec<&'a str>, Vec<(&'a str, &'a str)>);
    let items: Vec<Block> = if standard {
        // A district's form misprints the decisions' column (本年处理绝对数量).
        let decisions = if rng.chance(0.03) { "本年处理绝对数量" } else { "本年处理决定数量" };
        vec![
            (
                "第二十条第（一）项",
                // Some forms shorten the first column (本年发件数).
                vec![if rng.chance(0.05) { "本年发件数" } else { "本年制发件数" }, "本年废止件数", "现行有效件数"],
                vec!["issued", "repealed", "in_force"],
                vec![("规章", "rules"), ("行政规范性文件", "normative")],
            ),
            ("第二十条第（五）项", vec![decisions], vec!["decisions"], vec![("行政许可", "licensing")]),
            (
                "第二十条第（六）项",
                vec![decisions],
                vec!["decisions"],
                vec![("行政处罚", "penalty"), ("行政强制", "coercion")],
            ),
        ]
    } else {
        // A crawler that kept the first line of each wrapped header cell prints 本年新 twice.
        let made_published: [&str; 2] = if rng.chance(0.1) {
            ["本年新", "本年新"]
        } else if rng.side_chance(89, 0.03) {
            // A page's typo: the second column named as the first.
            ["本年新制作数量", "本年新制作数量"]
        } else {
            ["本年新制作数量", "本年新公开数量"]
        };
        vec![
            (
                "第二十条第（一）项",
                vec![made_published[0], made_published[1], "对外公开总数量"],
                vec!["new_made", "new_published", "total_public"],
                vec![("规章", "rules"), ("规范性文件", "normative")],
            ),
            (
                "第二十条第（五）项",
                vec!["上一年项目数量", "本年增/减", "处理决定数量"],
                vec!["prev_items", "change", "decisions"],
                vec![("行政许可", "licensing"), ("其他对外管理服务事项", "other_services")],
            ),
            (
                "第二十条第（六）项",
                vec!["上一年项目数量", "本年增/减", "处理决定数量"],
                vec!["prev_items", "change", "decisions"],
                vec![("行政处罚", "penalty"), ("行政强制", "coercion")],
            ),
            (
                "第二十条第（八）项",
                vec!["上一年项目数量", "本年增/减"],
                vec!["prev_items", "change"],
                vec![("行政事业性收费", "admin_fees")],
            ),
        ]
    };
    // Some pages print 信息内容 over the first block only: the next blocks are headed by their
    // columns alone.
    let first_block_headed_only = rng.chance(0.08);
    // A block's header row: 信息内容, then its columns.
    let header_of = |columns: &[&str], later_block: bool| -> Vec<String> {
        let anchor = (!(later_block && first_block_headed_only)).then_some("信息内容");
        anchor.into_iter().chain(columns.iter().copied()).map(String::from).collect()
    };
    // Some pages print the sub-headings without their second 第 (第二十条(五)项), some of those
    // without the first sub-heading at all (the table opens with its header).
    let without_di = rng.side_chance(60, 0.05);
    let first_heading_lost = without_di && rng.side_chance(61, 0.3);
    let printed_heading = |h: &str| {
        if without_di {
            h.replacen("第二十条第（", "第二十条(", 1).replace('）', ")")
        } else {
            h.to_string()
        }
    };
    for (block, (heading, headers, cols, subjects)) in items.iter().enumerate() {
        if !(block == 0 && first_heading_lost) {
            rows.push(Row { cells: vec![printed_heading(heading)], labels: 1 });
        }
        let mut header = header_of(headers, block > 0);
        // Some pages lose a column name's last character (现行有效件, 本年增/); some print the
        // report's year in the column names of this year (本年（2023）制发件数).
        let anchor = header.len() - headers.len();
        if rng.chance(0.05) {
            header[anchor + rng.range(1, headers.len() as u64) as usize - 1].pop();
        } else if rng.chance(0.05) {
            for h in header.iter_mut().filter(|h| h.starts_with("本年") && h.len() > "本年".len()) {
                h.insert_str("本年".len(), &format!("（{year}）"));
            }
        }
        rows.push(Row { labels: header.len(), cells: header });
        for (i, (subject, code)) in subjects.iter().enumerate() {
            // Some provinces' forms print who fills a row in a note after its subject.
            let noted;
            let subject = if *code == "rules" && rng.chance(0.1) {
                noted = format!("{subject}（设区的市级以上政府填报）");
                noted.as_str()
            } else if *code == "normative" && rng.chance(0.05) {
                // Or what the row counts, defined at length (as long as a line of prose).
                noted = format!(
                    "{subject}（指行政机关依照法定权限和程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用的公文，如决定、通告、意见、通知等）"
                );
                noted.as_str()
            } else {
                subject
            };
            match continuity.filter(|_| *cols == ["issued", "repealed", "in_force"]) {
                Some(c) => {
                    stock_row(rng, &mut rows, &mut facts, subject, code, c.in_force_before.map(|b| b[i]), c.in_force[i])
                }
                None => count_row(rng, &mut rows, &mut facts, subject, code, cols),
            }
        }
    }
    if standard {
        rows.push(Row::new(&[&printed_heading("第二十条第（八）项")], 1));
        // (Some crawls drop the unit's brackets: 本年收费金额单位:万元.)
        let column =
            if rng.chance(0.1) { "本年收费金额单位:万元" } else { "本年收费金额（单位：万元）" };
        let header = header_of(&[column], true);
        rows.push(Row { labels: header.len(), cells: header });
        let (printed, yuan) = wan(rng, 5000);
        rows.push(Row::new(&["行政事业性收费", &printed], 1));
        facts.push(fact("art20.admin_fees.amount", None, yuan));
    } else {
        rows.push(Row::new(&[&printed_heading("第二十条第（九）项")], 1));
        let header = header_of(&["采购项目数量", "采购总金额"], true);
        rows.push(Row { labels: header.len(), cells: header });
        let items = rng.count(50);
        let (printed, yuan) = wan(rng, 100000);
        rows.push(Row::new(&["政府集中采购", &items.to_string(), &format!("{printed}万元")], 1));
        facts.push(fact("art20.procurement.items", None, items as f64));
        facts.push(fact("art20.procurement.amount", None, yuan));
    }
    tables.push(Table { heading: "二、主动公开政府信息情况".into(), rows });

    // 表三: per applicant column, results first; received follows from the balance.
    let results = table3_result_rows(standard);
    let mut values: Vec<[u64; 6]> = results.iter().map(|_| [0; 6]).collect();
    for col in 0..6 {
        let scale = if col == 0 { 20 } else { 3 };
        for v in values.iter_mut() {
            v[col] = if rng.chance(0.35) { rng.count(scale) } else { 0 };
        }
    }
    let (carried_in, carried_out): (Vec<u64>, Vec<u64>) = match continuity {
        Some(c) => {
            // What came in must be closed or carried on: the first result row takes up the rest.
            for col in 0..6 {
                let closed: u64 = values.iter().map(|v| v[col]).sum();
                values[0][col] += c.carried_in[col].saturating_sub(closed);
            }
            (c.carried_in.to_vec(), c.carried_out.to_vec())
        }
        None => {
            let total: Vec<u64> = (0..6).map(|c| values.iter().map(|v| v[c]).sum()).collect();
            let carried_in = (0..6).map(|c| if total[c] > 0 { rng.range(0, total[c] / 4) } else { 0 }).collect();
            (carried_in, carried_out_of(rng).to_vec())
        }
    };
    let total: Vec<u64> = (0..6).map(|c| values.iter().map(|v| v[c]).sum()).collect();
    let received: Vec<u64> = (0..6).map(|c| total[c] + carried_out[c] - carried_in[c]).collect();
    let mut rows = vec![
        Row::new(&["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"], 4),
        Row::new(&["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"], 10),
        Row::new(&["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""], 10),
    ];
    let push3 = |rows: &mut Vec<Row>,
                 facts: &mut Vec<Fact>,
                 labels: &[&str],
                 metric: &str,
                 six: &[u64],
                 printed_total: Option<u64>| {
        let sum: u64 = six.iter().sum();
        let mut cells: Vec<String> = labels.iter().map(|s| s.to_string()).collect();
        cells.extend(six.iter().map(u64::to_string));
        let t = printed_total.unwrap_or(sum);
        cells.push(t.to_string());
        rows.push(Row { cells, labels: 3 });
        for (i, a) in APPLICANTS.iter().enumerate() {
            facts.push(fact(metric, Some(a), if i == 6 { t as f64 } else { six[i] as f64 }));
        }
    };
    push3(&mut rows, &mut facts, &["一、本年新收政府信息公开申请数量", "", ""], "apply.received", &received, None);
    push3(&mut rows, &mut facts, &["二、上年结转政府信息公开申请数量", "", ""], "apply.carried_in", &carried_in, None);
    for (labels, metric) in &results {
        let v = values[results.iter().position(|(_, m)| m == metric).unwrap()];
        push3(&mut rows, &mut facts, labels, metric, &v, None);
    }
    let grand: u64 = total.iter().sum();
    push3(
        &mut rows,
        &mut facts,
        &["", "（七）总计", ""],
        "apply.result.total",
        &total,
        Some(if broken { grand + 1 } else { grand }),
    );
    push3(&mut rows, &mut facts, &["四、结转下年度继续办理", "", ""], "apply.carried_out", &carried_out, None);
    if standard {
        for (c, a) in APPLICANTS.iter().enumerate() {
            let parts: u64 = OTHER_PARTS
                .iter()
                .map(|m| {
                    results.iter().position(|(_, x)| x == m).map_or(0, |i| {
                        if c == 6 {
                            values[i].iter().sum()
                        } else {
                            values[i][c]
                        }
                    })
                })
                .sum();
            facts.push(fact("apply.result.other", Some(a), parts as f64));
        }
    }
    tables.push(Table { heading: "三、收到和处理政府信息公开申请情况".into(), rows });

    // 表四: fifteen cells.
    let mut cells = Vec::new();
    let metrics = ["review", "litigation.direct", "litigation.after_review"];
    let mut totals = Vec::new();
    for m in metrics {
        let parts: Vec<u64> = (0..4).map(|_| rng.count(4)).collect();
        let t: u64 = parts.iter().sum();
        for (p, name) in parts.iter().zip(["upheld", "corrected", "other", "pending"]) {
            cells.push(p.to_string());
            facts.push(fact(&format!("{m}.{name}"), None, *p as f64));
        }
        cells.push(t.to_string());
        facts.push(fact(&format!("{m}.total"), None, t as f64));
        totals.push(t);
    }
    facts.push(fact("litigation.total", None, (totals[1] + totals[2]) as f64));
    let rows = vec![
        Row::new(&["行政复议", "", "", "", "", "行政诉讼"], 6),
        Row::new(
            &["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"],
            11,
        ),
        Row::new(
            &[
                "",
                "",
                "",
                "",
                "",
                "结果维持",
                "结果纠正",
                "其他结果",
                "尚未审结",
                "总计",
                "结果维持",
                "结果纠正",
                "其他结果",
                "尚未审结",
                "总计",
            ],
            15,
        ),
        Row { cells, labels: 0 },
    ];
    tables.push(Table { heading: "四、政府信息公开行政复议、行政诉讼情况".into(), rows });
    Tables { tables, facts, broken: broken.then_some("result_total") }
}
