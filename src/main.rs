//! The `pyforge` command: `ast`, `dis`, `run` and `parse-tree` over a Python file.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pyforge::ast::dump::DumpOptions;
use pyforge::driver::{self, EXIT_INTERNAL};

/// The VM allocates and frees small objects at a high rate (every instance,
/// tuple, frame and string): mimalloc's size-class free lists serve that
/// pattern faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_eager_commit`, `mi_option_arena_eager_commit` and
/// `mi_option_purge_delay` (their places in its `mi_option_t`).
const MI_OPTION_EAGER_COMMIT: i32 = 3;
const MI_OPTION_ARENA_EAGER_COMMIT: i32 = 4;
const MI_OPTION_PURGE_DELAY: i32 = 15;

/// Keeps the allocator's resident memory close to what is in use: arena
/// memory is committed as it is needed and freed pages go back to the OS at
/// once, so peak RSS stays that of the program's live data.
fn tune_allocator() {
    // SAFETY: setting an option is a plain store into mimalloc's option
    // table, valid at any time.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
}

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
        /// Arguments for the program, in `sys.argv[1:]`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the pest parse tree (after the layout pass), for debugging grammar fragments.
    ParseTree {
        /// The Python file.
        file: PathBuf,
    },
    /// Time parsing to AST (files are read first; only parsing is timed) and print
    /// `files=N bytes=B seconds=S errors=E`, S being the best of the rounds.
    BenchParse {
        /// How many times to parse the whole set.
        #[arg(long, default_value_t = 1)]
        rounds: usize,
        /// A file listing one path per line, parsed after the positional files.
        #[arg(long)]
        list: Option<PathBuf>,
        /// Python files.
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    tune_allocator();
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
    if let Command::BenchParse {
        rounds,
        list,
        files,
    } = &cli.command
    {
        return bench_parse(*rounds, list.as_deref(), files);
    }
    let file = match &cli.command {
        Command::Ast { file, .. }
        | Command::Dis { file, .. }
        | Command::Run { file, .. }
        | Command::ParseTree { file } => file.clone(),
        Command::BenchParse { .. } => unreachable!("handled above"),
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
        Command::BenchParse { .. } => unreachable!("handled above"),
        Command::Run { args, .. } => {
            let vm = pyforge::vm::Vm::new();
            vm.argv
                .borrow_mut()
                .extend(std::iter::once(filename.clone()).chain(args));
            let result = driver::run_in(&vm, &src, &filename, &mut |e| {
                format!("{:?}", e.report(&filename, &src))
            });
            vm.flush();
            match result {
                Ok(()) => 0,
                Err((text, status)) => {
                    eprint!("{text}");
                    status
                }
            }
        }
    }
}

/// `pyforge bench-parse`: reads every file, then times parsing them to AST.
fn bench_parse(rounds: usize, list: Option<&std::path::Path>, files: &[PathBuf]) -> i32 {
    let mut paths: Vec<PathBuf> = files.to_vec();
    if let Some(list) = list {
        match std::fs::read_to_string(list) {
            Ok(text) => paths.extend(text.lines().filter(|l| !l.is_empty()).map(PathBuf::from)),
            Err(e) => {
                eprintln!("pyforge: can't read '{}': {e}", list.display());
                return 2;
            }
        }
    }
    let mut sources = Vec::with_capacity(paths.len());
    for p in &paths {
        match driver::read_source(p) {
            Ok(s) => sources.push(s),
            Err(msg) => {
                eprintln!("pyforge: {msg}");
                return 2;
            }
        }
    }
    let bytes: usize = sources.iter().map(String::len).sum();
    let mut best = f64::INFINITY;
    let mut errors = 0;
    for _ in 0..rounds.max(1) {
        errors = 0;
        let start = std::time::Instant::now();
        for src in &sources {
            match pyforge::syntax::parse(src) {
                Ok(module) => drop(std::hint::black_box(module)),
                Err(_) => errors += 1,
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "files={} bytes={bytes} seconds={best:.6} errors={errors}",
        sources.len()
    );
    0
}
