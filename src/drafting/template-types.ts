// The parsed form of a template. Plain data, so a parsed template can be cached or cloned.

export type Alternative = { kind: 'path'; path: string } | { kind: 'literal'; value: string };

export type TemplateNode =
  | { type: 'text'; value: string }
  /** Prints the first alternative that has a value: {{a | b | "fallback"}}. */
  | { type: 'value'; alternatives: Alternative[] }
  | { type: 'if'; path: string; negate: boolean; body: TemplateNode[]; otherwise: TemplateNode[] }
  | { type: 'each'; path: string; body: TemplateNode[]; otherwise: TemplateNode[] };

export interface Template {
  nodes: TemplateNode[];
}

export interface TemplateError {
  message: string;
  /** Offset into the source, in UTF-16 code units (what a textarea's selectionStart uses). */
  index: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type ParseResult = { ok: true; template: Template } | { ok: false; errors: TemplateError[] };

export type TemplateValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly TemplateValue[]
  | { readonly [key: string]: TemplateValue };

export type TemplateVars = { readonly [key: string]: TemplateValue };
