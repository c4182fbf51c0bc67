// A small in-process scheduler for the console's housekeeping jobs (audit checkpoints, dormant accounts).
// Each job runs once soon after start and then every `everyMs`; a run never overlaps the previous one of
// the same job, and a failure is logged and retried at the next tick rather than taking the server down.
// Every job must be idempotent: several console instances may run the same job at the same time.
import "server-only";

export interface ScheduledJob {
  name: string;
  everyMs: number;
  run: () => Promise<void>;
}

const started = new Set<string>();

export function schedule(job: ScheduledJob): void {
  if (started.has(job.name)) return;
  started.add(job.name);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await job.run();
    } catch (error) {
      console.error(`[job ${job.name}] failed`, error);
    } finally {
      running = false;
    }
  };
  // unref: a pending job never keeps a stopping process alive.
  setTimeout(() => void tick(), 5_000).unref();
  setInterval(() => void tick(), job.everyMs).unref();
}
