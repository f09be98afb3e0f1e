//! The disclosure work's own organisation, as prose states it where no table gives it (the
//! rows 八 and 九 of the local tables of 2008–2013, which many reports tell in sentences
//! instead):
//!
//! - staff: 配备了1名专职、26名兼职工作人员, 1名政务公开工作专职干部、2名兼职干部; 工作人员212人，
//!   其中专职47人、兼职165人;
//!   专兼职工作人员3名 (the two kinds together: `org.staff`);
//! - units: 政府信息公开工作机构287个; reading points: 开辟了3个公共查阅点;
//! - staff of no kind said: 配备了1名工作人员 (`org.staff`);
//! - meetings: 召开政务公开工作会议或专题会议9次, 两次召开政务公开专题会议;
//! - trainings and trainees: 举办培训班2次, 举办政务公开培训数2次, 年初、年中两次举办政府信息公开
//!   工作培训, 培训人员120人次.
//!
//! Small counts are also read in words (一名, 两次), as reports write them.
//!
//! Only the agency's own: a sentence whose subject is several units (各村, 各部门 …) counts
//! theirs — unless a word for the whole (全市, 我局 …) follows it, as in 各级各部门建立…，全市共有
//! 工作机构287个. Meetings and trainings are read only in a sentence about disclosure (公开): a
//! training of civil servants at large is not the disclosure work's. A sentence dated another
//! year than the report's is not read, and a fact given twice with different figures is not
//! read at all.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::Metric;
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    /// 专职人员2名, 兼职189人, 专职信息人员2名: the kind before its figure.
    kind_first: Regex,
    /// 1名专职、26名兼职工作人员: the figure before its kind, the work between them now and then
    /// (1名教育政务信息公开工作专职干部).
    figure_first: Regex,
    /// 明确1名工作人员作为专职信息公开员, 2名同志担任兼职信息员: staff named as their kind.
    named_as: Regex,
    /// 配备了1名工作人员: staff of no kind said, in a sentence about disclosure.
    any_kind: Regex,
    /// 两次召开…会议, 两次举办…培训: the count before the verb.
    meetings_first: Regex,
    trainings_first: Regex,
    /// What must follow a figure-first list for it to count people: 工作人员, 信息员 (after the
    /// list's other kinds, joined by 、, a comma or 和: 3名专职和2名兼职工作人员; the work named
    /// before them: 1名专职,1名兼职信息公开工作人员).
    people_after: Regex,
    /// 安排4人兼任政务公开工作, 指定办公室1名同志兼职负责政府信息公开工作: people given the work
    /// beside their own (part-time staff).
    doubling: Regex,
    /// 工作人员343人，其中专职…: the total the kinds are part of; 专兼职工作人员3名.
    total: Regex,
    units: Regex,
    reading_points: Regex,
    meetings: Regex,
    trainings: Regex,
    trainees: Regex,
}

/// A small count in digits or in words (1, 一, 两, 十二).
const COUNT: &str = r"(?:\d{1,4}|[一二两三四五六七八九十]{1,3})";

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        any_kind: crate::pattern::compile(&format!(
            r"(?:配备|配置|安排|指定|指派)(?:了)?(?:专门的?)?\s*(?P<fig>{COUNT})\s*(?:名|位)(?:专门的?)?(?:工作人员|人员|信息员|同志)"
        ))
        .unwrap(),
        meetings_first: crate::pattern::compile(&format!(
            r"(?P<fig>{COUNT})\s*次(?:召开|举办|举行)(?:了)?(?P<what>[^，,。；;\d]{{0,24}}?)会议"
        ))
        .unwrap(),
        trainings_first: crate::pattern::compile(&format!(
            r"(?P<fig>{COUNT})\s*次(?:举办|组织|开展|举行)(?:了)?[^，,。；;\d]{{0,24}}?培训"
        ))
        .unwrap(),
        kind_first: crate::pattern::compile(r"(?P<kind>专职|兼职|全职)(?:的)?(?:信息公开|政务公开|信息)?(?:工作)?(?:人员)?(?:共|为|有)?\s*(?P<fig>\d{1,4})\s*(?:名|人)")
            .unwrap(),
        named_as: crate::pattern::compile(&format!(
            r"(?P<fig>{COUNT})\s*名(?:工作人员|人员|同志|干部)(?:作为|担任|任)(?P<kind>专职|兼职)(?:的)?(?:政府信息公开|信息公开|政务公开)?(?:工作)?(?:工作人员|人员|信息公开员|信息员|联络员|干部)"
        ))
        .unwrap(),
        figure_first: crate::pattern::compile(&format!(
            r"(?P<fig>{COUNT})\s*名(?P<work>[^，,。；;、\d]{{0,14}}?公开(?:工作)?)?(?P<kind>专职|兼职|全职)"
        ))
        .unwrap(),
        people_after: crate::pattern::compile(
            r"^(?:[、，,和及与]\s*\d{1,4}\s*名(?:专职|兼职))*(?:的)?(?:政府信息公开|信息公开|政务公开)?(?:工作)?(?:工作人员|人员|信息员|干部)",
        )
        .unwrap(),
        doubling: crate::pattern::compile(r"(?P<fig>\d{1,4})\s*(?:名|人)(?:工作人员|干部|同志)?兼(?:任|管|做|职负责)").unwrap(),
        total: crate::pattern::compile(concat!(
            r"(?:工作)?人员(?:共|共计|合计)?\s*(?P<fig>\d{1,5})\s*(?:名|人)\s*[，,（(]?\s*其中\s*[：:]?\s*(?:专职|兼职)",
            r"|专兼职(?:的)?(?:工作)?人员(?:共|共计|合计)?\s*(?P<fig2>\d{1,5})\s*(?:名|人)",
            r"|(?P<fig3>\d{1,5})\s*名专兼职(?:的)?(?:工作)?人员",
        ))
        .unwrap(),
        units: crate::pattern::compile(r"(?:信息公开|政务公开)(?:工作)?(?:专门|专设)?机构(?:共|共计)?\s*(?P<fig>\d{1,5})\s*个").unwrap(),
        // 开辟了3个公共查阅点; 设置政府信息公开查阅点4个; the levels they serve between (建立区、街道
        // 以及社区级政府信息查阅场所共257个).
        reading_points: crate::pattern::compile(concat!(
            r"(?:设立|设置|开辟|建立|建成|设有)(?:了)?\s*(?P<fig>\d{1,4})\s*(?:个|处)(?:[^，,。；;\d]{0,8}?)查阅(?:点|场所|室|中心)",
            r"|(?:设立|设置|开辟|建立|建成|设有)(?:了)?[^，,。；;\d]{0,18}?查阅(?:点|场所|室)(?:共)?\s*(?P<fig2>\d{1,4})\s*(?:个|处)",
        ))
        .unwrap(),
        meetings: crate::pattern::compile(
            r"(?:召开|举办|举行)(?:了)?(?P<what>[^，,。；;\d]{0,24}?)会议(?:[^，,。；;\d]{0,8}?)(?:共)?\s*(?P<fig>\d{1,4})\s*(?:次|场)",
        )
        .unwrap(),
        trainings: crate::pattern::compile(
            r"(?:举办|组织|开展|举行)(?:了)?(?:[^，,。；;\d]{0,16}?)培训(?:班|会|活动)?(?:数量|数)?(?:共)?\s*(?P<fig>\d{1,4})\s*(?:次|期|场)",
        )
        .unwrap(),
        trainees: crate::pattern::compile(
            r"(?:培训|参训)(?:人员|人数|干部|工作人员)?(?:共|达|合计|共计)?\s*(?P<fig>\d{1,6})\s*(?:人次|人)",
        )
        .unwrap(),
    })
}

/// Words of a subject that is several units, not the agency.
const SEVERAL_UNITS: [&str; 8] = ["各村", "各社区", "各部门", "各单位", "各乡镇", "各街道", "各镇", "村级"];
/// Words of a subject that is the agency's whole, as a report names it.
const THE_WHOLE: [&str; 12] =
    ["全市", "全县", "全区", "全镇", "全乡", "全省", "我局", "我委", "我镇", "我乡", "本机关", "本单位"];

/// Is the subject of what follows `before` several units? The last of the two kinds of word
/// decides.
fn several_units(before: &str) -> bool {
    let last = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w)).max();
    match (last(&SEVERAL_UNITS), last(&THE_WHOLE)) {
        (Some(several), Some(whole)) => several > whole,
        (several, _) => several.is_some(),
    }
}

pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    let p = patterns();
    let mut found: Vec<Metric> = Vec::new();
    let worded = ["职", "兼", "机构", "查阅", "会议", "培训", "参训", "人员", "同志"];
    // A figure in digits, or a count in words before 名 or 次 (一名, 两次); the words first, the
    // cheaper test, refuse most paragraphs.
    let counted = |t: &str| crate::text::has_digit(t) || in_words(t);
    for (line, text) in paragraphs.iter().filter(|(_, t)| worded.iter().any(|w| t.contains(w)) && counted(t)) {
        let mut sentence_before = "";
        for sentence in crate::text::split_at_stops(text) {
            let before = std::mem::replace(&mut sentence_before, sentence);
            // A fact needs a figure: most sentences have none.
            if !counted(sentence) {
                continue;
            }
            // 为此，专门配备了2名工作人员: 为此 refers to the sentence before (…开始开展政府信息公开
            // 工作), which says what the staff are for.
            let for_the_work_before = sentence.trim_start().starts_with("为此") && before.contains("公开");
            let mut take = |code: &'static str, m: regex::Match, fig: &str| {
                let before = &sentence[..m.start()];
                if several_units(before) || crate::prose::dated_elsewhere(before, year) {
                    return;
                }
                let value = crate::prose::small_count_in_words(fig)
                    .map(f64::from)
                    .or_else(|| parse_figure(fig, false).map(|f| f.value));
                if let Some(value) = value {
                    found.push(narrative(code, value, m.as_str(), sentence.trim(), *line));
                }
            };
            // Each pattern only where its literal occurs: most sentences state none of these.
            let has = |w: &str| sentence.contains(w);
            let search = |re: &'static Regex, literal_present: bool| {
                literal_present.then(|| re.captures_iter(sentence)).into_iter().flatten()
            };
            let kinds = has("专职") || has("兼职") || has("全职");
            for c in search(&p.kind_first, kinds) {
                let whole = c.get(0).unwrap();
                // 专兼职工作人员3名 counts both kinds together (the total's pattern reads it).
                if sentence[..whole.start()].ends_with('专') {
                    continue;
                }
                take(staff_code(&c["kind"]), whole, &c["fig"]);
            }
            for c in search(&p.figure_first, kinds) {
                let whole = c.get(0).unwrap();
                if p.people_after.is_match(&sentence[whole.end()..]) {
                    take(staff_code(&c["kind"]), whole, &c["fig"]);
                }
            }
            for c in search(&p.named_as, kinds) {
                take(staff_code(&c["kind"]), c.get(0).unwrap(), &c["fig"]);
            }
            // Given the disclosure work beside their own: part-time staff of that work.
            for c in search(&p.doubling, has("兼") && has("公开")) {
                take("org.staff.part_time", c.get(0).unwrap(), &c["fig"]);
            }
            for c in search(&p.total, has("人员")) {
                let fig = c.name("fig").or(c.name("fig2")).or(c.name("fig3")).unwrap();
                take("org.staff", c.get(0).unwrap(), fig.as_str());
            }
            // Staff of no kind said: only where no kind is said anywhere in the sentence.
            for c in search(&p.any_kind, !kinds && (has("公开") || for_the_work_before) && (has("名") || has("位")))
            {
                // 安排2名工作人员兼任…: given the work beside their own (part-time, read above).
                if !sentence[c.get(0).unwrap().end()..].starts_with('兼') {
                    take("org.staff", c.get(0).unwrap(), &c["fig"]);
                }
            }
            for c in search(&p.units, has("机构")) {
                take("org.units", c.get(0).unwrap(), &c["fig"]);
            }
            for c in search(&p.reading_points, has("查阅")) {
                take("org.reading_points", c.get(0).unwrap(), c.name("fig").or(c.name("fig2")).unwrap().as_str());
            }
            if !has("公开") || !(has("会议") || has("培训") || has("参训")) {
                continue;
            }
            for c in search(&p.meetings, has("会议")).filter(|c| c["what"].contains("公开")) {
                take("org.meetings", c.get(0).unwrap(), &c["fig"]);
            }
            for c in search(&p.meetings_first, has("会议") && has("次")).filter(|c| c["what"].contains("公开")) {
                take("org.meetings", c.get(0).unwrap(), &c["fig"]);
            }
            for c in search(&p.trainings_first, has("培训") && has("次")) {
                take("org.trainings", c.get(0).unwrap(), &c["fig"]);
            }
            let trained = has("培训") || has("参训");
            for (re, code) in [(&p.trainings, "org.trainings"), (&p.trainees, "org.trainees")] {
                for c in search(re, trained) {
                    take(code, c.get(0).unwrap(), &c["fig"]);
                }
            }
        }
    }
    one_figure_each(found)
}

/// Does the text count something in words before 名, 位 or 次 (一名, 两位, 两次)?
fn in_words(text: &str) -> bool {
    text.chars()
        .zip(text.chars().skip(1))
        .any(|(n, unit)| matches!(unit, '名' | '次' | '位') && crate::prose::count_word(n).is_some())
}

/// 全职 is the full-time staff's other name (从事政府信息公开工作的全职人员1人).
fn staff_code(kind: &str) -> &'static str {
    if kind == "专职" || kind == "全职" {
        "org.staff.full_time"
    } else {
        "org.staff.part_time"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Vec<(String, f64)> {
        crate::figures_read_by(read, text, 2020)
    }

    fn pairs(expected: &[(&str, f64)]) -> Vec<(String, f64)> {
        expected.iter().map(|(code, value)| (code.to_string(), *value)).collect()
    }

    #[test]
    fn the_agencys_own_staff_in_their_forms() {
        assert_eq!(
            read_text("为此，专门配备了1名兼职工作人员，设立了1个受理点。"),
            pairs(&[("org.staff.part_time", 1.0)])
        );
        // Of no kind, for the work the sentence before names (为此 refers to it); not for
        // another work.
        assert_eq!(
            read_text("2008年起本局开始开展政府信息公开工作。为此，专门配备了2名工作人员，设立了1个受理点。"),
            pairs(&[("org.staff", 2.0)])
        );
        assert!(read_text("本局开展了安全生产检查。为此，专门配备了2名工作人员。").is_empty(), "another work");
        assert_eq!(
            read_text("领导小组办公室配备1名专职工作人员负责日常工作。"),
            pairs(&[("org.staff.full_time", 1.0)])
        );
        assert_eq!(
            read_text("局机关配备了2名卫生政务信息公开工作专职干部、3名兼职干部。"),
            pairs(&[("org.staff.full_time", 2.0), ("org.staff.part_time", 3.0)]),
            "the work named between the figure and the kind, cadres for staff"
        );
        assert!(read_text("配备2名驾驶专职干部。").is_empty(), "other work than disclosure");
        assert_eq!(
            read_text("我镇专门配备2名专职,3名兼职信息公开工作人员。"),
            pairs(&[("org.staff.full_time", 2.0), ("org.staff.part_time", 3.0)]),
            "the kinds joined by a comma, the work named before the staff"
        );
        assert_eq!(
            read_text("明确专职人员2名，兼职人员5名。"),
            pairs(&[("org.staff.full_time", 2.0), ("org.staff.part_time", 5.0)])
        );
        assert_eq!(
            read_text("街道共有专职信息人员3名，负责信息报送、网站公开及维护。"),
            pairs(&[("org.staff.full_time", 3.0)]),
            "the staff named by the information they handle"
        );
        assert_eq!(
            read_text("明确1名工作人员作为专职信息公开员，具体负责日常工作。"),
            [("org.staff.full_time".into(), 1.0)],
            "staff named as their kind"
        );
        assert_eq!(read_text("安排2名同志担任兼职信息员，负责政务公开。"), [("org.staff.part_time".into(), 2.0)]);
        assert!(read_text("配备专职信息化人员3名。").is_empty(), "IT staff");
        assert_eq!(
            read_text("目前我办共配备了2名专职、15名兼职工作人员。"),
            pairs(&[("org.staff.full_time", 2.0), ("org.staff.part_time", 15.0)]),
            "a list of kinds sharing one noun"
        );
        assert_eq!(
            read_text("组建政务公开工作专项组，配备了4名专职和3名兼职工作人员。"),
            pairs(&[("org.staff.full_time", 4.0), ("org.staff.part_time", 3.0)]),
            "the kinds joined by 和"
        );
        assert_eq!(
            read_text("全县共有信息公开工作人员120人，其中专职30人、兼职90人。"),
            pairs(&[("org.staff.full_time", 30.0), ("org.staff.part_time", 90.0), ("org.staff", 120.0)])
        );
        assert_eq!(
            read_text("办公室安排 2 名同志兼任信息公开工作，确保工作有人抓。"),
            pairs(&[("org.staff.part_time", 2.0)]),
            "people given the work beside their own"
        );
        assert_eq!(read_text("安排3人兼任联络员。"), pairs(&[]), "a duty that is not the disclosure work");
        assert_eq!(
            read_text("我局指定办公室1名同志兼职负责政府信息公开工作。"),
            pairs(&[("org.staff.part_time", 1.0)]),
            "兼职负责 the work"
        );
        assert_eq!(read_text("配备专兼职工作人员3名，保障工作有序运转。"), pairs(&[("org.staff", 3.0)]));
        assert_eq!(read_text("全乡配备了4名专兼职工作人员，负责信息发布。"), pairs(&[("org.staff", 4.0)]));
        assert_eq!(
            read_text("本机关从事政府信息公开工作的全职人员2人，兼职人员4人。"),
            pairs(&[("org.staff.full_time", 2.0), ("org.staff.part_time", 4.0)]),
            "全职 for 专职"
        );
    }

    #[test]
    fn units_reading_points_meetings_and_trainings() {
        assert_eq!(
            read_text("截至年底，全县共有政府信息公开工作机构45个，并开辟了6个公共查阅点。"),
            pairs(&[("org.units", 45.0), ("org.reading_points", 6.0)])
        );
        assert_eq!(read_text("在服务大厅设置政府信息查阅点2个。"), pairs(&[("org.reading_points", 2.0)]));
        assert_eq!(
            read_text("建立区、街道以及社区三级政府信息查阅场所共86个。"),
            pairs(&[("org.reading_points", 86.0)])
        );
        assert_eq!(
            read_text("2020年全县共召开政务公开工作会议或专题会议4次，举办培训班2期，培训人员150人次。"),
            pairs(&[("org.meetings", 4.0), ("org.trainings", 2.0), ("org.trainees", 150.0)])
        );
    }

    #[test]
    fn counts_in_words_staff_of_no_kind_and_the_count_before_the_verb() {
        assert_eq!(read_text("指派一名专职工作人员具体负责政府信息公开工作。"), pairs(&[("org.staff.full_time", 1.0)]));
        assert_eq!(
            read_text("为保证政府信息公开工作落到实处，配备了1名工作人员，开设了专栏。"),
            pairs(&[("org.staff", 1.0)])
        );
        assert!(read_text("配备了2名工作人员负责档案管理。").is_empty(), "not about disclosure");
        assert_eq!(read_text("指定两位同志从事政府信息公开的专项工作。"), pairs(&[("org.staff", 2.0)]));
        assert_eq!(
            read_text("办公室安排2名工作人员兼任政府信息公开工作。"),
            pairs(&[("org.staff.part_time", 2.0)]),
            "given the work beside their own"
        );
        assert_eq!(
            read_text("年初、年中两次举办政府信息公开工作培训，对各办站负责人进行培训。"),
            pairs(&[("org.trainings", 2.0)])
        );
        assert_eq!(
            read_text("全年召开政务公开工作会议或专题会议数2次，举办政务公开培训数3次。"),
            pairs(&[("org.meetings", 2.0), ("org.trainings", 3.0)])
        );
        assert_eq!(read_text("两次召开政务公开专题会议。"), pairs(&[("org.meetings", 2.0)]));
    }

    #[test]
    fn several_units_other_subjects_another_year_or_two_figures_are_not_read() {
        assert!(read_text("各村配备了1名兼职信息员。各部门配备1名兼职工作人员。").is_empty());
        assert_eq!(
            read_text("各部门明确了分管领导，全区共有政府信息公开工作机构30个。"),
            pairs(&[("org.units", 30.0)]),
            "the whole named after the several units"
        );
        assert!(read_text("2018年配备了2名专职工作人员。").is_empty());
        assert!(read_text("配备1名专职工作人员。另配备3名专职工作人员。").is_empty());
        assert!(read_text("召开党组会议12次，举办业务培训班3期。").is_empty(), "not about disclosure");
        assert!(read_text("配备1名专职司机。").is_empty(), "not the disclosure staff");
    }
}
