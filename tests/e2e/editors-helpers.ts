import type { CDPSession, Page } from 'playwright-core';
import type { Session } from './harness';

/** The editor fixture pages (tests/fixtures/editors/thread.html, one page for every kind) at an X URL, where the content script runs. */
export async function openEditorPage(s: Session, page: string, headers?: Record<string, string>): Promise<Page> {
  const url = `https://x.com/AcmeSupport/status/1860000000000000001?editor=${page}&n=${Math.random().toString(36).slice(2)}`;
  const tab = await s.openFixture(url, 'editors/thread.html', headers);
  await tab.waitForFunction(() => !!window.__fixtureEditors?.['maria-box']);
  return tab;
}

/** The text the editor library's state holds (not the DOM). */
export function stateText(page: Page, box: string): Promise<string> {
  return page.evaluate((id) => window.__fixtureEditors[id]!.stateText(), box);
}

export function posted(page: Page, box: string): Promise<string[]> {
  return page.evaluate((id) => window.__fixtureEditors[id]!.posted, box);
}

/** A message from an extension page (the panel), as the panel sends it. */
export function ask(panel: Page, kind: string, payload: unknown): Promise<unknown> {
  return panel.evaluate(([k, p]) => chrome.runtime.sendMessage({ parley: 1, kind: k, payload: p }), [kind, payload] as const);
}

export function askTab(panel: Page, tabId: number, kind: string, payload: unknown): Promise<unknown> {
  return panel.evaluate(([id, k, p]) => chrome.tabs.sendMessage(id, { parley: 1, kind: k, payload: p }), [tabId, kind, payload] as const);
}

export interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

/** A DevTools node's attributes (a flat name, value, name, value… list) by name. */
export function nodeAttributes(node: CdpNode): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < (node.attributes ?? []).length; i += 2) map.set(node.attributes![i]!, node.attributes![i + 1]!);
  return map;
}

/** Whether a `<style>` the page adds takes effect: a strict CSP refuses it. */
export function injectedStyleApplies(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { margin-left: 77px !important; }';
    document.head.append(style);
    return getComputedStyle(document.body).marginLeft === '77px';
  });
}

export interface BadgeSeen {
  /** Tag name of the badge host's parent: our UI hangs off <html>, never the site's tree. */
  parent: string;
  readiness: string | null;
  label: string | null;
  background: string;
  box: { x: number; y: number; width: number; height: number };
}

/** Closed shadow roots are invisible to page scripts and locators; the DevTools protocol sees them. */
export async function findBadge(page: Page): Promise<BadgeSeen | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let found: { host: CdpNode; parent: CdpNode; button: CdpNode } | null = null;
    const walk = (node: CdpNode, parent: CdpNode | null) => {
      for (const shadow of node.shadowRoots ?? []) {
        const button = shadow.children?.find((c) => c.nodeName === 'BUTTON');
        if (shadow.shadowRootType === 'closed' && button && parent) found = { host: node, parent, button };
      }
      for (const child of node.children ?? []) walk(child, node);
    };
    walk(root, null);
    if (!found) return null;
    const { parent, button } = found as { host: CdpNode; parent: CdpNode; button: CdpNode };
    const attrs = nodeAttributes(button);
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: button.nodeId })) as { computedStyle: Array<{ name: string; value: string }> };
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { border: number[]; width: number; height: number } };
    return {
      parent: parent.nodeName,
      readiness: attrs.get('data-readiness') ?? null,
      label: attrs.get('aria-label') ?? null,
      background: computedStyle.find((p) => p.name === 'background-color')?.value ?? '',
      box: { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height },
    };
  } finally {
    await cdp.detach();
  }
}
