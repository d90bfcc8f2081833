import { useRef } from 'preact/hooks';
import type { TabState } from '../../messages';

/** A request older than this when the panel opens was meant for an earlier opening. */
const FRESH_MS = 30_000;

/**
 * The comment a click on its page mark asked to see; each click has its own `at`. A request from
 * before the panel opened counts only when fresh (the click that opened the panel).
 */
export function useSpotlight(spotlight: TabState['spotlight']): { commentId: string; at: string } | null {
  const opened = useRef(Date.now());
  if (!spotlight || Date.parse(spotlight.at) < opened.current - FRESH_MS) return null;
  return spotlight;
}
