// How scores read on the page.

import { formatNumber, t } from './i18n.js';
import { parseScore } from './util.js';

/** "硬 0 / 中 0 / 软 -412,345" (hard / medium / soft). */
export function formatScore(text) {
  const score = parseScore(text);
  if (!score) return '–';
  const parts = [];
  if (score.init < 0) parts.push(`${t('score.init')} ${formatNumber(-score.init)}`);
  parts.push(`${t('score.hard')} ${formatNumber(score.hard)}`, `${t('score.medium')} ${formatNumber(score.medium)}`,
    `${t('score.soft')} ${formatNumber(score.soft)}`);
  return parts.join(' / ');
}
