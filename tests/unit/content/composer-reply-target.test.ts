// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { x } from '../../../src/content/sites/x';
import { ReplyTargets } from '../../../src/content/composer/reply-target';

// The per-editor-kind spec page: a post, its box, Maria's comment with a hidden reply box, Jonas's comment.
const PAGE = readFileSync(resolve(import.meta.dirname, '../../fixtures/editors/thread.html'), 'utf8');

let clock = 0;
const box = (id: string) => {
  const host = document.getElementById(id)!;
  const area = document.createElement('textarea');
  host.append(area);
  return area;
};

beforeEach(() => {
  document.documentElement.innerHTML = PAGE.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  clock = 1_000;
});

describe('ReplyTargets', () => {
  it('binds the box a comment’s reply button opened to that comment', () => {
    const targets = new ReplyTargets(x, () => clock);
    const maria = box('maria-box');
    targets.noteClick(document.querySelector('[data-fixture-opens="#maria-reply"]'));
    clock += 300;
    const target = targets.resolve(maria);
    expect(target?.id).toBe('1860000000000000002');
    expect(target?.target).toMatchObject({ authorHandle: '@maria_l', authorName: 'Maria Lindqvist' });
    expect(target?.target.text).toContain('stuck for 9 days');
  });

  it('keeps the post’s box a new reply even when it is focused right after a reply button was clicked elsewhere', () => {
    const targets = new ReplyTargets(x, () => clock);
    const post = box('post-box');
    expect(targets.resolve(post)).toBeNull();
    targets.noteClick(document.querySelector('[data-fixture-opens="#maria-reply"]'));
    expect(targets.resolve(post)).toBeNull();
  });

  it('does not bind a box focused long after the click', () => {
    const targets = new ReplyTargets(x, () => clock);
    const maria = box('maria-box');
    targets.noteClick(document.querySelector('[data-fixture-opens="#maria-reply"]'));
    clock += 60_000;
    expect(targets.resolve(maria)).toBeNull();
  });

  it('answers the comment a box sits in, whatever was clicked', () => {
    const targets = new ReplyTargets(x, () => clock);
    const jonas = [...document.querySelectorAll('article[data-testid="tweet"]')][2]!;
    const inline = document.createElement('textarea');
    jonas.append(inline);
    targets.noteClick(document.querySelector('[data-fixture-opens="#maria-reply"]'));
    expect(targets.resolve(inline)?.id).toBe('1860000000000000003');
  });
});
