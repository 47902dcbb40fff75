import { Lexer } from 'yaml';
import type { Issue } from '../issues/Issue.js';
import { issue } from './issue.js';
import type { ParseLimits } from './parseLimits.js';
import { MAX_DOCUMENT_DEPTH } from './readData.js';

const SEQ = 1;
const OTHER = 0;
/** The estimate may exceed the true depth by two (a leaf, a flow collection opening a line). */
const DEPTH_WITH_SLACK = MAX_DOCUMENT_DEPTH + 2;

/** Where the scan is: the open block collections by column, the flow depth, the nodes met, the position. */
class ScanState {
  readonly columns: number[] = [];
  readonly kinds: number[] = [];
  flow = 0;
  nodes = 0;
  line = 1;
  column = 0;
  /** Where the last node counted starts: where a problem is reported. */
  at = { line: 1, column: 1 };
  /** At the first content of a line, or just after a `-`, `?` or leading `:`: content here may open a block collection. */
  opening = true;
  /** The next token is a scalar (after the lexer's scalar mark), and the body of a block scalar (after `|` or `>`). */
  scalarNext = false;
  blockScalarNext = false;

  get depth(): number {
    return this.columns.length + this.flow;
  }

  /** A node starts here. */
  count(): void {
    this.nodes++;
    this.at = { line: this.line, column: this.column + 1 };
  }

  /** A block collection (or a node in one) starts at the current column: pops what it closes, pushes what it opens. */
  open(kind: number): void {
    const { columns, kinds, column } = this;
    let top = columns.length - 1;
    // A map key at a sequence's column ends that sequence (`key:` then `- item` lines, then `other:`).
    while (top >= 0 && (columns[top]! > column || (columns[top] === column && kinds[top] === SEQ && kind !== SEQ))) top--;
    columns.length = top + 1;
    kinds.length = top + 1;
    // A sequence may sit at its parent key's column: it still nests one level deeper.
    if (top < 0 || columns[top]! < column || (kinds[top] !== SEQ && kind === SEQ)) {
      columns.push(column);
      kinds.push(kind);
      this.count();
    }
  }

  /** Moves the position past a token's text. */
  advance(token: string): void {
    let newline = token.indexOf('\n');
    if (newline === -1) {
      this.column += token.length;
      return;
    }
    let last = newline;
    while (newline !== -1) {
      this.line++;
      last = newline;
      newline = token.indexOf('\n', newline + 1);
    }
    this.column = token.length - last - 1;
  }
}

/**
 * A linear scan of YAML text, before the parser sees it, for what would
 * crash or exhaust it: nesting deeper than the document depth limit (the
 * parser recurses once per level, and a few thousand levels overflow the
 * stack) and more nodes than `limits.maxNodes` (the parser holds about a
 * kilobyte per node). It reads the tokens of yaml's own lexer, which does
 * not recurse, so brackets in plain text or quotes and comments are told
 * apart exactly as the parser will. Flow nesting is counted exactly; block
 * nesting from indentation, a level for each deeper column and for a
 * sequence at its parent key's column; the estimate exceeds the true depth
 * by at most two (a leaf, a flow collection opening a line), so the limit
 * is checked with that slack and the exact check after parsing decides
 * near it. Stops at the first problem; returns it with line and column.
 *
 * @internal
 */
export function scanYaml(text: string, limits: ParseLimits): Issue | undefined {
  const state = new ScanState();
  for (const token of new Lexer().lex(text)) {
    take(state, token);
    if (state.nodes > limits.maxNodes) return tooLarge(state, limits.maxNodes);
    if (state.depth > DEPTH_WITH_SLACK) return tooDeep(state);
  }
  return undefined;
}

/** Takes one token of the lexer into the state. */
function take(state: ScanState, token: string): void {
  if (state.scalarNext) return scalar(state, token);
  switch (token) {
    case '\u0002': // the lexer's marks have no width in the text
    case '\u0018': // the end of a flow collection cut short
      if (token === '\u0018') state.flow = 0;
      return;
    case '\u001f':
      state.scalarNext = true;
      return;
    case '':
    case '\n':
    case '\r\n':
      state.line++;
      state.column = 0;
      state.opening = true;
      return;
    case '---':
    case '...':
      state.columns.length = 0;
      state.kinds.length = 0;
      state.flow = 0;
      break;
    case '-':
    case '?':
    case ':':
      // `-` and `?` always; `:` only where it opens a line (the value of a `?` key).
      if (state.flow === 0 && (token !== ':' || state.opening)) {
        state.open(token === '-' ? SEQ : OTHER);
        state.opening = true;
      }
      break;
    case '{':
    case '[':
      if (state.flow === 0 && state.opening) state.open(OTHER);
      state.flow++;
      state.count();
      state.opening = false;
      break;
    case '}':
    case ']':
      state.flow = Math.max(0, state.flow - 1);
      break;
    default:
      other(state, token);
  }
  state.advance(token);
}

/** Spaces, commas, comments, anchors, tags and directives open nothing; a block scalar's header announces its body; the rest (quoted scalars, aliases) are scalars. */
function other(state: ScanState, token: string): void {
  const first = token.charCodeAt(0);
  if (first === 0x20 || first === 0x09 || first === 0x2c || first === 0x23 || first === 0x26 || first === 0x21 || first === 0x25 || first === 0xfeff) return;
  if (first === 0x7c || first === 0x3e) {
    state.blockScalarNext = true;
    return;
  }
  content(state, true);
}

/** A plain scalar, or the body of a block scalar (which is indented text, and opens nothing). */
function scalar(state: ScanState, token: string): void {
  state.scalarNext = false;
  content(state, !state.blockScalarNext);
  state.blockScalarNext = false;
  state.advance(token);
}

/** A scalar: one node; where a line's content starts, it may open a block map (it is then a key). */
function content(state: ScanState, mayOpen: boolean): void {
  if (mayOpen && state.flow === 0 && state.opening) state.open(OTHER);
  state.opening = false;
  state.count();
}

function tooDeep(state: ScanState): Issue {
  const found = issue('too_deep', [], `the document nests deeper than ${MAX_DOCUMENT_DEPTH} levels here`, { expected: `at most ${MAX_DOCUMENT_DEPTH} levels` });
  return Object.freeze({ ...found, ...state.at });
}

function tooLarge(state: ScanState, maxNodes: number): Issue {
  const found = issue('too_large', [], `the document holds more than ${maxNodes} nodes (objects, lists, keys and values); raise maxNodes if it is genuine`, {
    expected: `at most ${maxNodes} nodes`,
  });
  return Object.freeze({ ...found, ...state.at });
}
