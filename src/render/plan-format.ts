// A plan in the format asked for: text for terminals, Markdown for comments, JSON for files.
import type { ChalkInstance } from 'chalk';
import type { Plan } from '../domain/plan.js';
import { planJson, planMarkdown } from './plan-markdown.js';
import { type PlanTextOptions, planText } from './plan-text.js';

export type PlanFormat = 'text' | 'markdown' | 'json';

export function renderPlan(plan: Plan, format: PlanFormat, color: ChalkInstance, options: PlanTextOptions = {}): string {
  if (format === 'json') return planJson(plan);
  if (format === 'markdown') return planMarkdown(plan);
  return planText(plan, color, options);
}
