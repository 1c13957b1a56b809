"use client";

import dynamic from "next/dynamic";

/*
 * The questionnaire's forms, each its own chunk: /onboarding/[step] shows one of them, so a page
 * loads only that one (the availability grid only on Schedule, the finish form only on Review).
 * They still render on the server, so nothing waits for the chunk before it is seen.
 */
export const AboutStep = dynamic(() => import("./about-step").then((m) => m.AboutStep));
export const CommitmentStep = dynamic(() => import("./commitment-step").then((m) => m.CommitmentStep));
export const ScheduleStep = dynamic(() => import("./schedule-step").then((m) => m.ScheduleStep));
export const ValuesStep = dynamic(() => import("./values-step").then((m) => m.ValuesStep));
export const CommunicationStep = dynamic(() => import("./communication-step").then((m) => m.CommunicationStep));
export const BoundariesStep = dynamic(() => import("./boundaries-step").then((m) => m.BoundariesStep));
export const FinishForm = dynamic(() => import("../finish-form").then((m) => m.FinishForm));
