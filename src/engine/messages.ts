// Message templates: pick the locale, fill `{{placeholders}}` from the report's data.
import { convertedLocale } from '../languages/index.js';
import type { Locale, MessageTemplate } from '../types.js';

/** The engine's own messages (directives, failing rules), in the document's language like the rules'. */
export const engineMessages = {
  unknownRule: { en: 'Unknown rule "{{rule}}" in summarylint-{{directive}} comment', 'zh-Hans': 'summarylint-{{directive}} 注释里的规则“{{rule}}”不存在' },
  unknownRuleNear: {
    en: 'Unknown rule "{{rule}}" in summarylint-{{directive}} comment: did you mean "{{suggestion}}"?',
    'zh-Hans': 'summarylint-{{directive}} 注释里的规则“{{rule}}”不存在：是不是“{{suggestion}}”？',
  },
  unused: { en: 'Unused summarylint-{{directive}} directive', 'zh-Hans': '未起作用的 summarylint-{{directive}} 注释' },
  unusedFor: {
    en: 'Unused summarylint-{{directive}} directive (no problems were reported from {{quoted}})',
    'zh-Hans': '未起作用的 summarylint-{{directive}} 注释（{{quoted}} 没有报告任何问题）',
  },
  unknownKind: {
    en: 'Unknown kind "{{kind}}" in the front matter: this file was judged as a review; use one of {{kinds}}, or define the kind in the config\'s "kinds"',
    'zh-Hans': '文首元数据里的 kind“{{kind}}”不存在：本文件按 review（总结）检查；请改用 {{kinds}} 之一，或在配置的“kinds”里定义它',
  },
  unknownConfigKind: {
    en: 'Unknown kind "{{kind}}" in the config: this file was judged as a review; use one of {{kinds}}, or define the kind in the config\'s "kinds"',
    'zh-Hans': '配置里的 kind“{{kind}}”不存在：本文件按 review（总结）检查；请改用 {{kinds}} 之一，或在配置的“kinds”里定义它',
  },
  ruleFailed: { en: 'Rule "{{ruleId}}" failed on this file: {{error}}', 'zh-Hans': '规则“{{ruleId}}”检查此文件时出错：{{error}}' },
} satisfies Record<string, MessageTemplate>;

/** The template in `locale`, else one converted from the locale its language pack converts from, else English. */
export function renderMessage(template: MessageTemplate, data: Record<string, unknown>, locale: Locale): string {
  if (typeof template === 'string') return interpolate(template, data);
  const own = template[locale];
  if (own) return interpolate(own, data);
  const converted = convertedLocale(locale);
  const from = converted && template[converted.from];
  if (converted && from) return converted.convert(interpolate(from, data));
  return interpolate(template.en, data);
}

/** Fill placeholders. A placeholder with no value is a bug in the rule: fail loudly rather than print `{{x}}`. */
export function interpolate(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder "{{${key}}}" has no value in the report's data`);
    const value = data[key];
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
