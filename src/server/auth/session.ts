import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/server/db/client";
import { readSession } from "./session-cookie";

/**
 * The signed-in member, read from the session cookie and re-checked against the database once
 * per server render or API request (see readSession for why not through Auth.js's `auth()`).
 */
export const getSessionUser = cache(async () => readSession(getDb(), await cookies()));
