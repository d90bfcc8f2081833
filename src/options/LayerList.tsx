import type { PackLayerStatus } from '../messages';
import { t } from '../browser/i18n';
import { failureText } from '../ui/failure-text';

const ORIGIN_KEY = { 'built-in': 'layerOriginBuiltIn', policy: 'layerOriginPolicy', user: 'layerOriginUser' } as const;

/** Every pack layer in precedence order (later ones win), with its sync state and last failure. */
export function LayerList({ layers }: { layers: PackLayerStatus[] }) {
  return (
    <ol class="layers" data-testid="layers">
      {layers.map((layer) => (
        <li key={layer.source} class="card" data-testid="layer" data-source={layer.source}>
          <div>
            <strong data-testid="layer-name">{layer.name ?? t('layerNoPackYet')}</strong>{' '}
            <span data-testid="layer-version">{layer.version ?? ''}</span>{' '}
            <span class="muted">· {t(ORIGIN_KEY[layer.origin])}</span>
          </div>
          <div class="muted">
            {layer.source === 'built-in' ? t('packSourceBuiltIn') : layer.source}
            {layer.syncedAt && <> · {t('layerCheckedAt', new Date(layer.syncedAt).toLocaleString())}</>}
          </div>
          {layer.error && (
            <div class="banner error" role="alert" data-testid="layer-error">
              {failureText(layer.error)}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
