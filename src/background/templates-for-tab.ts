import { compileTemplates, rankTemplates, renderTemplate, type TemplateIndex } from '../core/templates';
import type { Pack, Template } from '../core/pack/schema';
import type { Settings, TabState, TemplateItem } from '../message-views';
import { activePack } from './packs';

let cached: { key: string; index: TemplateIndex } | undefined;

/** The pack's compiled template index; compiled again only when the pack changes. */
async function templateIndex(): Promise<{ pack: Pack; index: TemplateIndex; origins: Readonly<Record<string, string>> }> {
  const { pack, revision, origins } = await activePack();
  const key = String(revision);
  if (cached?.key !== key) cached = { key, index: compileTemplates(pack.templates) };
  return { pack, index: cached.index, origins: origins.templates };
}

export interface TemplateRequest {
  query: string;
  vars: Record<string, string>;
  limit: number;
}

/**
 * Templates for the comment the tab's reply box answers (or for the page when no box is focused),
 * ranked and rendered with the commenter's and the communicator's names. In crisis mode only
 * holding statements are offered.
 */
export async function templatesForTab(tab: TabState, settings: Settings, request: TemplateRequest): Promise<{ items: TemplateItem[]; crisis: boolean }> {
  const { pack, index, origins } = await templateIndex();
  const crisis = !!pack.crisisMode;
  const replyTo = tab.composer?.replyTo ? tab.queue.find((q) => q.comment.id === tab.composer?.replyTo) : undefined;
  const platform = tab.platform ?? 'generic';
  const commentLanguage = replyTo?.understanding.language;
  const locale = settings.agent.language || (commentLanguage && commentLanguage !== 'other' ? commentLanguage : pack.locales[0] ?? 'en');
  const ranked = rankTemplates(index, {
    intents: replyTo?.understanding.intents ?? [],
    platform,
    locale,
    ...(replyTo ? { commentText: replyTo.comment.text } : {}),
    query: request.query,
    usage: settings.templateUsage,
    crisis,
    limit: request.limit,
  });
  const values = {
    author: replyTo?.comment.author,
    agent: { name: settings.agent.name },
    org: { name: pack.organisation },
    vars: { ...(settings.agent.signOff ? { 'agent.signoff': settings.agent.signOff } : {}), ...request.vars },
  };
  const items = ranked.map(({ template, reasons }) => {
    const rendered = renderTemplate(template, values, { platform, locale: template.locale });
    return toItem(template, rendered.text, rendered.missing, reasons, origins[template.id]);
  });
  return { items, crisis };
}

function toItem(template: Template, text: string, missing: string[], reasons: string[], origin: string | undefined): TemplateItem {
  const label = (key: string) => template.placeholders?.find((p) => p.key === key)?.label ?? key;
  return {
    id: template.id,
    name: template.name,
    ...(template.shortcut ? { shortcut: template.shortcut } : {}),
    locale: template.locale,
    intents: template.intents,
    holding: !!template.holding,
    text,
    missing: missing.map((key) => ({ key, label: label(key) })),
    reasons,
    ...(origin ? { origin } : {}),
  };
}
