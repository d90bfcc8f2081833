import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunkProse, findFrontMatter, formatOf, markdownToProse, plainTextToProse, sourceSpan, type Block } from '../../../src/core/markdown';

/** The source text of each block, with its kind (and level). */
function blocks(source: string, kind?: Block['kind']) {
  return markdownToProse(source)
    .blocks.filter((b) => !kind || b.kind === kind)
    .map((b) => ({ kind: b.kind, ...(b.level ? { level: b.level } : {}), text: source.slice(b.start, b.end) }));
}

/** The words left for linting. */
function words(source: string): string[] {
  return markdownToProse(source).text.split(/\s+/).filter(Boolean);
}

describe('markdown → prose: code is not prose', () => {
  it('blanks fenced code blocks (``` and ~~~) but keeps line breaks and length', () => {
    const src = 'Before.\n\n```js\nconst maybe = "e-mail";\n```\n\n~~~\nmaybe\n~~~\nAfter.\n';
    const { text, blocks: bs } = markdownToProse(src);
    expect(text.length).toBe(src.length);
    expect(text.split('\n').length).toBe(src.split('\n').length);
    expect(words(src)).toEqual(['Before.', 'After.']);
    expect(bs.filter((b) => b.kind === 'code').map((b) => src.slice(b.start, b.end))).toEqual([
      '```js\nconst maybe = "e-mail";\n```',
      '~~~\nmaybe\n~~~',
    ]);
  });

  it('runs an unclosed fence to the end of the document', () => {
    expect(words('Text.\n\n```\nmaybe\nmore')).toEqual(['Text.']);
  });

  it('needs a closing fence at least as long as the opening one', () => {
    expect(words('````\n```\nstill code\n````\nprose')).toEqual(['prose']);
  });

  it('blanks indented code blocks, but not an indented continuation line of a paragraph', () => {
    expect(words('Para one.\n\n    indented code\n    more code\n\nPara two.')).toEqual(['Para', 'one.', 'Para', 'two.']);
    expect(words('A paragraph\n    continues here.')).toEqual(['A', 'paragraph', 'continues', 'here.']);
  });

  it('blanks inline code spans, including double-backtick spans with a backtick inside', () => {
    const src = 'Run `npm install maybe` then ``a ` b`` done.';
    const { text } = markdownToProse(src);
    expect(text.replace(/ +/g, ' ')).toBe('Run then done.');
    expect(text.indexOf('then')).toBe(src.indexOf('then'));
    expect(text.indexOf('done.')).toBe(src.indexOf('done.'));
  });

  it('leaves an unmatched backtick alone', () => {
    expect(words('It costs 5` and more.')).toEqual(['It', 'costs', '5`', 'and', 'more.']);
  });

  it('blanks raw <script>/<pre> blocks', () => {
    expect(words('<pre>\nmaybe\n</pre>\n\nText.')).toEqual(['Text.']);
  });
});

describe('markdown → prose: front matter', () => {
  it('skips YAML front matter', () => {
    const src = '---\ntitle: I think so\ntags: [maybe]\n---\n# Title\n\nBody.';
    expect(words(src)).toEqual(['Title', 'Body.']);
    expect(findFrontMatter(src)).toMatchObject({ format: 'yaml', start: 0, body: 'title: I think so\ntags: [maybe]\n' });
  });

  it('skips TOML front matter', () => {
    expect(words('+++\ntitle = "maybe"\n+++\nBody.')).toEqual(['Body.']);
  });

  it('only at the very start, and only when closed', () => {
    expect(findFrontMatter('Intro\n---\nx: y\n---\n')).toBeNull();
    expect(findFrontMatter('---\nnot closed')).toBeNull();
  });
});

describe('markdown → prose: blocks with offsets', () => {
  it('reports ATX and setext headings with their level and text only', () => {
    const src = '# Getting *started* #\n\n### Third level\n\nSetext one\n==========\n\nSetext two\n---\n';
    expect(blocks(src, 'heading')).toEqual([
      // Blocks span the prose: markup at their edges (here the closing `*`) is left out.
      { kind: 'heading', level: 1, text: 'Getting *started' },
      { kind: 'heading', level: 3, text: 'Third level' },
      { kind: 'heading', level: 1, text: 'Setext one' },
      { kind: 'heading', level: 2, text: 'Setext two' },
    ]);
    expect(words(src)).toEqual(['Getting', 'started', 'Third', 'level', 'Setext', 'one', 'Setext', 'two']);
  });

  it('reports list items (bullets, numbers, tasks, nesting, continuation lines)', () => {
    const src = '- first item\n- [x] done task\n  continued\n  1. nested one\n\n10. tenth\n';
    expect(blocks(src)).toEqual([
      { kind: 'list', text: 'first item' },
      { kind: 'list', text: 'done task\n  continued' },
      { kind: 'list', text: 'nested one' },
      { kind: 'list', text: 'tenth' },
    ]);
    expect(words(src)).toEqual(['first', 'item', 'done', 'task', 'continued', 'nested', 'one', 'tenth']);
  });

  it('does not start a list inside a paragraph with a number other than 1', () => {
    expect(blocks('We grew in\n2019. Then we slowed.')).toEqual([{ kind: 'paragraph', text: 'We grew in\n2019. Then we slowed.' }]);
  });

  it('reports blockquotes and blanks their markers', () => {
    const src = '> Quoted line\n> and more\n\nAfter.';
    expect(blocks(src)).toEqual([
      { kind: 'blockquote', text: 'Quoted line\n> and more' },
      { kind: 'paragraph', text: 'After.' },
    ]);
    expect(words(src)).toEqual(['Quoted', 'line', 'and', 'more', 'After.']);
  });

  it('reports each table cell, blanks pipes and the delimiter row', () => {
    const src = '| Name | Note |\n|------|:----:|\n| A | maybe `x|y` |\n| B \\| C | ok |\n\nAfter.';
    expect(blocks(src, 'table').map((b) => b.text)).toEqual(['Name', 'Note', 'A', 'maybe', 'B \\| C', 'ok']);
    expect(words(src)).toEqual(['Name', 'Note', 'A', 'maybe', 'B', '|', 'C', 'ok', 'After.']);
  });

  it('reports paragraphs and thematic breaks split them', () => {
    const src = 'One.\n\n***\n\nTwo\nlines.';
    expect(blocks(src)).toEqual([
      { kind: 'paragraph', text: 'One.' },
      { kind: 'paragraph', text: 'Two\nlines.' },
    ]);
  });
});

describe('markdown → prose: inline markup', () => {
  it('keeps link text and drops URLs, autolinks, bare URLs and tags', () => {
    const src = 'See [the guide](https://example.com/e-mail "title") or <https://x.org/maybe>, www.maybe.org and <b>bold</b>.';
    expect(words(src)).toEqual(['See', 'the', 'guide', 'or', ',', 'and', 'bold', '.']);
  });

  it('keeps image alt text and reference-link text', () => {
    expect(words('![A photo](img.png) and [text][ref].\n\n[ref]: https://example.com/maybe')).toEqual(['A', 'photo', 'and', 'text', '.']);
  });

  it('blanks emphasis and strikethrough markers, keeps snake_case and 2 * 3', () => {
    expect(words('The **the** _word_ ~~gone~~ snake_case_name 2 * 3')).toEqual([
      'The', 'the', 'word', 'gone', 'snake_case_name', '2', '*', '3',
    ]);
  });

  it('blanks the backslash of an escape and keeps the escaped character', () => {
    expect(markdownToProse('Not \\*emphasis\\*').text).toBe('Not  *emphasis *');
  });

  it('blanks HTML comments and everything between vale off and vale on', () => {
    const src = 'Keep.\n<!-- a comment: maybe -->\n\n<!-- vale off -->\n\nI think not.\n\n<!-- vale on -->\n\nKeep too.';
    expect(words(src)).toEqual(['Keep.', 'Keep', 'too.']);
  });
});

describe('markdown → prose: offsets', () => {
  it('keeps UTF-16 offsets with emoji and CRLF line ends', () => {
    const src = '# Hi 😀 there\r\n\r\nText with 👩‍💻 and `code 😀` end.\r\n';
    const { text, blocks: bs } = markdownToProse(src);
    expect(text.length).toBe(src.length);
    expect(text.indexOf('end.')).toBe(src.indexOf('end.'));
    expect(src.slice(bs[0]!.start, bs[0]!.end)).toBe('Hi 😀 there');
    expect(src.slice(bs[1]!.start, bs[1]!.end)).toBe('Text with 👩‍💻 and `code 😀` end.');
  });

  it('only ever replaces characters by spaces (never moves or invents text)', () => {
    const piece = fc.constantFrom('# ', '## ', '- ', '1. ', '> ', '```', '~~~', '`', '**', '_', '|', '---', '\n', '\r\n', '    ', 'word', ' ', '😀', '[a](b)', '<!--', '-->', '<b>', '\\', '+++', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const src = parts.join('');
        const { text, blocks: bs } = markdownToProse(src);
        expect(text.length).toBe(src.length);
        for (let i = 0; i < src.length; i++) {
          const t = text[i];
          if (t !== src[i]) expect(t).toBe(' ');
          if (src[i] === '\n' || src[i] === '\r') expect(t).toBe(src[i]);
        }
        for (const b of bs) {
          expect(b.start).toBeGreaterThanOrEqual(0);
          expect(b.end).toBeLessThanOrEqual(src.length);
          expect(b.start).toBeLessThanOrEqual(b.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('compact prose (what the CLI lints)', () => {
  it('leaves inline markup out, so spacing reads as rendered', () => {
    const src = 'This is it. [Link](https://example.com) works. **Bold** too.\n\nSay **the** the `x` thing.';
    const prose = markdownToProse(src, { compact: true });
    expect(prose.text).toBe('This is it. Link works. Bold too.\n\nSay the the     thing.');
    const at = prose.text.indexOf('Bold');
    expect(sourceSpan(prose, at, at + 4)).toEqual({ start: src.indexOf('Bold'), end: src.indexOf('Bold') + 4 });
    const the = prose.text.indexOf('the the');
    expect(sourceSpan(prose, the, the + 7)).toEqual({ start: src.indexOf('the**'), end: src.indexOf('the `') + 3 });
  });

  it('maps blocks into the compact text', () => {
    const src = '# A **bold** title\n\n- item [one](u)\n';
    const prose = markdownToProse(src, { compact: true });
    expect(prose.blocks.map((b) => [b.kind, prose.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'A bold title'],
      ['list', 'item one'],
    ]);
  });

  it('every character of the compact text comes from the source, in order', () => {
    const piece = fc.constantFrom('# ', '- ', '> ', '```', '`', '**', '_', '~~', '|', '\n', 'word', ' ', '😀', '[a](b)', '<b>', '\\', '*');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const src = parts.join('');
        const prose = markdownToProse(src, { compact: true });
        const map = prose.sourceOffsets!;
        expect(map).toHaveLength(prose.text.length + 1);
        for (let i = 0; i < prose.text.length; i++) {
          if (i > 0) expect(map[i]).toBeGreaterThan(map[i - 1]!);
          if (prose.text[i] !== ' ') expect(prose.text[i]).toBe(src[map[i]!]);
        }
        for (const b of prose.blocks) expect(b.end).toBeLessThanOrEqual(prose.text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('long documents', () => {
  it('cut at block boundaries, offsets rebased', () => {
    const para = 'Word '.repeat(30).trim() + '.';
    const src = Array(10).fill(para).join('\n\n');
    const prose = markdownToProse(src);
    const chunks = chunkProse(prose, 400);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe(prose.text);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(400);
      for (const b of c.blocks) expect(c.text.slice(b.start, b.end)).toBe(para);
    }
  });
});

describe('plain text and format detection', () => {
  it('plain text is linted as is, one paragraph block per run of lines', () => {
    const src = 'First `not code` para\nline two.\n\n\nSecond.\n';
    const prose = plainTextToProse(src);
    expect(prose.text).toBe(src);
    expect(prose.blocks.map((b) => src.slice(b.start, b.end))).toEqual(['First `not code` para\nline two.', 'Second.']);
  });

  it('knows Markdown by extension', () => {
    expect(formatOf('docs/a.md')).toBe('markdown');
    expect(formatOf('A.MARKDOWN')).toBe('markdown');
    expect(formatOf('notes.txt')).toBe('text');
    expect(formatOf('README')).toBe('text');
  });
});
