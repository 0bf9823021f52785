/**
 * The runner examples in checker/examples: the Kubernetes Indexed Job's shape (the GitHub
 * Actions workflow is validated by action-validator in `npm run lint:workflows`), and that both
 * give the checker a shard of the list from the runner's own index.
 */
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const example = async (path: string) => load(await readFile(new URL(`../examples/${path}`, import.meta.url), 'utf8'));

interface Container {
  name: string;
  image: string;
  command: string[];
  args: string[];
  env: { name: string; value: string }[];
  volumeMounts: { name: string; mountPath: string }[];
}
interface Job {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    completionMode: string;
    completions: number;
    parallelism: number;
    backoffLimitPerIndex: number;
    template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string }[] } };
  };
}

describe('runner examples', () => {
  it('the Kubernetes Indexed Job gives each pod its shard from JOB_COMPLETION_INDEX', async () => {
    const job = (await example('kubernetes/check-job.yaml')) as Job;
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { completionMode: 'Indexed' } });
    const { spec } = job;
    expect(Number.isInteger(spec.completions) && spec.completions > 1).toBe(true);
    expect(spec.parallelism).toBeLessThanOrEqual(spec.completions);
    // A retried pod must be the same index: only a per-index retry keeps JOB_COMPLETION_INDEX.
    expect(spec.backoffLimitPerIndex).toBeGreaterThan(0);
    expect(spec.template.spec.restartPolicy).toBe('Never');
    const [container] = spec.template.spec.containers;
    expect(container.env).toContainEqual({ name: 'SHARDS', value: String(spec.completions) });
    const script = container.args.join('\n');
    expect(container.command).toEqual(['/bin/sh', '-c']);
    expect(script).toContain('--shard $((JOB_COMPLETION_INDEX + 1))/$SHARDS');
    expect(script).toMatch(/--ndjson --resume "\$out" >> "\$out"/);
    const volumes = spec.template.spec.volumes.map((volume) => volume.name);
    for (const mount of container.volumeMounts) expect(volumes).toContain(mount.name);
    expect(script).toContain('--urls-file /config/sites.txt');
    expect(container.volumeMounts).toContainEqual(expect.objectContaining({ mountPath: '/config' }));
  });

  it('the GitHub Actions workflow runs a matrix of shards and merges their uploads', async () => {
    const workflow = (await example('github-actions/check-sites.yml')) as {
      jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { run?: string; uses?: string }[] }>;
    };
    const shards = workflow.jobs.check.strategy!.matrix.shard;
    expect(shards).toEqual(shards.map((_, n) => n + 1));
    const check = workflow.jobs.check.steps.map((step) => step.run ?? '').join('\n');
    expect(check).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(check).toContain('--ndjson');
    expect(workflow.jobs.merge.needs).toBe('check');
    const merge = workflow.jobs.merge.steps.map((step) => step.run ?? step.uses ?? '').join('\n');
    expect(merge).toContain('actions/download-artifact');
    expect(merge).toMatch(/merge --report report --csv report\/results\.csv shard-\*\.ndjson/);
  });
});
