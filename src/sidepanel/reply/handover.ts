import type { EscalationView, QueueItem } from '../../message-views';

export interface HandoverLabels {
  route: string;
  link: string;
  author: string;
  time: string;
  comment: string;
}

/** Plain text for the team the route names: where, who, when, what was written. No draft, no guesses. */
export function handoverNote(item: QueueItem, route: EscalationView, labels: HandoverLabels): string {
  const { comment } = item;
  const author = comment.author.handle ? `${comment.author.name} (${comment.author.handle})` : comment.author.name;
  return [
    `${labels.route}: ${route.name} → ${route.team} (${route.contact})`,
    comment.permalink && `${labels.link}: ${comment.permalink}`,
    `${labels.author}: ${author}`,
    comment.time && `${labels.time}: ${comment.time}`,
    `${labels.comment}:`,
    comment.text,
  ]
    .filter((line): line is string => !!line)
    .join('\n');
}
