/** Strings of the contribution template shown under an indicator's evidence gaps. `{check}` stands for the check command, set as code. */
export const contributeText = {
  zh: {
    summary: "找到了其中某个数值？需要提交的内容",
    intro: "把下面的行填好（替换每个 {列名}），连同来源行一起，以拉取请求或议题的形式提交到本项目的代码仓库。只提交来源原样印出的数值，不要估算或推算。各列的含义和一个完整示例见仓库中的 CONTRIBUTING.md；提交前可运行 {check} 检查。",
    observations: "data/observations.csv 中每个数值一行：",
    sources: "data/sources.csv 中的来源（已有的来源只需在上一行写它的 id）：",
  },
  en: {
    summary: "Found one of these figures? What to send",
    intro: "Fill in the rows below (replace each {column}) and send them, with the source row, as a pull request or an issue to this project's repository. Send only a figure the source prints as it stands; do not estimate or derive one. CONTRIBUTING.md in the repository explains every column and has a worked example; {check} checks the rows before you send them.",
    observations: "One row per figure in data/observations.csv:",
    sources: "The source in data/sources.csv (for a source already there, write its id in the row above):",
  },
} as const;
