//! Report prose, written for the generator (the shape of real reports, none of their text).
//! Table reports carry no figures in their prose, so that every fact of the truth is a table
//! fact; narrative reports state their figures in the sentences listed in the truth.

use crate::rng::Rng;

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
    "在重点领域方面，围绕财政预决算、公共资源配置、重大建设项目、社会公益事业等领域加大公开力度。",
    "在依申请公开方面，规范受理、登记、审核、答复等环节，严格按照法定时限办理。",
];

const PROBLEMS: &[&str] = &[
    "工作中还存在一些不足：部分信息更新不够及时，政策解读形式较为单一，工作人员业务能力有待提高。",
    "下一步，我们将加强业务培训，完善考核机制，进一步提升政府信息公开工作的质量和实效。",
    "同时，进一步拓展公开渠道，丰富公开形式，增强公开实效，切实保障人民群众的知情权、参与权和监督权。",
];

pub fn opening(rng: &mut Rng) -> String {
    rng.pick(OPENINGS).to_string()
}

/// A few paragraphs of work description (sized like real reports: a page or two).
pub fn work_paragraphs(rng: &mut Rng) -> Vec<String> {
    let n = rng.range(3, 6) as usize;
    (0..n).map(|_| format!("{}{}", rng.pick(WORK), rng.pick(WORK))).collect()
}

pub fn problems(rng: &mut Rng) -> Vec<String> {
    PROBLEMS.iter().filter(|_| rng.chance(0.8)).map(|s| s.to_string()).collect()
}
