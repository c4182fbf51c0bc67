import type { ReactNode } from "react";
import { requireArea } from "@/lib/auth/page-gate";
import { knownCustomerId } from "@/lib/http/ids";

// The id is checked here, above the loading state: a malformed, out-of-range or unknown id is a real 404
// before anything streams, never a 200 with the not-found page inside, nor a database error.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  // The area first: a role without it gets the recorded 403, never a 404 that tells whether the id exists.
  await requireArea("/customers");
  await knownCustomerId((await params).id);
  return children;
}
