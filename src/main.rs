//! The `pyforge` command: `ast`, `dis`, `run` and `parse-tree` over a Python file.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pyforge::ast::dump::DumpOptions;
use pyforge::driver::{self, EXIT_INTERNAL};

/// A language workbench for extending Python's grammar.
#[derive(Parser)]
#[command(name = "pyforge", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the AST as CPython 3.13's `ast.dump` does.
    Ast {
        /// Pretty-print with this indent, like `ast.dump(..., indent=N)`.
        #[arg(long)]
        indent: Option<usize>,
        /// Include positions, like `include_attributes=True`.
        #[arg(long)]
        positions: bool,
        /// The Python file.
        file: PathBuf,
    },
    /// Disassemble the compiled bytecode in the layout of CPython 3.13's `dis`.
    Dis {
        /// Show instruction offsets.
        #[arg(long)]
        offsets: bool,
        /// The Python file.
        file: PathBuf,
    },
    /// Run the file on pyforge's VM.
    Run {
        /// The Python file.
        file: PathBuf,
    },
    /// Print the pest parse tree (after the layout pass), for debugging grammar fragments.
    ParseTree {
        /// The Python file.
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    std::panic::set_hook(Box::new(|info| {
        eprintln!("pyforge: internal error: {info}");
    }));
    match driver::with_big_stack(move || execute(cli)) {
        Ok(code) => ExitCode::from(code as u8),
        Err(_) => ExitCode::from(EXIT_INTERNAL as u8),
    }
}

fn execute(cli: Cli) -> i32 {
    let file = match &cli.command {
        Command::Ast { file, .. }
        | Command::Dis { file, .. }
        | Command::Run { file }
        | Command::ParseTree { file } => file.clone(),
    };
    let filename = file.display().to_string();
    let src = match driver::read_source(&file) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("pyforge: {msg}");
            return if msg.starts_with("SyntaxError") { 1 } else { 2 };
        }
    };
    let syntax_error = |e: &pyforge::error::SyntaxError| {
        eprint!("{:?}", e.report(&filename, &src));
        1
    };
    match cli.command {
        Command::Ast {
            indent, positions, ..
        } => match driver::ast(&src, DumpOptions { indent, positions }) {
            Ok(text) => {
                println!("{text}");
                0
            }
            Err(e) => syntax_error(&e),
        },
        Command::Dis { offsets, .. } => match driver::dis(&src, &filename, offsets) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => syntax_error(&e),
        },
        Command::ParseTree { .. } => match pyforge::syntax::dump_parse_tree(&src) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => syntax_error(&e),
        },
        Command::Run { .. } => {
            let mut vm = pyforge::vm::Vm::new();
            let result = driver::run_in(&mut vm, &src, &filename, &mut |e| {
                format!("{:?}", e.report(&filename, &src))
            });
            vm.flush();
            match result {
                Ok(()) => 0,
                Err(text) => {
                    eprint!("{text}");
                    1
                }
            }
        }
    }
}
