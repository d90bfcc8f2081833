/**
 * The part of a display name to address someone by: without emoji decorations, pronouns in
 * brackets, job titles after "|" or "·", and degree suffixes such as ", MBA".
 */
export function cleanDisplayName(raw: string): string {
  return raw
    .replace(/\s*[|·•–—]\s.*$/u, '')
    .replace(/\s*[([](?:[^)\]]{0,30})[)\]]/gu, '')
    .replace(/,\s*(?:MBA|PhD|Dr\.?|MSc|BSc|MA|BA|CPA|PMP|Prof\.?|Dipl\.-\p{L}+\.?)(?=,|$)/giu, '')
    .replace(/,\s*(?:MBA|PhD|MSc|BSc|MA|BA|CPA|PMP)\b.*$/iu, '')
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
