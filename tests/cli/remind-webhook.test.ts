// plan remind --webhook against a robot played by a local HTTP server on 127.0.0.1 (never the
// internet): the payload each robot expects, one post per unit, failures reported per unit,
// exit 1 when any failed, nothing retried, and the URL (it holds a token) never printed.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempPlans } from '../helpers.js';

interface Post {
  url: string;
  body: { msgtype: string; markdown: { title?: string; text?: string; content?: string } };
}

const TOKEN = 'secret-token-0123456789abcdef';
let server: Server;
let base = '';
const posts: Post[] = [];
/** How the robot answers a message that names this unit. */
const answers = new Map<string, 'http500' | 'errcode' | 'hang'>();

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data) as Post['body'];
      posts.push({ url: req.url ?? '', body });
      const head = (body.markdown.title ?? body.markdown.content ?? '').replace(/\*/g, '');
      const unit = [...answers.keys()].find((u) => head.includes(`】${u}`));
      const how = unit ? answers.get(unit) : undefined;
      if (how === 'hang') return; // never answers: the client's timeout must end it
      res.setHeader('content-type', 'application/json');
      if (how === 'http500') {
        res.statusCode = 500;
        return res.end('{}');
      }
      res.end(JSON.stringify(how === 'errcode' ? { errcode: 310000, errmsg: `keywords not in content, more: https://x/?access_token=${TOKEN}` } : { errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const AS_OF = ['--as-of', '2026-09-30', '--lang', 'zh'];

describe('plan remind --webhook', () => {
  it('posts one DingTalk markdown message per unit, says which were sent, never prints the URL', async () => {
    const { dir } = tempPlans();
    posts.length = 0;
    answers.clear();
    const url = `${base}/robot/send?access_token=${TOKEN}`;
    const r = await runCli(['remind', '--webhook', url, '--robot', 'dingtalk', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    const units = posts.map((p) => /】(\S+)/.exec(p.body.markdown.title ?? '')![1]);
    expect(units.length).toBeGreaterThan(2);
    expect(new Set(units).size).toBe(units.length); // one post per unit
    expect(r.stdout.trim().split('\n')).toEqual(units.map((u) => `✔ ${u}:已发送`));
    for (const p of posts) {
      expect(p.url).toBe(`/robot/send?access_token=${TOKEN}`);
      expect(p.body.msgtype).toBe('markdown');
      expect(p.body.markdown.title).toMatch(/^【(提醒|催办|督办)】/);
      expect(p.body.markdown.text).toContain('报送方式:`plan progress ');
    }
    expect(r.stderr).toBe(`已向钉钉机器人发送 ${units.length}/${units.length} 条消息\n`);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('WeCom: content instead of title and text; the URL from PLAN_WEBHOOK or a file', async () => {
    const { dir } = tempPlans();
    posts.length = 0;
    answers.clear();
    const env = await runCli(['remind', '--dept', '法律工作部', '--robot', 'wecom', ...AS_OF], { cwd: dir, env: { PLAN_WEBHOOK: `${base}/cgi-bin/webhook/send?key=${TOKEN}` } });
    expect(env.code).toBe(0);
    expect(posts).toHaveLength(1);
    expect(Object.keys(posts[0]!.body.markdown)).toEqual(['content']);
    expect(posts[0]!.body.markdown.content).toMatch(/^### \*\*【(提醒|催办|督办)】\*\*法律工作部/);
    const file = join(dir, 'robot.url');
    writeFileSync(file, `${base}/cgi-bin/webhook/send?key=${TOKEN}\n`);
    const fromFile = await runCli(['remind', '--dept', '法律工作部', '--robot', 'wecom', '--webhook-file', 'robot.url', ...AS_OF], { cwd: dir });
    expect(fromFile.code).toBe(0);
    expect(posts).toHaveLength(2);
    expect(env.stdout + env.stderr + fromFile.stdout + fromFile.stderr).not.toContain(TOKEN);
  });

  it('a refused post, a server error and a timeout are reported per unit, exit 1, each tried once', async () => {
    const { dir } = tempPlans();
    posts.length = 0;
    answers.clear();
    answers.set('法律工作部', 'http500');
    answers.set('保障工作部', 'errcode');
    answers.set('宣传教育部', 'hang');
    const r = await runCli(['remind', '--webhook', `${base}/robot/send?access_token=${TOKEN}`, '--robot', 'dingtalk', '--timeout', '0.5', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ 法律工作部:发送失败(HTTP 500)\n');
    expect(r.stdout).toContain('✗ 保障工作部:发送失败(errcode 310000 keywords not in content, more: https://x/?access_token=…)\n');
    expect(r.stdout).toContain('✗ 宣传教育部:发送失败(timeout after 0.5 s)\n');
    expect(r.stdout).toMatch(/✔ 办公室:已发送/);
    // Nothing retried: one post per unit, failed or not.
    const titles = posts.map((p) => p.body.markdown.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('refuses a URL it cannot use without showing it, and an unknown host without --robot', async () => {
    const { dir } = tempPlans();
    const bad = await runCli(['remind', '--webhook', `ftp://example/${TOKEN}`, ...AS_OF], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plan: webhook 不是 http(s) 网址(含密钥,不显示)\n');
    const kind = await runCli(['remind', '--webhook', `${base}/send?key=${TOKEN}`, ...AS_OF], { cwd: dir });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toBe('plan: 无法从 webhook 的主机名判断机器人类型:请加 --robot dingtalk 或 --robot wecom\n');
    expect(bad.stdout + kind.stdout + kind.stderr).not.toContain(TOKEN);
  });
});

describe('plan remind --out', () => {
  it('writes one file per unit, named by the unit and the tone', async () => {
    const { dir } = tempPlans();
    const out = mkdtempSync(join(tmpdir(), 'plan-remind-'));
    const r = await runCli(['remind', '--format', 'md', '--out', out, ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const files = readdirSync(out).sort();
    expect(files).toContain('组织与基层工作部-督办-2026-09-30.md');
    expect(readFileSync(join(out, '组织与基层工作部-督办-2026-09-30.md'), 'utf8')).toMatch(/^### \*\*【督办】\*\*组织与基层工作部 {2}\n/);
  });
});
