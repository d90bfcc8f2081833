import type { AdapterStatus } from '../../core/comment';

export interface SiteReportInput {
  verdict: 'works' | 'broken';
  url: string | null;
  platform: string | null;
  adapter: AdapterStatus | null;
  comments: number;
  extensionVersion: string;
  pack: string;
}

/**
 * What a communicator sends their brand lead about one site: where, which adapter, what it
 * matched and missed. Never comment or draft text.
 */
export function siteReport(input: SiteReportInput): string {
  const host = input.url ? safeHost(input.url) : '(unknown)';
  const adapter = input.adapter;
  return [
    `Parley site report: ${input.verdict === 'works' ? 'works here' : 'broken here'}`,
    `Site: ${host}`,
    `Platform: ${input.platform ?? 'none'}`,
    `Adapter: ${adapter ? `${adapter.id} (${adapter.status})` : 'not running'}`,
    `Selectors that matched nothing: ${adapter?.failed.length ? adapter.failed.join(', ') : 'none'}`,
    `Comments found: ${input.comments}`,
    `Parley ${input.extensionVersion} · pack ${input.pack}`,
  ].join('\n');
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(unknown)';
  }
}
