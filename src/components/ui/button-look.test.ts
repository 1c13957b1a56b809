import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { buttonLook, type ButtonSize, type ButtonVariant } from "./button-look";

const variants: ButtonVariant[] = ["primary", "secondary", "quiet", "danger"];
const sizes: ButtonSize[] = ["sm", "md", "lg"];
const classSet = (classes: string) => classes.split(/\s+/).filter(Boolean).sort();

describe("buttonLook", () => {
  it.each(variants.flatMap((variant) => sizes.map((size) => [variant, size] as const)))("joins %s/%s classes that tailwind-merge would leave as they are", (variant, size) => {
    const classes = buttonLook(variant, size);
    expect(classSet(twMerge(classes))).toEqual(classSet(classes));
  });
});
