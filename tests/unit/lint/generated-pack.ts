/**
 * A deterministic, realistic large pack for tests and local timing: mostly word lists
 * (existence 60 %, substitution 25 %), some regex-heavy existence rules (12 %: lookbehind, \w+,
 * \s+\d+) and sentence-scoped occurrence rules (3 %), spread over en/de/sv.
 */
const WORDS =
  'account action advice agent answer apology app area arrival article assistance attention balance basket bill booking branch brand budget bug button call card care cart case change channel charge chat check choice claim code colour comment complaint confirmation contact contract cost counter courier credit customer damage data date deal delay delivery deposit design detail device discount dispatch door email error event experience fault fee feedback file fix form fraud gift guarantee guest help holiday hotline invoice issue item journey key label launch limit link list loan login loss mail manager member menu message method model money month network notice number offer office order outage owner package page parcel partner password payment period phone photo plan point policy post price problem product profile promise purchase quality question queue rate reason receipt record refund region release repair reply report request return review reward route rule sale schedule screen seat service session setting shipment shop size slot software solution source speed staff status stock store subscription support survey system team term ticket time topic tracking transfer trip update upgrade user value version voucher wait warranty website week window'.split(' ');
const ADJ =
  'awful basic bright broken cheap clear complex critical current dark deep direct early easy empty exact extra fair fast final fine firm fresh full general global great green heavy huge ideal initial key large late legal light local long loose low main major manual minor modern narrow native neat new nice normal odd old open original plain poor prime private proper public quick quiet rapid rare real recent regular rich rough round safe secure short simple single slow small smart soft solid special stable standard strict strong sudden super sure sweet tight tiny total tough true typical unique urgent usual valid vast visible warm weak whole wide wild wrong young'.split(' ');

export function generatePack(n: number, seed = 12345): Record<string, unknown> {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
  const rules: unknown[] = [];
  const locales = ['en', 'de', 'sv'];
  for (let i = 0; i < n; i++) {
    const base = {
      id: `Gen.R${i}`,
      level: 'warning',
      message: "Avoid '%s'.",
      why: 'Generated rule for exercising the engine at scale.',
      when: { locales: [locales[i % 3]!] },
      examples: { bad: ['x'], good: ['y'] },
    };
    const r = rnd();
    if (r < 0.6) {
      const tokens = Array.from({ length: 3 + Math.floor(rnd() * 8) }, () =>
        rnd() < 0.5 ? `${pick(ADJ)} ${pick(WORDS)}` : rnd() < 0.5 ? `${pick(WORDS)}s?` : `${pick(ADJ)}(?:ly)? ${pick(['new', 'old', 'big'])} ${pick(WORDS)}`,
      );
      rules.push({ ...base, kind: 'existence', ignorecase: rnd() < 0.8, tokens });
    } else if (r < 0.85) {
      const swap: Record<string, string> = {};
      for (let k = 0; k < 2 + Math.floor(rnd() * 6); k++) swap[`${pick(ADJ)} ${pick(WORDS)}`] = `${pick(ADJ)} ${pick(WORDS)}`;
      rules.push({ ...base, kind: 'substitution', message: "Use '%s' instead of '%s'.", ignorecase: true, swap });
    } else if (r < 0.97) {
      rules.push({ ...base, kind: 'existence', ignorecase: true, tokens: [`(?<!not )${pick(WORDS)} (?:\\w+ )?${pick(WORDS)}`, `${pick(ADJ)}\\s+\\d+ ${pick(WORDS)}`] });
    } else {
      rules.push({ ...base, kind: 'occurrence', scope: 'sentence', token: `\\b${pick(WORDS)}\\b`, max: 2, ignorecase: true });
    }
  }
  return { id: 'generated', name: 'Generated', version: '1.0.0', locales, voice: { default: {} }, rules };
}

/** A draft of about `length` characters built from the generated pack's own phrases (dense with hits). */
export function generatedDraft(pack: { rules: unknown[] }, length = 1000): string {
  const words: string[] = [];
  for (const r of pack.rules as Array<{ tokens?: string[]; swap?: Record<string, string> }>) {
    for (const t of r.tokens ?? Object.keys(r.swap ?? {})) words.push(t.replace(/\(\?<!not \)|\\[wsd]\+?|[()?:|\\]/g, ''));
  }
  let draft = '';
  for (let i = 0; draft.length < length; i++) draft += words[(i * 7919) % words.length] + (i % 9 === 8 ? '. ' : ' ');
  return draft.slice(0, length);
}
