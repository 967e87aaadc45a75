import { describe, expect, it } from 'vitest';
import { emptyProgress, markVisited, parseProgress, pathProgress, setUnderstood } from '../../src/client/progress/progress';

describe('reading progress', () => {
  it('marks visits and understanding without duplicates, and can undo understanding', () => {
    let p = markVisited(emptyProgress(), 'session');
    p = markVisited(p, 'session');
    p = setUnderstood(p, 'user', true);
    expect(p).toEqual({ visited: ['session', 'user'], understood: ['user'] });
    expect(setUnderstood(p, 'user', false).understood).toEqual([]);
  });

  it('counts a path’s progress', () => {
    const p = { visited: ['a', 'b', 'x'], understood: ['a'] };
    expect(pathProgress(p, ['a', 'b', 'c'])).toEqual({ understood: 1, visited: 2, total: 3 });
  });

  it('treats missing or corrupt saved progress as none', () => {
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress('{oops')).toEqual(emptyProgress());
    expect(parseProgress('{"visited":["a",3],"understood":"b"}')).toEqual({ visited: ['a'], understood: [] });
  });
});
