import type { ToneMeter as Meter } from '../message-views';
import { t } from '../browser/i18n';

/** Sentiment runs −1…1, every other dimension 0…1; shown as 0…100 either way. */
const toPercent = (m: Meter, v: number) => Math.round((m.dimension === 'sentiment' ? (v + 1) / 2 : v) * 100);

export type BandPosition = 'low' | 'in' | 'high' | 'free';

export function bandPosition(m: Meter): BandPosition {
  if (!m.band) return 'free';
  if (m.value < m.band[0]) return 'low';
  if (m.value > m.band[1]) return 'high';
  return 'in';
}

/** One tone dimension: the draft's value against the pack's band, and the tip that moves it in. */
export function ToneMeter({ meter }: { meter: Meter }) {
  const value = toPercent(meter, meter.value);
  const band: [number, number] | null = meter.band && [toPercent(meter, meter.band[0]), toPercent(meter, meter.band[1])];
  const position = bandPosition(meter);
  const name = t(`tone_${meter.dimension}`);
  const verdict = t(`band_${position}`);
  const valueText = band ? t('meterValueBand', String(value), String(band[0]), String(band[1]), verdict) : String(value);
  return (
    <div class={`meter meter-${position}`} data-testid={`meter-${meter.dimension}`}>
      <div class="meter-head">
        <span id={`meter-label-${meter.dimension}`}>{name}</span>
        <span class="meter-verdict">{verdict}</span>
      </div>
      <div class="meter-track" role="meter" aria-labelledby={`meter-label-${meter.dimension}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={valueText}>
        {band && <span class="meter-band" style={{ left: `${band[0]}%`, width: `${Math.max(band[1] - band[0], 1)}%` }} />}
        <span class="meter-mark" style={{ left: `${value}%` }} />
      </div>
      {meter.tip && position !== 'in' && <div class="meter-tip">{meter.tip}</div>}
    </div>
  );
}
