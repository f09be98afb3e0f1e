//! The metric catalog of docs/metrics.md as data: printed labels → canonical codes.
//!
//! Labels are written as the templates print them; [`crate::labels::key`] reduces both these and
//! the document's labels to the same key, so enumerators and notes need not be repeated here.

/// national_2014 (国办发〔2014〕32号), by top-level section 一 … 九. The section's own head row
/// carries a metric in sections 四 – 七.
pub const NATIONAL_2014: &[(u8, &str, &str)] = &[
    (1, "主动公开政府信息数", "proactive.total"),
    (1, "主动公开规范性文件数", "proactive.normative"),
    (1, "制发规范性文件总数", "proactive.normative_issued"),
    (1, "政府公报公开政府信息数", "proactive.via.gazette"),
    (1, "政府网站公开政府信息数", "proactive.via.website"),
    (1, "政务微博公开政府信息数", "proactive.via.weibo"),
    (1, "政务微信公开政府信息数", "proactive.via.wechat"),
    (1, "其他方式公开政府信息数", "proactive.via.other"),
    (2, "回应公众关注热点或重大舆情数", "response.hotspots"),
    (2, "参加或举办新闻发布会总次数", "response.press_conferences"),
    (2, "主要负责同志参加新闻发布会次数", "response.press_conferences.by_leaders"),
    (2, "政府网站在线访谈次数", "response.online_interviews"),
    (2, "主要负责同志参加政府网站在线访谈次数", "response.online_interviews.by_leaders"),
    (2, "政策解读稿件发布数", "response.policy_briefs"),
    (2, "微博微信回应事件数", "response.social_media"),
    (2, "其他方式回应事件数", "response.other"),
    (3, "收到申请数", "apply.received"),
    (3, "当面申请数", "apply.received.in_person"),
    (3, "传真申请数", "apply.received.fax"),
    (3, "网络申请数", "apply.received.online"),
    (3, "信函申请数", "apply.received.letter"),
    (3, "电子邮件申请数", "apply.received.email"),
    (3, "其他形式申请数", "apply.received.other"),
    (3, "申请办结数", "apply.closed"),
    (3, "按时办结数", "apply.closed.on_time"),
    (3, "延期办结数", "apply.closed.extended"),
    (3, "申请答复数", "apply.result.total"),
    (3, "属于已主动公开范围数", "apply.result.already_public"),
    // Fujian's tables and their retellings: 属于已主动公开答复数.
    (3, "属于已主动公开答复数", "apply.result.already_public"),
    (3, "同意公开答复数", "apply.result.disclosed"),
    (3, "同意部分公开答复数", "apply.result.partial"),
    (3, "不同意公开答复数", "apply.result.denied"),
    (3, "涉及国家秘密", "apply.result.denied.state_secret"),
    (3, "涉及商业秘密", "apply.result.denied.commercial_secret"),
    (3, "涉及个人隐私", "apply.result.denied.privacy"),
    (3, "危及国家安全公共安全经济安全和社会稳定", "apply.result.denied.security_stability"),
    (3, "不是条例所指政府信息", "apply.result.denied.not_gov_info"),
    (3, "法律法规规定的其他情形", "apply.result.denied.other_law"),
    (3, "不属于本行政机关公开数", "apply.result.not_this_agency"),
    (3, "申请信息不存在数", "apply.result.not_exist"),
    (3, "告知作出更改补充数", "apply.result.needs_correction"),
    (3, "告知通过其他途径办理数", "apply.result.other_channel"),
    (4, "行政复议数量", "review.total"),
    (4, "维持具体行政行为数", "review.upheld"),
    (4, "被依法纠错数", "review.corrected"),
    (4, "其他情形数", "review.other"),
    (5, "行政诉讼数量", "litigation.total"),
    (5, "维持具体行政行为或者驳回原告诉讼请求数", "litigation.upheld"),
    (5, "被依法纠错数", "litigation.corrected"),
    (5, "其他情形数", "litigation.other"),
    (6, "举报投诉数量", "complaints.total"),
    (7, "依申请公开信息收取的费用", "fees.amount"),
    (8, "政府信息公开工作专门机构数", "org.units"),
    (8, "设置政府信息公开查阅点数", "org.reading_points"),
    (8, "从事政府信息公开工作人员数", "org.staff"),
    (8, "专职人员数", "org.staff.full_time"),
    (8, "兼职人员数", "org.staff.part_time"),
    (8, "政府信息公开专项经费", "org.budget"),
    (9, "召开政府信息公开工作会议或专题会议数", "org.meetings"),
    (9, "举办各类培训班数", "org.trainings"),
    (9, "接受培训人员数", "org.trainees"),
];

/// Heads of the national sections (their labels vary more than the rows below them).
/// Local 统计表 of 2008–2013 (Fujian's form: 指标名称 | 计量单位 | 本年度 | 历年累计, and its
/// variants): row label → metric. Only rows with a harmonised code are listed; others (行政申诉数)
/// are reported as unmapped rows, not dropped silently.
pub const LOCAL_PRE2014: &[(&str, &str)] = &[
    ("主动公开信息数", "proactive.total"),
    ("主动公开政府信息数", "proactive.total"),
    // Fujian's tables from 2014 on count the items as 文件: 主动公开文件数 | 条.
    ("主动公开文件数", "proactive.total"),
    ("网站公开", "proactive.via.website"),
    ("政府网站公开", "proactive.via.website"),
    ("政府公报公开", "proactive.via.gazette"),
    ("政府公报", "proactive.via.gazette"),
    ("政府网站", "proactive.via.website"),
    ("公报公开", "proactive.via.gazette"),
    ("受理依申请公开信息总数", "apply.received"),
    ("受理政府信息公开申请总数", "apply.received"),
    ("受理申请总数", "apply.received"),
    ("当面申请", "apply.received.in_person"),
    ("当面申请数", "apply.received.in_person"),
    ("传真申请数", "apply.received.fax"),
    ("电子邮件申请数", "apply.received.email"),
    ("网上申请数", "apply.received.online"),
    ("信函申请数", "apply.received.letter"),
    ("其他形式申请数", "apply.received.other"),
    ("其它形式申请数", "apply.received.other"),
    ("本年度对申请的答复总数", "apply.result.total"),
    ("公开同意答复数", "apply.result.disclosed"),
    ("否定公开答复总数", "apply.result.denied"),
    ("否定公开答复数", "apply.result.denied"),
    ("当面", "apply.received.in_person"),
    ("传真", "apply.received.fax"),
    ("传真申请", "apply.received.fax"),
    ("电子邮件", "apply.received.email"),
    ("电子邮件申请", "apply.received.email"),
    ("网上", "apply.received.online"),
    ("网上申请", "apply.received.online"),
    ("信函", "apply.received.letter"),
    ("信函申请", "apply.received.letter"),
    ("其它形式", "apply.received.other"),
    ("其他形式", "apply.received.other"),
    ("对申请的答复数", "apply.result.total"),
    ("对申请的答复总数", "apply.result.total"),
    ("同意公开", "apply.result.disclosed"),
    ("同意公开答复数", "apply.result.disclosed"),
    ("同意部分公开", "apply.result.partial"),
    ("同意部分公开答复数", "apply.result.partial"),
    ("否决公开", "apply.result.denied"),
    ("不予公开答复数", "apply.result.denied"),
    ("不同意公开", "apply.result.denied"),
    ("行政复议数", "review.total"),
    ("行政诉讼数", "litigation.total"),
];

/// The header cells that mark a local table and its column of this year's figures.
pub const LOCAL_THIS_YEAR: &[&str] = &["本年度", "本年", "本年度数", "本年数"];
pub const LOCAL_CUMULATIVE: &[&str] = &["历年累计", "累计", "历年累计数"];

pub const NATIONAL_SECTION_HEADS: &[(&str, u8)] = &[
    ("主动公开情况", 1),
    // A group head of section 一 (its rows are the channels).
    ("通过不同渠道和方式公开政府信息的情况", 1),
    ("回应解读情况", 2),
    ("依申请公开情况", 3),
    ("行政复议数量", 4),
    ("行政诉讼数量", 5),
    ("举报投诉数量", 6),
    ("依申请公开信息收取的费用", 7),
    ("机构建设和保障经费情况", 8),
    ("政府信息公开会议和培训情况", 9),
];

/// Which generation a column or row label belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Era {
    Provisional2019,
    Standard2021,
    Both,
}

/// Table 二 (第二十条) subjects (row labels).
pub const ART20_SUBJECTS: &[(&str, &str)] = &[
    ("规章", "rules"),
    ("规范性文件", "normative"),
    ("行政规范性文件", "normative"),
    ("行政许可", "licensing"),
    ("其他对外管理服务事项", "other_services"),
    ("行政处罚", "penalty"),
    ("行政强制", "coercion"),
    ("行政事业性收费", "admin_fees"),
    ("政府集中采购", "procurement"),
];

/// Table 二 column headers → (column code, era, is money).
pub const ART20_COLUMNS: &[(&str, (&str, Era, bool))] = &[
    ("本年新制作数量", ("new_made", Era::Provisional2019, false)),
    ("本年新公开数量", ("new_published", Era::Provisional2019, false)),
    ("对外公开总数量", ("total_public", Era::Provisional2019, false)),
    ("本年制发件数", ("issued", Era::Standard2021, false)),
    // Some forms shorten it (本年发件, the way 现行有效件 drops its 数).
    ("本年发件数", ("issued", Era::Standard2021, false)),
    ("本年废止件数", ("repealed", Era::Standard2021, false)),
    ("现行有效件数", ("in_force", Era::Standard2021, false)),
    ("上一年项目数量", ("prev_items", Era::Provisional2019, false)),
    ("本年增减", ("change", Era::Provisional2019, false)),
    ("处理决定数量", ("decisions", Era::Provisional2019, false)),
    ("本年处理决定数量", ("decisions", Era::Standard2021, false)),
    // A district's form misprints it (本年处理绝对数量) in every department's report.
    ("本年处理绝对数量", ("decisions", Era::Standard2021, false)),
    ("采购项目数量", ("items", Era::Provisional2019, false)),
    ("采购总金额", ("amount", Era::Provisional2019, true)),
    ("本年收费金额", ("amount", Era::Standard2021, true)),
];

/// Table 三 rows. `group` is the result group a numbered item belongs to (不予公开 …), so that
/// an item such as 3.其他 is read in its group.
pub const TABLE3_ROWS: &[(&str, &str)] = &[
    ("本年新收政府信息公开申请数量", "apply.received"),
    ("上年结转政府信息公开申请数量", "apply.carried_in"),
    ("予以公开", "apply.result.disclosed"),
    ("部分公开", "apply.result.partial"),
    ("属于国家秘密", "apply.result.withheld.state_secret"),
    ("其他法律行政法规禁止公开", "apply.result.withheld.prohibited_by_law"),
    ("危及三安全一稳定", "apply.result.withheld.security_stability"),
    ("保护第三方合法权益", "apply.result.withheld.third_party"),
    ("属于三类内部事务信息", "apply.result.withheld.internal_affairs"),
    ("属于四类过程性信息", "apply.result.withheld.process_info"),
    ("属于行政执法案卷", "apply.result.withheld.enforcement_file"),
    ("属于行政查询事项", "apply.result.withheld.query_matter"),
    ("本机关不掌握相关政府信息", "apply.result.unavailable.not_held"),
    ("没有现成信息需要另行制作", "apply.result.unavailable.needs_creation"),
    ("补正后申请内容仍不明确", "apply.result.unavailable.unclear"),
    ("信访举报投诉类申请", "apply.result.not_processed.petition"),
    ("重复申请", "apply.result.not_processed.duplicate"),
    ("要求提供公开出版物", "apply.result.not_processed.publication"),
    ("无正当理由大量反复申请", "apply.result.not_processed.excessive"),
    ("要求行政机关确认或重新出具已获取信息", "apply.result.not_processed.confirmation"),
    ("其他处理", "apply.result.other"),
    ("申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请", "apply.result.other.no_correction"),
    ("申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请", "apply.result.other.unpaid_fee"),
    ("总计", "apply.result.total"),
    ("结转下年度继续办理", "apply.carried_out"),
];

/// The parts whose sum is `apply.result.total` (identity 2), in the 2019 form; the 2021 form
/// replaces `apply.result.other` by its three parts.
pub fn is_result_part(metric: &str) -> bool {
    metric.starts_with("apply.result.") && metric != "apply.result.total" && !metric.starts_with("apply.result.other.")
}

/// Table 四: the 15 cells in order.
pub const TABLE4_CELLS: [&str; 15] = [
    "review.upheld",
    "review.corrected",
    "review.other",
    "review.pending",
    "review.total",
    "litigation.direct.upheld",
    "litigation.direct.corrected",
    "litigation.direct.other",
    "litigation.direct.pending",
    "litigation.direct.total",
    "litigation.after_review.upheld",
    "litigation.after_review.corrected",
    "litigation.after_review.other",
    "litigation.after_review.pending",
    "litigation.after_review.total",
];

/// Printed labels of the table 四 columns, for the `label` of each metric.
pub const TABLE4_LABELS: [&str; 15] = [
    "行政复议 结果维持",
    "行政复议 结果纠正",
    "行政复议 其他结果",
    "行政复议 尚未审结",
    "行政复议 总计",
    "行政诉讼 未经复议直接起诉 结果维持",
    "行政诉讼 未经复议直接起诉 结果纠正",
    "行政诉讼 未经复议直接起诉 其他结果",
    "行政诉讼 未经复议直接起诉 尚未审结",
    "行政诉讼 未经复议直接起诉 总计",
    "行政诉讼 复议后起诉 结果维持",
    "行政诉讼 复议后起诉 结果纠正",
    "行政诉讼 复议后起诉 其他结果",
    "行政诉讼 复议后起诉 尚未审结",
    "行政诉讼 复议后起诉 总计",
];
