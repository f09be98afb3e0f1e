//! Documents inside archives (`.zip`, `.tar.gz`/`.tgz`): portals hand out a year's reports as
//! one download.
//!
//! Members are read into memory and landed by hash, never extracted to disk, so a hostile name
//! cannot write anywhere. Such names are still refused — a member called `../../etc/x` or
//! `/abs/path` says the archive was not made by a publisher — and each becomes a reject.
//! Decompression is bounded twice: a member may not inflate beyond `max_member_bytes`
//! (checked while reading, whatever its header claims) and the archive not beyond
//! `max_total_bytes`, so a zip bomb costs a few megabytes of reading and a reject, not the
//! machine.

use crate::{sha256_hex, Fetched};
use nianbao_model::{Reject, Stage};
use std::io::Read;
use std::path::{Component, Path};

#[derive(Debug, Clone, Copy)]
pub struct ArchiveLimits {
    pub max_member_bytes: u64,
    pub max_total_bytes: u64,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits { max_member_bytes: 50 * 1024 * 1024, max_total_bytes: 2 * 1024 * 1024 * 1024 }
    }
}

/// Is this file an archive whose members are the documents (by name: a `.docx` is a zip
/// too, and is a document)?
pub fn is_archive(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    name.ends_with(".zip") || name.ends_with(".tar.gz") || name.ends_with(".tgz")
}

/// Every member of the archive at `path` (recorded under `source`) as a document or a reject.
pub fn read_archive(path: &Path, source: &str, limits: ArchiveLimits) -> (Vec<Fetched>, Vec<Reject>) {
    let name = path.to_string_lossy().to_lowercase();
    let result =
        if name.ends_with(".zip") { read_zip(path, source, limits) } else { read_tar_gz(path, source, limits) };
    match result {
        Ok(out) => out,
        Err(reason) => (Vec::new(), vec![reject(source.to_string(), reason)]),
    }
}

fn reject(source: String, reason: String) -> Reject {
    Reject { source, sha256: None, stage: Stage::Fetch, reason }
}

fn member_source(archive: &str, member: &str) -> String {
    format!("{archive}!/{member}")
}

/// A relative path of normal components only.
fn safe_member_path(name: &str) -> bool {
    let p = Path::new(name);
    !name.is_empty()
        && !name.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Read at most `limit` bytes; `Err` when there is more.
fn read_bounded(reader: impl Read, limit: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot decompress: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("decompresses to more than {limit} bytes (refused: a zip bomb or not a report)"));
    }
    Ok(bytes)
}

struct Collector<'a> {
    source: &'a str,
    limits: ArchiveLimits,
    total: u64,
    docs: Vec<Fetched>,
    rejects: Vec<Reject>,
}

impl Collector<'_> {
    fn member(&mut self, name: &str, reader: impl Read) {
        let source = member_source(self.source, name);
        if !safe_member_path(name) {
            self.rejects
                .push(reject(source, "archive member with an absolute or parent-relative path (refused)".into()));
            return;
        }
        let budget = self.limits.max_member_bytes.min(self.limits.max_total_bytes.saturating_sub(self.total));
        match read_bounded(reader, budget) {
            Ok(bytes) => {
                self.total += bytes.len() as u64;
                self.docs.push(Fetched { source, sha256: sha256_hex(&bytes), bytes });
            }
            Err(reason) => self.rejects.push(reject(source, reason)),
        }
    }
}

fn read_zip(path: &Path, source: &str, limits: ArchiveLimits) -> Result<(Vec<Fetched>, Vec<Reject>), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| format!("not a readable zip archive: {e}"))?;
    let mut c = Collector { source, limits, total: 0, docs: Vec::new(), rejects: Vec::new() };
    for i in 0..zip.len() {
        match zip.by_index(i) {
            Ok(entry) if entry.is_dir() => {}
            Ok(entry) => {
                let name = entry.name().to_string();
                c.member(&name, entry);
            }
            Err(e) => {
                c.rejects.push(reject(member_source(source, &format!("#{i}")), format!("unreadable zip member: {e}")))
            }
        }
    }
    Ok((c.docs, c.rejects))
}

fn read_tar_gz(path: &Path, source: &str, limits: ArchiveLimits) -> Result<(Vec<Fetched>, Vec<Reject>), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
    let mut c = Collector { source, limits, total: 0, docs: Vec::new(), rejects: Vec::new() };
    let entries = archive.entries().map_err(|e| format!("not a readable tar.gz archive: {e}"))?;
    for (i, entry) in entries.enumerate() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                // A broken stream cannot be resynchronised: record it and stop.
                c.rejects.push(reject(member_source(source, &format!("#{i}")), format!("unreadable tar member: {e}")));
                break;
            }
        };
        if !entry.header().entry_type().is_file() {
            continue;
        }
        // The raw bytes of the name: `path()` would already have normalised some of it.
        let name = String::from_utf8_lossy(&entry.path_bytes()).to_string();
        c.member(&name, entry);
    }
    Ok((c.docs, c.rejects))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_with(dir: &Path, members: &[(&str, &[u8])]) -> std::path::PathBuf {
        let path = dir.join("reports.zip");
        let mut w = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in members {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap();
        path
    }

    #[test]
    fn zip_members_become_documents_and_unsafe_names_rejects() {
        let dir = tempfile::tempdir().unwrap();
        let report = "2019年政府信息公开工作年度报告".as_bytes();
        let path = zip_with(dir.path(), &[("a/r1.txt", report), ("../escape.txt", b"x"), ("/abs.txt", b"y")]);
        let (docs, rejects) = read_archive(&path, "in/reports.zip", ArchiveLimits::default());
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].source, "in/reports.zip!/a/r1.txt");
        assert_eq!(docs[0].bytes, report);
        let mut names: Vec<&str> = rejects.iter().map(|r| r.source.as_str()).collect();
        names.sort();
        assert_eq!(names, ["in/reports.zip!/../escape.txt", "in/reports.zip!//abs.txt"]);
        assert!(rejects.iter().all(|r| r.reason.contains("absolute or parent-relative")));
    }

    #[test]
    fn a_zip_bomb_is_refused_after_reading_at_most_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let zeros = vec![0u8; 20 * 1024 * 1024]; // deflates to ~20 KB
        let path = zip_with(dir.path(), &[("bomb.txt", &zeros), ("ok.txt", b"fine")]);
        assert!(std::fs::metadata(&path).unwrap().len() < 200_000);
        let limits = ArchiveLimits { max_member_bytes: 1024 * 1024, max_total_bytes: 10 * 1024 * 1024 };
        let (docs, rejects) = read_archive(&path, "bomb.zip", limits);
        assert_eq!(docs.len(), 1);
        assert_eq!(rejects.len(), 1);
        assert!(rejects[0].reason.contains("zip bomb"), "{}", rejects[0].reason);
    }

    #[test]
    fn tar_gz_members_and_broken_archives() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.tar.gz");
        {
            let gz =
                flate2::write::GzEncoder::new(std::fs::File::create(&path).unwrap(), flate2::Compression::default());
            let mut tar = tar::Builder::new(gz);
            let mut header = tar::Header::new_gnu();
            header.set_size(4);
            header.set_mode(0o644);
            header.set_cksum();
            tar.append_data(&mut header, "y2019/r.txt", &b"abcd"[..]).unwrap();
            tar.into_inner().unwrap().finish().unwrap();
        }
        let (docs, rejects) = read_archive(&path, "r.tar.gz", ArchiveLimits::default());
        assert_eq!((docs.len(), rejects.len()), (1, 0));
        assert_eq!(docs[0].source, "r.tar.gz!/y2019/r.txt");
        let broken = dir.path().join("broken.zip");
        std::fs::write(&broken, b"PK\x03\x04 this is not really a zip").unwrap();
        let (docs, rejects) = read_archive(&broken, "broken.zip", ArchiveLimits::default());
        assert!(docs.is_empty());
        assert!(rejects[0].reason.contains("not a readable zip archive"), "{}", rejects[0].reason);
    }
}
