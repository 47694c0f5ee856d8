#!/usr/bin/env python3
"""Lists the log calls of a fetched repository snapshot, one per line: path, line, column, call text.

A log call is `Log`, `Log2`, `Log10` (or `LogE`) called on Math, MathF, System.Math, double/float/Double/Single, a generic
type parameter (one capital letter or T-prefixed name), Vector64/128/256/512, TensorPrimitives, or bare `Log(`..
where the file has `using static System.Math` / `System.MathF`. The column (1-based, UTF-16 units) is where the method
name starts: the same key the evaluator (CeGenerators.Eval) computes from Roslyn's diagnostics. Comments and string
literals are skipped roughly (line comments, block comments, simple "..." strings).

With --exp it lists instead the exp calls (same receivers) on lines that also log, accumulate (+=, Sum), divide or add
1: the candidates for CEG1003 (an exp of a raw input that overflows in a softplus, sigmoid, softmax or log-sum-exp).

usage: extract.py GIT_DIR COMMIT [--exclude-tests] [--exp]
"""
import re, subprocess, sys

RECEIVER = r'(?:(?:global::)?System\.)?(?:Math|MathF|double|float|Double|Single|T|T[A-Z]\w*|[A-Z]|Vector64|Vector128|Vector256|Vector512|TensorPrimitives)'
NAMES = r'Exp' if '--exp' in sys.argv else r'Log(?:2|10|E)?'
QUALIFIED = re.compile(r'\b' + RECEIVER + r'\s*\.\s*(' + NAMES + r')\s*(?:<[^>]*>)?\s*\(')
BARE = re.compile(r'(?<![\w.])(' + NAMES + r')\s*\(')
EXP_CONTEXT = re.compile(r'Log\w*\s*\(|\+=|\bSum\s*\(|\b1(?:\.0*)?[fFdD]?\s*\+|\+\s*1(?:\.0*)?[fFdD]?\b')

def strip(line, state):
    """Blanks comments and string literals (keeps columns); state carries an open block comment."""
    out, i, n = [], 0, len(line)
    while i < n:
        if state['block']:
            j = line.find('*/', i)
            if j < 0:
                out.append(' ' * (n - i)); i = n
            else:
                out.append(' ' * (j + 2 - i)); i = j + 2; state['block'] = False
            continue
        c = line[i]
        if line.startswith('//', i):
            out.append(' ' * (n - i)); break
        if line.startswith('/*', i):
            state['block'] = True; out.append('  '); i += 2; continue
        if c == '"':
            j = i + 1
            while j < n and line[j] != '"':
                j += 2 if line[j] == '\\' else 1
            out.append(' ' * (min(j + 1, n) - i)); i = j + 1; continue
        if c == "'" and i + 2 < n:
            j = line.find("'", i + 1 + (1 if line[i + 1] == '\\' else 0))
            if 0 < j - i <= 8:
                out.append(' ' * (j + 1 - i)); i = j + 1; continue
        out.append(c); i += 1
    return ''.join(out)

def main():
    git_dir, commit = sys.argv[1], sys.argv[2]
    exclude_tests = '--exclude-tests' in sys.argv
    files = subprocess.run(['git', '--git-dir', git_dir, 'ls-tree', '-r', '--name-only', commit],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    for path in sorted(f for f in files if f.endswith('.cs')):
        if exclude_tests and re.search(r'(^|/)[^/]*tests?[^/]*/', path, re.I):
            continue
        raw = subprocess.run(['git', '--git-dir', git_dir, 'show', f'{commit}:{path}'], capture_output=True).stdout
        text = raw.decode('utf-8', errors='replace').lstrip('\ufeff')
        static_math = re.search(r'using\s+static\s+(?:global::)?System\.Math(?:F)?\s*;', text) is not None
        state = {'block': False}
        for number, line in enumerate(text.splitlines(), 1):
            code = strip(line, state)
            hits = [(m.start(1), m.group(0)) for m in QUALIFIED.finditer(code)]
            if static_math:
                hits += [(m.start(1), m.group(0)) for m in BARE.finditer(code)]
            if '--exp' in sys.argv and not EXP_CONTEXT.search(code):
                continue
            for column, _ in sorted(set(hits)):
                # skip declarations such as "public static double Log(double x)"
                before = code[:column].rstrip()
                if re.search(r'\b(double|float|void|static|public|private|internal|T)\s*$', before) and not before.endswith('.'):
                    continue
                print(f'{path}\t{number}\t{column + 1}\t{line.strip()[:200]}')

if __name__ == '__main__':
    main()
