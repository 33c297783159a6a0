# A tiny Lisp: reader, environments with closures, special forms (define, lambda, if, let, quote, begin),
# recursion, higher-order functions, and error reporting.

class LispError(Exception):
    pass

class Symbol(str):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")

class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"{self.name} expects {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<procedure {self.name}>"

def global_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
                "*": lambda a, b: a * b, "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
                "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *a: list(a),
                "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l, "null?": lambda l: l == [],
                "map": lambda f, l: [f(x) for x in l], "filter": lambda f, l: [x for x in l if f(x)], "not": lambda x: not x})
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("cannot evaluate ()")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) not in (False, None, []) else alt
            continue
        if op == "define":
            name, value = args
            if isinstance(name, list):
                env[name[0]] = Procedure(name[1:], value, env, name[0])
            else:
                env[name] = evaluate(value, env)
            return None
        if op == "lambda":
            return Procedure(args[0], args[1], env)
        if op == "let":
            bindings, body = args
            env = Env([b[0] for b in bindings], [evaluate(b[1], env) for b in bindings], env)
            x = body
            continue
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(op, env)
        values = [evaluate(a, env) for a in args]
        if isinstance(proc, Procedure):
            if len(values) != len(proc.params):
                raise LispError(f"{proc.name} expects {len(proc.params)} args, got {len(values)}")
            env = Env(proc.params, values, proc.env)
            x = proc.body
            continue
        if not callable(proc):
            raise LispError(f"not a procedure: {proc!r}")
        return proc(*values)

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True or v is False:
        return "#t" if v else "#f"
    return str(v)

env = global_env()
program = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(fact 25)
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(count-down 5000 0)
(define (make-adder k) (lambda (x) (+ x k)))
(define add5 (make-adder 5))
(map add5 '(1 2 3))
(filter (lambda (x) (< 2 x)) (list 1 2 3 4 5))
(let ((a 2) (b 3)) (begin (define c 10) (+ a b c)))
(define (len l) (if (null? l) 0 (+ 1 (len (cdr l)))))
(len '(a b c d))
(cons 'x '(y z))
'(nested (list (of) things))
(car (cdr '(1 2 3)))
(/ 7 2)
(/ 7.0 2)
(not (< 3 2))
fact
"""
tokens = tokenize(program)
while tokens:
    result = evaluate(read(tokens), env)
    if result is not None:
        print(to_str(result))
for bad in ["(undefined 1)", "(fact 1 2)", "(1 2)", "(car", ")", "()", "(/ 1 0)"]:
    try:
        evaluate(read(tokenize(bad)), env)
    except (LispError, ZeroDivisionError) as e:
        print(f"{bad:<14} -> {type(e).__name__}: {e}")
