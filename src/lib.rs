//! pyforge — a language workbench for extending Python's grammar.
//!
//! Source → [`syntax`] (layout pass + pest grammar + lowering) → [`ast`] →
//! [`compile`] (scope analysis + code generation) → [`bytecode`] → [`vm`], with the
//! object model in [`runtime`]. Extensions (`extensions/<name>/`) plug into the
//! grammar, the AST, the compiler and the opcode table through [`extension`].
//! See `docs/ARCHITECTURE.md`.

pub mod ast;
pub mod bytecode;
pub mod compile;
pub mod driver;
pub mod error;
pub mod extension;
pub mod harness;
pub mod modules;
pub mod pyrepr;
pub mod runtime;
pub mod syntax;
pub mod text;
pub mod unicode_tables;
pub mod vm;

/// The bundled extensions (`extensions/mod.rs`).
#[path = "../extensions/mod.rs"]
pub mod extensions;
