import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/_internal/escapeControls.js';

describe('escapeControls', () => {
  it('makes escape sequences, C1 controls and bidirectional overrides visible', () => {
    expect(escapeControls('a\u001b[2Jb')).toBe('a\\x1B[2Jb');
    expect(escapeControls('\u009b31m')).toBe('\\x9B31m');
    expect(escapeControls('abc\u202Edef')).toBe('abc\\u202Edef');
    expect(escapeControls('\u0000\u0007\u007f')).toBe('\\x00\\x07\\x7F');
  });

  it('leaves text, tabs and line breaks as they are', () => {
    expect(escapeControls('Supply Chain — Analytics (été)\t\n')).toBe('Supply Chain — Analytics (été)\t\n');
  });
});
