/** Strings of TargetWording: the plan's target beside what later official documents set or confirm. */
export const targetWordingText = {
  zh: {
    plan: "规划：",
    colon: "：",
    used: "（用于评估）",
    otherMeasure: "（计量方式与规划指标不同，不用于评估）",
    confirms: "（印证规划目标）",
    linkNotConfirmed: "与国家下达值的关系未证实",
    laterHeading: "后续文件",
  },
  en: {
    plan: "Plan: ",
    colon: ": ",
    used: " (used for the status)",
    otherMeasure: " (a different measure from the plan's indicator; not used for the status)",
    confirms: " (confirms the plan's target)",
    linkNotConfirmed: "not confirmed to be the national assignment",
    laterHeading: "Later documents",
  },
} as const;
