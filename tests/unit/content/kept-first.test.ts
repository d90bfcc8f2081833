// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { keptFirst } from '../../../src/content/sites/shared';

describe('keptFirst (a thread page’s focused post, looked up for every comment read)', () => {
  it('searches the document once for a post it keeps, and again once that post is gone', () => {
    document.body.innerHTML = '<article class="focused" id="a"></article>';
    const focused = keptFirst('article.focused');
    const search = vi.spyOn(document, 'querySelector');
    expect(focused(document)?.id).toBe('a');
    expect(focused(document)?.id).toBe('a');
    expect(search).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '<article class="focused" id="b"></article>';
    expect(focused(document)?.id).toBe('b');
    search.mockRestore();
  });

  it('on a page without one (a timeline), searches once per task, and finds a post that appears later', async () => {
    document.body.innerHTML = '<article></article>';
    const focused = keptFirst('article.focused');
    const search = vi.spyOn(document, 'querySelector');
    for (let i = 0; i < 50; i++) expect(focused(document)).toBeNull();
    expect(search).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '<article class="focused" id="c"></article>';
    await Promise.resolve();
    expect(focused(document)?.id).toBe('c');
    search.mockRestore();
  });
});
