import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. No merging (tailwind-merge would be 8.5 KB on every form page): a class a
 * caller passes must not fight one of the primitive's own; to replace one, mark it important
 * (`px-3!`). ui/class-conflicts.test.ts checks every use.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
