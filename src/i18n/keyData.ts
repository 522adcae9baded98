/** Strings of the key-data block added with the 2025 values (a value newer than the target's year). */
export const keyDataText = {
  zh: { afterTarget: "目标年份之后的数值（不用于评估该目标）：" },
  en: { afterTarget: "Value after the target year (not used to assess this target): " },
} as const;
