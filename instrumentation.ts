// Next.js calls register() once when a server process starts: the console's scheduled jobs start here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobs } = await import("@/lib/jobs/start");
  startJobs();
}
