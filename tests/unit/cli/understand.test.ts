import { describe, expect, it } from 'vitest';
import { cli, lines, CLI_TIMEOUT } from './run';

describe('classify, analyze and templates commands', { timeout: CLI_TIMEOUT }, () => {
  it('classify prints one JSON line per comment', () => {
    const r = cli(['classify', '-'], 'My parcel is 9 days late and my lawyer will hear about this!\nDanke, das neue Tracking ist super 😍\n');
    expect(r.code).toBe(0);
    const [first, second] = lines(r.stdout).map((l) => JSON.parse(l));
    expect(first).toMatchObject({ language: 'en', escalations: ['legal'] });
    expect(first.intents).toContain('complaint');
    expect(second).toMatchObject({ language: 'de', intents: ['praise'] });
    expect(second.sentiment).toBeGreaterThan(0);
  });

  it('analyze reports findings and tone and exits 1 when the draft must not go out', () => {
    const r = cli(['analyze', '--comment', 'Where is my parcel? My lawyer will hear of this.', '--platform', 'x', '-'], 'It was our fault. Use code SPRING20');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.readiness).toBe('stop');
    expect(out.findings.map((f: { match: string }) => f.match)).toContain('It was our fault');
    expect(out.tone.promotional).toBeGreaterThan(0);
  });

  it('templates ranks templates in the comment language and fills the name', () => {
    const r = cli(['templates', '--comment', 'Wo bleibt meine Lieferung? Seit Tagen nichts.', '--platform', 'facebook', '--author', 'Jonas Weber, MBA']);
    expect(r.code).toBe(0);
    const ranked = JSON.parse(r.stdout);
    expect(ranked[0].id).toMatch(/^de\./);
    expect(ranked.some((t: { text: string }) => t.text.includes('Jonas') && !t.text.includes('MBA'))).toBe(true);
  });

  it('rejects an unknown platform as a usage error', () => {
    expect(cli(['analyze', '--comment', 'x', '--platform', 'myspace', '-'], 'hi').code).toBe(2);
  });
});
