import { compileAnalyzer, type Analyzer } from '../core/reply/analyze';
import { activePack } from './packs';

let cached: { key: string; analyzer: Analyzer } | undefined;

/** The compiled pack in force; compiled again only when the pack changes. */
export async function currentAnalyzer(): Promise<Analyzer> {
  const { pack, revision } = await activePack();
  const key = String(revision);
  if (cached?.key !== key) cached = { key, analyzer: compileAnalyzer(pack) };
  return cached.analyzer;
}
