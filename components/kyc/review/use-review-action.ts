"use client";
// The review workspace runs its decisions through the console's versioned-action hook.
export { useVersionedAction as useReviewAction } from "@/components/ui/use-versioned-action";
