//! End-to-end tests: real files through the real `nianbao` binary, answers read back with
//! `nianbao sql`. One test binary for the whole suite, so DataFusion is linked once.

mod accuracy;
#[cfg(feature = "ballista")]
mod cluster;
mod common;
mod formats;
mod http;
mod incremental;
mod pipeline;
mod report;
mod seeds;
mod sql;
mod sql_library;
