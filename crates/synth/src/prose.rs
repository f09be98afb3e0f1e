//! Report prose, written for the generator (the shape of real reports, none of their text).
//! Table reports state no catalog fact in their prose, so that every fact of the truth is a
//! table fact; narrative reports state their figures in the sentences listed in the truth. Both
//! carry the other figures real prose is full of — document numbers, dates, counts of meetings
//! and trainings, a phone number — and the words in which place names hide (公开平台, 公共资源),
//! so that `make eval` counts any reader or resolver that mistakes them.

use crate::rng::Rng;
use crate::Fact;

const OPENINGS: &[&str] = &[
    "本年度报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。",
    "根据《中华人民共和国政府信息公开条例》要求，现将本机关政府信息公开工作情况报告如下，报告所列数据的统计期限为本年度1月1日至12月31日。",
    "本报告由本机关办公室负责编制，电子版可在本机关门户网站政府信息公开专栏查阅，如对本报告有疑问，请与办公室联系。",
];

const WORK: &[&str] = &[
    "一年来，我们坚持以公开为常态、不公开为例外，健全工作机制，细化任务分工，推动政务公开工作规范有序开展。",
    "在组织保障方面，调整充实了政务公开工作领导小组，明确分管领导和具体工作人员，做到有人管事、有人干事。",
    "在平台建设方面，持续优化门户网站信息公开专栏，规范栏目设置，及时更新各类信息，方便群众查阅。",
    "在制度建设方面，完善了信息发布审核制度，落实先审后发、谁发布谁负责的要求，确保发布信息准确规范。",
    "在政策解读方面，坚持政策文件与解读材料同步起草、同步审签、同步发布，提高政策的知晓度。",
    "在回应关切方面，密切关注社会舆情，对群众反映的问题及时核实处理并公开回应。",
    // A zone named by generic words only (one township-level unit of the tables bears the name):
    // no place of the report's.
    "在重点领域方面，及时公开化工园区、产业园区企业环境监测信息，接受社会监督。",
    "在重点领域方面，围绕财政预决算、公共资源配置、重大建设项目、社会公益事业等领域加大公开力度。",
    "在依申请公开方面，规范受理、登记、审核、答复等环节，严格按照法定时限办理。",
    // Two-character county names hide across these words (和县, 成县): no place is named.
    "在督促指导方面，定期调度各乡镇和县直部门的公开进度，对照年度目标逐项督办。",
    "全年按时完成县里下达的公开目标任务，未发生失泄密事件。",
    // A bureau after its government's level (市林业局): a department, not the township-level
    // area the tables list as 林业局.
    "在联合执法方面，会同市林业局、市农业局等部门及时公开检查结果。",
    // A lawsuit named, none said not to have happened: no figure.
    "在法治建设方面，认真做好行政诉讼应诉工作，未产生不良后果。",
    // Applications for the agency's services, closed: not requests for information.
    "在政务服务方面，全年受理行政许可申请326件，办结318件，按时办结率100%。",
];

const PROBLEMS: &[&str] = &[
    "工作中还存在一些不足：部分信息更新不够及时，政策解读形式较为单一，工作人员业务能力有待提高。",
    "主要表现在：重点领域信息公开的深度和广度还不够，部分栏目内容更新频率偏低。",
    "基层工作人员调整较为频繁，对条例和相关规定的理解掌握不够深入，答复文书的规范性有待加强。",
    "政策解读的针对性和可读性不强，运用图表图解、音视频等形式解读政策的数量偏少。",
    "公众参与的渠道和方式还不够丰富，互动回应的及时性有待提高。",
];

const IMPROVEMENTS: &[&str] = &[
    "下一步，我们将加强业务培训，完善考核机制，进一步提升政府信息公开工作的质量和实效。",
    "同时，进一步拓展公开渠道，丰富公开形式，增强公开实效，切实保障人民群众的知情权、参与权和监督权。",
    "一是加强学习培训，通过集中学习、以会代训等方式，提高工作人员的业务水平和依法答复能力。",
    "二是深化重点领域信息公开，按照公开事项标准目录，及时准确公开各类政策文件和办事信息。",
    "三是提升政策解读质量，多用群众看得懂、听得懂的语言解读政策，扩大政策的知晓面。",
    "四是强化监督考核，定期通报各科室信息公开工作情况，确保各项任务落到实处。",
];

pub fn opening(s: &Setting, rng: &mut Rng) -> String {
    // A government's general office that compiled a report may have compiled its government's
    // (the parser reads it so): the forms naming the compiler are drawn for other bodies only.
    let general_office = crate::is_general_office(s.agency);
    // Now and then the sentence that announces the report by the agency's word for itself (现将
    // 我局2020年度…报告如下：): no title, and no agency's name.
    // A street office calls itself 我街 as often as 本街道.
    if rng.chance(0.2) {
        let word = match self_word(s.agency) {
            "本街道" if rng.chance(0.5) => "我街",
            word => word,
        };
        return format!(
            "根据《中华人民共和国政府信息公开条例》和有关要求，现将{word}{}年度政府信息公开情况报告如下：",
            s.year
        );
    }
    // The year named only where the report announces its work (现就2020年…报告如下), after a
    // notice of the same year: the year of a page without title or period.
    if rng.chance(0.04) {
        return format!(
            "根据《{}人民政府办公厅关于做好{year}年政府信息公开工作年度报告编制和发布工作的通知》有关要求，现就{year}年政务公开年度工作情况报告如下：",
            s.province,
            year = s.year
        );
    }
    // The body that compiled the report, its grounds between (某局根据本单位…情况，编制本报告).
    if !general_office && rng.chance(0.03) {
        return format!("根据条例要求，{}根据本单位{}年度政府信息公开工作开展情况，编制本报告。", s.agency, s.year);
    }
    // The report's name carried over from last year's (编制了《…2020年…报告》 in a report on
    // 2021), the period and the year opening the body telling the year.
    if rng.side_chance(2, 0.02) {
        let word = self_word(s.agency);
        return format!(
            "{word}认真编制了《{}{}年政府信息公开工作年度报告》。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。{year}年度，{word}认真贯彻落实上级有关规定。",
            s.agency,
            s.year - 1,
            year = s.year
        );
    }
    // The report named as the one the body compiled (由某局编制的2011年度…年度报告).
    if !general_office && rng.chance(0.02) {
        return format!(
            "本年报是根据《中华人民共和国政府信息公开条例》的规定，由{}编制的{}年度政府信息公开年度报告。",
            s.agency, s.year
        );
    }
    // A department that compiled its own level's report (the ministries' form: 某部编制了本级
    // 行政机关2019年…报告): its name before 编制了, no title in the words after.
    let department = ends_like_a_department(s.agency) && !general_office;
    if department && rng.chance(0.05) {
        return format!(
            "按照《中华人民共和国政府信息公开条例》，{}编制了本级行政机关{}年政府信息公开工作年度报告。",
            s.agency, s.year
        );
    }
    rng.pick(OPENINGS).to_string()
}

/// Does the agency's name end as a department's does (某局, 某委员会, 某厅 — a general office's
/// 办公厅 among them)?
fn ends_like_a_department(agency: &str) -> bool {
    ["局", "委员会", "厅"].iter().any(|end| agency.ends_with(end))
}

/// How an agency calls itself in its own report (我镇, 本街道, 我局, 我办, 我县), by the end of its
/// name; 本机关 where the name does not say.
pub fn self_word(agency: &str) -> &'static str {
    if agency.ends_with("办公室") || agency.ends_with("办公厅") {
        return "我办";
    }
    let core = agency.trim_end_matches("人民政府").trim_end_matches("办事处");
    const WORDS: [(&str, &str); 12] = [
        ("街道", "本街道"),
        ("镇", "我镇"),
        ("乡", "我乡"),
        ("局", "我局"),
        ("委员会", "我委"),
        ("委", "我委"),
        ("厅", "我厅"),
        ("县", "我县"),
        ("旗", "我旗"),
        ("区", "我区"),
        ("市", "我市"),
        ("省", "我省"),
    ];
    WORDS.iter().find(|(end, _)| core.ends_with(end)).map_or("本机关", |(_, word)| word)
}

/// A work paragraph whose second sentence is led by the year and the agency's word for itself
/// (…方便群众查阅。2020年度，我乡认真落实…): the year of a page without a title.
pub fn own_year_paragraph(s: &Setting, rng: &mut Rng) -> Option<String> {
    rng.chance(0.1)
        .then(|| format!("{}{}年度，{}认真落实政务公开各项工作要求。", rng.pick(WORK), s.year, self_word(s.agency)))
}

/// A few paragraphs of work description (sized like real reports: a page or two).
pub fn work_paragraphs(rng: &mut Rng) -> Vec<String> {
    let n = rng.range(3, 6) as usize;
    (0..n).map(|_| format!("{}{}", rng.pick(WORK), rng.pick(WORK))).collect()
}

/// `n` items in a row from a random start, wrapping round: sentences that read in their order.
fn consecutive<'a>(items: &'a [&'a str], n: usize, rng: &mut Rng) -> impl Iterator<Item = &'a str> + use<'a> {
    let start = rng.range(0, items.len() as u64 - 1) as usize;
    (0..n).map(move |k| items[(start + k) % items.len()])
}

/// What went wrong and what comes next: two paragraphs, as real reports close.
pub fn problems(rng: &mut Rng) -> Vec<String> {
    let n = rng.range(2, 3) as usize;
    let problems: String = consecutive(PROBLEMS, n, rng).collect();
    // Either the two general sentences or an enumerated plan (一是 … 四是), in order.
    let improvements: String = if rng.chance(0.4) {
        IMPROVEMENTS[..2].concat()
    } else {
        let n = rng.range(2, 4) as usize;
        format!("下一步，我们将重点做好以下工作：{}", IMPROVEMENTS[2..2 + n].concat())
    };
    vec![problems, improvements]
}

/// The one-character abbreviation of a province as document numbers print it (浙政办发〔2017〕
/// 36号), by the first two characters of its name.
const PROVINCE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("北京", "京"),
    ("天津", "津"),
    ("河北", "冀"),
    ("山西", "晋"),
    ("内蒙", "内"),
    ("辽宁", "辽"),
    ("吉林", "吉"),
    ("黑龙", "黑"),
    ("上海", "沪"),
    ("江苏", "苏"),
    ("浙江", "浙"),
    ("安徽", "皖"),
    ("福建", "闽"),
    ("江西", "赣"),
    ("山东", "鲁"),
    ("河南", "豫"),
    ("湖北", "鄂"),
    ("湖南", "湘"),
    ("广东", "粤"),
    ("广西", "桂"),
    ("海南", "琼"),
    ("重庆", "渝"),
    ("四川", "川"),
    ("贵州", "黔"),
    ("云南", "云"),
    ("西藏", "藏"),
    ("陕西", "陕"),
    ("甘肃", "甘"),
    ("青海", "青"),
    ("宁夏", "宁"),
    ("新疆", "新"),
];

/// Where a report's details come from: its province (the documents it implements are the
/// province's), its year, its agency.
pub struct Setting<'a> {
    pub province: &'a str,
    /// The province's 2-digit code (for the postcode of a contact line).
    pub province_code: &'a str,
    pub year: u16,
    pub agency: &'a str,
    /// The kind of the county-level government the agency belongs to or is (县, 市, 区, 旗): a
    /// township under a county-level city says 市政府 of its county's site, not 县政府 — a
    /// county's word the resolver takes as a clue to the county level.
    pub county_kind: &'a str,
    /// The office's address, where the contact line gives it (a zone's committee: its only
    /// clue to where it lies).
    pub address: Option<&'a str>,
    /// A county of another province the agency aids by the state's pairing (对口支援某县): named
    /// in the text, never the agency's place.
    pub aided: Option<&'a str>,
}

/// Sub-sections of the work done, as long as real reports write them (a paragraph each, several
/// sentences), with the figures real prose carries beside the catalog's — document numbers,
/// dates, counts of columns, a percentage, a phone number, none of them a catalog fact, so a
/// reader that took one for a metric shows up as a false positive in `make eval`. The counts of
/// the disclosure work's own meetings, trainings, staff and reading points are catalog facts
/// (the local tables' rows 八 and 九), and so are the policy briefs of a report on 2018 or
/// before (the national table's row): those sentences return their facts (`DETAIL_FACTS`).
pub fn details(s: &Setting, rng: &mut Rng) -> (Vec<String>, Vec<Fact>) {
    let chosen: Vec<&(&str, &[&str])> = DETAIL_SECTIONS.iter().filter(|_| rng.chance(0.8)).collect();
    let numerals = ["一", "二", "三", "四", "五", "六"];
    let mut facts = Vec::new();
    let mut stated_codes: Vec<&str> = Vec::new();
    let paragraphs = chosen
        .iter()
        .zip(numerals)
        .map(|((heading, sentences), numeral)| {
            let n = rng.range(3, sentences.len() as u64) as usize;
            let mut body = String::new();
            for template in consecutive(sentences, n, rng) {
                // One statement of each fact: two with different figures leave it in doubt.
                let code = DETAIL_FACTS.iter().find(|(start, _, _)| template.starts_with(start)).map(|f| f.2);
                if code.is_some_and(|code| stated_codes.contains(&code)) {
                    continue;
                }
                stated_codes.extend(code);
                let (text, figures) = fill(template, s, rng);
                body += &text;
                let stated = DETAIL_FACTS
                    .iter()
                    .find(|(start, _, _)| template.starts_with(start))
                    .filter(|(_, _, metric)| !metric.starts_with("response.") || s.year <= 2018);
                if let Some((_, slot, metric)) = stated {
                    facts.push(Fact {
                        metric: metric.to_string(),
                        applicant: None,
                        value: figures[*slot] as f64,
                        label: None,
                    });
                }
            }
            // The county's committee and government after a closing title mark (…《条例》和县委
            // 县政府…): 和 and the 县 of 县委 read together are a county's name (和县).
            if numeral == "一" && s.county_kind == "县" && rng.side_chance(21, 0.05) {
                body += "要求认真贯彻落实《条例》和县委县政府有关政府信息公开工作的要求。";
            }
            // The place the agency aids by pairing, named in its work (对口支援某县…).
            if let Some(aided) = s.aided.filter(|_| numeral == "一") {
                body += &format!("及时向社会公开对口支援{aided}项目资金使用情况。");
            }
            format!("（{numeral}）{heading}。{body}")
        })
        .collect();
    (paragraphs, facts)
}

/// The detail sentences that state a fact of the disclosure work: how the sentence starts, which
/// of its figures (in order) is the fact, and the fact's code.
const DETAIL_FACTS: &[(&str, usize, &str)] = &[
    ("全年召开政务公开专题会议", 0, "org.meetings"),
    // A row of the national table (二、回应解读情况): a fact of reports on 2018 and before only.
    ("坚持政策文件与解读材料同步组织", 0, "response.policy_briefs"),
    ("通过政府网站开展在线访谈", 0, "response.online_interviews"),
    ("围绕重点工作召开新闻发布会", 0, "response.press_conferences"),
    ("回应公众关注热点或重大舆情数", 0, "response.hotspots"),
    ("全年回应公众热点和重大舆情", 0, "response.hotspots"),
    ("通过微博微信回应事件", 0, "response.social_media"),
    ("通过领导信箱、网上留言等其他方式回应事件", 0, "response.other"),
    ("根据人员变动情况及时调整工作领导小组成员，配备专兼职工作人员", 0, "org.staff"),
    ("在便民服务中心设置政府信息公开查阅点", 0, "org.reading_points"),
    ("组织政务公开业务培训", 0, "org.trainings"),
];

/// Who to ask about the report (real reports say it in their opening paragraph), now and then
/// with the office's postcode, of the province's postal region.
pub fn contact(s: &Setting, rng: &mut Rng) -> String {
    let postcode = if rng.chance(0.3) {
        nianbao_gazetteer::postcode_in(s.province_code, rng.range(0, 9999) as u32)
            .map_or(String::new(), |code| format!("，邮编：{code}"))
    } else {
        String::new()
    };
    // A department names itself, now and then, not its office (请与某市审计局联系).
    let department = ends_like_a_department(s.agency);
    // A township's general office by another of its names now and then (党政综合办公室).
    let township = ["镇", "乡", "街道", "办事处"].iter().any(|k| s.agency.ends_with(k));
    let office = if department && rng.chance(0.3) {
        ""
    } else if township && rng.side_chance(82, 0.2) {
        "党政综合办公室"
    } else {
        "办公室"
    };
    // Or the body after a colon, the number after it (请联系：某某街道办事处；联系电话…).
    if rng.chance(0.1) {
        return format!(
            "如对本年度报告有疑问，请联系：{}{office}；联系电话：0{}-{}{postcode}。",
            s.agency,
            rng.range(10, 999),
            rng.range(20_000_000, 89_999_999)
        );
    }
    if let Some(address) = s.address {
        return format!("如对本报告有疑问，请与{}{office}联系（地址：{address}）。", s.agency);
    }
    format!(
        "如对本报告有疑问，请与{}{office}联系（联系电话：0{}-{}{postcode}，工作时间：周一至周五上午{}:30至12:00，下午{}:30至17:30）。",
        s.agency,
        rng.range(10, 999),
        rng.range(20_000_000, 89_999_999),
        rng.range(8, 9),
        rng.range(13, 14)
    )
}

/// Now and then, the overview's first sentence: the instructions it carries out, the leader's
/// words on the province among them (贯彻习近平总书记视察贵州重要讲话精神), the province by its
/// short name.
pub fn leader_sentence(s: &Setting, rng: &mut Rng) -> Option<String> {
    if !rng.chance(0.15) {
        // The year and the agency's word for itself without a comma between (2022年我局严格…).
        return rng.chance(0.1).then(|| {
            format!(
                "{}年{}严格落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。",
                s.year,
                self_word(s.agency)
            )
        });
    }
    let short = nianbao_gazetteer::short_form_of(s.province, nianbao_gazetteer::Level::Province).unwrap_or(s.province);
    let words =
        rng.pick(&["视察{}重要讲话", "对{}工作的重要指示批示", "考察{}重要讲话和重要指示", "在{}考察时的重要讲话"]);
    Some(format!(
        "{}年，深入学习贯彻习近平总书记{}精神，认真落实上级关于政务公开工作的部署要求。",
        s.year,
        words.replace("{}", short)
    ))
}

/// `{y}` the report year, `{p}` the province, `{a}` its abbreviation, `{m}` a month, `{n}` a
/// small count, `{k}` a larger one, `{s}` a part of a count that follows as `{r}` (the rest).
///
/// Returns the text and the figures written for `{n}`, `{k}`, `{t}`, `{s}` and `{r}`, in order.
pub(crate) fn fill(template: &str, s: &Setting, rng: &mut Rng) -> (String, Vec<u64>) {
    let abbreviation = PROVINCE_ABBREVIATIONS.iter().find(|(p, _)| s.province.starts_with(p)).map_or("省", |(_, a)| a);
    let mut out = String::with_capacity(template.len() + 16);
    let mut split: Option<(u64, u64)> = None;
    let mut figures = Vec::new();
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        if c != '{' {
            out.push(c);
            continue;
        }
        let slot: String = chars.by_ref().take_while(|&c| c != '}').collect();
        match slot.as_str() {
            "y" => out += &s.year.to_string(),
            "p" => out += s.province,
            "a" => out += abbreviation,
            "m" => out += &rng.range(1, 12).to_string(),
            "n" => figure(rng.range(2, 12), &mut out, &mut figures),
            "k" => figure(rng.range(20, 400), &mut out, &mut figures),
            "t" => {
                let total = rng.range(2, 9);
                let part = rng.range(1, total - 1);
                split = Some((total, part));
                figure(total, &mut out, &mut figures);
            }
            "s" => figure(split.map_or(1, |(_, part)| part), &mut out, &mut figures),
            "r" => figure(split.map_or(1, |(total, part)| total - part), &mut out, &mut figures),
            _ => out += &slot,
        }
    }
    (out, figures)
}

fn figure(value: u64, out: &mut String, figures: &mut Vec<u64>) {
    *out += &value.to_string();
    figures.push(value);
}

/// Work sub-sections: a heading and sentences to choose from (the generator's own text).
const DETAIL_SECTIONS: &[(&str, &[&str])] = &[
    (
        "加强组织领导",
        &[
            "年初制定印发年度政务公开工作要点，将{k}项具体任务分解到{n}个责任科室，逐项明确完成时限。",
            "认真贯彻《{p}人民政府办公厅关于做好{y}年政务公开工作的通知》（{a}政办发〔{y}〕{k}号）要求，结合本地实际细化落实措施。",
            "全年召开政务公开专题会议{n}次，主要负责同志多次听取工作汇报，研究解决工作中的具体问题。",
            "根据人员变动情况及时调整工作领导小组成员，配备专兼职工作人员{n}名，保障工作有序运转。",
            "建立政务公开工作月报制度，每月{n}日前汇总各科室信息发布情况，对发布滞后的及时督促整改。",
            "{y}年{m}月，组织开展政务公开工作专项督查，对发现的{n}个问题建立台账、限期整改。",
        ],
    ),
    (
        "推进重点领域信息公开",
        &[
            "围绕财政预决算、重大建设项目、公共资源配置等重点领域，梳理公开事项{k}个，编制{n}个领域的公开事项标准目录。",
            "{y}年{m}月起，在门户网站开设惠企政策专题，集中发布相关政策文件、办事指南和工作动态。",
            "部门预算、决算在批复后{n}个工作日内向社会公开，按要求细化到支出功能分类的项级科目。",
            "对涉及群众切身利益的征收补偿、社会救助等事项，在村（居）务公开栏同步张贴，做到线上线下一致。",
            "及时公开义务教育招生入学政策、医疗卫生服务和社会保障待遇标准，全年更新办事指南{k}项。",
            "对本机关制定的规范性文件实行统一登记、统一编号、统一公开，同步标注文件有效性。",
        ],
    ),
    (
        "做好政策解读和回应关切",
        &[
            "坚持政策文件与解读材料同步组织、同步审签、同步发布，全年以图文、视频等形式发布解读材料{k}篇。",
            "主要负责同志参加在线访谈和新闻发布会{n}场，围绕群众关心的热点问题作出说明。",
            "通过政府网站开展在线访谈{n}期，邀请相关科室负责人解答群众咨询。",
            "围绕重点工作召开新闻发布会{n}次，及时发布权威信息。",
            "回应公众关注热点或重大舆情数{n}次，做到及时发声、正面引导。",
            "全年回应公众热点和重大舆情{n}次，及时澄清不实信息。",
            "通过微博微信回应事件{k}次，做好政策宣传和答疑。",
            "通过领导信箱、网上留言等其他方式回应事件{n}次。",
            "建立舆情收集、研判、处置和回应机制，对网民留言做到件件有登记、事事有回音。",
            "围绕优化营商环境、乡村振兴等重点工作，通过网站、公众号等渠道及时发布权威信息，主动回应社会关切。",
            "对政策执行中群众反映集中的问题，组织业务科室逐一梳理，在{n}个工作日内作出说明。",
        ],
    ),
    (
        "规范依申请公开工作",
        &[
            "进一步规范申请的接收、登记、审查和答复流程，答复文书统一使用标准格式，做到依法依规、及时准确。",
            "对答复工作实行法律顾问审核制度，{y}年共邀请法律顾问审核答复文书{n}份。",
            "在便民服务中心设置政府信息公开查阅点{n}个，配备查阅设备，方便群众现场查阅。",
            "对答复中涉及第三方权益的申请，严格履行征求意见程序，依法保护第三方合法权益。",
            "{y}年{m}月修订依申请公开工作规程，对延期答复、补正申请等情形作出细化规定。",
        ],
    ),
    (
        "加强公开平台建设",
        &[
            "完成门户网站集约化迁移，按照统一目录优化调整公开栏目{k}个，清理过时栏目{n}个。",
            "本机关现有政务新媒体账号{n}个，全部纳入统一管理，严格执行信息发布三审制度。",
            "每季度开展一次网站自查，全年发现并整改错别字、链接失效等问题{k}处。",
            "在政务服务大厅设置电子显示屏和公开查阅终端，群众可现场查阅政策文件和办事指南。",
            "加强网站安全防护，落实值班值守和安全监测，全年未发生网站安全事故。",
        ],
    ),
    (
        "强化监督保障",
        &[
            "将政务公开工作纳入年度目标责任考核，分值占考核总分的{n}%。",
            "组织政务公开业务培训{t}次，其中集中培训{s}次、以会代训{r}次。",
            "主动邀请人大代表、政协委员和群众代表参与政务公开评议，收集意见建议{k}条并逐条研究落实。",
            "畅通社会评议渠道，在门户网站设置意见征集栏目，对收到的意见建议及时答复。",
            "严格执行责任追究制度，对信息发布不及时、不准确的科室予以通报并限期整改。",
        ],
    ),
];
