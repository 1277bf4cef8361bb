import skeletonFile from '../capture/inject/skeleton.ts?iife';
import browser from '../lib/browser.ts';
import { unavailable } from './capture-error.ts';

/** A skeleton larger than this is not one we can attach to a report (a hostile page). */
export const MAX_SKELETON = 20_000_000;

/**
 * The page skeleton of one tab (src/capture/skeleton.ts), built in the page on the user's click:
 * one injection of two files, like the capture (see capture-tab.ts).
 */
export async function skeletonOfTab(tabId: number): Promise<string> {
  let result: unknown;
  try {
    [{ result } = { result: null }] = await browser.scripting.executeScript({
      target: { tabId },
      files: [skeletonFile, 'skeleton-run.js'],
    });
  } catch (error) {
    throw unavailable(error);
  }
  // What comes back from a web page is hostile until checked.
  if (typeof result !== 'string' || !result.startsWith('<!doctype html>'))
    throw new Error('The page did not return a skeleton.');
  if (result.length > MAX_SKELETON) throw new Error('This page is too large to attach to a report.');
  return result;
}
