"use client";

import dynamic from "next/dynamic";

/**
 * The agreement editor, with Yjs and the live-sync client in a chunk of their own: the server still
 * renders it whole (so the draft shows at first paint and nothing shifts), and the browser fetches
 * that chunk at low priority and hydrates it once it arrives, instead of with the page's first load.
 */
export const AgreementEditor = dynamic(() => import("./agreement-editor").then((module) => module.AgreementEditor));
