import type { ComponentChildren } from 'preact';

export interface TabDef<K extends string> {
  key: K;
  label: ComponentChildren;
}

/**
 * An ARIA tab list: one tab in the Tab order, ←/→ (and Home/End) move between tabs and select
 * them. The panels are rendered by the caller with `tabPanelProps`.
 */
export function Tabs<K extends string>({ tabs, selected, onSelect, label }: { tabs: Array<TabDef<K>>; selected: K; onSelect: (key: K) => void; label: string }) {
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((tab) => tab.key === selected);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.key);
    document.getElementById(`tab-${tab.key}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} class="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`tab-${tab.key}`}
          aria-selected={tab.key === selected}
          aria-controls={`panel-${tab.key}`}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function tabPanelProps(key: string) {
  return { role: 'tabpanel', id: `panel-${key}`, 'aria-labelledby': `tab-${key}`, tabIndex: 0 } as const;
}
