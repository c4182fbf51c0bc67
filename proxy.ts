// Runs before every console route: no valid session token, no page (the sign-in page and next-auth's own
// endpoints excepted). Pages and actions check permissions themselves; this is only the first door.
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
