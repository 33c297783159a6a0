# A compiler from a tiny language (assignments, while, if, print) to bytecode for a stack VM,
# with a disassembler, execution trace counters and runtime errors reported with instruction offsets.

class VMError(Exception):
    pass

def compile_program(lines):
    code = []
    def expr(tokens):
        # shunting-yard for + - * / % < == with precedence
        prec = {"<": 1, "==": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}
        ops = []
        for tok in tokens:
            if tok.lstrip("-").isdigit():
                code.append(("PUSH", int(tok)))
            elif tok.isidentifier():
                code.append(("LOAD", tok))
            elif tok == "(":
                ops.append(tok)
            elif tok == ")":
                while ops[-1] != "(":
                    code.append(("BINOP", ops.pop()))
                ops.pop()
            else:
                while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[tok]:
                    code.append(("BINOP", ops.pop()))
                ops.append(tok)
        while ops:
            code.append(("BINOP", ops.pop()))
    stack = []
    for line in lines:
        toks = line.replace("(", " ( ").replace(")", " ) ").split()
        if toks[0] == "while" or toks[0] == "if":
            start = len(code)
            expr(toks[1:])
            code.append(("JUMP_IF_FALSE", None))
            stack.append((toks[0], start, len(code) - 1))
        elif toks[0] == "end":
            kind, start, jump_at = stack.pop()
            if kind == "while":
                code.append(("JUMP", start))
            code[jump_at] = ("JUMP_IF_FALSE", len(code))
        elif toks[0] == "print":
            expr(toks[1:])
            code.append(("PRINT", None))
        elif len(toks) > 1 and toks[1] == "=":
            expr(toks[2:])
            code.append(("STORE", toks[0]))
        else:
            raise SyntaxError(f"cannot compile {line!r}")
    code.append(("HALT", None))
    return code

def run(code, max_steps=10000):
    stack, env, pc, steps, out, counts = [], {}, 0, 0, [], {}
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a // b, "%": lambda a, b: a % b, "<": lambda a, b: int(a < b), "==": lambda a, b: int(a == b)}
    while True:
        op, arg = code[pc]
        counts[op] = counts.get(op, 0) + 1
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit exceeded at offset {pc}")
        pc += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            if arg not in env:
                raise VMError(f"undefined variable {arg!r} at offset {pc - 1}")
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op == "BINOP":
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(ops[arg](a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at offset {pc - 1}") from None
        elif op == "JUMP":
            pc = arg
        elif op == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = arg
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            return out, env, steps, dict(sorted(counts.items()))

def disassemble(code):
    for i, (op, arg) in enumerate(code):
        print(f"{i:3d} {op:<14}{'' if arg is None else repr(arg)}")

factorial = ["n = 10", "acc = 1", "while 0 < n", "acc = acc * n", "n = n - 1", "end", "print acc"]
code = compile_program(factorial)
disassemble(code)
print(run(code))
fizz = ["i = 1", "while i < 16", "if i % 15 == 0", "print 0 - 15", "end", "if (i % 3 == 0) * (0 < i % 5)", "print 0 - 3",
        "end", "if i % 5 == 0", "print 0 - 5", "end", "i = i + 1", "end"]
print(run(compile_program(fizz))[0])
primes = ["n = 2", "while n < 40", "d = 2", "p = 1", "while d * d < n + 1", "if n % d == 0", "p = 0", "end", "d = d + 1",
          "end", "if p", "print n", "end", "n = n + 1", "end"]
out, env, steps, counts = run(compile_program(primes))
print(out, steps, counts)
for prog in (["x = 1 / 0"], ["print y"], ["i = 0", "while 1", "i = i + 1", "end"], ["bogus line here"]):
    try:
        run(compile_program(prog))
    except (VMError, SyntaxError) as e:
        print(type(e).__name__, e)
