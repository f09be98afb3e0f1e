//! Arbitrary and adversarial bytes: decode returns (a text or a reason), never panics, and the
//! work per line is bounded (a line built to maximise the byte-level repair's search finishes).

use std::path::PathBuf;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn samples() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../data/samples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

#[test]
fn random_and_mutated_inputs_never_panic() {
    let seeds = samples();
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut accepted = 0;
    for round in 0..400 {
        let bytes: Vec<u8> = match round % 4 {
            0 => (0..rng.below(3000)).map(|_| rng.next() as u8).collect(),
            1 => {
                // A sample with random bytes flipped.
                let mut b = seeds[rng.below(seeds.len())].clone();
                for _ in 0..rng.below(50) + 1 {
                    let i = rng.below(b.len());
                    b[i] = rng.next() as u8;
                }
                b
            }
            2 => {
                // A sample cut at a random point (often inside a character).
                let b = &seeds[rng.below(seeds.len())];
                b[..rng.below(b.len())].to_vec()
            }
            _ => {
                // Spliced: the start of one sample and the end of another, in different encodings.
                let a = &seeds[rng.below(seeds.len())];
                let text = String::from_utf8_lossy(&seeds[rng.below(seeds.len())]).to_string();
                let (gbk, _, _) = encoding_rs::GBK.encode(&text);
                [&a[..rng.below(a.len())], &gbk[rng.below(gbk.len())..]].concat()
            }
        };
        if let Ok(d) = nianbao_decode::decode(&bytes) {
            accepted += 1;
            assert!(!d.text.is_empty());
        }
    }
    assert!(accepted > 100, "mutated reports are still mostly reports ({accepted})");
}

#[test]
fn adversarial_spam_lines_finish() {
    // Thousands of lost bytes with annotations on one line, and many lines of them.
    let line = "政府?dāng)?shù)據(jù)".repeat(2000);
    let doc = format!("當(dāng)前位置: 首頁(yè)\n{}\n", vec![line.as_str(); 20].join("\n"));
    let d = nianbao_decode::decode(doc.as_bytes()).unwrap();
    assert!(d.spam_mirror);
    assert_eq!(d.uncertain_lines.len(), 20, "over-long damaged lines are flagged, not searched");
    // A damaged line of ordinary length is repaired byte by byte.
    let short = "積極穩妥推進(jìn)政府?dāng)?shù)據(jù)開放共享 當(dāng)前 報(bào)告 數(shù)據(jù)";
    let d = nianbao_decode::decode(short.as_bytes()).unwrap();
    assert!(d.text.contains("积极稳妥推进政府数据开放共享"), "{}", d.text);
}
