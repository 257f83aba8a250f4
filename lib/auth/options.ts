import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GoogleProvider from "next-auth/providers/google";
import AzureADProvider from "next-auth/providers/azure-ad";
import { getDb } from "@/lib/db/client";
import { authenticateWithPassword, SignInError } from "./authenticate";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  // The left of X-Forwarded-For is whatever the client claims; the right-most entry is
  // the one our own reverse proxy appended, so that is the address rate limits count.
  const forwarded = headers?.["x-forwarded-for"];
  const nearest = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return nearest || (typeof real === "string" ? real : null) || null;
}

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
          return await authenticateWithPassword(credentials.email, credentials.password, clientIp(req?.headers));
        } catch (error) {
          if (error instanceof SignInError) throw new Error(error.code);
          throw error;
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
        }
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
};
