// The explicit, sorted registry of built-in rules (a test checks it matches the files in rules/).
import type { Rule } from '../src/types.js';
import consistentNumbers from './consistent-numbers.js';
import followUpPlan from './follow-up-plan.js';
import noPlaceholder from './no-placeholder.js';
import noUnquantifiedClaims from './no-unquantified-claims.js';
import noVagueWording from './no-vague-wording.js';
import requireActionDeadline from './require-action-deadline.js';
import requireActionOwner from './require-action-owner.js';
import requireComparison from './require-comparison.js';
import requireMetadata from './require-metadata.js';
import requireProblemCause from './require-problem-cause.js';
import requireSections from './require-sections.js';

export const builtinRules: Readonly<Record<string, Rule>> = {
  'consistent-numbers': consistentNumbers,
  'follow-up-plan': followUpPlan,
  'no-placeholder': noPlaceholder,
  'no-unquantified-claims': noUnquantifiedClaims,
  'no-vague-wording': noVagueWording,
  'require-action-deadline': requireActionDeadline,
  'require-action-owner': requireActionOwner,
  'require-comparison': requireComparison,
  'require-metadata': requireMetadata,
  'require-problem-cause': requireProblemCause,
  'require-sections': requireSections,
};
