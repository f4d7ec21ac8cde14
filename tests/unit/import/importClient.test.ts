import { describe, it, expect } from 'vitest';
import { importClient, type WorkerLike } from '../../../src/lib/import/importClient.ts';
import type { ImportDone, ImportMessage, ImportProgress, ImportRequest, WorkerInbound } from '../../../src/lib/import/importProtocol.ts';

/** A worker the test answers for; it keeps talking after terminate(), as a real one's queued messages may. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  requests: WorkerInbound[] = [];
  terminated = false;
  postMessage(m: WorkerInbound) {
    this.requests.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(m: ImportMessage) {
    this.onmessage?.({ data: m } as MessageEvent<ImportMessage>);
  }
}

const request = (name: string): ImportRequest => ({ type: 'check', file: new File(['x'], name), resource: null, descriptor: { resources: [] } as never, texts: {} });
const progress = (rows: number): ImportProgress => ({ type: 'progress', stage: 'read', rows, bytes: rows, totalBytes: 100 });
const failed: ImportMessage = { type: 'failed', reason: 'unrecognised', detail: 'a,b' };

function setup() {
  const workers: FakeWorker[] = [];
  const client = importClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('importClient', () => {
  it('check() posts the request to a new worker, passes progress on and settles with the final message', async () => {
    const { client, workers } = setup();
    const seen: number[] = [];
    const run = client.check(Promise.resolve(request('a.csv')), (p) => seen.push(p.rows));
    // The request may still be on its way (the published texts are fetched first): it is posted when it comes.
    expect(workers[0]!.requests).toHaveLength(0);
    await Promise.resolve();
    await Promise.resolve();
    expect((workers[0]!.requests[0] as ImportRequest).file.name).toBe('a.csv');
    workers[0]!.say(progress(10));
    workers[0]!.say(failed);
    expect(await run.result).toEqual(failed);
    expect(seen).toEqual([10]);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a newer check supersedes an older one: its worker ends, its run is cancelled, its late messages are ignored', async () => {
    const { client, workers } = setup();
    const seen: string[] = [];
    const first = client.check(request('first.csv'), (p) => seen.push(`first ${p.rows}`));
    workers[0]!.say(progress(1));
    const second = client.check(request('second.csv'), (p) => seen.push(`second ${p.rows}`));
    expect(workers[0]!.terminated).toBe(true);
    expect(await first.result).toEqual({ type: 'cancelled' });
    workers[0]!.say(progress(2));
    workers[0]!.say(failed);
    workers[1]!.say(progress(3));
    expect(seen).toEqual(['first 1', 'second 3']);
    first.cancel();
    expect(workers[1]!.terminated).toBe(false);
    workers[1]!.say({ ...failed, detail: 'second' });
    expect(await second.result).toMatchObject({ detail: 'second' });
  });

  it('cancel() ends the worker and settles the run as cancelled', async () => {
    const { client, workers } = setup();
    const run = client.check(request('a.csv'), () => {});
    run.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(await run.result).toEqual({ type: 'cancelled' });
  });

  it('a worker that fails to load or throws is a failed check', async () => {
    const { client, workers } = setup();
    const run = client.check(request('a.csv'), () => {});
    workers[0]!.onerror?.({ message: 'boom' } as ErrorEvent);
    expect(await run.result).toEqual({ type: 'failed', reason: 'unreadable', detail: 'boom' });
  });

  it('a done check hands its worker to the preview: kept alive past a newer check, asked by key, ended by close()', async () => {
    const { client, workers } = setup();
    const run = client.check(request('a.csv'), () => {});
    workers[0]!.say({ type: 'done', resource: 'oil-exports', by: 'name', tables: {}, problems: { shown: [], counts: [], total: 0 }, ms: 1, facts: {} } as unknown as ImportDone);
    const outcome = await run.result;
    if (outcome.type !== 'done') throw new Error(outcome.type);
    client.check(request('b.csv'), () => {});
    expect(workers[0]!.terminated).toBe(false);
    const state = {} as never;
    const first = outcome.port.ask({ ask: 'headlines', state });
    const second = outcome.port.ask({ ask: 'headlines', state });
    const keys = workers[0]!.requests.slice(1).map((q) => (q.type === 'ask' ? q.key : ''));
    expect(new Set(keys).size).toBe(2);
    // Answers may come in any order: each settles its own question.
    workers[0]!.say({ type: 'answer', ask: 'headlines', key: keys[1]!, headlines: [{ key: 'oil', value: '2', label: 'b', detail: '' }] });
    workers[0]!.say({ type: 'answer', ask: 'headlines', key: keys[0]!, headlines: [] });
    expect((await first).headlines).toEqual([]);
    expect((await second).headlines[0]!.value).toBe('2');
    outcome.port.close();
    expect(workers[0]!.terminated).toBe(true);
  });
});
