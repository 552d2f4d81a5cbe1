import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  auditActionCatalog,
  auditActionLabel,
  auditEntityTypeLabel,
  isAuditAction,
  isAuditEntityType,
} from './audit-actions';

/**
 * Every action the API writes to the audit trail has a Chinese name in the catalog: the API's source
 * is read for `….audit.record({ action, entityType, … })` calls, and each action and record type they
 * can write, also through a conditional (`current ? 'x.update' : 'x.create'`) or a helper's
 * parameter (supervision's `record(manager, 'supervision_task.assign', …)`), must be named there.
 * A call whose action cannot be read from the source fails too: write it as literals.
 */

const SRC = path.resolve(__dirname, '../..');

interface Written {
  action: string;
  entityTypes: (string | null)[];
  at: string;
}

interface Literal {
  text: string;
  at: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(file);
    return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** The name a function-like node is called by: a method, a function declaration, or `const f = () => …`. */
function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if ((ts.isMethodDeclaration(fn) || ts.isFunctionDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) {
    return fn.name.text;
  }
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return undefined;
}

/** Reads the audit.record calls of one file. */
class FileScan {
  readonly written: Written[] = [];
  readonly unreadable: string[] = [];
  private readonly calls: ts.CallExpression[] = [];
  private readonly source: ts.SourceFile;

  constructor(private readonly file: string) {
    this.source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const collect = (node: ts.Node) => {
      if (ts.isCallExpression(node)) this.calls.push(node);
      ts.forEachChild(node, collect);
    };
    collect(this.source);
    for (const call of this.calls) this.readRecordCall(call);
  }

  private where(node: ts.Node): string {
    const { line } = this.source.getLineAndCharacterOfPosition(node.getStart(this.source));
    return `${path.relative(SRC, this.file)}:${line + 1}`;
  }

  /** `x.audit.record(…)`, `audit.record(…)`, or any `.record({ action, … })`. */
  private readRecordCall(call: ts.CallExpression) {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'record') return;
    const target = callee.expression;
    const onAudit =
      (ts.isPropertyAccessExpression(target) && target.name.text === 'audit') ||
      (ts.isIdentifier(target) && target.text === 'audit');
    const [entry] = call.arguments;
    const literal = entry && ts.isObjectLiteralExpression(entry) ? entry : undefined;
    const action = literal?.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'action');
    if (!literal || !action) {
      if (onAudit) this.unreadable.push(`${this.where(call)}: the entry is not an object literal with an action`);
      return;
    }
    const entityType = literal.properties.find(
      (p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'entityType',
    );
    const actions = this.valuesOf(action);
    const entityTypes = entityType ? this.valuesOf(entityType)?.map((v) => v.text) : [null];
    if (!actions || !entityTypes) return;
    for (const { text, at } of actions) this.written.push({ action: text, entityTypes, at });
  }

  /** The strings a property can hold, each where it is written, or null (noted as unreadable). */
  private valuesOf(property: ts.ObjectLiteralElementLike): Literal[] | null {
    if (ts.isShorthandPropertyAssignment(property)) return this.strings(property.name);
    if (ts.isPropertyAssignment(property)) return this.strings(property.initializer);
    this.unreadable.push(`${this.where(property)}: ${property.getText(this.source)}`);
    return null;
  }

  private strings(expression: ts.Expression): Literal[] | null {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      return [{ text: expression.text, at: this.where(expression) }];
    }
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) {
      return this.strings(expression.expression);
    }
    if (ts.isConditionalExpression(expression)) {
      const yes = this.strings(expression.whenTrue);
      const no = this.strings(expression.whenFalse);
      return yes && no ? [...yes, ...no] : null;
    }
    if (ts.isIdentifier(expression)) {
      const fromParameter = this.parameterArguments(expression);
      if (fromParameter) return fromParameter;
    }
    this.unreadable.push(`${this.where(expression)}: ${expression.getText(this.source)}`);
    return null;
  }

  /** A helper's parameter: the strings every call of the helper in this file passes for it. */
  private parameterArguments(name: ts.Identifier): Literal[] | null {
    let node: ts.Node = name;
    while (node.parent && !ts.isFunctionLike(node)) node = node.parent;
    if (!ts.isFunctionLike(node)) return null;
    const fn = node as ts.SignatureDeclaration;
    const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name.text);
    const helper = functionName(fn);
    if (index < 0 || !helper) return null;
    const calls = this.calls.filter((call) => {
      const callee = call.expression;
      return (
        (ts.isIdentifier(callee) && callee.text === helper) ||
        (ts.isPropertyAccessExpression(callee) &&
          callee.expression.kind === ts.SyntaxKind.ThisKeyword &&
          callee.name.text === helper)
      );
    });
    if (calls.length === 0) return null;
    const values: Literal[] = [];
    for (const call of calls) {
      const argument = call.arguments[index];
      const read = argument ? this.strings(argument) : null;
      if (!read) return null;
      values.push(...read);
    }
    return values;
  }
}

function scanSource(): { written: Written[]; unreadable: string[] } {
  const written: Written[] = [];
  const unreadable: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const scan = new FileScan(file);
    written.push(...scan.written);
    unreadable.push(...scan.unreadable);
  }
  return { written, unreadable };
}

describe('the audit action catalog', () => {
  const { written, unreadable } = scanSource();

  it('reads every audit.record call of the source, through conditionals and helpers', () => {
    expect(unreadable).toEqual([]);
    const codes = new Set(written.map((w) => w.action));
    // One of each way an action is written: a literal, each branch of a conditional, a helper's argument,
    // and the root-field wrapper outside modules/.
    for (const code of [
      'project.update',
      'household_year.create',
      'household_year.update',
      'disbursement.reverse',
      'supervision_task.assign',
      'supervision_task.close',
      'supervision_task.reopen',
      'partner.read',
      'mutation.refused',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(50);
  });

  it('names every action the API writes', () => {
    const unnamed = written.filter((w) => !isAuditAction(w.action)).map((w) => `${w.at}: ${w.action}`);
    expect(unnamed, 'add these to AUDIT_ACTIONS in audit-actions.ts').toEqual([]);
  });

  it('names every record type the API writes, and each action’s is the one the catalog gives', () => {
    const problems: string[] = [];
    for (const { action, entityTypes, at } of written) {
      for (const type of entityTypes) {
        if (type !== null && !isAuditEntityType(type)) problems.push(`${at}: ${type} has no name`);
        const declared = isAuditAction(action) ? AUDIT_ACTIONS[action].entityType : null;
        if (declared !== null && type !== declared) problems.push(`${at}: ${action} on ${type}, catalog: ${declared}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a Chinese name for each code, each action named once, and action codes the filter accepts', () => {
    const catalog = auditActionCatalog();
    expect(catalog.map((a) => a.code)).toEqual(Object.keys(AUDIT_ACTIONS));
    for (const { code, label, entityType } of catalog) {
      expect(code, code).toMatch(/^[a-z_.]{1,60}$/); // AuditFilter.action
      expect(label, code).toMatch(/\p{Script=Han}/u);
      if (entityType !== null) expect(Object.keys(AUDIT_ENTITY_TYPES)).toContain(entityType);
    }
    const labels = catalog.map((a) => a.label);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    for (const [code, label] of Object.entries(AUDIT_ENTITY_TYPES)) {
      expect(code).toMatch(/^[a-z_]{1,40}$/); // AuditFilter.entityType
      expect(label, code).toMatch(/\p{Script=Han}/u);
    }
  });

  it('falls back to the code for what it does not name', () => {
    expect(auditActionLabel('project.update')).toBe('修改项目');
    expect(auditActionLabel('something.new')).toBe('something.new');
    expect(auditActionLabel('toString')).toBe('toString');
    expect(auditEntityTypeLabel('work_team')).toBe('驻村工作队');
    expect(auditEntityTypeLabel('something')).toBe('something');
    expect(auditEntityTypeLabel(null)).toBeNull();
  });
});
