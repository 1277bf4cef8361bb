// Pieces every language's default templates share.

export const SIGN = '{{user.signature | user.name}}';

/** "A, B and C" from a list of people, with the language's own "and". */
export const NAMES = (list: string, and: string) =>
  `{{#each ${list}}}{{#unless loop.first}}{{#if loop.last}} ${and} {{else}}, {{/if}}{{/unless}}{{item.name}}{{/each}}`;
