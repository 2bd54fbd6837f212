"use client";
import { createAuthClient } from "better-auth/react";

// Same origin as the page, so it works on whatever host/port the app is served from.
export const authClient = createAuthClient();
