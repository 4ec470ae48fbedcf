// Message templates: pick the locale, fill `{{placeholders}}` from the report's data.
import { toTraditionalChinese } from '../text/convert.js';
import type { Locale, MessageTemplate } from '../types.js';

export function renderMessage(template: MessageTemplate, data: Record<string, unknown>, locale: Locale): string {
  return interpolate(pickLocale(template, locale), data);
}

function pickLocale(template: MessageTemplate, locale: Locale): string {
  if (typeof template === 'string') return template;
  if (locale === 'zh-Hant') return template['zh-Hant'] ?? (template['zh-Hans'] ? toTraditionalChinese(template['zh-Hans']) : template.en);
  if (locale === 'zh-Hans') return template['zh-Hans'] ?? template.en;
  return template.en;
}

/** Fill placeholders. A placeholder with no value is a bug in the rule: fail loudly rather than print `{{x}}`. */
export function interpolate(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder "{{${key}}}" has no value in the report's data`);
    const value = data[key];
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
