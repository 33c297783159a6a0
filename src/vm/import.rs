//! The import system — CPython's `Python/import.c` and `importlib`, reduced to
//! what a script needs: built-in modules (native ones and ones written in
//! Python, bundled in the binary), `.py` modules and packages next to the
//! script, `sys.modules` caching, relative imports inside packages.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::Vm;
use crate::runtime::{Exc, ExcType, Module, StrKey, Value};

type R<T> = Result<T, Exc>;

fn not_found(name: &str) -> Exc {
    not_found_because(name, "")
}

/// `ModuleNotFoundError: No module named 'name'` followed by `why`, with its
/// `name` attribute.
fn not_found_because(name: &str, why: &str) -> Exc {
    let e = Exc::new(
        ExcType::ModuleNotFoundError,
        format!("No module named '{name}'{why}"),
    );
    let attrs = [("name", Value::str(name))];
    for (k, v) in attrs {
        e.0.dict.borrow_mut().insert(
            crate::runtime::HashKey::new(Value::str(k)).expect("str is hashable"),
            v,
        );
    }
    e
}

impl Vm {
    /// `__import__(name, globals, fromlist, level)`: the module bound by an
    /// `import` statement (the top package for `import a.b`, the named module
    /// when names are imported from it).
    pub fn import_name(
        &self,
        name: &str,
        fromlist: &Value,
        level: usize,
        globals: &Value,
    ) -> R<Value> {
        let full = if level > 0 {
            let package = self.package_of(globals)?;
            let mut parts: Vec<&str> = package.split('.').collect();
            if package.is_empty() || parts.len() < level {
                return Err(Exc::new(
                    ExcType::ImportError,
                    "attempted relative import with no known parent package",
                ));
            }
            parts.truncate(parts.len() + 1 - level);
            let base = parts.join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            name.to_string()
        };
        let module = self.import_module(&full)?;
        let wants_names = match fromlist {
            Value::None => false,
            Value::Tuple(t) => !t.is_empty(),
            _ => true,
        };
        if wants_names || level > 0 || !full.contains('.') {
            return Ok(module);
        }
        let top = full.split('.').next().unwrap_or_default();
        self.import_module(top)
    }

    /// The package a module's globals belong to (`__package__`, or derived
    /// from `__name__`).
    fn package_of(&self, globals: &Value) -> R<String> {
        let Value::Dict(g) = globals else {
            return Ok(String::new());
        };
        let g = g.borrow();
        if let Some(Value::Str(p)) = g.get(&StrKey::new("__package__")) {
            return Ok(p.as_str().to_string());
        }
        let name = match g.get(&StrKey::new("__name__")) {
            Some(Value::Str(n)) => n.as_str().to_string(),
            _ => String::new(),
        };
        if g.get(&StrKey::new("__path__")).is_some() {
            return Ok(name);
        }
        Ok(name
            .rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_string()))
    }

    /// Imports the absolute dotted `name`, each package on the way first.
    pub fn import_module(&self, name: &str) -> R<Value> {
        if let Some(m) = self.loaded_module(name) {
            return Ok(m);
        }
        if name.is_empty() || name.split('.').any(|p| p.is_empty()) {
            return Err(Exc::value_error("Empty module name"));
        }
        let (parent, leaf) = match name.rsplit_once('.') {
            Some((p, l)) => (Some(self.import_module(p)?), l),
            None => (None, name),
        };
        let dirs: Vec<PathBuf> = match &parent {
            Some(Value::Module(p)) => match p.dict.borrow().get(&StrKey::new("__path__")) {
                Some(Value::List(l)) => l
                    .borrow()
                    .iter()
                    .filter_map(|d| match d {
                        Value::Str(s) => Some(PathBuf::from(s.as_str())),
                        _ => None,
                    })
                    .collect(),
                _ => {
                    let parent_name = name.rsplit_once('.').map_or("", |(p, _)| p);
                    return Err(not_found_because(
                        name,
                        &format!("; '{parent_name}' is not a package"),
                    ));
                }
            },
            _ => vec![self.search_dir.borrow().clone().unwrap_or_default()],
        };
        let module = match (&parent, crate::modules::builtin(name)) {
            (None, Some(b)) => self.load_builtin(name, b)?,
            _ => self
                .load_file(name, &dirs)?
                .ok_or_else(|| not_found(name))?,
        };
        if let Some(Value::Module(p)) = &parent {
            p.set(leaf, module.clone());
        }
        Ok(module)
    }

    fn load_builtin(&self, name: &str, b: crate::modules::Builtin) -> R<Value> {
        let module = Rc::new(Module::new(name, None));
        let v = Value::Module(module.clone());
        self.set_module(name, v.clone());
        let r = match b {
            crate::modules::Builtin::Native(init) => init(self, &module),
            crate::modules::Builtin::Source(src) => {
                let file = format!("<frozen {name}>");
                self.exec_module(&module, src, &file)
            }
        };
        if let Err(e) = r {
            self.forget_module(name);
            return Err(e);
        }
        Ok(v)
    }

    /// Finds `leaf.py` or `leaf/__init__.py` in `dirs` and runs it.
    fn load_file(&self, name: &str, dirs: &[PathBuf]) -> R<Option<Value>> {
        let leaf = name.rsplit('.').next().unwrap_or(name);
        for dir in dirs {
            let package = dir.join(leaf).join("__init__.py");
            let plain = dir.join(format!("{leaf}.py"));
            let (file, is_package) = if package.is_file() {
                (package, true)
            } else if plain.is_file() {
                (plain, false)
            } else {
                continue;
            };
            let shown = display(&file);
            let src = crate::driver::read_source(&file)
                .map_err(|msg| Exc::new(ExcType::ImportError, msg))?;
            let module = Rc::new(Module::new(name, Some(shown.clone())));
            if is_package {
                let dir = display(file.parent().unwrap_or(Path::new(".")));
                module.set("__path__", Value::list(vec![Value::str(&dir)]));
                module.set("__package__", Value::str(name));
            } else {
                let package = name.rsplit_once('.').map_or("", |(p, _)| p);
                module.set("__package__", Value::str(package));
            }
            let v = Value::Module(module.clone());
            self.set_module(name, v.clone());
            if let Err(e) = self.exec_module(&module, &src, &shown) {
                self.forget_module(name);
                return Err(e);
            }
            return Ok(Some(v));
        }
        Ok(None)
    }

    /// Compiles and runs a module's source in its namespace.
    fn exec_module(&self, module: &Module, src: &str, file: &str) -> R<()> {
        let tree = crate::syntax::parse(src).map_err(|e| syntax_error(&e.to_string()))?;
        let code = crate::compile::compile_module(&tree, file).map_err(|e| syntax_error(&e.msg))?;
        self.sources
            .borrow_mut()
            .insert(code.filename.clone(), src.into());
        self.run_code_in(code, module.dict.clone()).map(|_| ())
    }
}

fn syntax_error(msg: &str) -> Exc {
    Exc::new(ExcType::SyntaxError, msg)
}

/// A path as tracebacks print it (`./` dropped).
fn display(p: &Path) -> String {
    let s = p.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}
