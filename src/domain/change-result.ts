// What happened to one planned change when apply sent it.
import type { Change } from './plan.js';

export interface ChangeResult {
  change: Change;
  status: ItemStatus;
  error?: string;
}

type ItemStatus = 'applied' | 'failed' | 'not-attempted' | 'unknown';
