"use server";
// The webhooks page's server actions. A created webhook's secret travels back once, in the
// action's response to the person who asked; it is not logged or put in the audit trail.
import "server-only";
import { defineAction } from "@/lib/server/actions/define-action";
import { deleteTeamWebhook, setTeamWebhookEnabled } from "./change-webhook";
import { createTeamWebhook } from "./create-webhook";
import { sendWebhookTestEvent } from "./send-test-event";

export const createWebhook = defineAction(createTeamWebhook, { refresh: true });
export const toggleWebhook = defineAction(setTeamWebhookEnabled, { refresh: true });
export const deleteWebhook = defineAction(deleteTeamWebhook, { refresh: true });
export const testWebhook = defineAction(sendWebhookTestEvent, { refresh: true });
