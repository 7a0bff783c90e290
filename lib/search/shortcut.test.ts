import { describe, expect, it } from 'vitest';
import { moveActive, opensSearch, type KeyLike } from './shortcut';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: 'BODY' },
  ...extra,
});

describe('opensSearch', () => {
  it('opens on "/" outside text fields', () => {
    expect(opensSearch(key('/'))).toBe(true);
    expect(opensSearch(key('/', { target: { tagName: 'A' } }))).toBe(true);
    expect(opensSearch(key('/', { target: null }))).toBe(true);
  });

  it('lets "/" be typed in inputs, text areas, selects and editable elements', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(opensSearch(key('/', { target: { tagName } }))).toBe(false);
    expect(opensSearch(key('/', { target: { tagName: 'DIV', isContentEditable: true } }))).toBe(false);
  });

  it('opens on Ctrl+K and Cmd+K anywhere, even in a text field', () => {
    expect(opensSearch(key('k', { ctrlKey: true }))).toBe(true);
    expect(opensSearch(key('K', { metaKey: true, target: { tagName: 'INPUT' } }))).toBe(true);
  });

  it('ignores other keys and modified slashes', () => {
    expect(opensSearch(key('k'))).toBe(false);
    expect(opensSearch(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(opensSearch(key('/', { ctrlKey: true }))).toBe(false);
  });
});

describe('moveActive', () => {
  it('moves down and up, wrapping at both ends', () => {
    expect(moveActive('ArrowDown', -1, 3)).toBe(0);
    expect(moveActive('ArrowDown', 0, 3)).toBe(1);
    expect(moveActive('ArrowDown', 2, 3)).toBe(0);
    expect(moveActive('ArrowUp', 0, 3)).toBe(2);
    expect(moveActive('ArrowUp', -1, 3)).toBe(2);
    expect(moveActive('ArrowUp', 2, 3)).toBe(1);
  });

  it('does nothing without options or for other keys', () => {
    expect(moveActive('ArrowDown', -1, 0)).toBeNull();
    expect(moveActive('Enter', 0, 3)).toBeNull();
    expect(moveActive('Home', 2, 3)).toBeNull();
  });
});
