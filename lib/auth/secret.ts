// The key that signs session tokens. Operators set NEXTAUTH_SECRET; `npm start` generates one for the
// embedded demo and passes it in the same variable, so the app always reads it from the environment.
import { env } from "@/lib/env";

export function authSecret(): string | undefined {
  return env.NEXTAUTH_SECRET;
}
