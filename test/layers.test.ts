/**
 * Layers that only point down. Every import of every file under src/ (static, type-only, re-exports, dynamic
 * `import()` and `import('…')` types) is parsed with Vite's parser, its relative path resolved to a folder of
 * src/, and checked against the folder's rules below: content → model → store → app → ui → scenes, the
 * teacher's page beside the scenes, the classroom code shared with `npm run verify` beside the model.
 * A new folder under src/ fails until it is given rules here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, test } from 'vitest';

const LAYERS = [
  'model',
  'content',
  'net',
  'store',
  'i18n',
  'classroom',
  'app',
  'ui',
  'scenes',
  'teacher',
  'designer',
] as const;
type Layer = (typeof LAYERS)[number] | '(root)' | '(outside)';

interface Rule {
  /** Folders of src/ (or the files at its root, or anything outside it) this layer must not import. */
  readonly folders: readonly Layer[];
  /** Packages it must not import; or, with `onlyPackages`, the only ones it may. */
  readonly packages?: readonly string[];
  readonly onlyPackages?: readonly string[];
}

const ABOVE_MODEL: readonly Layer[] = [
  'net',
  'store',
  'app',
  'ui',
  'scenes',
  'i18n',
  'teacher',
  'designer',
  'classroom',
  '(root)',
];

/** What each folder of src/ may not import. `(root)` is src/main.ts, src/game-config.ts, src/global.d.ts. */
const RULES: Readonly<Record<Exclude<Layer, '(outside)'>, Rule>> = {
  model: { folders: ['content', ...ABOVE_MODEL, '(outside)'], onlyPackages: ['seedrandom'] },
  content: { folders: [...ABOVE_MODEL], packages: ['phaser', 'zustand'] },
  /** The live classroom's wire protocol, shared by the server, the game and the teacher's page. */
  net: {
    folders: ['content', ...ABOVE_MODEL.filter((l) => l !== 'net'), '(outside)'],
    onlyPackages: ['zod'],
  },
  store: {
    folders: ['app', 'ui', 'scenes', 'i18n', 'teacher', 'designer', 'classroom', '(root)'],
    packages: ['phaser'],
  },
  i18n: {
    folders: ['store', 'app', 'ui', 'scenes', 'teacher', 'designer', 'classroom', '(root)'],
    packages: ['phaser'],
  },
  classroom: {
    folders: ['store', 'app', 'ui', 'scenes', 'teacher', 'designer', '(root)'],
    packages: ['phaser'],
  },
  app: { folders: ['ui', 'scenes', 'teacher', 'designer', '(root)'] },
  ui: { folders: ['scenes', 'store', 'teacher', 'designer', '(root)'] },
  teacher: { folders: ['scenes', 'store', 'designer', '(root)'], packages: ['phaser'] },
  /** The designer's workbench (designer.html): beside the teacher's page; it runs the balance tool's pure
   * modules (tools/lib: the same games and figures as `npm run balance`) in the browser. */
  designer: { folders: ['scenes', 'store', 'teacher', '(root)'], packages: ['phaser'] },
  scenes: { folders: ['teacher', 'designer'] },
  '(root)': { folders: [] },
};

/**
 * Imports tolerated for now, each with its reason, type-only and file to file. The other helper's removal of
 * `Scenario.data` (issue 10) deletes the one below: delete the entry with it.
 */
/** Imports a rule forbids but that are allowed for now, each with its reason. None today: keep it that way. */
const EXCEPTIONS: readonly { readonly from: string; readonly to: string; readonly why: string }[] = [];

type ViolationCode = 'FORBIDDEN_FOLDER' | 'FORBIDDEN_PACKAGE' | 'UNKNOWN_LAYER' | 'PARSE_ERROR';
interface Violation {
  readonly code: ViolationCode;
  readonly file: string;
  readonly spec: string;
}

interface Import {
  readonly spec: string;
  readonly typeOnly: boolean;
}

/** Every import of a file, as written, with whether it only brings in types. */
function importsOf(file: string, source: string): Import[] | null {
  const parsed = parseSync(file, source);
  if (parsed.errors.length > 0) return null;
  const found: Import[] = [];
  for (const i of parsed.module.staticImports)
    found.push({
      spec: i.moduleRequest.value,
      typeOnly: i.entries.length > 0 && i.entries.every((e) => e.isType),
    });
  for (const e of parsed.module.staticExports)
    for (const entry of e.entries)
      if (entry.moduleRequest) found.push({ spec: entry.moduleRequest.value, typeOnly: entry.isType });
  for (const d of parsed.module.dynamicImports) {
    const raw = source.slice(d.moduleRequest.start, d.moduleRequest.end);
    const literal = /^(['"`])([^'"`]*)\1$/.exec(raw);
    if (literal) found.push({ spec: literal[2], typeOnly: false });
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node !== null && typeof node === 'object') {
      const n = node as { type?: unknown; source?: { value?: unknown } };
      if (n.type === 'TSImportType' && typeof n.source?.value === 'string')
        found.push({ spec: n.source.value, typeOnly: true });
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(parsed.program);
  return found;
}

/** The folder of src/ a path (relative to the project, `/`-separated) lies in. */
function layerOf(path: string): Layer | 'unknown' {
  const parts = path.split('/');
  if (parts[0] !== 'src') return '(outside)';
  if (parts.length === 2) return '(root)';
  return (LAYERS as readonly string[]).includes(parts[1]) ? (parts[1] as Layer) : 'unknown';
}

const packageOf = (spec: string): string =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** Every import that points the wrong way, for files given by path (from the project root) and text. */
function checkLayers(files: readonly { readonly path: string; readonly source: string }[]): Violation[] {
  const violations: Violation[] = [];
  for (const { path, source } of files) {
    const layer = layerOf(path);
    if (layer === 'unknown' || layer === '(outside)') {
      violations.push({ code: 'UNKNOWN_LAYER', file: path, spec: '' });
      continue;
    }
    const rule = RULES[layer];
    const imports = importsOf(path, source);
    if (imports === null) {
      violations.push({ code: 'PARSE_ERROR', file: path, spec: '' });
      continue;
    }
    for (const { spec, typeOnly } of imports) {
      if (spec.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(path), spec.split('?')[0]));
        const to = /\.[a-z]+$/.test(target) ? target : `${target}.ts`;
        const targetLayer = layerOf(target);
        const excused = typeOnly && EXCEPTIONS.some((x) => x.from === path && x.to === to);
        if (targetLayer === 'unknown') violations.push({ code: 'UNKNOWN_LAYER', file: path, spec });
        else if (rule.folders.includes(targetLayer) && !excused)
          violations.push({ code: 'FORBIDDEN_FOLDER', file: path, spec });
      } else {
        const name = packageOf(spec);
        const banned = rule.onlyPackages ? !rule.onlyPackages.includes(name) : rule.packages?.includes(name);
        if (banned) violations.push({ code: 'FORBIDDEN_PACKAGE', file: path, spec });
      }
    }
  }
  return violations;
}

function sourceFiles(dir: string): { path: string; source: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(entry.name) ? [{ path, source: readFileSync(path, 'utf8') }] : [];
  });
}

describe('the layers of src/', () => {
  const files = sourceFiles('src');

  test('every import points down (or sideways where allowed)', () => {
    expect(checkLayers(files)).toEqual([]);
  });

  test('the checker sees the real imports (the parser has not read nothing)', () => {
    const all = files.flatMap((f) => importsOf(f.path, f.source) ?? []);
    expect(files.length).toBeGreaterThan(150);
    expect(all.length).toBeGreaterThan((5 * files.length) / 2);
    expect(all).toContainEqual({ spec: '../../model/scenario.ts', typeOnly: true });
  });
});

describe('checkLayers on made-up files', () => {
  test.each([
    ['model → content, type only', 'src/model/a.ts', "import type { X } from '../content/schema.ts';"],
    [
      'model → ui, over lines',
      'src/model/agent/b.ts',
      "import {\n  a,\n  type B,\n} from '../../ui/theme.ts';",
    ],
    ['model → i18n, no extension', 'src/model/c.ts', "import { t } from '../i18n/catalog';"],
    ['model → root', 'src/model/c.ts', "import { config } from '../game-config.ts';"],
    ['ui → scenes, re-export', 'src/ui/table/d.ts', "export { SCENE_KEYS } from '../../scenes/keys.ts';"],
    ['ui → scenes, export *', 'src/ui/d.ts', "export * from '../scenes/keys.ts';"],
    ['ui → store, dynamic', 'src/ui/e.ts', "const m = await import('../store/game-store.ts');"],
    ['content → store, import type', 'src/content/f.ts', "type S = import('../store/game-store.ts').S;"],
    ['content → app, side effect', 'src/content/f.ts', "import '../app/settings.ts';"],
    ['teacher → scenes', 'src/teacher/g.ts', "import { PALETTE } from '../scenes/table-scene.ts';"],
    ['classroom → scenes', 'src/classroom/h.ts', "import type { X } from '../scenes/flow.ts';"],
    ['app → scenes', 'src/app/i.ts', "import { SCENE_KEYS } from '../scenes/keys.ts';"],
    ['store → app', 'src/store/j.ts', "import type { Session } from '../app/session.ts';"],
  ])('%s is refused', (_name, path, source) => {
    const spec = /['"]([^'"]+)['"]/.exec(source)?.[1];
    expect(checkLayers([{ path, source }])).toEqual([{ code: 'FORBIDDEN_FOLDER', file: path, spec }]);
  });

  test.each([
    ['the model importing Phaser', 'src/model/k.ts', "import { Scene } from 'phaser';", 'phaser'],
    ['the model importing zod', 'src/model/k.ts', "import * as z from 'zod/mini';", 'zod/mini'],
    [
      'the model importing a node module',
      'src/model/k.ts',
      "import { readFileSync } from 'node:fs';",
      'node:fs',
    ],
    [
      'content importing zustand',
      'src/content/l.ts',
      "import { createStore } from 'zustand/vanilla';",
      'zustand/vanilla',
    ],
    [
      'the teacher page importing Phaser',
      'src/teacher/m.ts',
      "import type { Scene } from 'phaser';",
      'phaser',
    ],
  ])('%s is refused', (_name, path, source, spec) => {
    expect(checkLayers([{ path, source }])).toEqual([{ code: 'FORBIDDEN_PACKAGE', file: path, spec }]);
  });

  test('imports that point down, sideways inside a folder, or sit in comments and strings pass', () => {
    const files = [
      { path: 'src/scenes/a.ts', source: "import { PALETTE } from '../ui/theme.ts';\nimport './flow.ts';" },
      { path: 'src/ui/b.ts', source: "import type { Scenario } from '../model/scenario.ts';" },
      { path: 'src/ui/c.ts', source: "import flag from '../../assets/flag.svg?url';" },
      { path: 'src/content/d.ts', source: "import { ok } from '../model/result.ts';" },
      {
        path: 'src/teacher/e.ts',
        source: "import { el } from '../ui/dom.ts';\nimport QRCode from 'qrcode';",
      },
      {
        path: 'src/model/f.ts',
        source: "import seedrandom from 'seedrandom';\nimport { x } from './agent/g.ts';",
      },
      {
        path: 'src/model/h.ts',
        source: "// import { t } from '../i18n/catalog.ts';\nconst s = \"import '../scenes/keys.ts'\";\n",
      },
      {
        path: 'src/main.ts',
        source: "import { config } from './game-config.ts';\nimport './scenes/flow.ts';",
      },
    ];
    expect(checkLayers(files)).toEqual([]);
  });

  test('no exception: even a type-only import of the content schema from the model is refused', () => {
    const spec = '../content/schema.ts';
    const typeImport = `import type { ScenarioData } from '${spec}';`;
    expect(EXCEPTIONS).toEqual([]);
    expect(checkLayers([{ path: 'src/model/scenario.ts', source: typeImport }])).toEqual([
      { code: 'FORBIDDEN_FOLDER', file: 'src/model/scenario.ts', spec },
    ]);
  });

  test('a folder without rules, an import into one, and a file that does not parse are reported', () => {
    expect(
      checkLayers([
        { path: 'src/widgets/a.ts', source: '' },
        { path: 'src/ui/b.ts', source: "import { w } from '../widgets/a.ts';" },
        { path: 'src/ui/c.ts', source: 'import { from ;' },
      ]),
    ).toEqual([
      { code: 'UNKNOWN_LAYER', file: 'src/widgets/a.ts', spec: '' },
      { code: 'UNKNOWN_LAYER', file: 'src/ui/b.ts', spec: '../widgets/a.ts' },
      { code: 'PARSE_ERROR', file: 'src/ui/c.ts', spec: '' },
    ]);
  });
});
