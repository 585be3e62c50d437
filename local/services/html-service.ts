/**
 * HtmlService: createHtmlOutputFromFile reads the built file from dist/ (Sidebar →
 * dist/Sidebar.html), which is what clasp pushes, so the preview shows the real build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, MESSAGES } from '../errors.ts';
import type { HtmlOutputPort, HtmlServicePort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';

export class LocalHtmlOutput implements HtmlOutputPort {
  readonly [KIND] = 'HtmlOutput';
  private title = '';
  private width = 300;
  private height = 500;
  constructor(private content: string) {}
  getContent(): string { return this.content; }
  setContent(content: string): this { this.content = content; return this; }
  append(addedContent: string): this { this.content += addedContent; return this; }
  getTitle(): string { return this.title; }
  setTitle(title: string): this { this.title = title; return this; }
  getWidth(): number { return this.width; }
  setWidth(width: number): this { this.width = width; return this; }
  getHeight(): number { return this.height; }
  setHeight(height: number): this { this.height = height; return this; }
}

export class LocalHtmlService implements HtmlServicePort {
  readonly [KIND] = 'HtmlService';
  constructor(private readonly root: string) {}
  createHtmlOutput(html = ''): LocalHtmlOutput { return new LocalHtmlOutput(html); }
  createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
    const name = filename.endsWith('.html') ? filename : `${filename}.html`;
    const path = join(this.root, name);
    if (!existsSync(path)) fail(MESSAGES.htmlFileMissing(filename));
    return new LocalHtmlOutput(readFileSync(path, 'utf8'));
  }
}
