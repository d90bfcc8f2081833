import { useRef, useState } from 'preact/hooks';
import { send, sendToTab } from '../../messages';
import type { TemplateItem } from '../../message-views';
import { t } from '../../browser/i18n';
import { useWorkerState } from '../../ui/use-message';
import { CopyButton } from '../../ui/CopyButton';

/**
 * Ranked templates for the comment being answered. Keyboard first: typing filters, ↑/↓ choose,
 * Enter inserts (or first asks for variables still missing).
 */
export function Templates({ tabId, replyTo }: { tabId: number; replyTo: string | null }) {
  const [query, setQuery] = useState('');
  const [vars, setVars] = useState<Record<string, string>>({});
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  // Fields stay once typed into, though the variable is no longer missing after the re-render.
  const [asked, setAsked] = useState<Record<string, TemplateItem['missing']>>({});
  const varsRef = useRef<HTMLDivElement>(null);
  const list = useWorkerState(() => send('templates/list', { tabId, query, vars, limit: 30 }), [tabId, query, JSON.stringify(vars), replyTo], null, ['pack', 'settings']);
  const items = list.value?.items ?? [];
  const selected: TemplateItem | undefined = items[Math.min(active, items.length - 1)];
  const fields = selected ? mergeFields(asked[selected.id] ?? [], selected.missing) : [];
  const setVar = (field: TemplateItem['missing'][number], value: string) => {
    if (!selected) return;
    setAsked({ ...asked, [selected.id]: mergeFields(asked[selected.id] ?? [], [field]) });
    setVars({ ...vars, [field.key]: value });
  };

  const insert = (mode: 'caret' | 'replace') => {
    if (!selected) return;
    const picked = selected;
    void sendToTab(tabId, 'editor/insert', { text: picked.text, mode }).then(
      (r) => {
        setStatus(r.ok ? t('templateInserted', picked.name) : (r.message ?? t('insertFailed')));
        if (r.ok) void send('templates/used', { templateId: picked.id });
      },
      () => setStatus(t('insertFailed')),
    );
  };
  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(items.length - 1, Math.min(i, items.length - 1) + step)));
    } else if (e.key === 'Enter' && selected) {
      e.preventDefault();
      const firstVar = varsRef.current?.querySelector('input');
      if (selected.missing.length && firstVar) firstVar.focus();
      else insert('caret');
    }
  };
  const onVarKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      insert('caret');
    }
  };

  return (
    <div class="templates" data-testid="templates">
      {list.value?.crisis && <p class="banner warn small">{t('crisisTemplates')}</p>}
      <input
        type="search"
        class="search"
        role="combobox"
        aria-expanded="true"
        aria-controls="template-options"
        aria-activedescendant={selected ? `template-${selected.id}` : undefined}
        aria-label={t('templateSearch')}
        placeholder={t('templateSearchPlaceholder')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onSearchKey}
        data-testid="template-search"
      />
      {list.error && <p class="banner error">{list.error}</p>}
      <ul id="template-options" role="listbox" aria-label={t('templatesLabel')} class="options">
        {items.map((item, i) => (
          <li
            key={item.id}
            id={`template-${item.id}`}
            role="option"
            aria-selected={item === selected}
            class={item === selected ? 'option selected' : 'option'}
            onClick={() => setActive(i)}
            data-testid="template-option"
          >
            <span>{item.name}</span>
            {item.shortcut && <code class="muted"> {item.shortcut}</code>}
            {item.holding && <span class="badge badge-holding">{t('holdingStatement')}</span>}
          </li>
        ))}
      </ul>
      {!items.length && list.value && <p class="muted">{t('noTemplates')}</p>}
      {selected && (
        <div class="card preview">
          <div class="muted small">
            {t('preview')}
            {selected.origin && <span data-testid="template-origin"> · {t('templateFrom', selected.origin)}</span>}
          </div>
          <p class="preview-text" data-testid="template-preview">
            {selected.text}
          </p>
          {fields.length > 0 && (
            <div class="vars" ref={varsRef} data-testid="template-vars">
              {fields.map((m) => (
                <label key={m.key}>
                  {PROFILE_LABELS[m.key] ? t(PROFILE_LABELS[m.key]!) : m.label}
                  <input value={vars[m.key] ?? ''} onInput={(e) => setVar(m, e.currentTarget.value)} onKeyDown={onVarKey} />
                </label>
              ))}
            </div>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={() => insert('caret')} data-testid="template-insert">
              {t('insert')}
            </button>
            <button type="button" onClick={() => insert('replace')} data-testid="template-replace">
              {t('replace')}
            </button>
            <CopyButton text={() => selected.text} label={t('copy')} />
          </div>
          {status && (
            <p class="muted" role="status">
              {status}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** Built-in variables the communicator fills once in their profile, not per reply. */
const PROFILE_LABELS: Readonly<Record<string, string>> = { 'agent.name': 'varAgentName', 'agent.initials': 'varAgentInitials' };

function mergeFields(a: TemplateItem['missing'], b: TemplateItem['missing']): TemplateItem['missing'] {
  const keys = new Set(a.map((f) => f.key));
  return [...a, ...b.filter((f) => !keys.has(f.key))];
}
