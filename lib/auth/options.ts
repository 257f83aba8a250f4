import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GoogleProvider from "next-auth/providers/google";
import AzureADProvider from "next-auth/providers/azure-ad";
import { getDb } from "@/lib/db/client";
import { openAuthSession, revokeAuthSession, SESSION_MAX_AGE_SECONDS } from "./auth-sessions";
import { authenticateWithPassword, SignInError } from "./authenticate";
import { safeRedirectUrl } from "./redirect-url";
import { clientIpFromHeaders } from "./client-ip";

export { SESSION_MAX_AGE_SECONDS };

/** The one code a browser sees for an unexpected failure; the details go to the log. */
export const SIGN_IN_UNAVAILABLE = "SIGN_IN_UNAVAILABLE";


function oauthProviders() {
  const providers = [];
  if (process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID, clientSecret: process.env.GOOGLE_CLIENT_SECRET }));
  }
  if (process.env.AZURE_AD_CLIENT_ID && process.env.AZURE_AD_CLIENT_SECRET) {
    providers.push(
      AzureADProvider({
        clientId: process.env.AZURE_AD_CLIENT_ID,
        clientSecret: process.env.AZURE_AD_CLIENT_SECRET,
        tenantId: process.env.AZURE_AD_TENANT_ID ?? "common",
      }),
    );
  }
  return providers;
}

export const enabledOAuthProviders = () => oauthProviders().map((p) => ({ id: p.id, name: p.name }));

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "E-mail",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) throw new Error("INVALID_CREDENTIALS");
        try {
          return await authenticateWithPassword(credentials.email, credentials.password, clientIpFromHeaders(req?.headers));
        } catch (error) {
          if (error instanceof SignInError) throw new Error(error.code);
          // next-auth puts the message in the browser's URL: never a server detail.
          console.error("[auth] sign-in failed unexpectedly:", error);
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.provider === "credentials") return true;
      const email = user.email?.toLowerCase();
      if (!email) return false;
      // OAuth users are matched on their verified e-mail address.
      await getDb().user.upsert({ where: { email }, update: {}, create: { email, name: user.name ?? email } });
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const row = await getDb().user.findUnique({
          where: { email: (user.email ?? "").toLowerCase() },
          select: { id: true, sessionVersion: true },
        });
        if (row) {
          token.uid = row.id;
          token.sv = row.sessionVersion;
          token.sid = (await openAuthSession(getDb(), row.id)).id;
        }
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sid: token.sid, sv: token.sv };
    },
    // Sign-in and sign-out callbackUrls: same-site paths only, never a header-breaking value.
    async redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (token) await revokeAuthSession(getDb(), { uid: token.uid, sid: token.sid });
    },
  },
};
