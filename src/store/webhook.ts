// Posting 催办 messages to a DingTalk or WeCom group robot. The URL holds the robot's token: it is
// never printed, logged or put in an error message. One attempt per message: a failed post is
// reported, never retried blindly (a retry after a timeout could post the message twice).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';

export type RobotKind = 'dingtalk' | 'wecom';

/** The webhook URL: --webhook, else a file (--webhook-file, first line), else PLAN_WEBHOOK. */
export function webhookUrl(cwd: string, env: Record<string, string | undefined>, given: string | undefined, file: string | undefined): string | undefined {
  let url = given;
  if (url === undefined && file !== undefined) {
    try {
      url = readFileSync(resolve(cwd, file), 'utf8').split(/\r?\n/)[0]!.trim();
    } catch {
      throw new UsageError('rm_webhookFile', { file });
    }
  }
  url ??= env.PLAN_WEBHOOK || undefined;
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError('rm_webhookBad');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UsageError('rm_webhookBad');
  return url;
}

/** dingtalk for oapi.dingtalk.com, wecom for qyapi.weixin.qq.com; otherwise the option must say. */
export function robotKind(url: string, given: RobotKind | undefined): RobotKind {
  if (given) return given;
  const host = new URL(url).hostname;
  if (/(^|\.)dingtalk\.com$/.test(host)) return 'dingtalk';
  if (/(^|\.)weixin\.qq\.com$/.test(host)) return 'wecom';
  throw new UsageError('rm_webhookKind');
}

export interface Posted {
  ok: boolean;
  /** Why it failed, without the URL: `HTTP 500`, `errcode 310000 keywords not in content`, `timeout after 10 s`. */
  error?: string;
}

/** One POST of a JSON body; success is HTTP 2xx with errcode 0 in the reply (both robots answer so). */
export async function postRobot(url: string, body: string, timeoutMs: number): Promise<Posted> {
  const scrub = (s: string) => s.split(url).join('<webhook>').replace(/(access_token|key)=[^&\s"']+/gi, '$1=…');
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (e) {
    const err = e as { name?: string; cause?: { code?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return { ok: false, error: `timeout after ${timeoutMs / 1000} s` };
    return { ok: false, error: scrub(err.cause?.code ?? (e instanceof Error ? e.message : String(e))) };
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
  try {
    const reply = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown };
    if (reply.errcode === 0) return { ok: true };
    const msg = typeof reply.errmsg === 'string' ? reply.errmsg : '';
    return { ok: false, error: scrub(`errcode ${JSON.stringify(reply.errcode ?? null)} ${msg}`.trim()).slice(0, 200) };
  } catch {
    return { ok: false, error: 'not a robot reply' };
  }
}
