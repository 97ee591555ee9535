// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { safeLink } from '../../../../src/domain/formats';

describe('safeLink', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/Astana', 'https://en.wikipedia.org/wiki/Astana'],
    ['http://example.org', 'http://example.org/'],
    ['  HTTPS://Example.org/a b ', 'https://example.org/a%20b'],
    ['mailto:centre@example.org', 'mailto:centre@example.org'],
  ])('accepts %j', (url, expected) => {
    expect(safeLink(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    'javascript&#58;alert(1)',
    'ｊavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    'https://',
    '',
    'x'.repeat(9000),
  ])('rejects %j', (url) => {
    expect(safeLink(url)).toBeNull();
  });

  it('rejects anything that is not a string', () => {
    expect(safeLink(42)).toBeNull();
    expect(safeLink(null)).toBeNull();
    expect(safeLink({ toString: () => 'https://x.org' })).toBeNull();
  });
});
