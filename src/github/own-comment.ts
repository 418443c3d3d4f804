// Which comments are skillops' own. Any writer can post a comment carrying the hidden
// marker, so a marker alone proves nothing: the author must be the identity the workflow token
// acts as. Matched on login AND type: `type: Bot` alone admits every installed App, and human
// logins cannot contain "[bot]". GitHub App tokens act as "<app-slug>[bot]": set
// SKILLOPS_BOT_LOGIN to that login.
import type { Comment } from './port.js';

const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

export function ownCommentFilter(env: NodeJS.ProcessEnv = {}): (comment: Comment) => boolean {
  const login = env.SKILLOPS_BOT_LOGIN?.trim() || ACTIONS_BOT.login;
  return (comment) => comment.author?.login === login && comment.author.type === 'Bot';
}
