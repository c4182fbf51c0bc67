// GET/POST /api/auth/* - next-auth's sign-in, sign-out, session and CSRF endpoints, with the session cookie
// turned into a browser-session cookie (no Expires): next-auth 4 has no option for that.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { asBrowserSessionCookie } from "@/lib/auth/sessions/cookie";
import { SESSION_COOKIE } from "@/lib/auth/sessions/settings";

const nextAuth = NextAuth(authOptions);

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const response: Response = await nextAuth(request, context);
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0) return response;
  const headers = new Headers(response.headers);
  headers.delete("Set-Cookie");
  for (const cookie of cookies) headers.append("Set-Cookie", asBrowserSessionCookie(cookie, SESSION_COOKIE));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { handler as GET, handler as POST };
