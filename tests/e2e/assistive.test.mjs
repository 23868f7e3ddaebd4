// What a screen reader is given: Chromium's accessibility tree (read over CDP) for the article's
// marks, its paragraphs and an open card; the marks as Orca meets them, over AT-SPI (Chromium's
// tree for assistive technology on Linux, which can lag behind the CDP one); and IBM's
// accessibility checker over the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readDataset, root, served } from './harness.mjs';

const dataset = await readDataset('data/bound-to-russia.json');
const standfirst = dataset.article.blocks.find((b) => b.kind === 'standfirst') ?? dataset.article.blocks[1];

const { open, base } = served('dist');

/** The page's accessibility tree as Chromium exposes it: nodes with role, name, properties
 *  (`focusable`, `expanded`, `details`…), parent and the children assistive technology walks
 *  (ignored nodes are skipped, their children lifted). */
async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const build = (raw, parent) => {
    const node = {
      role: raw.role?.value,
      name: raw.name?.value ?? '',
      props: Object.fromEntries((raw.properties ?? []).map((p) => [p.name, p.value.value ?? p.value.relatedNodes ?? true])),
      parent,
      children: [],
    };
    return node;
  };
  const walk = (raw, parent) => {
    const kids = (raw.childIds ?? []).map((id) => byId.get(id)).filter(Boolean);
    if (raw.ignored) return kids.flatMap((kid) => walk(kid, parent));
    const node = build(raw, parent);
    node.children = kids.flatMap((kid) => walk(kid, node));
    return [node];
  };
  return walk(nodes[0], null)[0];
}

function* descendants(node) {
  for (const child of node.children) {
    yield child;
    yield* descendants(child);
  }
}

/** What a screen reader says for `node`, reading on: text as it is, a control as its name, role
 *  and states, and what is inside a container in order. */
function reading(node) {
  if (node.role === 'StaticText') return [node.name];
  if (['button', 'link'].includes(node.role)) {
    const states = 'expanded' in node.props ? [node.props.expanded ? 'expanded' : 'collapsed'] : [];
    return [[node.name, node.role, ...states].join(' ')];
  }
  if (node.role === 'dialog') return [`dialog ${node.name}`, ...node.children.flatMap(reading)];
  return node.children.flatMap(reading);
}

/** The paragraph that holds `text` at its start. */
function paragraphStarting(tree, text) {
  return [...descendants(tree)].find((n) => n.role === 'paragraph' && reading(n).join('').startsWith(text));
}

test('continuous reading of a paragraph sounds like the article: each phrase once, as a plain button', async () => {
  const { page, close } = await open();
  const tree = await accessibilityTree(page);
  const paragraph = paragraphStarting(tree, standfirst.text.slice(0, 20));
  assert.ok(paragraph, 'the standfirst is a paragraph in the tree');
  const said = reading(paragraph);
  const buttons = paragraph.children.filter((n) => n.role === 'button');
  assert.ok(buttons.length >= 3, `the standfirst's marks are buttons: ${said.join(' | ')}`);
  // Each phrase is said once, as its button's name: the paragraph with the buttons' words taken
  // out is the article's text.
  const text = said.map((s) => s.replace(/ button$/, '')).join('');
  assert.equal(text, standfirst.text, `what is read: ${said.join(' | ')}`);
  for (const button of [...descendants(tree)].filter((n) => n.role === 'button' && n.parent?.role === 'paragraph')) {
    assert.ok(!('expanded' in button.props), `“${button.name}” is read without “collapsed”`);
    assert.ok(!('details' in button.props), `“${button.name}” points to no details`);
  }
  await close();
});

test('over AT-SPI, as Orca reads Chromium, every mark is a plain button once the app has taken over', async () => {
  const { stdout } = await promisify(execFile)(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x900x24', 'dbus-run-session', '--', '/usr/bin/python3', join(root, 'tests/e2e/atspi.py'), base()],
    { timeout: 120000 },
  );
  const marks = JSON.parse(stdout.trim().split('\n').pop());
  assert.ok(marks.length >= 50, `the marks are in the tree: ${marks.length}`);
  // Orca says "collapsed" for an expandable button that is not expanded.
  const collapsed = marks.filter((m) => m.states.includes('expandable')).map((m) => m.name);
  assert.deepEqual(collapsed.slice(0, 5), [], `${collapsed.length} of ${marks.length} marks are read as “collapsed”`);
});

test('a card opened from its mark is read once, in order, right after its paragraph, and reading up leads back into it', async () => {
  const { page, close } = await open();
  const opener = page.locator('.opener:not([hidden])').first();
  const phrase = await page.locator('[data-mention]').first().textContent();
  const noteId = await page.locator('[data-mention]').first().getAttribute('data-note');
  const note = dataset.notes.find((n) => n.id === noteId);
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.locator(`#card-${note.id}:popover-open`).waitFor();
  const tree = await accessibilityTree(page);
  const all = [...descendants(tree)];
  const button = all.find((n) => n.role === 'button' && n.name === phrase && n.props.focused);
  assert.ok(button, `the mark “${phrase}” keeps focus`);
  assert.equal(button.props.expanded, true, 'its button says the card is expanded');
  const dialogs = all.filter((n) => n.role === 'dialog');
  assert.equal(dialogs.length, 1, 'one card is in the tree');
  const [dialog] = dialogs;
  assert.equal(dialog.name, note.title, 'the card is named by its title');
  // A focusable card is read whole when reading moves into it, then again line by line.
  assert.ok(!dialog.props.focusable, 'the card itself takes no focus');
  assert.ok(!all.some((n) => 'details' in n.props), 'no control points to the card as its details');
  // The card follows the paragraph of the phrase that opened it: reading up out of it returns
  // there, not to the end of the article.
  const paragraph = paragraphStarting(tree, standfirst.text.slice(0, 20));
  assert.ok(paragraph.children.includes(dialog) || paragraph.parent.children.indexOf(dialog) === paragraph.parent.children.indexOf(paragraph) + 1,
    `the card comes right after the paragraph that holds “${phrase}” (it is inside “${dialog.parent.role} ${dialog.parent.name}”)`);
  const said = reading(dialog);
  const body = note.body ?? note.summary ?? '';
  const lines = said.filter((s) => s.length > 20);
  assert.equal(new Set(lines).size, lines.length, `nothing in the card is read twice: ${said.join(' | ')}`);
  const treeText = all.filter((n) => n.role === 'StaticText').map((n) => n.name);
  for (const line of lines.filter((l) => !l.includes(' button') && !l.includes(' link'))) {
    assert.equal(treeText.filter((t) => t === line).length, 1, `“${line.slice(0, 40)}…” is in the tree once`);
  }
  assert.ok(body.length === 0 || said.join(' ').includes(body.slice(0, 30)), 'the card reads its note');
  await close();
});

test('IBM’s accessibility checker finds no violation on the page or with a card open', async () => {
  const { page, close } = await open();
  const failures = async () => {
    await page.addScriptTag({ path: join(root, 'node_modules/accessibility-checker-engine/ace.js') });
    return page.evaluate(async () => {
      const report = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
      return report.results
        .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
        .map((r) => `${r.ruleId}: ${r.message} (${r.snippet.slice(0, 80)})`);
    });
  };
  const initial = await failures();
  assert.deepEqual(initial.slice(0, 5), [], `${initial.length} violations on the page`);
  await page.locator('.opener:not([hidden])').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.card:popover-open').waitFor();
  const withCard = await failures();
  assert.deepEqual(withCard.slice(0, 5), [], `${withCard.length} violations with a card open`);
  await close();
});
