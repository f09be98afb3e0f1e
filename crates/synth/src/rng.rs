//! A small deterministic generator (splitmix64): the corpus must be the same for a seed on
//! every machine and every version of every dependency, which rules out `rand`'s changing
//! algorithms.

#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// The generator of document `index` of corpus `seed`: independent streams, so documents can
    /// be generated in any order, in parallel, with the same result.
    pub fn for_document(seed: u64, index: u64) -> Rng {
        let mut r = Rng(seed ^ 0x9E37_79B9_7F4A_7C15);
        r.0 ^= index.wrapping_mul(0xD1B5_4A32_D192_ED03);
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// A chance drawn beside the stream, which it leaves where it is: a form added to the
    /// generator decides with it, so that every document that does not take the form keeps its
    /// draws (and the corpora their documents). `salt` tells the forms' side draws apart.
    pub fn side_chance(&self, salt: u64, p: f64) -> bool {
        self.side(salt).chance(p)
    }

    /// A number in `lo..=hi` from the side stream of `salt`, leaving the main stream as it is.
    pub fn side_range(&self, salt: u64, lo: u64, hi: u64) -> u64 {
        self.side(salt).range(lo, hi)
    }

    /// The side stream of `salt`: a generator of its own, derived from this one's state.
    fn side(&self, salt: u64) -> Rng {
        Rng(self.0 ^ salt.wrapping_mul(0x2545_F491_4F6C_DD1D))
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }

    /// A value from `choices` with the given weights.
    pub fn weighted<'a, T>(&mut self, choices: &'a [(T, u32)]) -> &'a T {
        let total: u32 = choices.iter().map(|(_, w)| w).sum();
        let mut x = (self.next_u64() % total as u64) as u32;
        for (item, w) in choices {
            if x < *w {
                return item;
            }
            x -= w;
        }
        &choices[choices.len() - 1].0
    }

    /// A count typical of these reports: mostly small, sometimes large.
    pub fn count(&mut self, scale: u64) -> u64 {
        match self.range(0, 9) {
            0..=2 => 0,
            3..=6 => self.range(0, scale / 10 + 1),
            7..=8 => self.range(0, scale),
            _ => self.range(scale, scale * 10),
        }
    }
}
