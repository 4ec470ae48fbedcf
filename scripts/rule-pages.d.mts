// Types of scripts/rule-pages.mjs, for test/readme.test.ts.
import type { Rule } from '../src/types.js';

type Rules = Readonly<Record<string, Rule>>;
type RenderRule = (rule: Rule) => Promise<string>;

export declare const RULES_START: string;
export declare const RULES_END: string;
export declare function rulePagePath(id: string): string;
export declare function renderRulesTable(rules: Rules): string;
export declare function renderRulePage(rule: Rule, renderRule: RenderRule): Promise<string>;
export declare function renderRulePages(rules: Rules, renderRule: RenderRule): Promise<Record<string, string>>;
