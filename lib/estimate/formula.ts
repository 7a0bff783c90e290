/**
 * A small arithmetic language for capacity estimates: numbers, names of other estimates,
 * + - * / ^, parentheses and a few functions. Parsed once into a tree, so a page can show the
 * formula with its inputs substituted, and the build can check which names it uses.
 */

export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/' | '^'; left: Expr; right: Expr }
  | { kind: 'call'; fn: FunctionName; args: Expr[] };

const functions = {
  min: (...a: number[]) => Math.min(...a),
  max: (...a: number[]) => Math.max(...a),
  ceil: (a: number) => Math.ceil(a),
  floor: (a: number) => Math.floor(a),
  round: (a: number) => Math.round(a),
  log2: (a: number) => Math.log2(a),
  log10: (a: number) => Math.log10(a),
  sqrt: (a: number) => Math.sqrt(a),
} as const;
export type FunctionName = keyof typeof functions;

export class FormulaError extends Error {}

type Token = { type: 'num'; value: number } | { type: 'name'; value: string } | { type: 'op'; value: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)|([A-Za-z][A-Za-z0-9]*)|([-+*/^(),]))/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new FormulaError(`unexpected character ${JSON.stringify(src.slice(pos).trim()[0])} at ${pos}`);
    if (m[1] !== undefined) tokens.push({ type: 'num', value: Number(m[1].replace(/_/g, '')) });
    else if (m[2] !== undefined) tokens.push({ type: 'name', value: m[2] });
    else tokens.push({ type: 'op', value: m[3] });
    pos = re.lastIndex;
  }
  return tokens;
}

export function parseFormula(src: string): Expr {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (v: string) => peek()?.type === 'op' && peek()!.value === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaError(`expected "${v}" in ${JSON.stringify(src)}`);
    i++;
  };

  // sum := product (('+'|'-') product)*
  function sum(): Expr {
    let left = product();
    while (isOp('+') || isOp('-')) {
      const op = tokens[i++].value as '+' | '-';
      left = { kind: 'bin', op, left, right: product() };
    }
    return left;
  }
  // product := unary (('*'|'/') unary)*
  function product(): Expr {
    let left = unary();
    while (isOp('*') || isOp('/')) {
      const op = tokens[i++].value as '*' | '/';
      left = { kind: 'bin', op, left, right: unary() };
    }
    return left;
  }
  // unary := '-' unary | power
  function unary(): Expr {
    if (isOp('-')) {
      i++;
      return { kind: 'neg', arg: unary() };
    }
    return power();
  }
  // power := atom ('^' unary)?   (right-associative)
  function power(): Expr {
    const base = atom();
    if (isOp('^')) {
      i++;
      return { kind: 'bin', op: '^', left: base, right: unary() };
    }
    return base;
  }
  function atom(): Expr {
    const t = tokens[i++];
    if (!t) throw new FormulaError(`formula ${JSON.stringify(src)} ends too early`);
    if (t.type === 'num') return { kind: 'num', value: t.value };
    if (t.type === 'name') {
      if (isOp('(')) {
        if (!(t.value in functions)) {
          throw new FormulaError(`unknown function ${t.value}() (known: ${Object.keys(functions).join(', ')})`);
        }
        i++;
        const args = [sum()];
        while (isOp(',')) {
          i++;
          args.push(sum());
        }
        expect(')');
        return { kind: 'call', fn: t.value as FunctionName, args };
      }
      return { kind: 'ref', name: t.value };
    }
    if (t.value === '(') {
      const inner = sum();
      expect(')');
      return inner;
    }
    throw new FormulaError(`unexpected "${t.value}" in ${JSON.stringify(src)}`);
  }

  const expr = sum();
  if (i < tokens.length) throw new FormulaError(`unexpected "${tokens[i].value}" in ${JSON.stringify(src)}`);
  return expr;
}

/** Names of other estimates the formula reads. */
export function formulaRefs(expr: Expr, into = new Set<string>()): Set<string> {
  switch (expr.kind) {
    case 'ref':
      into.add(expr.name);
      break;
    case 'neg':
      formulaRefs(expr.arg, into);
      break;
    case 'bin':
      formulaRefs(expr.left, into);
      formulaRefs(expr.right, into);
      break;
    case 'call':
      expr.args.forEach((a) => formulaRefs(a, into));
      break;
  }
  return into;
}

export function evaluateFormula(expr: Expr, env: Record<string, number>): number {
  switch (expr.kind) {
    case 'num':
      return expr.value;
    case 'ref': {
      const v = env[expr.name];
      if (v === undefined) throw new FormulaError(`unknown name "${expr.name}"`);
      return v;
    }
    case 'neg':
      return -evaluateFormula(expr.arg, env);
    case 'call':
      return (functions[expr.fn] as (...a: number[]) => number)(...expr.args.map((a) => evaluateFormula(a, env)));
    case 'bin': {
      const l = evaluateFormula(expr.left, env);
      const r = evaluateFormula(expr.right, env);
      switch (expr.op) {
        case '+':
          return l + r;
        case '-':
          return l - r;
        case '*':
          return l * r;
        case '/':
          return l / r;
        case '^':
          return l ** r;
      }
    }
  }
}

const precedence = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 3 } as const;
const symbols = { '+': '+', '-': '−', '*': '×', '/': '÷', '^': '^' } as const;

/** The formula written out for a reader, each name replaced by `show(name)`. */
export function formatFormula(expr: Expr, show: (name: string) => string, parentPrec = 0): string {
  switch (expr.kind) {
    case 'num':
      return expr.value.toLocaleString('en-US');
    case 'ref':
      return show(expr.name);
    case 'neg':
      return `−${formatFormula(expr.arg, show, 4)}`;
    case 'call':
      return `${expr.fn}(${expr.args.map((a) => formatFormula(a, show)).join(', ')})`;
    case 'bin': {
      const p = precedence[expr.op];
      // Right operands of - and / need brackets at equal precedence: a − (b − c).
      const right = formatFormula(expr.right, show, expr.op === '-' || expr.op === '/' ? p + 1 : p);
      const text = `${formatFormula(expr.left, show, p)} ${symbols[expr.op]} ${right}`;
      return p < parentPrec ? `(${text})` : text;
    }
  }
}
