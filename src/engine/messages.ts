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
